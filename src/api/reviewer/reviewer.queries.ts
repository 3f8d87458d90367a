import { defineQuery } from '../../graph/named-query';
import { nodeView, read } from '../../graph/model/read';
import type { Reviewer } from './reviewer.type';

const REVIEWER = nodeView('Reviewer', ['key', 'specialties', 'licensedStates']);

export const REVIEWER_PROJECTION = REVIEWER.projection('r');

export function toReviewer(value: unknown): Reviewer {
  const r = REVIEWER.read(value);
  return { key: r.key, specialtyNames: r.specialties, stateNames: r.licensedStates };
}

/** Profiles that still review a case (loading never leaves others, deleting may briefly). */
export const listReviewers = defineQuery<Record<string, never>, Reviewer>(
  'reviewer.list',
  `MATCH (r:Reviewer)
   RETURN ${REVIEWER_PROJECTION} AS r
   ORDER BY r.key`,
  (row) => toReviewer(row.r),
);

export const reviewersByKey = defineQuery<{ keys: readonly string[] }, Reviewer>(
  'reviewer.byKey',
  `UNWIND $keys AS key
   MATCH (r:Reviewer {key: key})
   RETURN ${REVIEWER_PROJECTION} AS r`,
  (row) => toReviewer(row.r),
);

export const reviewersBySpecialty = defineQuery<
  { keys: readonly string[] },
  { specialty: string; reviewer: Reviewer }
>(
  'reviewer.bySpecialty',
  `UNWIND $keys AS key
   MATCH (:Specialty {name: key})<-[:CERTIFIED_IN]-(r:Reviewer)
   RETURN key, ${REVIEWER_PROJECTION} AS r
   ORDER BY key, r.key`,
  (row) => ({ specialty: read.string(row.key), reviewer: toReviewer(row.r) }),
);

/** Specialties some reviewer holds (a specialty node outlives its reviewers after deletes). */
export const listSpecialties = defineQuery<Record<string, never>, { name: string }>(
  'reviewer.specialties',
  `MATCH (s:Specialty) WHERE EXISTS { (s)<-[:CERTIFIED_IN]-(:Reviewer) }
   RETURN s.name AS name
   ORDER BY name`,
  (row) => ({ name: read.string(row.name) }),
);
