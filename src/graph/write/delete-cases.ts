import { clearCases, deleteCases } from './delete.queries';
import { deleteUnusedSharedNodes, type RunInTransaction } from './release-shared';

/**
 * Removing cases, in the caller's write transaction: the one way a case's decisions and edges
 * leave the graph, whether the case is deleted (ingest's deleteCase, `imr-graph delete`) or
 * replaced by a changed letter (the loader). Cases are locked in one order (by key) by every
 * writer, so two transactions sharing cases do not deadlock.
 */

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Clears the cases a changed letter replaces: their decisions and edges go, each case node
 * stays with its new hash. Returns the shared nodes the old versions used: the candidates the
 * caller hands to deleteUnusedSharedNodes once the new rows are written (those linked again
 * are then still used).
 */
export async function clearCasesInTransaction(
  run: RunInTransaction,
  rows: readonly { key: string; sha256: string }[],
): Promise<string[]> {
  if (rows.length === 0) return [];
  const sorted = [...rows].sort((a, b) => byKey(a.key, b.key));
  const [{ candidates }] = await run(clearCases, { rows: sorted });
  return candidates;
}

/**
 * Deletes cases with their decisions and edges, then the shared nodes left unused. Returns
 * how many of the cases existed.
 */
export async function deleteCasesInTransaction(
  run: RunInTransaction,
  keys: readonly string[],
): Promise<number> {
  if (keys.length === 0) return 0;
  const sorted = [...new Set(keys)].sort(byKey);
  const [{ deleted, candidates }] = await run(deleteCases, { keys: sorted });
  await deleteUnusedSharedNodes(run, candidates);
  return deleted;
}
