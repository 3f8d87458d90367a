import { IS_SHARED } from '../write/load.queries';
import { read } from '../model/read';
import { CITED, edgesToShared, LABELS, NODES, SHARED_LABELS } from '../model/graph-model';
import {
  CITATION_SCOPE,
  copyScope,
  DECISION_SCOPE,
  GROUND_SCOPE,
  scopeDiffers,
} from '../model/scope-cypher';
import { defineQuery, type NamedQuery } from '../named-query';
import {
  COUNTED_TYPES_BY_LABEL,
  countsWrong,
  RECOUNT_WRONG,
  subtractOverturnedCounts,
} from '../write/outcome-counts';

/**
 * The invariants of the graph model (../shared/spec/graph-and-api.md and the loader's writes),
 * each a statement that lists what breaks it. `imr-graph db check` and the concurrency test
 * both run them through graph-check.service.ts. `key` of each row names the node (a case
 * number, a decision id, a vocabulary key): never letter text.
 */
export interface Invariant {
  name: string;
  /** What a violation means, and what to do about it. */
  problem: string;
  find: NamedQuery<Record<string, never>, { count: number; sample: string[] }>;
  /** How `--repair` mends it without the letter, if it can. */
  repair?: Repair;
}

export type Repair =
  /** Delete the unused shared nodes (with the writers' locking), level by level. */
  | { kind: 'deleteUnused' }
  /** Delete decisions that no case holds, then the shared nodes only they used. */
  | { kind: 'deleteStrayDecisions' }
  /** A write statement that mends every violation; returns `repaired`. */
  | { kind: 'statement'; statement: NamedQuery<Record<string, never>, { repaired: number }> };

const SAMPLE = 5;

/** `body` yields one row per violation with a `key`; the query counts them and keeps a few. */
function invariant(
  name: string,
  problem: string,
  body: string,
  repair?: Repair,
  options: { sample?: boolean } = {},
): Invariant {
  const sample = `collect(key)[..${options.sample === false ? 0 : SAMPLE}]`;
  return {
    name,
    problem,
    find: defineQuery(
      `check.${name}`,
      `CALL () {
         ${body}
       }
       RETURN count(*) AS count, ${sample} AS sample`,
      (row) => ({ count: read.integer(row.count), sample: read.list(row.sample, String) }),
    ),
    repair,
  };
}

function statement(name: string, cypher: string): Repair {
  return {
    kind: 'statement',
    statement: defineQuery(`repair.${name}`, cypher, (row) => ({
      repaired: read.integer(row.repaired),
    })),
  };
}

/** A case whose stored decisions or edges disagree with its letter is marked to be rewritten
 * by the next load of that letter (a stored hash never matches, so it is not skipped). */
const MARK_FOR_RELOAD = (body: string, name: string) =>
  statement(
    name,
    `CALL () { ${body} }
     WITH DISTINCT key
     MATCH (c:Case {caseNumber: key})
     SET c.sha256 = 'needs-reload'
     RETURN count(c) AS repaired`,
  );

/** Shared nodes no relationship points at (every incoming relationship is a use). */
const orphans = SHARED_LABELS.map((label) =>
  invariant(
    `orphan-${label}`,
    `${label} nodes that nothing uses; --repair deletes them`,
    `MATCH (n:${label}) WHERE NOT EXISTS { (n)<--() }
     RETURN toString(n.${NODES[label].key}) AS key`,
    { kind: 'deleteUnused' },
    // Diagnoses are the patients' (read from the letters): counted, never printed.
    { sample: label !== 'Diagnosis' },
  ),
);

/** Two nodes with one key, or a node without its key: the uniqueness constraints are missing. */
const uniqueness = LABELS.map((label) => {
  const key = NODES[label].key;
  return invariant(
    `unique-${label}`,
    `${label} keys held by more than one node, or missing`,
    `MATCH (n:${label})
     WITH n.${key} AS value, count(*) AS n WHERE n > 1 OR value IS NULL
     RETURN coalesce(toString(value), '(no ${key})') AS key`,
    undefined,
    { sample: label !== 'Diagnosis' },
  );
});

const decisionWithoutCase = `MATCH (d:Decision) WHERE NOT EXISTS { (:Case)-[:HAS_DECISION]->(d) }
   RETURN d.id AS key`;
const caseCounts = `MATCH (c:Case)
   WITH c, COUNT { (c)-[:HAS_DECISION]->(:Decision) } AS decisions,
        COUNT { (c)-[:HAS_DECISION]->(d:Decision) WHERE d.outcome = 'OVERTURNED' } AS overturned
   WHERE decisions <> c.decisionCount OR overturned <> c.overturnedCount
   RETURN c.caseNumber AS key`;
