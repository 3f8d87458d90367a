import { defineQuery, type NamedQuery, type Row } from '../../graph/named-query';
import { toGuideline, GUIDELINE_PROJECTION } from '../guideline/guideline.queries';
import { toService } from '../service/service.queries';
import { CitedBy, Outcome } from '../core/enums';
import type { CitationRow, Decision } from './decision.type';

/**
 * The Decision properties the API exposes, and its service (`Decision.service` then needs no
 * statement of its own: one expansion per decision instead of a second round trip).
 */
const DECISION_FIELDS = `.id, .caseNumber, .ordinal, .outcome, .request,
  .originalRequest, .authorized, .rationale, .decisionDate, .serviceName, .bodyRegions,
  .laterality, .spinalLevels, .sessions, .perWeek, .weeks, .quantity, .strength,
  .retrospective, .dateOfService, .urCitedNoEvidence, .reviewerCitedNoEvidence,
  service: COLLECT { MATCH (d)-[:FOR_SERVICE]->(svc) RETURN svc { .name, .category, .subcategory, .drug } }`;

/** The Decision properties as a Cypher map projection of `d`. */
export const DECISION_PROJECTION = `d { ${DECISION_FIELDS} }`;

/**
 * With both parties' citations too, for queries whose rows are few (one case's decisions):
 * `Decision.urCitations` / `reviewerCitations` then need no statement of their own.
 */
export const DECISION_WITH_CITATIONS = `d { ${DECISION_FIELDS},
  citations: COLLECT { MATCH (d)-[r:UR_CITED|REVIEWER_CITED]->(g)
    RETURN {type: type(r), pages: r.pages, edition: r.edition, text: r.text, g: ${GUIDELINE_PROJECTION}}
    ORDER BY g.key } }`;

/** Keyset order of decisions everywhere: case number, then ordinal. */
const AFTER_DECISION = `($afterCase IS NULL OR d.caseNumber > $afterCase
  OR (d.caseNumber = $afterCase AND d.ordinal > $afterOrdinal))`;

const orNull = <T>(value: unknown): T | null => (value ?? null) as T | null;

export function toDecision(value: unknown): Decision {
  const d = value as Row;
  const bodyRegions = (d.bodyRegions as string[] | null) ?? [];
  const services = d.service as Row[] | undefined;
  const citations = d.citations as Row[] | undefined;
  return {
    ...(services ? { prefetchedService: services.length > 0 ? toService(services[0]) : null } : {}),
    ...(citations
      ? { prefetchedCitations: citations.map((c) => toCitationRow(d.id as string, c)) }
      : {}),
    id: d.id as string,
    caseNumber: d.caseNumber as string,
    ordinal: d.ordinal as number,
    outcome: d.outcome as Outcome,
    request: (d.request as string | null) ?? '',
    originalRequest: orNull(d.originalRequest),
    authorized: orNull(d.authorized),
    rationale: (d.rationale as string | null) ?? '',
    decisionDate: orNull(d.decisionDate),
    serviceName: orNull(d.serviceName),
    bodyRegions,
    urCitedNoEvidence: d.urCitedNoEvidence === true,
    reviewerCitedNoEvidence: d.reviewerCitedNoEvidence === true,
    details: {
      bodyRegions,
      laterality: orNull(d.laterality),
      spinalLevels: (d.spinalLevels as string[] | null) ?? [],
      sessions: orNull(d.sessions),
      perWeek: orNull(d.perWeek),
      weeks: orNull(d.weeks),
      quantity: orNull(d.quantity),
      strength: orNull(d.strength),
      retrospective: d.retrospective === true,
      dateOfService: orNull(d.dateOfService),
    },
  };
}

type Keys = { keys: readonly string[] };
type Keyed<T> = { key: string; value: T };

/** A case's decisions come with their services and citations: a case has a few decisions. */
export const decisionsByCase = defineQuery<Keys, Keyed<Decision>>(
  'decision.byCase',
  `UNWIND $keys AS key
   MATCH (:Case {caseNumber: key})-[:HAS_DECISION]->(d:Decision)
   RETURN key, ${DECISION_WITH_CITATIONS} AS d
   ORDER BY key, d.ordinal`,
  (row) => ({ key: row.key as string, value: toDecision(row.d) }),
);

export const decisionsById = defineQuery<Keys, Decision>(
  'decision.byId',
  `UNWIND $keys AS key
   MATCH (d:Decision {id: key})
   RETURN ${DECISION_PROJECTION} AS d`,
  (row) => toDecision(row.d),
);

export const dependenciesOf = defineQuery<Keys, Keyed<Decision>>(
  'decision.dependsOn',
  `UNWIND $keys AS key
   MATCH (:Decision {id: key})-[:DEPENDS_ON]->(d:Decision)
   RETURN key, ${DECISION_PROJECTION} AS d`,
  (row) => ({ key: row.key as string, value: toDecision(row.d) }),
);

/** Both parties' citations of many decisions in one statement; the resolver splits them. */
export const citationsOfDecisions = defineQuery<Keys, CitationRow>(
  'decision.citations',
  `UNWIND $keys AS key
   MATCH (:Decision {id: key})-[r:UR_CITED|REVIEWER_CITED]->(g:Guideline)
   RETURN key, type(r) AS type, r.pages AS pages, r.edition AS edition, r.text AS text,
          ${GUIDELINE_PROJECTION} AS g
   ORDER BY key, g.key`,
  (row) => toCitationRow(row.key as string, row),
);

