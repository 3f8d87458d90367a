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
  reviewersOfSpecialty: 20,
  catalogue: 50,
} as const;

/**
 * What the statement behind a field costs Neo4j, in property reads (a property costs 1), by
 * `Type.field`: a lookup of one node by its key costs 10, the others what they measured
 * against it (`npm run bench:stall`, 10,000 letters, mean of each field alone: pages and
 * search 2-5 times a lookup, catalogues 3, similarCases 10, graph depth 1 to 2 5 to 19,
 * analytics 7 to 37), with analytics raised further because they scan every decision of
 * their filter and so grow with the graph (about ten times slower at 100,000 letters) while a
 * lookup does not. With the limit of 50,000, one operation holds at most nine analytics.
 * Fields resolved for each item of a list (Case.reviewer …) are loaded in one batched
 * statement per level, so they cost a little per item.
 */
export const DATABASE_COST: Readonly<Record<string, number>> = {
  // One node by its key.
  'Query.case': 10,
  'Query.decision': 10,
  'Query.guideline': 10,
  'Query.reviewer': 10,
  'Query.service': 10,
  // Pages: a filtered match, an order and a count.
  'Query.cases': 50,
  'Query.decisions': 50,
  'Service.decisions': 50,
  'Guideline.decisions': 50,
  'Reviewer.cases': 50,
  // Catalogues: every node of a label.
  'Query.services': 30,
  'Query.guidelines': 30,
  'Query.reviewers': 30,
  'Query.specialties': 30,
  // The full-text index and its hits' cases.
  'Query.search': 50,
  // Analytics: every decision of the filter, with its citations or reviewer.
  'Query.guidelineImpact': 5000,
  'Query.outcomeBreakdown': 5000,
  'Query.citationAgreement': 5000,
  'Query.specialtyOverturnRates': 5000,
  'Query.outcomeTrend': 5000,
  // The cases sharing anything with one case.
  'Query.similarCases': 1000,
  // Traversal from one node; each hop deeper multiplies it by GRAPH_FAN_OUT.
  'Query.graph': 250,
  // Batched per item: one statement per level of the selection.
  'Case.decisions': 2,
  'Case.reviewer': 2,
  'Case.diagnoses': 2,
  'Decision.case': 2,
  'Decision.service': 2,
  'Decision.reviewerCitations': 2,
  'Decision.urCitations': 2,
  'Reviewer.specialties': 2,
  'Reviewer.states': 2,
  'Specialty.reviewers': 2,
  'SearchHit.case': 2,
  'SearchHit.decision': 2,
  // Writes: parse, map and write a letter in one transaction; delete a case and its orphans.
  'Mutation.ingestDetermination': 500,
  'Mutation.deleteCase': 200,
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