const caseReviewer = `MATCH (c:Case) WHERE COUNT { (c)-[:REVIEWED_BY]->(:Reviewer) } <> 1
   RETURN c.caseNumber AS key`;
const decisionKeys = `MATCH (c:Case)-[:HAS_DECISION]->(d:Decision)
   WHERE d.caseNumber <> c.caseNumber OR d.id <> c.caseNumber + '#' + toString(d.ordinal)
      OR COUNT { (:Case)-[:HAS_DECISION]->(d) } > 1
   RETURN c.caseNumber AS key`;
const decisionService = `MATCH (c:Case)-[:HAS_DECISION]->(d:Decision)
   WHERE COUNT { (d)-[:FOR_SERVICE]->(:Service) } <> 1
      OR NOT EXISTS { (d)-[:FOR_SERVICE]->(:Service {name: d.serviceName}) }
   RETURN DISTINCT c.caseNumber AS key`;
const decisionRegions = `MATCH (c:Case)-[:HAS_DECISION]->(d:Decision)
   WITH c, d, reduce(s = [], x IN coalesce(d.bodyRegions, []) | CASE WHEN x IN s THEN s ELSE s + x END)
     AS regions
   WHERE COUNT { (d)-[:CONCERNS]->(:BodyRegion) } <> size(regions)
      OR any(x IN regions WHERE NOT EXISTS { (d)-[:CONCERNS]->(:BodyRegion {name: x}) })
   RETURN DISTINCT c.caseNumber AS key`;
const foreignDependency = `MATCH (c:Case)-[:HAS_DECISION]->(a:Decision)-[:DEPENDS_ON]->(b:Decision)
   WHERE b.caseNumber <> a.caseNumber
   RETURN DISTINCT c.caseNumber AS key`;

const cases = [
  invariant(
    'decision-without-case',
    'decisions that no case holds (a lost delete or replacement); --repair deletes them',
    decisionWithoutCase,
    { kind: 'deleteStrayDecisions' },
  ),
  invariant(
    'case-decision-count',
    "cases whose decisions differ from their decisionCount / overturnedCount; --repair marks them for reload: load the case's letter again",
    caseCounts,
    MARK_FOR_RELOAD(caseCounts, 'case-decision-count'),
  ),
  invariant(
    'case-reviewer',
    "cases without exactly one reviewer; --repair marks them for reload: load the case's letter again",
    caseReviewer,
    MARK_FOR_RELOAD(caseReviewer, 'case-reviewer'),
  ),
  invariant(
    'decision-key',
    'decisions whose id or caseNumber disagrees with their case, or held by several cases; --repair marks the case for reload',
    decisionKeys,
    MARK_FOR_RELOAD(decisionKeys, 'decision-key'),
  ),
  invariant(
    'decision-service',
    "decisions without exactly one service, or not their serviceName's; --repair marks the case for reload",
    decisionService,
    MARK_FOR_RELOAD(decisionService, 'decision-service'),
  ),
  invariant(
    'decision-body-regions',
    'decisions whose CONCERNS edges differ from their bodyRegions; --repair marks the case for reload',
    decisionRegions,
    MARK_FOR_RELOAD(decisionRegions, 'decision-body-regions'),
  ),
  invariant(
    'decision-depends-on-other-case',
    'DEPENDS_ON edges between decisions of two cases; --repair marks the case for reload',
    foreignDependency,
    MARK_FOR_RELOAD(foreignDependency, 'decision-depends-on-other-case'),
  ),
];

// The scope rules of the model: what the loader copies, and migrate backfills.
const CITATION_MATCH = `MATCH (d:Decision)-[r:${CITED}]->(:Guideline)
   WHERE ${scopeDiffers(CITATION_SCOPE, 'r', 'd')}`;
const DECISION_MATCH = `MATCH (d:Decision)-[:FOR_SERVICE]->(s:Service)
   WHERE ${scopeDiffers(DECISION_SCOPE, 'd', 's')}`;
const GROUND_MATCH = `MATCH (d:Decision)-[r:GROUNDED_ON]->(:Reason)
   WHERE ${scopeDiffers(GROUND_SCOPE, 'r', 'd')}`;
const groundScope = `${GROUND_MATCH}
   RETURN DISTINCT d.id AS key`;
const groundSpan = `MATCH (c:Case)-[:HAS_DECISION]->(d:Decision)-[r:GROUNDED_ON]->(:Reason)
   WHERE r.start < 0 OR r.end > size(d.rationale) OR r.start >= r.end
      OR substring(d.rationale, r.start, r.end - r.start) <> r.text
   RETURN DISTINCT c.caseNumber AS key`;
