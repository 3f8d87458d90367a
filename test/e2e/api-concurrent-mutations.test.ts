/**
 * The report, over HTTP: `ingestDetermination` of a changed letter and `deleteCase` of
 * the same case sent together, 16 pairs at once. Each pair must end as one of its two serial
 * orders: the case deleted with every decision (nothing served by `decision(id:)`), or the
 * changed letter in place; no pair answers INTERNAL_SERVER_ERROR, the case can be ingested
 * again, and the graph's invariants hold.
 */
import { generateLetter } from '../../tools/synthetic/generate-letter';
import { createRng, letterSeed } from '../../tools/synthetic/rng';
import { checkGraph } from '../../src/graph/check/graph-check.service';
import { adminHeaders, startHarness, synthCaseNumber, type ApiHarness } from './api-harness';

jest.setTimeout(600_000);

// Far above the indexes other test files generate, so these case numbers are this file's own.
const FIRST = 9_234_000;
const PAIRS = 16;
const indexes = Array.from({ length: PAIRS }, (_, i) => FIRST + i);
const letter = (index: number, seed: number) =>
  generateLetter(createRng(letterSeed(seed, index)), index).text;

const INGEST = `mutation Ingest($text: String!) {
  ingestDetermination(text: $text) { caseNumber sha256 decisionCount }
}`;
const DELETE = `mutation Delete($n: ID!) { deleteCase(caseNumber: $n) }`;
const READ = `query Read($n: ID!, $d: ID!) {
  case(caseNumber: $n) { caseNumber sha256 decisionCount decisions { id } }
  decision(id: $d) { id rationale }
}`;

describe('ingest and delete of the same case sent together', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startHarness({ letters: 0, seed: 0 });
    indexes.forEach((i) => api.track(synthCaseNumber(i)));
  });

  afterAll(async () => {
    await api?.close();
  });

  test('16 pairs at once: each case ends deleted whole or replaced, never half', async () => {
    const before = (await checkGraph(api.gateway)).map((v) => v.invariant);
    for (const i of indexes) {
      const first = await api.gql(INGEST, { text: letter(i, 1) }, adminHeaders);
      expect(first.errors).toBeUndefined();
    }
    const pairs = await Promise.all(
      indexes.map((i) =>
        Promise.all([
          api.gql(INGEST, { text: letter(i, 2) }, adminHeaders),
          api.gql(DELETE, { n: synthCaseNumber(i) }, adminHeaders),
        ]),
      ),
    );
    for (const [k, [ingest, remove]] of pairs.entries()) {
      const n = synthCaseNumber(indexes[k]);
      // The case existed when both were sent, so the delete finds it in either order.
      expect({ n, remove: remove.data }).toEqual({ n, remove: { deleteCase: true } });
      // The ingest wrote the case; a delete that came after may have removed it before the
      // answer was read back, which is NOT_FOUND saying so, never an internal error.
      const code = ingest.errors?.[0].extensions?.code;
      expect({ n, code: code ?? 'OK' }).toEqual({
        n,
        code: expect.stringMatching(/^(OK|NOT_FOUND)$/),
      });
      const read = (await api.gql(READ, { n, d: `${n}#1` })).data!;
      if (read.case === null) {
        expect({ n, decision: read.decision }).toEqual({ n, decision: null });
      } else {
        expect(read.case.decisions).toHaveLength(read.case.decisionCount);
        expect(read.decision.id).toBe(`${n}#1`);
      }
    }
    expect((await checkGraph(api.gateway)).map((v) => v.invariant)).toEqual(before);
    // Every case can be ingested again (no decision left over to clash with).
    for (const i of indexes) {
      const again = await api.gql(INGEST, { text: letter(i, 3) }, adminHeaders);
      expect(again.errors).toBeUndefined();
    }
  });
});
