import { deleteUnusedSharedNodes } from '../write/release-shared';
import { withConflictRetries } from '../conflict-retry';
import * as q from './graph-check.queries';
import type { Neo4jGateway } from '../neo4j-gateway';

export interface Violation {
  invariant: string;
  problem: string;
  count: number;
  /** A few keys of the nodes concerned (case numbers, decision ids, vocabulary keys). */
  sample: string[];
}

export interface RepairReport {
  invariant: string;
  repaired: number;
}

/** Every invariant of the model on the whole graph; an empty list means the graph is whole. */
export async function checkGraph(gateway: Neo4jGateway): Promise<Violation[]> {
  const violations: Violation[] = [];
  for (const invariant of q.INVARIANTS) {
    const [{ count, sample }] = await gateway.read(invariant.find, {});
    if (count > 0) {
      violations.push({ invariant: invariant.name, problem: invariant.problem, count, sample });
    }
  }
  return violations;
}

/**
 * Mends what can be mended without the letters, in the order of INVARIANTS, each one still
 * broken when its turn comes, and then sweeps the unused shared nodes: always, since a repair
 * that unlinks an edge (a guideline's wrong document, a reviewer's stale specialty or state)
 * can leave its old target unused. Safe beside live writers: deletions take the same locks as
 * the loader's clean-up, and each repair is retried whole when a concurrent writer's change
 * gets in its way (a node deleted under it).
 */
export async function repairGraph(
  gateway: Neo4jGateway,
  violations: readonly Violation[],
): Promise<RepairReport[]> {
  const broken = new Set(violations.map((v) => v.invariant));
  const reports: RepairReport[] = [];
  let orphansBroken = false;
  for (const invariant of q.INVARIANTS) {
    const repair = invariant.repair;
    if (!broken.has(invariant.name) || repair === undefined) continue;
    if (repair.kind === 'deleteUnused') {
      orphansBroken = true;
      continue;
    }
    // An earlier repair may have mended this one too (a doubled edge broke a count).
    const [{ count }] = await gateway.read(invariant.find, {});
    if (count === 0) continue;
    if (repair.kind === 'deleteStrayDecisions') {
      reports.push({ invariant: invariant.name, repaired: await deleteStrays(gateway) });
    } else {
      const statement = repair.statement;
      const [{ repaired }] = await withConflictRetries(() => gateway.write(statement, {}));
      reports.push({ invariant: invariant.name, repaired });
    }
  }
  const swept = await deleteAllUnused(gateway);
  if (orphansBroken || swept > 0) reports.push({ invariant: 'orphans', repaired: swept });
  return reports;
}

async function deleteAllUnused(gateway: Neo4jGateway): Promise<number> {
  return withConflictRetries(() =>
    gateway.writeTransaction(async (run) => {
      const [{ ids }] = await run(q.findUnusedSharedNodes, {});
      return deleteUnusedSharedNodes(run, ids);
    }),
  );
}

async function deleteStrays(gateway: Neo4jGateway): Promise<number> {
  return withConflictRetries(() =>
    gateway.writeTransaction(async (run) => {
      const [{ ids }] = await run(q.lockStrayDecisions, {});
      const [{ deleted, candidates }] = await run(q.deleteStrayDecisions, { ids });
      await deleteUnusedSharedNodes(run, candidates);
      return deleted;
    }),
  );
}
