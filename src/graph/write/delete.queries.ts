import { COLLECT_AND_CLEAR_CASE } from './load.queries';
import { defineQuery } from '../named-query';

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
  (row) => ({ deleted: row.deleted as number, candidates: row.candidates as string[] }),
);
