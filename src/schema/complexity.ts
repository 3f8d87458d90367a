import type { ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './pagination';

/**
 * Cost estimates for the query limits: a field costs 1, a list multiplies what is selected
 * under it by how many items it may hold. Connections hold `first`; unpaged lists an
 * expected size.
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
