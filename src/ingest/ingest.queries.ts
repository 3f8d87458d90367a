import { defineQuery } from '../db/named-query';

/** A case, its decisions and every edge of both; shared nodes stay (see deleteOrphans). */
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

/**
 * Shared nodes that no case reaches any more after a delete: guidelines, their documents,
 * services, diagnoses, reviewer profiles and body regions (as the loader's own clean-up).
 * Specialties, states and the service category tree are a small fixed vocabulary and stay.
 */
export const deleteOrphans = defineQuery<Record<string, never>, never>(
  'ingest.deleteOrphans',
  `CALL () {
     MATCH (g:Guideline) WHERE NOT (g)<-[:UR_CITED|REVIEWER_CITED]-() DETACH DELETE g
   }
   CALL () {
     MATCH (s:Service) WHERE NOT (s)<-[:FOR_SERVICE]-() DETACH DELETE s
   }
   CALL () {
     MATCH (x:Diagnosis) WHERE NOT (x)<-[:HAS_DIAGNOSIS]-() DETACH DELETE x
   }
   CALL () {
     MATCH (r:Reviewer) WHERE NOT (r)<-[:REVIEWED_BY]-() DETACH DELETE r
   }
   CALL () {
     MATCH (b:BodyRegion) WHERE NOT (b)<-[:CONCERNS]-() DETACH DELETE b
   }
   CALL () {
     MATCH (doc:GuidelineDocument) WHERE NOT (doc)<-[:SECTION_OF]-() DETACH DELETE doc
   }`,
  () => undefined as never,
);
