/**
 * Values only ever become parameters, checked with random filters (fast-check): for the
 * decision filter, the case filter and the decision scope, whatever the values (quotes,
 * braces, backticks, `$`, newlines, Cypher keywords), the text is the text of the same fields
 * given with other values; every parameter the text names is set and every one set is named;
 * and each given value reaches the parameters as the graph stores it.
 */
import fc from 'fast-check';
import { CASE_FIELDS, caseFilterCypher } from '../../src/api/case/case-filter.cypher';
import type { CaseFilter } from '../../src/api/case/case-filter.input';
import { DECISION_FIELDS, decisionFilterCypher } from '../../src/api/core/decision-filter.cypher';
import type { DecisionFilter } from '../../src/api/core/decision-filter.input';
import { decisionScopeCypher } from '../../src/api/core/decision-scope.cypher';
import { isGiven, type FilterFields } from '../../src/api/core/filter-fields';

const hostile = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    "x' }) DETACH DELETE d //",
    '$fCase',
    '`x` } RETURN 1 //',
    'a" OR true OR "',
    '\n  AND false',
    '',
  ),
);
const day = fc.date({ noInvalidDate: true, min: new Date(0), max: new Date('2100-01-01') });
/** A given value, or null (no condition); a record may also leave the key out. */
const orNull = <T>(arb: fc.Arbitrary<T>) => fc.oneof(arb, fc.constant(null));

const DECISION_VALUES = {
  caseNumber: orNull(hostile),
  synthetic: orNull(fc.boolean()),
  outcome: orNull(hostile),
  decidedFrom: orNull(day),
  decidedTo: orNull(day),
  bodyRegion: orNull(hostile),
  service: orNull(hostile),
  category: orNull(hostile),
  subcategory: orNull(hostile),
  guidelineDocument: orNull(hostile),
  specialty: orNull(hostile),
  licensedState: orNull(hostile),
  reason: orNull(hostile),
};
const CASE_VALUES = {
  caseNumbers: orNull(fc.array(hostile, { maxLength: 4 })),
  synthetic: orNull(fc.boolean()),
  outcome: orNull(hostile),
  priority: orNull(hostile),
  decidedFrom: orNull(day),
  decidedTo: orNull(day),
  patientSex: orNull(hostile),
  minAge: orNull(fc.integer()),
  maxAge: orNull(fc.integer()),
  diagnosis: orNull(hostile),
  specialty: orNull(hostile),
  licensedState: orNull(hostile),
};
const decisionFilters = fc.record(DECISION_VALUES, {
  requiredKeys: [],
}) as fc.Arbitrary<DecisionFilter>;
const caseFilters = fc.record(CASE_VALUES, { requiredKeys: [] }) as fc.Arbitrary<CaseFilter>;

/** The same fields given, with other values (a boolean keeps its side: it chooses the text). */
function otherValues<F extends object>(filter: F): F {
  const other = (value: unknown): unknown => {
    if (!isGiven(value) || typeof value === 'boolean') return value;
    if (value instanceof Date) return new Date('2001-02-03T00:00:00Z');
    if (Array.isArray(value)) return ['CM00-0000000'];
    return typeof value === 'number' ? 7 : 'plain';
  };
  return Object.fromEntries(Object.entries(filter).map(([k, v]) => [k, other(v)])) as F;
}

/** Text and parameters agree: each `$name` in the text is set, each one set is in the text. */
function expectParamsMatchText(text: string, params: Record<string, unknown>) {
  const named = new Set([...text.matchAll(/\$(\w+)/g)].map((m) => m[1]));
  expect([...named].sort()).toEqual(Object.keys(params).sort());
}

/** Every given value of `filter` is among the parameters, converted as its field says. */
function expectValuesInParams<F extends object>(
  fields: FilterFields<F>,
  filter: F,
  params: Record<string, unknown>,
) {
  for (const field of fields) {
    const value: unknown = filter[field.field];
    if (!isGiven(value) || field.test.op === 'startsWith') continue;
    expect(Object.values(params)).toContainEqual(field.toParam ? field.toParam(value) : value);
  }
}

const runs = { numRuns: 300 };

test('the arbitraries cover every field of the tables', () => {
  expect(Object.keys(DECISION_VALUES).sort()).toEqual(DECISION_FIELDS.map((f) => f.field).sort());
  expect(Object.keys(CASE_VALUES).sort()).toEqual(CASE_FIELDS.map((f) => f.field).sort());
});

test('decisionFilterCypher: values only as parameters', () => {
  fc.assert(
    fc.property(decisionFilters, (filter) => {
      const { text, params } = decisionFilterCypher(filter);
      expect(text).toBe(decisionFilterCypher(otherValues(filter)).text);
      expectParamsMatchText(text, params);
      expectValuesInParams(DECISION_FIELDS, filter, params);
    }),
    runs,
  );
});

test('caseFilterCypher: values only as parameters', () => {
  fc.assert(
    fc.property(caseFilters, (filter) => {
      const { where, params } = caseFilterCypher(filter);
      expect(where).toBe(caseFilterCypher(otherValues(filter)).where);
      expectParamsMatchText(where, params);
      expectValuesInParams(CASE_FIELDS, filter, params);
    }),
    runs,
  );
});

test('decisionScopeCypher: values only as parameters, in the anchor and after it', () => {
  fc.assert(
    fc.property(decisionFilters, (filter) => {
      const scope = decisionScopeCypher(filter);
      const other = decisionScopeCypher(otherValues(filter));
      expect(scope.text).toBe(other.text);
      expect(scope.citationWhere?.('r')).toBe(other.citationWhere?.('r'));
      expectParamsMatchText(scope.text, scope.params);
      expectValuesInParams(DECISION_FIELDS, filter, scope.params);
    }),
    runs,
  );
});
