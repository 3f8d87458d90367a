import { defineQuery } from '../named-query';
import { read } from '../model/read';
import { edgesToShared, REL } from '../model/graph-model';
import { CACHED_PLAN } from './load.queries';
import { subtractOverturnedCounts } from './outcome-counts';

/**
 * The Cypher that removes cases: a replacement clears a case (its decisions and edges go, the
 * node stays with its new hash), a deletion clears it and deletes it. delete-cases.ts runs
 * them; the shared nodes the cases used are returned as clean-up candidates for
 * deleteUnusedSharedNodes.
 */

/** A case's edges to shared nodes, and its decisions' (REVIEWED_BY|HAS_DIAGNOSIS …). */
const CASE_EDGES = edgesToShared('Case');
const DECISION_EDGES = edgesToShared('Decision');

/**
 * The body both share, run on a case `c` this transaction has locked: the shared nodes its
 * decisions and its own edges point at (one row per id), then its decisions and its edges are
 * deleted, after their edges are taken off the shared nodes' overturned counts. Decisions are
 * owned: they go with their case.
 */
const COLLECT_AND_CLEAR_CASE = `CALL (c) {
     OPTIONAL MATCH (c)-[:${REL.HAS_DECISION}]->(:Decision)-[:${DECISION_EDGES}]->(n)
     RETURN collect(DISTINCT elementId(n)) AS used
   }
   CALL (c) {
     OPTIONAL MATCH (c)-[:${CASE_EDGES}]->(n)
     RETURN collect(DISTINCT elementId(n)) AS own
   }
   ${subtractOverturnedCounts('c', `MATCH (c)-[:${REL.HAS_DECISION}]->(d:Decision)`)}
   CALL (c) {
     MATCH (c)-[:${REL.HAS_DECISION}]->(d:Decision)
     DETACH DELETE d
   }
   CALL (c) {
     MATCH (c)-[r:${CASE_EDGES}]->()
     DELETE r
   }
   WITH c, used + own AS ids
   UNWIND CASE WHEN ids = [] THEN [null] ELSE ids END AS id`;

/**
 * A changed letter replaces its case: its decisions and the case's edges go, the node stays.
 * Writing the new hash first locks the case, and only then are its decisions read, so a
 * concurrent writer of the same case (a loader, an ingest, a delete) either finished before
 * (and this sees all it wrote) or waits for this transaction. Returns the element ids of the
 * shared nodes the old version pointed at: candidates for `deleteUnusedSharedNodes`.
 */
export const clearCases = defineQuery<
  { rows: { key: string; sha256: string }[] },
  { candidates: string[] }
>(
  'load.clearCases',
  `${CACHED_PLAN}
   UNWIND $rows AS row
   MATCH (c:Case {caseNumber: row.key})
   SET c.sha256 = row.sha256
   WITH c
   ${COLLECT_AND_CLEAR_CASE}
   RETURN collect(DISTINCT id) AS candidates`,
  (row) => ({ candidates: read.strings(row.candidates) }),
);

/**
 * Cases with their decisions and every edge of both. Each case is locked first (a property
 * written on it: Neo4j holds the write lock to the end of the transaction) and only then are
 * its decisions read, so a concurrent replacement of the same case either committed before
 * (and its new decisions go too) or waits and then finds the case gone. Returns the shared
 * nodes the cases pointed at, for deleteUnusedSharedNodes.
 */
export const deleteCases = defineQuery<
  { keys: readonly string[] },
  { deleted: number; candidates: string[] }
>(
  'ingest.deleteCases',
  `UNWIND $keys AS key
   MATCH (c:Case {caseNumber: key})
   SET c._lock = true
   WITH c
   ${COLLECT_AND_CLEAR_CASE}
   WITH c, collect(DISTINCT id) AS ids
   DETACH DELETE c
   RETURN count(*) AS deleted, reduce(all = [], x IN collect(ids) | all + x) AS candidates`,
  (row) => ({ deleted: read.integer(row.deleted), candidates: read.strings(row.candidates) }),
);
