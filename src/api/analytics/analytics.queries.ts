import { CASE_PROJECTION, toCase } from '../case/case.queries';
import { read } from '../../graph/model/read';
import { REL } from '../../graph/model/graph-model';
import type { Case } from '../case/case.type';
import { defineQuery, type NamedQuery, type Row } from '../../graph/named-query';
import { GUIDELINE_PROJECTION, toGuideline } from '../guideline/guideline.queries';
import type { Guideline } from '../guideline/guideline.type';
import { CitedBy, Dimension } from '../core/enums';
import type { DecisionScope } from '../core/decision-scope.cypher';
import type { OutcomeCounts } from './statistics';

/**
 * The research traversals: each is one statement over the decisions of a scope
 * (decision-scope.cypher.ts binds `d`). Statements only count; rates, intervals and
 * orderings are computed in statistics.ts. Labels, relationship types and the per-dimension
 * fragments are constants here; user input reaches Cypher only as parameters.
 */

/** The bucket of decisions that have no value for a dimension (no guideline cited …). */
export const NONE_KEY = '(none)';

/** Which relationship a party's citations are. */
export const CITATION_TYPE: Record<CitedBy, typeof REL.REVIEWER_CITED | typeof REL.UR_CITED> = {
  [CitedBy.REVIEWER]: REL.REVIEWER_CITED,
  [CitedBy.CLAIMS_ADMINISTRATOR]: REL.UR_CITED,
};

/** Counts of the whole scope, and the groups within it. */
export type Totals = OutcomeCounts;

export interface GroupCounts<G> extends OutcomeCounts {
  group: G;
}

export interface GroupedCounts<G> {
  totals: Totals;
  groups: GroupCounts<G>[];
}

type ScopeParams = Record<string, unknown>;

/** Count an outcome in an aggregation over rows whose outcome is `o`. */
const countOutcome = (o: string, outcome: 'UPHELD' | 'OVERTURNED') =>
  `sum(CASE ${o} WHEN '${outcome}' THEN 1 ELSE 0 END)`;

/**
 * The common shape, for the least work per decision: each decision of the scope is read once
 * (its outcome and its group keys) and counted once under a null key (the scope's totals)
 * and once under each of its keys; one aggregation by (outcome, key) does both. A decision
 * with no key is counted under NONE_KEY, so a single-valued dimension's buckets add up to
 * the totals. Rows: (o, key, n), pivoted by readGrouped.
 */
function groupedCypher(scope: DecisionScope, keysExpression: string): string {
  return `${scope.text}
WITH d.outcome AS o, ${keysExpression} AS keys
UNWIND [null] + CASE size(keys) WHEN 0 THEN [$noneKey] ELSE keys END AS key
RETURN o, key, count(*) AS n`;
}

/** One counted row: a decision outcome, the group (null: the whole scope) and how many. */
export interface CountRow<G> {
  outcome: string;
  group: G | null;
  groupKey: string | null;
  n: number;
}

/**
 * Count rows as the scope's totals and its groups' counts, groups in first-seen order. The
 * outcome is binary in the graph; anything else would be counted in `decisions` only.
 */
export function readGrouped<G>(rows: readonly CountRow<G>[], minDecisions = 0): GroupedCounts<G> {
  const totals: OutcomeCounts = { decisions: 0, upheld: 0, overturned: 0 };
  const groups = new Map<string, GroupCounts<G>>();
  const add = (counts: OutcomeCounts, outcome: string, n: number) => {
    counts.decisions += n;
    if (outcome === 'UPHELD') counts.upheld += n;
    if (outcome === 'OVERTURNED') counts.overturned += n;
  };
  for (const row of rows) {
    if (row.groupKey === null || row.group === null) {
      add(totals, row.outcome, row.n);
      continue;
    }
    let group = groups.get(row.groupKey);
    if (group === undefined) {
      group = { group: row.group, decisions: 0, upheld: 0, overturned: 0 };
      groups.set(row.groupKey, group);
    }
    add(group, row.outcome, row.n);
  }
  return { totals, groups: [...groups.values()].filter((g) => g.decisions >= minDecisions) };
}

/** The keys a decision `d` has for each dimension; multi-valued ones may give several. */
export function dimensionKeys(dimension: Dimension, citedBy: CitedBy): string {
  const cited = CITATION_TYPE[citedBy];
  const fragments: Record<Dimension, string> = {
    [Dimension.CATEGORY]:
      'COLLECT { MATCH (d)-[:FOR_SERVICE]->(s) WHERE s.category IS NOT NULL RETURN s.category }',
    [Dimension.SUBCATEGORY]:
      'COLLECT { MATCH (d)-[:FOR_SERVICE]->(s) WHERE s.subcategory IS NOT NULL RETURN s.subcategory }',
    [Dimension.SERVICE]: '[x IN [d.serviceName] WHERE x IS NOT NULL]',
    [Dimension.GUIDELINE_DOCUMENT]: `COLLECT { MATCH (d)-[:${cited}]->(g) RETURN DISTINCT g.document }`,
    [Dimension.GUIDELINE]: `COLLECT { MATCH (d)-[:${cited}]->(g) RETURN g.key }`,
    [Dimension.SPECIALTY]:
      'COLLECT { MATCH (d)<-[:HAS_DECISION]-()-[:REVIEWED_BY]->(r) UNWIND r.specialties AS x RETURN DISTINCT x }',
    [Dimension.LICENSED_STATE]:
      'COLLECT { MATCH (d)<-[:HAS_DECISION]-()-[:REVIEWED_BY]->(r) UNWIND r.licensedStates AS x RETURN DISTINCT x }',
    [Dimension.BODY_REGION]: 'coalesce(d.bodyRegions, [])',
    [Dimension.DECISION_MONTH]: '[x IN [d.decisionMonth] WHERE x IS NOT NULL]',
    // One GROUNDED_ON edge per code and decision: no DISTINCT needed.
    [Dimension.REASON]: `COLLECT { MATCH (d)-[:${REL.GROUNDED_ON}]->(x) RETURN x.code }`,
  };
  return fragments[dimension];
}

