import { startHarness, type ApiHarness } from './api-harness';

/**
 * Every case filter by what it returns: synthetic letters of this file's own (SYN- case
 * numbers, deleted at the end), read back whole once, then each filter field asked through the
 * API and compared with the cases the field's meaning selects from that read-back. Each value
 * is chosen so the expected set is neither empty nor everything, so a filter that returns all
 * cases, none, or the complement fails.
 */
interface CaseRead {
  caseNumber: string;
  outcome: string;
  priority: string | null;
  decisionDate: string | null;
  patientAge: number | null;
  patientSex: string | null;
  diagnoses: string[];
  reviewer: { specialties: { name: string }[]; states: { name: string }[] };
}

const CASE_FIELDS = `caseNumber outcome priority decisionDate patientAge patientSex diagnoses
  reviewer { specialties { name } states { name } }`;

describe('case filters select the right cases', () => {
  let api: ApiHarness;
  let cases: CaseRead[];

  beforeAll(async () => {
    api = await startHarness({ letters: 40, seed: 181818 });
    const result = await api.gql(
      `query Mine($numbers: [ID!]) { cases(filter: { caseNumbers: $numbers }, first: 100) {
        edges { node { ${CASE_FIELDS} } } } }`,
      { numbers: api.caseNumbers },
    );
    expect(result.errors).toBeUndefined();
    cases = result.data!.cases.edges.map((e: { node: CaseRead }) => e.node);
    expect(cases).toHaveLength(40);
  });

  afterAll(async () => {
    await api?.close();
  });

  /** The case numbers the API returns for `filter` (restricted to this file's cases). */
  async function select(filter: Record<string, unknown>, types: string): Promise<string[]> {
    const names = Object.keys(filter);
    const result = await api.gql(
      `query F($numbers: [ID!]${names.map((n) => `, $${n}: ${typeOf(n, types)}`).join('')}) {
        cases(filter: { caseNumbers: $numbers${names.map((n) => `, ${n}: $${n}`).join('')} }, first: 100) {
          totalCount edges { node { caseNumber } } } }`,
      { numbers: api.caseNumbers, ...filter },
    );
    expect(result.errors).toBeUndefined();
    const found = result.data!.cases.edges.map(
      (e: { node: { caseNumber: string } }) => e.node.caseNumber,
    );
    expect(result.data!.cases.totalCount).toBe(found.length);
    return found;
  }

  function typeOf(name: string, types: string): string {
    return types
      .split(',')
      .find((t) => t.trim().startsWith(`${name}:`))!
      .split(':')[1]
      .trim();
  }

  /** Checks a filter against the expected subset, which must be a proper, non-empty one. */
  async function expectSelects(
    filter: Record<string, unknown>,
    types: string,
    keep: (c: CaseRead) => boolean,
  ): Promise<void> {
    const expected = cases
      .filter(keep)
      .map((c) => c.caseNumber)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(cases.length);
    expect((await select(filter, types)).sort()).toEqual(expected);
  }

  const most = <T>(values: T[]): T => {
    const counts = new Map<T, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
  };

  test('caseNumbers: exactly the cases named', async () => {
    const some = cases.slice(3, 9).map((c) => c.caseNumber);
    const result = await api.gql(
      `query N($numbers: [ID!]) { cases(filter: { caseNumbers: $numbers }, first: 100) { edges { node { caseNumber } } } }`,
      { numbers: [...some, 'CM00-0000000'] },
    );
    expect(
      result.data!.cases.edges.map((e: { node: { caseNumber: string } }) => e.node.caseNumber),
    ).toEqual(some);
  });

  test('outcome', async () => {
    const outcome = most(cases.map((c) => c.outcome));
    await expectSelects({ outcome }, 'outcome: CaseOutcome', (c) => c.outcome === outcome);
  });

  test('priority', async () => {
    const priority = cases.some((c) => c.priority === 'Expedited') ? 'Expedited' : 'Standard';
    await expectSelects({ priority }, 'priority: String', (c) => c.priority === priority);
  });

  test('decidedFrom and decidedTo, each bound inclusive', async () => {
    const dates = cases
      .map((c) => c.decisionDate)
      .filter((d): d is string => d !== null)
      .sort();
    const middle = dates[Math.floor(dates.length / 2)];
    await expectSelects(
      { decidedFrom: middle },
      'decidedFrom: Date',
      (c) => c.decisionDate !== null && c.decisionDate >= middle,
    );
    await expectSelects(
      { decidedTo: middle },
      'decidedTo: Date',
      (c) => c.decisionDate !== null && c.decisionDate <= middle,
    );
  });

  test('patientSex, whatever its case', async () => {
    const sex = most(cases.map((c) => c.patientSex).filter((s): s is string => s !== null));
    await expectSelects(
      { patientSex: sex.toUpperCase() },
      'patientSex: String',
      (c) => c.patientSex === sex,
    );
  });

  test('minAge and maxAge, each bound inclusive', async () => {
    const ages = cases
      .map((c) => c.patientAge)
      .filter((a): a is number => a !== null)
      .sort((a, b) => a - b);
    const middle = ages[Math.floor(ages.length / 2)];
    await expectSelects(
      { minAge: middle },
      'minAge: Int',
      (c) => c.patientAge !== null && c.patientAge >= middle,
    );
    await expectSelects(
      { maxAge: middle },
      'maxAge: Int',
      (c) => c.patientAge !== null && c.patientAge <= middle,
    );
  });

  test('diagnosis', async () => {
    const diagnosis = most(cases.flatMap((c) => c.diagnoses));
    await expectSelects({ diagnosis }, 'diagnosis: String', (c) => c.diagnoses.includes(diagnosis));
  });

  test('specialty and licensedState of the reviewer, alone and together', async () => {
    const specialty = most(cases.flatMap((c) => c.reviewer.specialties.map((s) => s.name)));
    const hasSpecialty = (c: CaseRead) => c.reviewer.specialties.some((s) => s.name === specialty);
    await expectSelects({ specialty }, 'specialty: String', hasSpecialty);
    // A state some reviewers hold and others do not (most hold California).
    const states = cases.flatMap((c) => c.reviewer.states.map((s) => s.name));
    const state = [...new Set(states)].find(
      (name) =>
        cases.filter((c) => c.reviewer.states.some((s) => s.name === name)).length < cases.length,
    );
    expect(state).toBeDefined();
    const hasState = (c: CaseRead) => c.reviewer.states.some((s) => s.name === state);
    await expectSelects({ licensedState: state }, 'licensedState: String', hasState);
    const both = (
      await select({ specialty, licensedState: state }, 'specialty: String, licensedState: String')
    ).sort();
    expect(both).toEqual(
      cases
        .filter((c) => hasSpecialty(c) && hasState(c))
        .map((c) => c.caseNumber)
        .sort(),
    );
  });
});
