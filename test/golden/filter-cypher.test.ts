/**
 * The three filter translations as Cypher text, without a database, as the Neo4j GraphQL
 * Library keeps its translation tests: for the decision filter, the case filter and the
 * decision scope (analytics and `decisions` start from it), the empty filter, every field
 * alone, every pair of fields, and all fields at once, each snapshotted as the text, its
 * parameters and (for a scope) its anchor, whether it is index-only and its citation-edge
 * condition. The snapshots (__snapshots__/filter-cypher.test.ts.snap) are reviewed
 * expectations: a changed query plan starts as a changed line there, updated deliberately
 * (jest -u) only after reading the diff. test/unit/filter-cypher.test.ts and
 * decision-scope.test.ts state the same per field; test/unit/filter-params.test.ts checks
 * with random values that values only ever become parameters.
 */
import { CASE_FIELDS, caseFilterCypher } from '../../src/api/case/case-filter.cypher';
import type { CaseFilter } from '../../src/api/case/case-filter.input';
import { DECISION_FIELDS, decisionFilterCypher } from '../../src/api/core/decision-filter.cypher';
import type { DecisionFilter } from '../../src/api/core/decision-filter.input';
import { decisionScopeCypher } from '../../src/api/core/decision-scope.cypher';

/** One value per field, as a client might send it (mixed case where the graph lower-cases). */
const DECISION_SAMPLE: Required<DecisionFilter> = {
  outcome: 'OVERTURNED' as DecisionFilter['outcome'] & string,
  category: 'Rehabilitation',
  subcategory: 'Chiropractic',
  service: 'Chiropractic manipulation',
  guidelineDocument: 'Official Disability Guidelines',
  specialty: 'Orthopedic Surgery',
  licensedState: 'California',
  bodyRegion: 'Lumbar Spine',
  decidedFrom: new Date('2016-11-01T00:00:00Z'),
  decidedTo: new Date('2016-12-31T00:00:00Z'),
  caseNumber: 'CM16-0213037',
  synthetic: false,
  reason: 'NO_FUNCTIONAL_IMPROVEMENT',
} as Required<DecisionFilter>;

const CASE_SAMPLE: Required<CaseFilter> = {
  caseNumbers: ['CM16-0213037', 'SYN-0000001'],
  outcome: 'PARTIALLY_OVERTURNED',
  priority: 'Expedited',
  decidedFrom: new Date('2016-11-01T00:00:00Z'),
  decidedTo: new Date('2016-12-31T00:00:00Z'),
  specialty: 'Orthopedic Surgery',
  licensedState: 'California',
  diagnosis: 'lumbar radiculopathy',
  patientSex: 'Female',
  minAge: 40,
  maxAge: 65,
  synthetic: true,
} as Required<CaseFilter>;

/** The filters to snapshot: none, each field alone, each pair, all; named by their fields. */
function combinations<F extends object>(
  fields: readonly (keyof F & string)[],
  sample: F,
): [string, F][] {
  const pick = (names: readonly (keyof F & string)[]) =>
    Object.fromEntries(names.map((name) => [name, sample[name]])) as F;
  const pairs = fields.flatMap((a, i) => fields.slice(i + 1).map((b) => [a, b]));
  return [
    ['(empty)', {} as F],
    ...fields.map((name): [string, F] => [name, pick([name])]),
    ...pairs.map((names): [string, F] => [names.join(' + '), pick(names)]),
    ['(all fields)', pick(fields)],
  ];
}

/** A translation as the snapshot shows it: the Cypher text as is, then one line per parameter. */
function reviewable(text: string, params: Record<string, unknown>, notes: string[] = []): string {
  const lines = Object.entries(params).map(
    ([name, value]) => `$${name} = ${JSON.stringify(value)}`,
  );
  return ['', ...notes, text, ...lines, ''].join('\n');
}

function reviewableScope(filter: DecisionFilter): string {
  const { text, params, anchor, indexOnly, citationWhere } = decisionScopeCypher(filter);
  const notes = [`-- anchor: ${anchor}${indexOnly ? ', index-only' : ''}`];
  if (citationWhere) notes.push(`-- citation edge r: ${citationWhere('r')}`);
  return reviewable(text, params, notes);
}

const decisionFields = DECISION_FIELDS.map((f) => f.field);
const caseFields = CASE_FIELDS.map((f) => f.field);

test('the samples name every field of the tables', () => {
  expect(Object.keys(DECISION_SAMPLE).sort()).toEqual([...decisionFields].sort());
  expect(Object.keys(CASE_SAMPLE).sort()).toEqual([...caseFields].sort());
});

describe('decisionFilterCypher', () => {
  test.each(combinations(decisionFields, DECISION_SAMPLE))('%s', (_name, filter) => {
    const { text, params } = decisionFilterCypher(filter);
    expect(reviewable(text, params)).toMatchSnapshot();
  });
  test('synthetic: true', () => {
    const { text, params } = decisionFilterCypher({ synthetic: true });
    expect(reviewable(text, params)).toMatchSnapshot();
  });
});

describe('caseFilterCypher', () => {
  test.each(combinations(caseFields, CASE_SAMPLE))('%s', (_name, filter) => {
    const { where, params } = caseFilterCypher(filter);
    expect(reviewable(`MATCH (c:Case) WHERE ${where}`, params)).toMatchSnapshot();
  });
  test('synthetic: false', () => {
    const { where, params } = caseFilterCypher({ synthetic: false });
    expect(reviewable(`MATCH (c:Case) WHERE ${where}`, params)).toMatchSnapshot();
  });
});

describe('decisionScopeCypher', () => {
  test.each(combinations(decisionFields, DECISION_SAMPLE))('%s', (_name, filter) => {
    expect(reviewableScope(filter)).toMatchSnapshot();
  });
  test('category + subcategory + outcome: the whole filter is the index seek', () => {
    const { category, subcategory, outcome } = DECISION_SAMPLE;
    expect(reviewableScope({ category, subcategory, outcome })).toMatchSnapshot();
  });
});