/** outcomeBreakdown, specialtyOverturnRates and outcomeTrend: counts per dimension key. */
export function outcomeBreakdownQuery(
  scope: DecisionScope,
  dimension: Dimension,
  citedBy: CitedBy,
): NamedQuery<ScopeParams, CountRow<string>> {
  return defineQuery(
    `analytics.outcomeBreakdown.${dimension}`,
    groupedCypher(scope, dimensionKeys(dimension, citedBy)),
    (row) => ({
      outcome: read.string(row.o),
      group: read.maybeString(row.key),
      groupKey: read.maybeString(row.key),
      n: read.integer(row.n),
    }),
  );
}

/**
 * guidelineImpact: the same counting with the cited Guideline nodes as keys. Grouping is by
 * node, so each guideline's properties are read once per outcome after the aggregation, not
 * once per citation. Relationship types imply the labels at both ends: no label checks.
 */
export function guidelineImpactQuery(
  scope: DecisionScope,
  citedBy: CitedBy,
): NamedQuery<ScopeParams, CountRow<Guideline>> {
  const cited = CITATION_TYPE[citedBy];
  const toRow = (row: Row): CountRow<Guideline> => {
    const g = row.g === null || row.g === undefined ? null : toGuideline(row.g);
    return {
      outcome: read.string(row.o),
      group: g,
      groupKey: g?.key ?? null,
      n: read.integer(row.n),
    };
  };
  if (scope.citationWhere) {
    // An index-only scope: decisions counted from the Decision index, citations from the
    // relationship index on the edges (which carry the decision's outcome and category), so
    // no decision is read. Same rows as the general form below.
    return defineQuery(
      `analytics.guidelineImpact.${citedBy}.indexed`,
      `CALL () {
  ${scope.text}
  RETURN d.outcome AS o, null AS g, count(*) AS n
UNION ALL
  MATCH ()-[r:${cited}]->(g) WHERE ${scope.citationWhere('r')}
  RETURN r.outcome AS o, g, count(*) AS n
}
RETURN o, ${GUIDELINE_PROJECTION} AS g, n`,
      toRow,
    );
  }
  return defineQuery(
    `analytics.guidelineImpact.${citedBy}`,
    `${scope.text}
WITH d.outcome AS o, COLLECT { MATCH (d)-[:${cited}]->(g) RETURN g } AS gs
UNWIND [null] + gs AS g
WITH o, g, count(*) AS n
RETURN o, ${GUIDELINE_PROJECTION} AS g, n`,
    toRow,
  );
}

/** How the two parties' citations of one decision relate. */
export type AgreementGroup =
  'SAME_DOCUMENT' | 'DIFFERENT_DOCUMENT' | 'UR_ONLY' | 'REVIEWER_ONLY' | 'NEITHER';

export interface AgreementRow extends OutcomeCounts {
  group: AgreementGroup;
  /** The claims administrator said it cited no medical evidence. */
  urNoEvidence: boolean;
  /** Both cited the same guideline section (implies the same document). */
  sameGuideline: boolean;
}

/**
 * citationAgreement: one row per (agreement group, UR said no evidence, same section) with
 * counts. Documents are compared by name: the MTUS and non-MTUS editions of ACOEM are the
 * same publication, whatever status each party gave it.
 */
