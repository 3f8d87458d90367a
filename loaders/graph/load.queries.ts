import { defineQuery } from '../../src/db/named-query';
import type { GraphBatch } from './graph-batch';

/**
 * The loader's Cypher: one statement per kind of row, `UNWIND $rows … MERGE`, all run in one
 * transaction per batch so that a letter is wholly in the graph or not at all. Labels and
 * relationship types are constants here; letter text only ever arrives as parameters.
 */

export const findCaseHashes = defineQuery<
  { keys: string[] },
  { caseNumber: string; sha256: string }
>(
  'load.findCaseHashes',
  `UNWIND $keys AS key
   MATCH (c:Case {caseNumber: key})
   RETURN c.caseNumber AS caseNumber, c.sha256 AS sha256`,
  (row) => ({ caseNumber: row.caseNumber as string, sha256: row.sha256 as string }),
);

/** A changed letter replaces its case: its decisions and their edges go, the case stays. */
export const deleteCaseContent = defineQuery<{ keys: string[] }, never>(
  'load.deleteCaseContent',
  `UNWIND $keys AS key
   MATCH (c:Case {caseNumber: key})
   OPTIONAL MATCH (c)-[:HAS_DECISION]->(d:Decision)
   DETACH DELETE d
   WITH DISTINCT c
   OPTIONAL MATCH (c)-[r:REVIEWED_BY|HAS_DIAGNOSIS]->()
   DELETE r`,
  () => undefined as never,
);

/** Shared nodes left with no case behind them after a replacement or a delete. */
export const deleteOrphans = defineQuery<Record<string, never>, never>(
  'load.deleteOrphans',
  `CALL {
     MATCH (g:Guideline) WHERE NOT (g)<-[:UR_CITED|REVIEWER_CITED]-() DETACH DELETE g
   }
   CALL {
     MATCH (s:Service) WHERE NOT (s)<-[:FOR_SERVICE]-() DETACH DELETE s
   }
   CALL {
     MATCH (x:Diagnosis) WHERE NOT (x)<-[:HAS_DIAGNOSIS]-() DETACH DELETE x
   }
   CALL {
     MATCH (r:Reviewer) WHERE NOT (r)<-[:REVIEWED_BY]-() DETACH DELETE r
   }
   CALL {
     MATCH (b:BodyRegion) WHERE NOT (b)<-[:CONCERNS]-() DETACH DELETE b
   }
   CALL {
     MATCH (doc:GuidelineDocument) WHERE NOT (doc)<-[:SECTION_OF]-() DETACH DELETE doc
   }`,
  () => undefined as never,
);

type Rows<K extends keyof GraphBatch> = { rows: GraphBatch[K] };

export const mergeCategories = defineQuery<Rows<'categories'>, never>(
  'load.mergeCategories',
  `UNWIND $rows AS row
   MERGE (c:ServiceCategory {key: row.key})
   ON CREATE SET c.name = row.name, c.level = row.level
   WITH c, row WHERE row.parentKey IS NOT NULL
   MATCH (p:ServiceCategory {key: row.parentKey})
   MERGE (c)-[:SUBCATEGORY_OF]->(p)`,
  () => undefined as never,
);

export const mergeServices = defineQuery<Rows<'services'>, never>(
  'load.mergeServices',
  `UNWIND $rows AS row
   MERGE (s:Service {name: row.name})
   ON CREATE SET s.category = row.category, s.subcategory = row.subcategory, s.drug = row.drug
   WITH s, row
   CALL (s, row) {
     UNWIND [k IN [row.categoryKey, row.subcategoryKey] WHERE k IS NOT NULL] AS key
     MATCH (c:ServiceCategory {key: key})
     MERGE (s)-[:IN_CATEGORY]->(c)
   }`,
  () => undefined as never,
);

export const mergeGuidelines = defineQuery<
  { documents: GraphBatch['documents']; rows: GraphBatch['guidelines'] },
  never
>(
  'load.mergeGuidelines',
  `UNWIND $documents AS doc
   MERGE (d:GuidelineDocument {key: doc.key})
   ON CREATE SET d.source = doc.source, d.name = doc.name
   WITH count(*) AS _
   UNWIND $rows AS row
   MERGE (g:Guideline {key: row.key})
   ON CREATE SET g.source = row.source, g.document = row.document, g.section = row.section
   WITH g, row
   MATCH (d:GuidelineDocument {key: row.documentKey})
   MERGE (g)-[:SECTION_OF]->(d)`,
  () => undefined as never,
);

