import { join } from 'node:path';
import { corpusDir } from '../helpers/corpus';
import { startHarness, type ApiHarness } from './api-harness';
import { loadPublishedLetters, type LoadedLetters } from './synthetic-letters';

/**
 * Published or synthetic: `Case.synthetic`, and `synthetic` on the case and decision filters
 * (so on every analytic), tell the generator's demo letters from the published ones. Checked
 * on this file's own cases: six synthetic letters and three published PDFs.
 */
const PUBLISHED = ['CM16-0213037.pdf', 'CM16-0221706.pdf', 'CM16-0224814.pdf'];

describe('published or synthetic', () => {
  let api: ApiHarness;
  let published: LoadedLetters;
  let mine: string[];

  beforeAll(async () => {
    api = await startHarness({ letters: 6, seed: 616161 });
    published = await loadPublishedLetters(PUBLISHED.map((file) => join(corpusDir(), file)));
    mine = [...api.caseNumbers, ...PUBLISHED.map((file) => file.replace(/\.pdf$/, ''))];
  });

  afterAll(async () => {
    await published?.remove();
    await api?.close();
  });

  async function caseNumbers(synthetic: boolean | null): Promise<string[]> {
    const result = await api.gql(
      `query Mine($numbers: [ID!], $synthetic: Boolean) {
        cases(filter: { caseNumbers: $numbers, synthetic: $synthetic }, first: 100) {
          totalCount edges { node { caseNumber synthetic } }
        }
      }`,
      { numbers: mine, synthetic },
    );
    expect(result.errors).toBeUndefined();
    const page = result.data!.cases as {
      totalCount: number;
      edges: { node: { caseNumber: string; synthetic: boolean } }[];
    };
    expect(page.totalCount).toBe(page.edges.length);
    for (const { node } of page.edges)
      expect(node.synthetic).toBe(node.caseNumber.startsWith('SYN-'));
    return page.edges.map((e) => e.node.caseNumber).sort();
  }

  test('Case.synthetic and the case filter split the cases by where they come from', async () => {
    expect(await caseNumbers(null)).toEqual([...mine].sort());
    expect(await caseNumbers(true)).toEqual([...api.caseNumbers].sort());
    expect(await caseNumbers(false)).toEqual(
      PUBLISHED.map((file) => file.replace(/\.pdf$/, '')).sort(),
    );
  });

  test('the decision filter narrows decisions and analytics alike', async () => {
    for (const caseNumber of [api.caseNumbers[0], 'CM16-0213037']) {
      const synthetic = caseNumber.startsWith('SYN-');
      const result = await api.gql(
        `query One($n: ID!, $same: Boolean, $other: Boolean) {
          same: decisions(filter: { caseNumber: $n, synthetic: $same }, first: 50) { totalCount }
          other: decisions(filter: { caseNumber: $n, synthetic: $other }, first: 50) { totalCount }
          all: decisions(filter: { caseNumber: $n }, first: 50) { totalCount }
          sameBreakdown: outcomeBreakdown(by: SERVICE, filter: { caseNumber: $n, synthetic: $same }) { decisions }
          otherBreakdown: outcomeBreakdown(by: SERVICE, filter: { caseNumber: $n, synthetic: $other }) { decisions }
        }`,
        { n: caseNumber, same: synthetic, other: !synthetic },
      );
      expect(result.errors).toBeUndefined();
      const data = result.data! as Record<string, { totalCount: number } & { decisions: number }[]>;
      const all = (data.all as unknown as { totalCount: number }).totalCount;
      expect(all).toBeGreaterThan(0);
      expect((data.same as unknown as { totalCount: number }).totalCount).toBe(all);
      expect((data.other as unknown as { totalCount: number }).totalCount).toBe(0);
      const sum = (rows: { decisions: number }[]) => rows.reduce((n, r) => n + r.decisions, 0);
      expect(sum(data.sameBreakdown as unknown as { decisions: number }[])).toBe(all);
      expect(data.otherBreakdown).toEqual([]);
    }
  });
});
