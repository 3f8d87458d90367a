import type { NamedQuery } from '../graph/named-query';
import type { Neo4jGateway } from '../graph/neo4j-gateway';
import type { Determination } from '../../loaders/determination';
import type { GraphBatch } from '../graph/write/graph-batch';
import { SharedNodeMissingError, withConflictRetries } from '../graph/conflict-retry';
import * as q from '../graph/write/load.queries';
import { deleteUnusedSharedNodes, type RunInTransaction } from '../graph/write/release-shared';
import { clearCasesInTransaction } from '../graph/write/delete-cases';
import { caseKey, toGraphBatch } from './to-graph-batch';
import { toCreateCasesParams } from '../graph/write/write-params';
import { addOverturnedCounts, overturnedCountParams } from '../graph/write/outcome-counts';

export interface WriteOutcome {
  loaded: string[];
  replaced: string[];
  unchanged: string[];
}

export interface WriteOptions {
  /** Each statement's name and wall time in ms, and 'commit' for the rest of the transaction. */
  onTiming?: (name: string, ms: number) => void;
  /** Per write transaction; the gateway's own timeout (meant for API reads) by default. */
  transactionTimeoutMs?: number;
}

/**
 * Writes letters in one transaction: unchanged letters (same sha256) are skipped, changed
 * ones replace their case's decisions and citations, new ones are added. A conflict with a
 * concurrent loader rolls the whole transaction back and tries again, so a letter is wholly in
 * the graph or not at all and never twice.
 */
export async function writeDeterminations(
  gateway: Neo4jGateway,
  determinations: readonly Determination[],
  options: WriteOptions = {},
): Promise<WriteOutcome> {
  const [first, deferred] = splitDuplicateKeys(determinations);
  const outcome = await withConflictRetries(() => writeOnce(gateway, first, options));
  if (deferred.length === 0) return outcome;
  const rest = await writeDeterminations(gateway, deferred, options);
  return {
    loaded: [...outcome.loaded, ...rest.loaded],
    replaced: [...outcome.replaced, ...rest.replaced],
    unchanged: [...outcome.unchanged, ...rest.unchanged],
  };
}

async function writeOnce(
  gateway: Neo4jGateway,
  determinations: readonly Determination[],
  options: WriteOptions,
): Promise<WriteOutcome> {
  const started = performance.now();
  let inStatements = 0;
  const outcome = await gateway.writeTransaction(async (run) => {
    const timed = async <P extends object, R>(query: NamedQuery<P, R>, params: P) => {
      const t = performance.now();
      try {
        return await run(query, params);
      } finally {
        const ms = performance.now() - t;
        inStatements += ms;
        options.onTiming?.(query.name, ms);
      }
    };
    inStatements = 0;
    const keys = determinations.map(caseKey);
    const stored = new Map(
      (await timed(q.findCaseHashes, { keys })).map((row) => [row.caseNumber, row.sha256]),
    );
    const result: WriteOutcome = { loaded: [], replaced: [], unchanged: [] };
    const toWrite: Determination[] = [];
    const replaced: { key: string; sha256: string }[] = [];
    for (const d of determinations) {
      const key = caseKey(d);
      const hash = stored.get(key);
      if (hash === d.source.sha256) {
        result.unchanged.push(key);
        continue;
      }
      toWrite.push(d);
      if (hash === undefined) result.loaded.push(key);
      else {
        result.replaced.push(key);
        replaced.push({ key, sha256: d.source.sha256 });
      }
    }
    let candidates = await clearCasesInTransaction(timed, replaced);
    if (toWrite.length > 0) {
      const batch = toGraphBatch(toWrite);
      candidates = await notLinkedAgain(timed, candidates, batch);
      const [merged] = await timed(q.mergeSharedNodes, sharedNodesOf(batch));
      if (merged.missing > 0)
        throw new SharedNodeMissingError(`${merged.missing} parents vanished`);
      // Before the edges: see outcome-counts.ts for why the counts lock the hubs first.
      await timed(addOverturnedCounts, overturnedCountParams(batch));
      const params = toCreateCasesParams(batch, (key) => !stored.has(key));
      const [{ missing }] = await timed(q.createCases, params);
      if (missing > 0) throw new SharedNodeMissingError(`${missing} shared nodes vanished`);
    }
    await deleteUnusedSharedNodes(timed, candidates);
    return result;
  }, options.transactionTimeoutMs);
  options.onTiming?.('commit', performance.now() - started - inStatements);
  return outcome;
}

/**
 * Drops the clean-up candidates that the new rows link again. They are certainly still used
 * when this transaction commits (only a writer that has locked one of our cases can remove
 * those edges), and locking them would make two writers replacing cases that share a popular
 * node (a common service, a reviewer) each hold a shared lock on it and then both ask for the
 * exclusive one: a deadlock, and the whole batch again.
 */
async function notLinkedAgain(
  run: RunInTransaction,
  candidates: string[],
  batch: GraphBatch,
): Promise<string[]> {
  if (candidates.length === 0) return candidates;
  const linked = new Set<string>();
  for (const c of batch.cases) {
    linked.add(`Reviewer|${c.reviewer}`);
    for (const name of c.diagnoses) linked.add(`Diagnosis|${name}`);
    for (const d of c.decisions) {
      linked.add(`Service|${d.service}`);
      for (const name of d.bodyRegions) linked.add(`BodyRegion|${name}`);
      for (const citation of d.citations) linked.add(`Guideline|${citation.guideline}`);
      for (const ground of d.reasons) linked.add(`Reason|${ground.reason}`);
    }
  }
  const again = new Set(
    (await run(q.describeNodes, { ids: candidates }))
      .filter((node) => node.labels.some((label) => linked.has(`${label}|${node.key}`)))
      .map((node) => node.id),
  );
  return candidates.filter((id) => !again.has(id));
}

function sharedNodesOf(batch: GraphBatch): q.SharedNodeParams {
  const {
    categories,
    services,
    documents,
    guidelines,
    reviewers,
    diagnoses,
    bodyRegions,
    reasons,
  } = batch;
  return {
    categories,
    services,
    documents,
    guidelines,
    reviewers,
    diagnoses,
    bodyRegions,
    reasons,
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