export const mergeReviewers = defineQuery<Rows<'reviewers'>, never>(
  'load.mergeReviewers',
  `UNWIND $rows AS row
   MERGE (r:Reviewer {key: row.key})
   ON CREATE SET r.specialties = row.specialties, r.licensedStates = row.licensedStates
   WITH r, row
   CALL (r, row) {
     UNWIND row.specialties AS name
     MERGE (s:Specialty {name: name})
     MERGE (r)-[:CERTIFIED_IN]->(s)
   }
   CALL (r, row) {
     UNWIND row.licensedStates AS name
     MERGE (s:State {name: name})
     MERGE (r)-[:LICENSED_IN]->(s)
   }`,
  () => undefined as never,
);

export const mergeCases = defineQuery<Rows<'cases'>, never>(
  'load.mergeCases',
  `UNWIND $rows AS row
   MERGE (c:Case {caseNumber: row.caseNumber})
   SET c += row { .sha256, .sourceFile, .layout, .format, .outcome, .priority, .patientAge,
                  .patientSex, .summary, .priorTreatments, .decisionCount, .overturnedCount,
                  .warningCount },
       c.dateAssigned = date(row.dateAssigned), c.decisionDate = date(row.decisionDate),
       c.injuryDate = date(row.injuryDate), c.urDenialDate = date(row.urDenialDate),
       c.applicationReceived = date(row.applicationReceived)
   WITH c, row
   MATCH (r:Reviewer {key: row.reviewerKey})
   MERGE (c)-[:REVIEWED_BY]->(r)
   WITH c, row
   CALL (c, row) {
     UNWIND row.diagnoses AS name
     MERGE (x:Diagnosis {name: name})
     MERGE (c)-[:HAS_DIAGNOSIS]->(x)
   }`,
  () => undefined as never,
);

export const mergeDecisions = defineQuery<Rows<'decisions'>, never>(
  'load.mergeDecisions',
  `UNWIND $rows AS row
   MATCH (c:Case {caseNumber: row.caseNumber})
   MATCH (s:Service {name: row.serviceName})
   MERGE (d:Decision {id: row.id})
   SET d += row { .caseNumber, .ordinal, .outcome, .request, .originalRequest, .authorized,
                  .rationale, .decisionMonth, .serviceName, .bodyRegions, .laterality,
                  .spinalLevels, .sessions, .perWeek, .weeks, .quantity, .strength,
                  .retrospective, .urCitedNoEvidence, .reviewerCitedNoEvidence },
       d.decisionDate = date(row.decisionDate), d.dateOfService = date(row.dateOfService)
   MERGE (c)-[:HAS_DECISION]->(d)
   MERGE (d)-[:FOR_SERVICE]->(s)
   WITH d, row
   CALL (d, row) {
     UNWIND row.bodyRegions AS name
     MERGE (b:BodyRegion {name: name})
     MERGE (d)-[:CONCERNS]->(b)
   }`,
  () => undefined as never,
);

function citationQuery(type: 'UR_CITED' | 'REVIEWER_CITED') {
  return defineQuery<Rows<'citations'>, never>(
    `load.merge${type}`,
    `UNWIND $rows AS row
     MATCH (d:Decision {id: row.decisionId})
     MATCH (g:Guideline {key: row.guidelineKey})
     MERGE (d)-[r:${type}]->(g)
     SET r.pages = row.pages, r.edition = row.edition, r.text = row.text`,
    () => undefined as never,
  );
}

export const mergeUrCitations = citationQuery('UR_CITED');
export const mergeReviewerCitations = citationQuery('REVIEWER_CITED');

export const mergeDependencies = defineQuery<Rows<'dependencies'>, never>(
  'load.mergeDependencies',
  `UNWIND $rows AS row
   MATCH (a:Decision {id: row.from})
   MATCH (b:Decision {id: row.to})
   MERGE (a)-[:DEPENDS_ON]->(b)`,
  () => undefined as never,
);
