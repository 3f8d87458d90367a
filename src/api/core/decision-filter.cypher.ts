import type { DecisionFilter } from './decision-filter.input';
import {
  compileFilter,
  DECIDED_FROM_FIELD,
  DECIDED_TO_FIELD,
  OUTCOME_FIELD,
  reviewerFields,
  SYNTHETIC_FIELD,
  toLowerCase,
  type FieldPath,
  type FilterFields,
} from './filter-fields';

export interface FilterCypher {
  /** Cypher lines that bind `d` (Decision) and narrow it; starts with MATCH. */
  text: string;
  params: Record<string, unknown>;
}

/** From a decision to its case's reviewer. */
const REVIEWER_OF_DECISION: FieldPath = {
  steps: '<-[:HAS_DECISION]-(:Case)-[:REVIEWED_BY]->',
  end: { alias: 'r', label: 'Reviewer' },
};

/** The DecisionFilter's fields, in the order their conditions are written. */
export const DECISION_FIELDS: FilterFields<DecisionFilter> = [
  { field: 'caseNumber', param: 'Case', test: { op: 'equals', property: 'caseNumber' } },
  SYNTHETIC_FIELD,
  OUTCOME_FIELD,
  DECIDED_FROM_FIELD,
  DECIDED_TO_FIELD,
  {
    field: 'bodyRegion',
    param: 'Region',
    test: { op: 'listHas', property: 'bodyRegions' },
    toParam: toLowerCase,
  },
  {
    field: 'service',
    param: 'Service',
    test: { op: 'equals', property: 'name' },
    path: { steps: '-[:FOR_SERVICE]->', end: { alias: 's', label: 'Service' } },
  },
  // A decision carries its service's category and subcategory (written by the loader).
  { field: 'category', param: 'Category', test: { op: 'equals', property: 'category' } },
  { field: 'subcategory', param: 'Subcategory', test: { op: 'equals', property: 'subcategory' } },
  {
    field: 'guidelineDocument',
    param: 'Document',
    test: { op: 'equals', property: 'document' },
    path: { steps: '-[:UR_CITED|REVIEWER_CITED]->', end: { alias: 'g', label: 'Guideline' } },
  },
  ...reviewerFields(REVIEWER_OF_DECISION),
  {
    field: 'reason',
    param: 'Reason',
    test: { op: 'key', property: 'code' },
    path: { steps: '-[:GROUNDED_ON]->', end: { alias: '', label: 'Reason' } },
  },
];

/** `MATCH (d:Decision)` narrowed by `conditions`, one per line. */
const decisionMatch = (conditions: readonly string[]): string =>
  conditions.length > 0
    ? `MATCH (d:Decision)\nWHERE ${conditions.join('\n  AND ')}`
    : 'MATCH (d:Decision)';

/**
 * A DecisionFilter as fixed Cypher with parameters: user input never becomes Cypher text.
 * The text binds `d:Decision`; later clauses of a query build on it.
 */
export function decisionFilterCypher(filter: DecisionFilter | null | undefined): FilterCypher {
  const { conditions, params } = compileFilter(DECISION_FIELDS, filter, 'd');
  return { text: decisionMatch(conditions), params };
}
