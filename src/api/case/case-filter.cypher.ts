import { InvalidArgument } from '../core/domain-error';
import {
  compileFilter,
  DECIDED_FROM_FIELD,
  DECIDED_TO_FIELD,
  OUTCOME_FIELD,
  reviewerFields,
  SYNTHETIC_FIELD,
  toLowerCase,
  type FilterFields,
} from '../core/filter-fields';
import type { CaseFilter } from './case-filter.input';

export const MAX_CASE_NUMBERS = 1000;

export interface CaseFilterCypher {
  /** Conditions on `c` (Case), joined with AND; 'true' when there are none. */
  where: string;
  params: Record<string, unknown>;
}

/** The CaseFilter's fields, in the order their conditions are written. */
export const CASE_FIELDS: FilterFields<CaseFilter> = [
  { field: 'caseNumbers', param: 'CaseNumbers', test: { op: 'oneOf', property: 'caseNumber' } },
  SYNTHETIC_FIELD,
  OUTCOME_FIELD,
  { field: 'priority', param: 'Priority', test: { op: 'equals', property: 'priority' } },
  DECIDED_FROM_FIELD,
  DECIDED_TO_FIELD,
  {
    field: 'patientSex',
    param: 'Sex',
    test: { op: 'equals', property: 'patientSex' },
    toParam: toLowerCase,
  },
  { field: 'minAge', param: 'MinAge', test: { op: 'atLeast', property: 'patientAge' } },
  { field: 'maxAge', param: 'MaxAge', test: { op: 'atMost', property: 'patientAge' } },
  {
    field: 'diagnosis',
    param: 'Diagnosis',
    test: { op: 'key', property: 'name' },
    path: { steps: '-[:HAS_DIAGNOSIS]->', end: { alias: '', label: 'Diagnosis' } },
  },
  ...reviewerFields({ steps: '-[:REVIEWED_BY]->', end: { alias: 'r', label: 'Reviewer' } }),
];

/** A CaseFilter as fixed Cypher conditions with parameters: input never becomes Cypher. */
export function caseFilterCypher(filter: CaseFilter | null | undefined): CaseFilterCypher {
  if (filter?.caseNumbers && filter.caseNumbers.length > MAX_CASE_NUMBERS) {
    throw new InvalidArgument(`caseNumbers takes at most ${MAX_CASE_NUMBERS} case numbers`);
  }
  const { conditions, params } = compileFilter(CASE_FIELDS, filter, 'c');
  return { where: conditions.length > 0 ? conditions.join('\n  AND ') : 'true', params };
}
