import { defineLoader, groupByKey, oneByKey } from '../core/request-loaders';
import type { ServiceScope } from '../core/service-scope';
import * as q from './reviewer.queries';
import type { Reviewer, Specialty } from './reviewer.type';

const reviewerByKey = defineLoader<string, Reviewer | null>(
  'reviewer.byKey',
  async (gateway, keys) =>
    oneByKey(
      keys,
      await gateway.read(q.reviewersByKey, { keys }),
      (r) => r.key,
      (r) => r,
    ),
);

const reviewersOfSpecialty = defineLoader<string, Reviewer[]>(
  'reviewer.bySpecialty',
  async (gateway, keys) =>
    groupByKey(
      keys,
      await gateway.read(q.reviewersBySpecialty, { keys }),
      (row) => row.specialty,
      (row) => row.reviewer,
    ),
);

export function listReviewers(scope: ServiceScope): Promise<Reviewer[]> {
  return scope.gateway.read(q.listReviewers, {});
}

export function listSpecialties(scope: ServiceScope): Promise<Specialty[]> {
  return scope.gateway.read(q.listSpecialties, {});
}

export function loadReviewer(scope: ServiceScope, key: string): Promise<Reviewer | null> {
  return scope.loaders.get(reviewerByKey).load(key);
}

export function loadReviewersOfSpecialty(scope: ServiceScope, name: string): Promise<Reviewer[]> {
  return scope.loaders.get(reviewersOfSpecialty).load(name);
}
