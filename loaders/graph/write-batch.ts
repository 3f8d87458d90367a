import type { Neo4jGateway } from '../../src/db/neo4j-gateway';
import type { Determination } from '../determination';
import * as q from './load.queries';
import { caseKey, toGraphBatch } from './to-graph-batch';

export interface WriteOutcome {
  loaded: string[];
  replaced: string[];
  unchanged: string[];
}

/**
 * Writes letters in one transaction: unchanged letters (same sha256) are skipped, changed
 * ones replace their case's decisions and citations, new ones are added. The transaction is
 * retried as a whole on transient errors (deadlocks between concurrent loaders), so a letter is
 * wholly in the graph or not at all.
 */
export async function writeDeterminations(
  gateway: Neo4jGateway,
  determinations: readonly Determination[],
): Promise<WriteOutcome> {
  const [first, deferred] = splitDuplicateKeys(determinations);
  const outcome = await gateway.writeTransaction(async (run) => {
    const keys = first.map(caseKey);
    const existing = new Map(
      (await run(q.findCaseHashes, { keys })).map((row) => [row.caseNumber, row.sha256]),
    );
    const result: WriteOutcome = { loaded: [], replaced: [], unchanged: [] };
    const toWrite: Determination[] = [];
    for (const d of first) {
      const key = caseKey(d);
      const hash = existing.get(key);
      if (hash === d.source.sha256) result.unchanged.push(key);
      else {
        (hash === undefined ? result.loaded : result.replaced).push(key);
        toWrite.push(d);
      }
    }
    if (result.replaced.length > 0) await run(q.deleteCaseContent, { keys: result.replaced });
    if (toWrite.length > 0) {
      const batch = toGraphBatch(toWrite);
      await run(q.mergeCategories, { rows: batch.categories });
      await run(q.mergeServices, { rows: batch.services });
      await run(q.mergeGuidelines, { documents: batch.documents, rows: batch.guidelines });
      await run(q.mergeReviewers, { rows: batch.reviewers });
      await run(q.mergeCases, { rows: batch.cases });
      await run(q.mergeDecisions, { rows: batch.decisions });
      const ur = batch.citations.filter((c) => c.party === 'UR');
      const reviewer = batch.citations.filter((c) => c.party === 'REVIEWER');
      if (ur.length > 0) await run(q.mergeUrCitations, { rows: ur });
      if (reviewer.length > 0) await run(q.mergeReviewerCitations, { rows: reviewer });
      if (batch.dependencies.length > 0)
        await run(q.mergeDependencies, { rows: batch.dependencies });
    }
    if (result.replaced.length > 0) await run(q.deleteOrphans, {});
    return result;
  });
  if (deferred.length === 0) return outcome;
  const rest = await writeDeterminations(gateway, deferred);
  return {
    loaded: [...outcome.loaded, ...rest.loaded],
    replaced: [...outcome.replaced, ...rest.replaced],
    unchanged: [...outcome.unchanged, ...rest.unchanged],
  };
}

/** Two files with one case number in a batch: the later one is written after the first. */
function splitDuplicateKeys(list: readonly Determination[]): [Determination[], Determination[]] {
  const seen = new Set<string>();
  const first: Determination[] = [];
  const deferred: Determination[] = [];
  for (const d of list) {
    const key = caseKey(d);
    (seen.has(key) ? deferred : first).push(d);
    seen.add(key);
  }
  return [first, deferred];
}
