import type { ApiContext } from '../core/context';
import { groupByKey, loaderFor, oneByKey } from '../core/request-loaders';
import * as q from './reviewer.queries';
import type { Reviewer, Specialty } from './reviewer.type';

export function listReviewers(context: ApiContext): Promise<Reviewer[]> {
  return context.gateway.read(q.listReviewers, {});
}

export function listSpecialties(context: ApiContext): Promise<Specialty[]> {
  return context.gateway.read(q.listSpecialties, {});
}

export function loadReviewer(context: ApiContext, key: string): Promise<Reviewer | null> {
  return loaderFor<string, Reviewer | null>(context, 'reviewer.byKey', async (keys) =>
    oneByKey(
      keys,
      await context.gateway.read(q.reviewersByKey, { keys }),
      (r) => r.key,
      (r) => r,
    ),
  ).load(key);
}

export function loadReviewersOfSpecialty(context: ApiContext, name: string): Promise<Reviewer[]> {
  return loaderFor<string, Reviewer[]>(context, 'reviewer.bySpecialty', async (keys) =>
    groupByKey(
      keys,
      await context.gateway.read(q.reviewersBySpecialty, { keys }),
      (row) => row.specialty,
      (row) => row.reviewer,
    ),
  ).load(name);
}
