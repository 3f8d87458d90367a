import type { NamedQuery } from '../named-query';
import { deleteUnusedNodes, lockNodes } from './load.queries';

/** Runs a statement in the caller's write transaction (Neo4jGateway.writeTransaction's `run`). */
export type RunInTransaction = <P extends object, R>(
  query: NamedQuery<P, R>,
  params: P,
) => Promise<R[]>;

/** Guideline → document, service → subcategory → category, reviewer → specialty and state. */
const MAX_LEVELS = 4;

/**
 * Deletes the candidates that nothing points at any more, then the nodes above them that this
 * left unused, level by level. Each level is locked (one statement) before it is judged (the
 * next), so a concurrent writer linking one of them is either seen or made to retry. Returns
 * how many nodes went.
 */
export async function deleteUnusedSharedNodes(
  run: RunInTransaction,
  candidates: readonly string[],
): Promise<number> {
  let ids = [...new Set(candidates)].sort();
  let deleted = 0;
  for (let level = 0; level < MAX_LEVELS && ids.length > 0; level++) {
    await run(lockNodes, { ids });
    const [result] = await run(deleteUnusedNodes, { ids });
    deleted += result.deleted;
    ids = [...new Set(result.parents)].sort();
  }
  return deleted;
}
