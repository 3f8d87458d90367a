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
 * `Type.field`. Measured with `npm run bench:stall -- --weights` (bench/stall.bench.ts):
 * the mean time of each field alone, against a lookup of a case by its number costing 10.
 * Fields resolved for each item of a list (Case.reviewer …) are loaded in one batched
 * statement per level, so they cost a little per item. Analytics scan every matching
 * decision: the more of the graph a statement reads, the higher its cost.
 */
export const DATABASE_COST: Readonly<Record<string, number>> = {
  // One node by its key.
  'Query.case': 10,
  'Query.decision': 10,
  'Query.guideline': 10,
  'Query.reviewer': 10,
  'Query.service': 10,
  // Pages: a filtered match, an order and a count.
  'Query.cases': 100,
  'Query.decisions': 100,
  'Service.decisions': 100,
  'Guideline.decisions': 100,
  'Reviewer.cases': 100,
  // Catalogues: every node of a label.
  'Query.services': 50,
  'Query.guidelines': 50,
  'Query.reviewers': 50,
  'Query.specialties': 50,
  // The full-text index and its hits' cases.
  'Query.search': 200,
  // Analytics: every decision of the filter, its citations and reviewers.
  'Query.guidelineImpact': 2000,
  'Query.outcomeBreakdown': 2000,
  'Query.citationAgreement': 2000,
  'Query.specialtyOverturnRates': 2000,
  'Query.outcomeTrend': 2000,
  'Query.similarCases': 2000,
  // Traversal from one node; its depth multiplies the nodes it visits (graphViewCost).
  'Query.graph': 200,
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
const GRAPH_FAN_OUT = 10;

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