function toCitationRow(decisionId: string, row: Row): CitationRow {
  return {
    decisionId,
    party: row.type === 'UR_CITED' ? 'UR' : 'REVIEWER',
    pages: orNull(row.pages),
    edition: orNull(row.edition),
    text: (row.text as string | null) ?? '',
    guideline: toGuideline(row.g),
  };
}

export interface DecisionPageParams {
  afterCase: string | null;
  afterOrdinal: number | null;
  limit: number;
  [param: string]: unknown;
}

export interface DecisionPage {
  total: number;
  items: Decision[];
}

/**
 * A page of the decisions a DecisionFilter selects, with the total, in one statement.
 * `filter` is decisionFilterCypher's text: fixed Cypher binding `d`, values as parameters.
 * `indexOnly`: the filter is one index seek that yields decisions with their keyset values
 * (decisionScopeCypher's category scopes), so counting and sorting read no node.
 */
export function decisionPage(
  filter: string,
  indexOnly = false,
): NamedQuery<DecisionPageParams, DecisionPage> {
  const toPage = (row: Row): DecisionPage => ({
    total: row.total as number,
    items: (row.items as unknown[]).map(toDecision),
  });
  const unfiltered = filter.trim() === 'MATCH (d:Decision)';
  if (indexOnly || unfiltered) {
    // Count, then page, each its own pass over the filter: cheap when the filter is an index
    // seek that yields the keyset values (indexOnly) or no filter at all (the count store),
    // and the page projects only the `first` decisions it keeps.
    return defineQuery(
      unfiltered ? 'decision.page' : 'decision.page.indexed',
      `CALL () {
       ${filter}
       RETURN count(d) AS total
     }
     CALL () {
       ${filter}
       WITH d WHERE ${AFTER_DECISION}
       WITH d ORDER BY d.caseNumber, d.ordinal LIMIT toInteger($limit)
       RETURN collect(${DECISION_PROJECTION}) AS items
     }
     RETURN total, items`,
      toPage,
    );
  }
  // Any other filter is matched once: its decisions are counted and the page sorted from the
  // same list (running the filter a second time for the page doubled the work).
  return defineQuery(
    'decision.page.filtered',
    `${filter}
     WITH collect(d) AS matched
     CALL (matched) {
       UNWIND matched AS d
       WITH d WHERE ${AFTER_DECISION}
       WITH d ORDER BY d.caseNumber, d.ordinal LIMIT toInteger($limit)
       RETURN collect(${DECISION_PROJECTION}) AS items
     }
     RETURN size(matched) AS total, items`,
    toPage,
  );
}

type KeyedPage = DecisionPage & { key: string };
const toKeyedPage = (row: Row): KeyedPage => ({
  key: row.key as string,
  total: row.total as number,
  items: (row.items as unknown[]).map(toDecision),
});

/** Pages of decisions for many services, one statement. */
export const decisionsByService = defineQuery<Keys & DecisionPageParams, KeyedPage>(
  'decision.byService',
  `UNWIND $keys AS key
   MATCH (s:Service {name: key})
   CALL (s) {
     MATCH (s)<-[:FOR_SERVICE]-(d:Decision)
     WHERE ${AFTER_DECISION}
     WITH d ORDER BY d.caseNumber, d.ordinal LIMIT toInteger($limit)
     RETURN collect(${DECISION_PROJECTION}) AS items
   }
   RETURN key, COUNT { (s)<-[:FOR_SERVICE]-(:Decision) } AS total, items`,
  toKeyedPage,
);

/** Relationship types of a citing party; null: either party. Constants, never input. */
const CITED_BY_TYPES: Record<CitedBy | 'EITHER', string> = {
  [CitedBy.REVIEWER]: 'REVIEWER_CITED',
  [CitedBy.CLAIMS_ADMINISTRATOR]: 'UR_CITED',
  EITHER: 'UR_CITED|REVIEWER_CITED',
};

function decisionsByGuidelineQuery(citedBy: CitedBy | 'EITHER') {
  const type = CITED_BY_TYPES[citedBy];
  return defineQuery<Keys & DecisionPageParams, KeyedPage>(
    `decision.byGuideline.${citedBy}`,
    `UNWIND $keys AS key
     MATCH (g:Guideline {key: key})
     CALL (g) {
       MATCH (g)<-[:${type}]-(d:Decision)
       WITH DISTINCT d WHERE ${AFTER_DECISION}
       WITH d ORDER BY d.caseNumber, d.ordinal LIMIT toInteger($limit)
       RETURN collect(${DECISION_PROJECTION}) AS items
     }
     RETURN key, COUNT { MATCH (g)<-[:${type}]-(d:Decision) RETURN DISTINCT d } AS total, items`,
    toKeyedPage,
  );
}

export const decisionsByGuideline = {
  [CitedBy.REVIEWER]: decisionsByGuidelineQuery(CitedBy.REVIEWER),
  [CitedBy.CLAIMS_ADMINISTRATOR]: decisionsByGuidelineQuery(CitedBy.CLAIMS_ADMINISTRATOR),
  EITHER: decisionsByGuidelineQuery('EITHER'),
};
