import { defineQuery } from '../db/named-query';

/** A case, its decisions and every edge of both; shared nodes stay (the loader's
 * deleteOrphans clears those left unused). */
export const deleteCases = defineQuery<{ keys: readonly string[] }, { deleted: number }>(
  'ingest.deleteCases',
  `UNWIND $keys AS key
   MATCH (c:Case {caseNumber: key})
   OPTIONAL MATCH (c)-[:HAS_DECISION]->(d:Decision)
   DETACH DELETE d
   WITH DISTINCT c
   DETACH DELETE c
   RETURN count(*) AS deleted`,
  (row) => ({ deleted: row.deleted as number }),
);
