import { defineQuery, type NamedQuery, type Row } from '../../graph/named-query';
import { CITED, REL } from '../../graph/model/graph-model';
import { nodeView, read, readRelationship } from '../../graph/model/read';
import { toGuideline, GUIDELINE_PROJECTION } from '../guideline/guideline.queries';
import { SERVICE, toService } from '../service/service.queries';
import { CitedBy, type Outcome } from '../core/enums';
import type { CitationRow, Decision } from './decision.type';
import type { Span } from './span.type';

/** The Decision properties the API exposes. */
const DECISION = nodeView('Decision', [
  'id',
  'caseNumber',
  'ordinal',
  'outcome',
  'request',
  'originalRequest',
  'authorized',
  'rationale',
  'decisionDate',
  'serviceName',
  'bodyRegions',
  'laterality',
  'spinalLevels',
  'sessions',
  'perWeek',
  'weeks',
  'quantity',
  'strength',
  'retrospective',
  'dateOfService',
  'urCitedNoEvidence',
  'reviewerCitedNoEvidence',
  'requestStart',
  'requestEnd',
]);

/**
 * The Decision properties, and its service (`Decision.service` then needs no statement of its
 * own: one expansion per decision instead of a second round trip).
 */
const DECISION_FIELDS = `${DECISION.fields},
  service: COLLECT { MATCH (d)-[:${REL.FOR_SERVICE}]->(svc) RETURN ${SERVICE.projection('svc')} }`;

/** The Decision properties as a Cypher map projection of `d`. */
export const DECISION_PROJECTION = `d { ${DECISION_FIELDS} }`;

/**
 * With both parties' citations too, for queries whose rows are few (one case's decisions):
 * `Decision.urCitations` / `reviewerCitations` then need no statement of their own.
 */
export const DECISION_WITH_CITATIONS = `d { ${DECISION_FIELDS},
  citations: COLLECT { MATCH (d)-[r:${CITED}]->(g)
    RETURN {type: type(r), pages: r.pages, edition: r.edition, text: r.text, start: r.start,
      end: r.end, g: ${GUIDELINE_PROJECTION}}
    ORDER BY g.key } }`;

/** Keyset order of decisions everywhere: case number, then ordinal. */
const AFTER_DECISION = `($afterCase IS NULL OR d.caseNumber > $afterCase
  OR (d.caseNumber = $afterCase AND d.ordinal > $afterOrdinal))`;

/** A span from two stored offsets; null unless both are there (graphs loaded before spans). */
export function toSpan(start: number | null, end: number | null): Span | null {
  return start === null || end === null ? null : { start, end };
}

export function toDecision(value: unknown): Decision {
  const raw = read.map(value);
  const d = DECISION.read(raw);
  // Present only when the query projected them (undefined: the resolvers load them).
  const services = raw.service === undefined ? undefined : read.list(raw.service, toService);
  const citations =
    raw.citations === undefined
      ? undefined
      : read.list(raw.citations, (c) => toCitationRow(d.id, read.map(c)));
  return {
    ...(services ? { prefetchedService: services[0] ?? null } : {}),
    ...(citations ? { prefetchedCitations: citations } : {}),
    id: d.id,
    caseNumber: d.caseNumber,
    ordinal: d.ordinal,
    outcome: d.outcome as Outcome,
    request: d.request,
    originalRequest: d.originalRequest,
    authorized: d.authorized,
    requestSpan: toSpan(d.requestStart, d.requestEnd),
    rationale: d.rationale,
    decisionDate: d.decisionDate,
    serviceName: d.serviceName,
    bodyRegions: d.bodyRegions,
    urCitedNoEvidence: d.urCitedNoEvidence,
    reviewerCitedNoEvidence: d.reviewerCitedNoEvidence,
    details: {
      bodyRegions: d.bodyRegions,
      laterality: d.laterality,
      spinalLevels: d.spinalLevels,
      sessions: d.sessions,
      perWeek: d.perWeek,
      weeks: d.weeks,
      quantity: d.quantity,
      strength: d.strength,
      retrospective: d.retrospective,
      dateOfService: d.dateOfService,
    },
  };
}

type Keys = { keys: readonly string[] };
type Keyed<T> = { key: string; value: T };

/** A case's decisions come with their services and citations: a case has a few decisions. */
export const decisionsByCase = defineQuery<Keys, Keyed<Decision>>(
  'decision.byCase',
  `UNWIND $keys AS key
   MATCH (:Case {caseNumber: key})-[:${REL.HAS_DECISION}]->(d:Decision)
   RETURN key, ${DECISION_WITH_CITATIONS} AS d
   ORDER BY key, d.ordinal`,
  (row) => ({ key: read.string(row.key), value: toDecision(row.d) }),
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
  (row) => ({ key: read.string(row.key), value: toDecision(row.d) }),
);

/** Both parties' citations of many decisions in one statement; the resolver splits them. */
export const citationsOfDecisions = defineQuery<Keys, CitationRow>(
  'decision.citations',
  `UNWIND $keys AS key
   MATCH (:Decision {id: key})-[r:${CITED}]->(g:Guideline)
   RETURN key, type(r) AS type, r.pages AS pages, r.edition AS edition, r.text AS text,
          r.start AS start, r.end AS end, ${GUIDELINE_PROJECTION} AS g
   ORDER BY key, g.key`,
  (row) => toCitationRow(read.string(row.key), row),
);

/** A citation as both queries return it: its type, its properties and the guideline `g`. */
function toCitationRow(decisionId: string, row: Row): CitationRow {
  const r = readRelationship('UR_CITED', row, ['pages', 'edition', 'text', 'start', 'end']);
  return {
    decisionId,
    party: row.type === REL.UR_CITED ? 'UR' : 'REVIEWER',
    ...r,
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
    total: read.integer(row.total),
    items: read.list(row.items, toDecision),
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
  key: read.string(row.key),
  total: read.integer(row.total),
  items: read.list(row.items, toDecision),
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
  [CitedBy.REVIEWER]: REL.REVIEWER_CITED,
  [CitedBy.CLAIMS_ADMINISTRATOR]: REL.UR_CITED,
  EITHER: CITED,
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