const citationScope = `${CITATION_MATCH}
   RETURN DISTINCT d.id AS key`;
const decisionScope = `${DECISION_MATCH}
   RETURN d.id AS key`;
const guidelineDocument = `MATCH (g:Guideline)
   WHERE COUNT { (g)-[:SECTION_OF]->(:GuidelineDocument) } <> 1
      OR NOT EXISTS { (g)-[:SECTION_OF]->(:GuidelineDocument {key: g.source + '|' + g.document}) }
   RETURN g.key AS key`;
const serviceCategories = `MATCH (s:Service)
   WITH s, [k IN [s.category, s.category + '/' + s.subcategory] WHERE k IS NOT NULL] AS keys
   WHERE COUNT { (s)-[:IN_CATEGORY]->(:ServiceCategory) } <> size(keys)
      OR any(k IN keys WHERE NOT EXISTS { (s)-[:IN_CATEGORY]->(:ServiceCategory {key: k}) })
   RETURN s.name AS key`;
const subcategoryParent = `MATCH (c:ServiceCategory)
   WITH c, CASE c.level WHEN 'subcategory' THEN 1 ELSE 0 END AS parents
   WHERE COUNT { (c)-[:SUBCATEGORY_OF]->(:ServiceCategory) } <> parents
   RETURN c.key AS key`;
const reviewerProfile = `MATCH (r:Reviewer)
   WITH r, reduce(s = [], x IN coalesce(r.specialties, []) | CASE WHEN x IN s THEN s ELSE s + x END)
       AS specialties,
     reduce(s = [], x IN coalesce(r.licensedStates, []) | CASE WHEN x IN s THEN s ELSE s + x END)
       AS states
   WHERE COUNT { (r)-[:CERTIFIED_IN]->(:Specialty) } <> size(specialties)
      OR COUNT { (r)-[:LICENSED_IN]->(:State) } <> size(states)
      OR any(x IN specialties WHERE NOT EXISTS { (r)-[:CERTIFIED_IN]->(:Specialty {name: x}) })
      OR any(x IN states WHERE NOT EXISTS { (r)-[:LICENSED_IN]->(:State {name: x}) })
   RETURN r.key AS key`;
const doubledEdges = `MATCH (a)-[r]->(b)
   WITH a, b, type(r) AS type, count(r) AS n WHERE n > 1
   RETURN type + ' from ' + coalesce(toString(a.caseNumber), toString(a.id), toString(a.key), '?') AS key`;

const edges = [
  invariant(
    'decision-scope',
    "decisions whose category/subcategory differ from their service's; --repair copies the service's",
    decisionScope,
    statement(
      'decision-scope',
      `${DECISION_MATCH}
       SET ${copyScope(DECISION_SCOPE, 'd', 's')}
       RETURN count(d) AS repaired`,
    ),
  ),
  invariant(
    'citation-scope',
    "citation edges without their decision's outcome/category/subcategory; --repair copies them",
    citationScope,
    statement(
      'citation-scope',
      `${CITATION_MATCH}
       SET ${copyScope(CITATION_SCOPE, 'r', 'd')}
       RETURN count(r) AS repaired`,
    ),
  ),
  invariant(
    'ground-scope',
    "GROUNDED_ON edges without their decision's outcome/category/subcategory; --repair copies them",
    groundScope,
    statement(
      'ground-scope',
      `${GROUND_MATCH}
       SET ${copyScope(GROUND_SCOPE, 'r', 'd')}
       RETURN count(r) AS repaired`,
    ),
  ),
  invariant(
    'ground-span',
    "GROUNDED_ON edges whose text is not the rationale's between start and end; --repair marks the case for reload",
    groundSpan,
    MARK_FOR_RELOAD(groundSpan, 'ground-span'),
  ),
  invariant(
    'guideline-document',
    'guidelines not SECTION_OF exactly their own document; --repair links them to it',
    guidelineDocument,
    statement(
      'guideline-document',
      `CALL () { ${guidelineDocument} }
       MATCH (g:Guideline {key: key})
       OPTIONAL MATCH (g)-[wrong:SECTION_OF]->(other)
         WHERE other.key <> g.source + '|' + g.document
       DELETE wrong
       WITH DISTINCT g
       MERGE (d:GuidelineDocument {key: g.source + '|' + g.document})
         ON CREATE SET d.source = g.source, d.name = g.document
       MERGE (g)-[:SECTION_OF]->(d)
       RETURN count(g) AS repaired`,
    ),
  ),
  invariant(
    'service-categories',
    'services not IN_CATEGORY of exactly their category and subcategory',
    serviceCategories,
  ),
  invariant(
    'subcategory-parent',
    'service categories with a wrong number of SUBCATEGORY_OF parents',
    subcategoryParent,
  ),
  invariant(
    'reviewer-profile',
    'reviewers whose specialty/state edges differ from their profile; --repair links the profile',
    reviewerProfile,
    statement(
      'reviewer-profile',
      `CALL () { ${reviewerProfile} }
       MATCH (r:Reviewer {key: key})
       CALL (r) {
         OPTIONAL MATCH (r)-[e:CERTIFIED_IN|LICENSED_IN]->()
         DELETE e
       }
       CALL (r) {
         UNWIND coalesce(r.specialties, []) AS name
         MERGE (s:Specialty {name: name})
         MERGE (r)-[:CERTIFIED_IN]->(s)
       }
       CALL (r) {
         UNWIND coalesce(r.licensedStates, []) AS name
         MERGE (s:State {name: name})
         MERGE (r)-[:LICENSED_IN]->(s)
       }
       RETURN count(r) AS repaired`,
    ),
  ),
];

