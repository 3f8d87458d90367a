import {
  fieldExtensionsEstimator,
  type ComplexityEstimator,
  type ComplexityEstimatorArgs,
} from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './pagination';

/**
 * Cost estimates for the query limits. The shape: a field costs 1, a list multiplies what is
 * selected under it by how many items it may hold (connections hold `first`; unpaged lists an
 * expected size). On top of the shape, a field that runs Cypher costs what its statement costs
 * Neo4j (DATABASE_COST).
 */
export function pagedCost({ args, childComplexity }: ComplexityEstimatorArgs): number {
  const first = typeof args.first === 'number' ? args.first : DEFAULT_PAGE_SIZE;
  return 1 + Math.min(Math.max(first, 0), MAX_PAGE_SIZE) * childComplexity;
}

export function listCost(expectedSize: number) {
  return ({ childComplexity }: ComplexityEstimatorArgs): number =>
    1 + expectedSize * childComplexity;
}

/** Expected sizes of the unpaged lists. */
export const LIST_SIZE = {
  decisionsOfCase: 3,
  citationsOfDecision: 2,
  reasonsOfDecision: 3,
  reviewersOfSpecialty: 20,
  catalogue: 50,
} as const;

/**
 * What the statement behind a field costs Neo4j, in property reads (a property costs 1), by
 * `Type.field`. A lookup of one node by its key costs 20; the others follow what each field
 * alone measured against a lookup (`npm run bench:stall`, 10,000 letters, bench/RESULTS.md:
 * pages, search and catalogues 1 to 5 lookups, graph views 1 to 5 growing with depth, the
 * analytics 4 to 37 across runs on a shared machine), the analytics raised to 500 lookups
 * because they scan every decision of their filter and so grow with the graph (about ten
 * times slower at 100,000 letters) while a lookup does not. Under the limit of 100,000 one
 * operation holds at most nine analytics. Fields resolved for each item of a list
 * (Case.reviewer …) are loaded in one batched statement per level, so they cost 1 per item.
 */
export const DATABASE_COST: Readonly<Record<string, number>> = {
  // One node by its key.
  'Query.case': 20,
  'Query.decision': 20,
  'Query.guideline': 20,
  'Query.reviewer': 20,
  'Query.service': 20,
  // Pages: a filtered match, an order and a count.
  'Query.cases': 100,
  'Query.decisions': 100,
  'Service.decisions': 100,
  'Guideline.decisions': 100,
  'Reviewer.cases': 100,
  // Catalogues: every node of a label.
  'Query.services': 60,
  'Query.guidelines': 60,
  'Query.reviewers': 60,
  'Query.specialties': 60,
  // The full-text index and its hits' cases.
  'Query.search': 100,
  // Analytics: every decision of the filter, with its citations or reviewer.
  'Query.guidelineImpact': 10000,
  'Query.outcomeBreakdown': 10000,
  'Query.citationAgreement': 10000,
  'Query.specialtyOverturnRates': 10000,
  'Query.outcomeTrend': 10000,
  // The cases sharing anything with one case.
  'Query.similarCases': 2000,
  // Traversal from one node; each hop deeper multiplies it by GRAPH_FAN_OUT.
  'Query.graph': 500,
  // Batched per item: one statement per level of the selection.
  'Case.decisions': 1,
  'Case.reviewer': 1,
  'Case.diagnoses': 1,
  'Decision.case': 1,
  'Decision.service': 1,
  'Decision.reviewerCitations': 1,
  'Decision.urCitations': 1,
  'Reviewer.specialties': 1,
  'Reviewer.states': 1,
  'Specialty.reviewers': 1,
  'SearchHit.case': 1,
  'SearchHit.decision': 1,
  // Writes: parse, map and write a letter in one transaction; delete a case and its orphans.
  'Mutation.ingestDetermination': 1000,
  'Mutation.deleteCase': 400,
};

/** A traversal reads about this many more nodes with each hop it goes deeper. */
const GRAPH_FAN_OUT = 5;

/** The statement's own cost: the table's, times the fan-out per extra hop for graph(depth:). */
function statementCost({ type, field, args }: ComplexityEstimatorArgs): number {
  const base = DATABASE_COST[`${type.name}.${field.name}`] ?? 0;
  if (type.name === 'Query' && field.name === 'graph') {
    const depth = typeof args.depth === 'number' ? Math.max(args.depth, 1) : 1;
    return base * GRAPH_FAN_OUT ** (depth - 1);
  }
  return base;
}

/**
 * The estimators the query limits use: the field's shape (its `complexity` option, else 1
 * plus what it selects) plus its statement's cost.
 */
export function databaseCostEstimators(): ComplexityEstimator[] {
  const shapeOf = fieldExtensionsEstimator();
  return [(args) => (shapeOf(args) ?? 1 + args.childComplexity) + statementCost(args)];
}
