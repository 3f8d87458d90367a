import { isFailure, parseLetterFile, type Determination } from '../../loaders';
import { caseKey, decisionId, guidelineKey } from '../../src/ingest/to-graph-batch';
import { filesUnder, LETTERS_DIR } from '../helpers/corpus';
import { startHarness, type ApiHarness, type Json } from './api-harness';
import { loadPublishedLetters, type LoadedLetters } from './synthetic-letters';

/**
 * Search ranks what was asked (issue 15 item 5), on the published letters in data/letters: the
 * expected hits are read from the parser's output, not from the database.
 */

interface Hit {
  kind: string;
  field: string;
  highlight: string;
  decision: { id: string; request: string; rationale: string } | null;
  reason: { code: string; label: string } | null;
}

const LOAD_MS = 900_000;

describe('search ranks what was asked', () => {
  let api: ApiHarness;
  let published: LoadedLetters;
  const letters: Determination[] = [];

  beforeAll(async () => {
    api = await startHarness({ letters: 0, seed: 1 });
    published = await loadPublishedLetters();
    for (const file of [...filesUnder(LETTERS_DIR, '.pdf'), ...filesUnder(LETTERS_DIR, '.txt')]) {
      const parsed = await parseLetterFile(file);
      if (!isFailure(parsed)) letters.push(parsed);
    }
  }, LOAD_MS);

  afterAll(async () => {
    await published?.remove();
    await api?.close();
  });

  async function search(text: string, first = 20): Promise<Hit[]> {
    const result = await api.gql(
      `query S($t: String!, $n: Int) {
        search(text: $t, first: $n) {
          kind field highlight decision { id request rationale } reason { code label }
        }
      }`,
      { t: text, n: first },
    );
    expect(result.errors).toBeUndefined();
    return (result.data!.search as Json[]).map((hit) => hit as Hit);
  }

  const decisions = () => letters.flatMap((l) => l.decisions.map((d) => ({ letter: l, d })));
  const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const decisionText = (hit: Hit) => `${hit.decision?.request}\n${hit.decision?.rationale}`;

  test('"lumbar radiculopathy": decisions naming both words come first', async () => {
    const both = decisions().filter(({ d }) => {
      const present = new Set(words(`${d.request}\n${d.rationale}`));
      return present.has('lumbar') && present.has('radiculopathy');
    });
    expect(both.length).toBeGreaterThan(1);
    const hits = (await search('lumbar radiculopathy', 50)).filter((h) => h.kind === 'DECISION');
    const holding = hits.map((h) => {
      const present = new Set(words(decisionText(h)));
      return present.has('lumbar') && present.has('radiculopathy');
    });
    // Every decision holding both is found (within the page), and none ranks after one that
    // holds only one of the words.
    expect(holding.filter(Boolean).length).toBe(Math.min(both.length, hits.length));
    expect(
      holding.indexOf(false) === -1 || holding.lastIndexOf(true) < holding.indexOf(false),
    ).toBe(true);
    expect(holding[0]).toBe(true);
  });

  test('a quoted phrase matches only the phrase', async () => {
    const phrase = 'lumbar radiculopathy';
    const expected = decisions().filter(({ d }) =>
      ` ${words(`${d.request}\n${d.rationale}`).join(' ')} `.includes(` ${phrase} `),
    );
    expect(expected.length).toBeGreaterThan(0);
    const hits = (await search(`"${phrase}"`, 100)).filter((h) => h.kind === 'DECISION');
    expect(hits.length).toBe(expected.length);
    for (const hit of hits)
      expect(` ${words(decisionText(hit)).join(' ')} `).toContain(` ${phrase} `);
    // Unquoted, the same words find more: decisions holding them apart or only one of them.
    expect((await search(phrase, 100)).length).toBeGreaterThan(hits.length);
  });

  test('a guideline section name finds the decisions whose reviewer cited it', async () => {
    // The graph keeps one node per section whatever its spelling (`&` or `and`, any case):
    // the decisions citing it are those whose citation has the section's key.
    const section = 'Manual therapy & manipulation';
    const keyOf = (source: string, document: string, name: string) =>
      guidelineKey(source, document, name).split('|')[2];
    const expected = decisions()
      .filter(({ d }) =>
        d.reviewer.citations.some((c) =>
          (c.sections ?? []).some(
            (s) => keyOf(c.source, c.document, s) === keyOf(c.source, c.document, section),
          ),
        ),
      )
      .map(({ letter, d }) => decisionId(caseKey(letter), d.ordinal));
    expect(expected.length).toBeGreaterThan(0);
    const hits = await search(`"${section}"`, 100);
    const found = hits.filter((h) => h.field === 'guideline').map((h) => h.decision!.id);
    expect(found.sort()).toEqual([...new Set(expected)].sort());
    for (const hit of hits.filter((h) => h.field === 'guideline'))
      expect(hit.highlight).toContain('<mark>manipulation</mark>');
  });

  /** The decisions the parser grounded on `code`, by id, with the sentence it read. */
  const groundedOn = (code: string) =>
    new Map(
      decisions().flatMap(({ letter, d }) =>
        d.reasons
          .filter((r) => r.code === code)
          .map((r) => [decisionId(caseKey(letter), d.ordinal), r.text] as const),
      ),
    );
  const unmarked = (html: string) =>
    html
      .replace(/<\/?mark>/g, '')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/…/g, '');
  const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

  test.each([
    ['a reason code', 'NO_FUNCTIONAL_IMPROVEMENT', 'NO_FUNCTIONAL_IMPROVEMENT'],
    ['a reason label', 'no functional improvement', 'NO_FUNCTIONAL_IMPROVEMENT'],
    ['another code', 'EXCEEDS_GUIDELINE_LIMIT', 'EXCEEDS_GUIDELINE_LIMIT'],
  ])(
    '%s finds the decisions grounded on it first, its sentence as the snippet',
    async (_, text, code) => {
      const expected = groundedOn(code);
      expect(expected.size).toBeGreaterThan(1);
      const first = Math.min(100, expected.size + 10);
      const hits = await search(text, first);
      const grounded = hits.slice(0, Math.min(expected.size, first));
      expect(grounded.every((h) => h.field === 'reason' && h.reason?.code === code)).toBe(true);
      if (expected.size < first) {
        expect(grounded.map((h) => h.decision!.id).sort()).toEqual([...expected.keys()].sort());
        // After them the words' own text hits, none of them a decision already listed.
        const rest = hits.slice(expected.size);
        expect(rest.every((h) => h.field !== 'reason')).toBe(true);
        expect(rest.some((h) => expected.has(h.decision?.id ?? ''))).toBe(false);
      }
      for (const hit of grounded) {
        // The snippet is (a window of) the sentence the parser read the ground from.
        const sentence = flat(expected.get(hit.decision!.id)!);
        expect(sentence).toContain(flat(unmarked(hit.highlight)));
        expect(hit.decision!.rationale).toContain(expected.get(hit.decision!.id)!);
      }
    },
  );

  test('words of a reason label rank its decisions after the texts holding every word', async () => {
    // "functional improvement" names two reasons only in part: NO_FUNCTIONAL_IMPROVEMENT and
    // FUNCTIONAL_IMPROVEMENT_DOCUMENTED. Texts holding both words come first, then the
    // decisions grounded on either reason that no text hit listed.
    const hits = await search('functional improvement', 100);
    const fields = hits.map((h) => h.field);
    const firstReason = fields.indexOf('reason');
    expect(firstReason).toBeGreaterThan(0);
    for (const hit of hits.slice(0, firstReason).filter((h) => h.kind === 'DECISION')) {
      const present = new Set(words(decisionText(hit)));
      expect(present.has('functional') && present.has('improvement')).toBe(true);
    }
    const codes = new Set(hits.filter((h) => h.field === 'reason').map((h) => h.reason!.code));
    for (const code of codes)
      expect(['NO_FUNCTIONAL_IMPROVEMENT', 'FUNCTIONAL_IMPROVEMENT_DOCUMENTED']).toContain(code);
    expect(codes.size).toBeGreaterThan(0);
    const ids = hits.map((h) => h.decision?.id).filter((id) => id !== undefined);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('a word no reason is named by finds no reason hit', async () => {
    const hits = await search('lumbar radiculopathy', 100);
    expect(hits.some((h) => h.field === 'reason' || h.reason !== null)).toBe(false);
  });
});