/** The overturned counts kept on shared nodes (the model's OVERTURNED_COUNTS). */
const overturnedCounts = `CALL () {
${[...COUNTED_TYPES_BY_LABEL.keys()]
  .map(
    (label) => `     MATCH (n:${label}) WHERE ${countsWrong(label)}
     RETURN '${label} ' + toString(n.${NODES[label].key}) AS key`,
  )
  .join('\n     UNION ALL\n')}
   }
   RETURN key`;

const counts = [
  invariant(
    'overturned-counts',
    'shared nodes whose overturned counts (OVERTURNED_COUNTS) differ from their edges; --repair recounts them',
    overturnedCounts,
    statement('overturned-counts', RECOUNT_WRONG),
  ),
];

const doubled = [
  invariant(
    'doubled-edge',
    'two relationships of one type between the same two nodes; --repair keeps one',
    doubledEdges,
    statement(
      'doubled-edge',
      `MATCH (a)-[r]->(b)
       WITH a, b, type(r) AS type, collect(r) AS rs WHERE size(rs) > 1
       UNWIND tail(rs) AS r
       DELETE r
       RETURN count(r) AS repaired`,
    ),
  ),
];

/**
 * Every invariant, in the order they are reported and repaired: doubled edges first (a doubled
 * REVIEWED_BY also breaks case-reviewer), decisions without a case before the orphan sweep
 * (which then finds what they alone used), counts after the repairs that delete edges.
 */
export const INVARIANTS: readonly Invariant[] = [
  ...doubled,
  ...cases,
  ...edges,
  ...counts,
  ...orphans,
  ...uniqueness,
];

/** Element ids of every unused shared node: the candidates of the orphan repair. */
export const findUnusedSharedNodes = defineQuery<Record<string, never>, { ids: string[] }>(
  'check.findUnusedSharedNodes',
  `MATCH (n) WHERE (${IS_SHARED})
     AND NOT EXISTS { (n)<--() }
   RETURN collect(elementId(n)) AS ids`,
  (row) => ({ ids: read.strings(row.ids) }),
);

/**
 * Decisions no case holds: locked, then deleted if still without a case, with the shared nodes
 * they pointed at returned as clean-up candidates.
 */
export const lockStrayDecisions = defineQuery<Record<string, never>, { ids: string[] }>(
  'repair.lockStrayDecisions',
  `MATCH (d:Decision) WHERE NOT EXISTS { (:Case)-[:HAS_DECISION]->(d) }
   WITH d ORDER BY elementId(d)
   SET d._lock = true
   REMOVE d._lock
   RETURN collect(elementId(d)) AS ids`,
  (row) => ({ ids: read.strings(row.ids) }),
);

export const deleteStrayDecisions = defineQuery<
  { ids: string[] },
  { deleted: number; candidates: string[] }
>(
  'repair.deleteStrayDecisions',
  `UNWIND $ids AS id
   MATCH (d:Decision) WHERE elementId(d) = id AND NOT EXISTS { (:Case)-[:HAS_DECISION]->(d) }
   CALL (d) {
     OPTIONAL MATCH (d)-[:${edgesToShared('Decision')}]->(n)
     RETURN collect(elementId(n)) AS used
   }
   ${subtractOverturnedCounts('d', 'WITH d')}
   DETACH DELETE d
   RETURN count(*) AS deleted, reduce(all = [], x IN collect(used) | all + x) AS candidates`,
  (row) => ({ deleted: read.integer(row.deleted), candidates: read.strings(row.candidates) }),
);
