/**
 * The three questions the query bench asks both servers, each written the natural way for
 * each API, with a normaliser that reduces either answer to the same comparable shape so the
 * bench can prove the two servers answered the same question before it times them.
 */

export interface GraphqlRequest {
  query: string;
  variables: Record<string, unknown>;
}

export interface Question {
  id: 'case' | 'overturnedPage' | 'guidelineImpact';
  title: string;
  ours: GraphqlRequest;
  theirs: GraphqlRequest;
  /** Both answers reduced to one shape; equal shapes mean the same answer. */
  normaliseOurs: (data: unknown) => unknown;
  normaliseTheirs: (data: unknown) => unknown;
}

export interface QuestionParams {
  caseNumber: string;
  category: string;
  subcategory: string;
  pageSize: number;
  limit: number;
}

export const DEFAULT_QUESTION_PARAMS: Omit<QuestionParams, 'caseNumber'> = {
  category: 'Rehabilitation',
  subcategory: 'Chiropractic',
  pageSize: 20,
  limit: 10,
};

/* eslint-disable @typescript-eslint/no-explicit-any -- answers are read as plain JSON */
type Json = any;

const GUIDELINE_FIELDS = 'key source document section';

export function questions(params: QuestionParams): Question[] {
  return [caseQuestion(params), overturnedPageQuestion(params), guidelineImpactQuestion(params)];
}

/** (i) A case with its decisions, their services and the guidelines each party cited. */
function caseQuestion(p: QuestionParams): Question {
  const decisionFields = 'id ordinal outcome request decisionDate';
  const serviceFields = 'name category subcategory';
  return {
    id: 'case',
    title: 'a case with its decisions, services and cited guidelines',
    ours: {
      query: `query CaseWithDecisions($caseNumber: ID!) {
  case(caseNumber: $caseNumber) {
    caseNumber outcome priority decisionDate
    decisions {
      ${decisionFields}
      service { ${serviceFields} }
      reviewerCitations { pages guideline { ${GUIDELINE_FIELDS} } }
      urCitations { pages guideline { ${GUIDELINE_FIELDS} } }
    }
  }
}`,
      variables: { caseNumber: p.caseNumber },
    },
    theirs: {
      query: `query CaseWithDecisions($caseNumber: ID!) {
  cases(where: { caseNumber: { eq: $caseNumber } }) {
    caseNumber outcome priority decisionDate
    decisions(sort: [{ ordinal: ASC }]) {
      ${decisionFields}
      service { ${serviceFields} }
      reviewerCitedConnection { edges { properties { pages } node { ${GUIDELINE_FIELDS} } } }
      urCitedConnection { edges { properties { pages } node { ${GUIDELINE_FIELDS} } } }
    }
  }
}`,
      variables: { caseNumber: p.caseNumber },
    },
    normaliseOurs: (data: Json) => {
      const c = data?.case;
      if (!c) return null;
      return normalCase(c, c.decisions, (d: Json) => ({
        service: d.service?.name ?? null,
        reviewer: keys(d.reviewerCitations.map((x: Json) => x.guideline)),
        ur: keys(d.urCitations.map((x: Json) => x.guideline)),
      }));
    },
    normaliseTheirs: (data: Json) => {
      const c = data?.cases?.[0];
      if (!c) return null;
      return normalCase(c, c.decisions, (d: Json) => ({
        service: d.service?.[0]?.name ?? null,
        reviewer: keys(d.reviewerCitedConnection.edges.map((e: Json) => e.node)),
        ur: keys(d.urCitedConnection.edges.map((e: Json) => e.node)),
      }));
    },
  };
}

function normalCase(c: Json, decisions: Json[], more: (d: Json) => object) {
  return {
    caseNumber: c.caseNumber,
    outcome: c.outcome,
    decisions: [...decisions]
      .sort((a, b) => a.ordinal - b.ordinal)
      .map((d) => ({ id: d.id, outcome: d.outcome, ...more(d) })),
  };
}

