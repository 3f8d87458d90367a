/**
 * The naive loader's Cypher (bench/naive-loader.ts): one statement per node and per
 * relationship, as a first loader written without batching would. Only parameters carry data.
 */
import { defineQuery } from '../src/graph/named-query';

const none = () => undefined as never;

export const findCaseHash = defineQuery<{ key: string }, string>(
  'naive.findCaseHash',
  `MATCH (c:Case {caseNumber: $key}) RETURN c.sha256 AS sha256`,
  (row) => row.sha256 as string,
);

export const clearCase = defineQuery<{ key: string }, never>(
  'naive.clearCase',
  `MATCH (c:Case {caseNumber: $key})
   OPTIONAL MATCH (c)-[:HAS_DECISION]->(d:Decision)
   DETACH DELETE d`,
  none,
);

export const mergeCategory = defineQuery<{ key: string; name: string; level: string }, never>(
  'naive.mergeCategory',
  `MERGE (c:ServiceCategory {key: $key}) ON CREATE SET c.name = $name, c.level = $level`,
  none,
);

export const mergeService = defineQuery<
  { name: string; category: string | null; subcategory: string | null; drug: string | null },
  never
>(
  'naive.mergeService',
  `MERGE (s:Service {name: $name})
   ON CREATE SET s.category = $category, s.subcategory = $subcategory, s.drug = $drug`,
  none,
);

export const mergeDocument = defineQuery<{ key: string; source: string; name: string }, never>(
  'naive.mergeDocument',
  `MERGE (d:GuidelineDocument {key: $key}) ON CREATE SET d.source = $source, d.name = $name`,
  none,
);

export const mergeGuideline = defineQuery<
  { key: string; source: string; document: string; section: string | null },
  never
>(
  'naive.mergeGuideline',
  `MERGE (g:Guideline {key: $key})
   ON CREATE SET g.source = $source, g.document = $document, g.section = $section`,
  none,
);

export const mergeReviewer = defineQuery<
  { key: string; specialties: string[]; licensedStates: string[] },
  never
>(
  'naive.mergeReviewer',
  `MERGE (r:Reviewer {key: $key})
   ON CREATE SET r.specialties = $specialties, r.licensedStates = $licensedStates`,
  none,
);

export const mergeSpecialty = defineQuery<{ name: string }, never>(
  'naive.mergeSpecialty',
  `MERGE (:Specialty {name: $name})`,
  none,
);

export const mergeState = defineQuery<{ name: string }, never>(
  'naive.mergeState',
  `MERGE (:State {name: $name})`,
  none,
);

export const mergeDiagnosis = defineQuery<{ name: string }, never>(
  'naive.mergeDiagnosis',
  `MERGE (:Diagnosis {name: $name})`,
  none,
);

export const mergeBodyRegion = defineQuery<{ name: string }, never>(
  'naive.mergeBodyRegion',
  `MERGE (:BodyRegion {name: $name})`,
  none,
);

export const mergeCase = defineQuery<{ key: string; properties: Record<string, unknown> }, never>(
  'naive.mergeCase',
  `MERGE (c:Case {caseNumber: $key}) SET c += $properties`,
  none,
);

export const createDecision = defineQuery<{ properties: Record<string, unknown> }, never>(
  'naive.createDecision',
  `CREATE (d:Decision) SET d = $properties`,
  none,
);

/** One relationship between two nodes found by their keys; labels and types are constants. */
function mergeEdge(name: string, from: string, type: string, to: string) {
  return defineQuery<{ from: string; to: string }, never>(
    `naive.${name}`,
    `MATCH (a:${from}) MATCH (b:${to}) MERGE (a)-[:${type}]->(b)`,
    none,
  );
}

export const subcategoryOf = mergeEdge(
  'subcategoryOf',
  'ServiceCategory {key: $from}',
  'SUBCATEGORY_OF',
  'ServiceCategory {key: $to}',
);
export const inCategory = mergeEdge(
  'inCategory',
  'Service {name: $from}',
  'IN_CATEGORY',
  'ServiceCategory {key: $to}',
);
export const sectionOf = mergeEdge(
  'sectionOf',
  'Guideline {key: $from}',
  'SECTION_OF',
  'GuidelineDocument {key: $to}',
);
export const certifiedIn = mergeEdge(
  'certifiedIn',
  'Reviewer {key: $from}',
  'CERTIFIED_IN',
  'Specialty {name: $to}',
);
export const licensedIn = mergeEdge(
  'licensedIn',
  'Reviewer {key: $from}',
  'LICENSED_IN',
  'State {name: $to}',
);
export const reviewedBy = mergeEdge(
  'reviewedBy',
  'Case {caseNumber: $from}',
  'REVIEWED_BY',
  'Reviewer {key: $to}',
);
export const hasDiagnosis = mergeEdge(
  'hasDiagnosis',
  'Case {caseNumber: $from}',
  'HAS_DIAGNOSIS',
  'Diagnosis {name: $to}',
);
export const hasDecision = mergeEdge(
  'hasDecision',
  'Case {caseNumber: $from}',
  'HAS_DECISION',
  'Decision {id: $to}',
);
export const forService = mergeEdge(
  'forService',
  'Decision {id: $from}',
  'FOR_SERVICE',
  'Service {name: $to}',
);
export const concerns = mergeEdge(
  'concerns',
  'Decision {id: $from}',
  'CONCERNS',
  'BodyRegion {name: $to}',
);
export const dependsOn = mergeEdge(
  'dependsOn',
  'Decision {id: $from}',
  'DEPENDS_ON',
  'Decision {id: $to}',
);

function citedEdge(name: string, type: string) {
  return defineQuery<
    {
      from: string;
      to: string;
      /** Citation properties and its decision's scope (CitationScope), as the loader writes. */
      properties: Record<string, unknown>;
    },
    never
  >(
    `naive.${name}`,
    `MATCH (a:Decision {id: $from}) MATCH (b:Guideline {key: $to})
     MERGE (a)-[r:${type}]->(b) SET r = $properties`,
    none,
  );
}

export const urCited = citedEdge('urCited', 'UR_CITED');
export const reviewerCited = citedEdge('reviewerCited', 'REVIEWER_CITED');