export function citationAgreementQuery(
  scope: DecisionScope,
): NamedQuery<ScopeParams, AgreementRow> {
  return defineQuery(
    'analytics.citationAgreement',
    `${scope.text}
WITH d.outcome AS o, coalesce(d.urCitedNoEvidence, false) AS urNoEvidence,
     COLLECT { MATCH (d)-[:UR_CITED]->(g) RETURN g } AS ur,
     COLLECT { MATCH (d)-[:REVIEWER_CITED]->(g) RETURN g } AS imr
WITH o, urNoEvidence, ur, imr,
     [g IN ur | g.document] AS urDocs, [g IN imr | g.document] AS imrDocs
WITH o, urNoEvidence, any(g IN ur WHERE g IN imr) AS sameGuideline,
     CASE
       WHEN size(ur) > 0 AND size(imr) > 0 THEN
         CASE WHEN any(x IN urDocs WHERE x IN imrDocs) THEN 'SAME_DOCUMENT' ELSE 'DIFFERENT_DOCUMENT' END
       WHEN size(ur) > 0 THEN 'UR_ONLY'
       WHEN size(imr) > 0 THEN 'REVIEWER_ONLY'
       ELSE 'NEITHER'
     END AS grp
RETURN grp, urNoEvidence, sameGuideline, count(*) AS decisions,
       ${countOutcome('o', 'UPHELD')} AS upheld, ${countOutcome('o', 'OVERTURNED')} AS overturned`,
    (row) => ({
      group: row.grp as AgreementGroup,
      urNoEvidence: row.urNoEvidence === true,
      sameGuideline: row.sameGuideline === true,
      decisions: read.integer(row.decisions),
      upheld: read.integer(row.upheld),
      overturned: read.integer(row.overturned),
    }),
  );
}

/** What a similar case shares with the given one, by kind. */
export interface SharedThings {
  services: string[];
  guidelines: string[];
  diagnoses: string[];
  bodyRegions: string[];
}

export interface SimilarCaseRow {
  case: Case;
  score: number;
  shared: SharedThings;
}

export interface SimilarityWeights {
  service: number;
  guideline: number;
  diagnosis: number;
  bodyRegion: number;
}

/**
 * similarCases in one statement with bounded work. Candidates: the cases that share a
 * service, a guideline section the IMR reviewer cited, or a diagnosis with the given case,
 * found by expanding from those few nodes (never by scanning cases), at most `$fanout` per
 * thing, so a hub (MRI, the ODG low back chapter) costs no more than a rare service. Body
 * regions are too coarse to find candidates and only add to the score. Each candidate is then
 * scored exactly from its own neighbourhood: weights × shared things (similarity.ts); the
 * best `$limit` are projected. Exact whenever no shared thing has more than `$fanout` cases.
 * One row (maybe with no hits); none when the case does not exist.
 */
export const similarCases = defineQuery<
  SimilarityWeights & { caseNumber: string; limit: number; fanout: number },
  SimilarCaseRow[]
>(
  'analytics.similarCases',
  `MATCH (src:Case {caseNumber: $caseNumber})
WITH src,
     COLLECT { MATCH (src)-[:HAS_DECISION]->()-[:FOR_SERVICE]->(x) RETURN DISTINCT x } AS srcServices,
     COLLECT { MATCH (src)-[:HAS_DECISION]->()-[:REVIEWER_CITED]->(x) RETURN DISTINCT x } AS srcGuidelines,
     COLLECT { MATCH (src)-[:HAS_DIAGNOSIS]->(x) RETURN x } AS srcDiagnoses,
     COLLECT { MATCH (src)-[:HAS_DECISION]->()-[:CONCERNS]->(x) RETURN DISTINCT x } AS srcRegions
CALL (src, srcServices, srcGuidelines, srcDiagnoses, srcRegions) {
  UNWIND srcServices + srcGuidelines + srcDiagnoses AS x
  CALL (src, x) {
    MATCH (x)<-[:FOR_SERVICE|REVIEWER_CITED]-()<-[:HAS_DECISION]-(c)
    WHERE c <> src
    RETURN DISTINCT c LIMIT toInteger($fanout)
    UNION
    MATCH (x)<-[:HAS_DIAGNOSIS]-(c)
    WHERE c <> src
    RETURN c LIMIT toInteger($fanout)
  }
  WITH DISTINCT c
  WITH c,
       COLLECT { MATCH (c)-[:HAS_DECISION]->()-[:FOR_SERVICE|REVIEWER_CITED|CONCERNS]->(x) RETURN DISTINCT x } AS things,
       COLLECT { MATCH (c)-[:HAS_DIAGNOSIS]->(x) RETURN x } AS dx
  WITH c,
       [x IN things WHERE x IN srcServices | x.name] AS services,
       [x IN things WHERE x IN srcGuidelines | x.key] AS guidelines,
       [x IN dx WHERE x IN srcDiagnoses | x.name] AS diagnoses,
       [x IN things WHERE x IN srcRegions | x.name] AS bodyRegions
  WITH c, services, guidelines, diagnoses, bodyRegions,
       $service * size(services) + $guideline * size(guidelines)
       + $diagnosis * size(diagnoses) + $bodyRegion * size(bodyRegions) AS score
  ORDER BY score DESC, c.caseNumber
  LIMIT toInteger($limit)
  RETURN collect({c: ${CASE_PROJECTION}, score: score, services: services, guidelines: guidelines,
                  diagnoses: diagnoses, bodyRegions: bodyRegions}) AS hits
}
RETURN hits`,
  (row) =>
    read.list(row.hits, read.map).map((hit) => ({
      case: toCase(hit.c),
      score: read.number(hit.score),
      shared: {
        services: read.strings(hit.services).sort(),
        guidelines: read.strings(hit.guidelines).sort(),
        diagnoses: read.strings(hit.diagnoses).sort(),
        bodyRegions: read.strings(hit.bodyRegions).sort(),
      },
    })),
);