function keys(guidelines: Json[]): string[] {
  return guidelines.map((g) => g.key as string).sort();
}

/** (ii) The first page of overturned decisions in a service category, with their services. */
function overturnedPageQuestion(p: QuestionParams): Question {
  const nodeFields = `id ordinal outcome request decisionDate service { name category subcategory }`;
  return {
    id: 'overturnedPage',
    title: `first page (${p.pageSize}) of overturned decisions in ${p.category}, with services`,
    ours: {
      query: `query OverturnedInCategory($category: String!, $first: Int!) {
  decisions(filter: { outcome: OVERTURNED, category: $category }, first: $first) {
    totalCount
    edges { cursor node { ${nodeFields} } }
    pageInfo { hasNextPage endCursor }
  }
}`,
      variables: { category: p.category, first: p.pageSize },
    },
    theirs: {
      query: `query OverturnedInCategory($category: String!, $first: Int!) {
  decisionsConnection(
    first: $first
    where: { outcome: { eq: OVERTURNED }, service: { some: { category: { eq: $category } } } }
    sort: [{ caseNumber: ASC }, { ordinal: ASC }]
  ) {
    totalCount
    edges { cursor node { ${nodeFields} } }
    pageInfo { hasNextPage endCursor }
  }
}`,
      variables: { category: p.category, first: p.pageSize },
    },
    normaliseOurs: (data: Json) => normalPage(data?.decisions, (n: Json) => n.service?.name),
    normaliseTheirs: (data: Json) =>
      normalPage(data?.decisionsConnection, (n: Json) => n.service?.[0]?.name),
  };
}

function normalPage(connection: Json, serviceOf: (node: Json) => string | undefined) {
  if (!connection) return null;
  return {
    totalCount: connection.totalCount,
    hasNextPage: connection.pageInfo.hasNextPage,
    nodes: connection.edges.map((e: Json) => `${e.node.id} ${e.node.outcome} ${serviceOf(e.node)}`),
  };
}

/** (iii) Which guidelines most often lead to overturns for chiropractic. */
function guidelineImpactQuestion(p: QuestionParams): Question {
  const counts = 'decisions upheld overturned overturnRate';
  return {
    id: 'guidelineImpact',
    title: `guidelines most often cited in overturned ${p.subcategory} decisions (top ${p.limit})`,
    ours: {
      query: `query GuidelineImpact($subcategory: String!, $limit: Int!) {
  guidelineImpact(filter: { subcategory: $subcategory }, outcome: OVERTURNED, limit: $limit) {
    ${counts}
    guideline { ${GUIDELINE_FIELDS} }
  }
}`,
      variables: { subcategory: p.subcategory, limit: p.limit },
    },
    theirs: {
      query: `query GuidelineImpact($subcategory: String!, $limit: Int!) {
  guidelineImpact(subcategory: $subcategory, outcome: OVERTURNED, limit: $limit) {
    ${counts}
    ${GUIDELINE_FIELDS}
  }
}`,
      variables: { subcategory: p.subcategory, limit: p.limit },
    },
    normaliseOurs: (data: Json) =>
      normalImpact(data?.guidelineImpact?.map((r: Json) => ({ ...r, key: r.guideline.key }))),
    normaliseTheirs: (data: Json) => normalImpact(data?.guidelineImpact),
  };
}

/**
 * Rows as `key decisions/overturned`. Ties in the ordering may be broken differently, so the
 * rows are compared as a set, and the top row by its overturn count only.
 */
function normalImpact(rows: Json[] | undefined) {
  if (!rows) return null;
  return {
    topOverturned: rows[0]?.overturned ?? null,
    overturnedCounts: rows.map((r) => r.overturned as number),
    rows: rows.map((r) => `${r.key} ${r.decisions}/${r.overturned}`).sort(),
  };
}
