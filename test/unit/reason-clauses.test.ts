/**
 * The pieces under reason extraction: sentences and clauses with their offsets
 * (loaders/extract/clauses.ts) and the first-word index of the cue patterns
 * (loaders/extract/cue-index.ts).
 */
import { splitClauses, splitSentences } from '../../loaders/extract/clauses';
import { CueIndex, firstStems } from '../../loaders/extract/cue-index';

describe('sentences and clauses', () => {
  const text =
    'Per Dr. Smith, i.e. the treating physician, MRI is indicated.  There are no red flags; however, PT helped.\n\nIn this case, the request for 12 visits (e.g. 2x6) exceeds the 6 recommended.';

  test('sentences end at a period before a capital, not after an abbreviation', () => {
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'Per Dr. Smith, i.e. the treating physician, MRI is indicated.',
      'There are no red flags; however, PT helped.',
      'In this case, the request for 12 visits (e.g. 2x6) exceeds the 6 recommended.',
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  test('clauses split after a semicolon and before a contrasting word, offsets kept', () => {
    const [, second] = splitSentences(text);
    const clauses = splitClauses(text, second);
    expect(clauses.map((c) => c.text)).toEqual(['There are no red flags;', 'however, PT helped.']);
    for (const c of clauses) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  test('a paragraph break ends a sentence that lacks its period', () => {
    const broken = 'There are no red flags\n\nThe request is denied.';
    expect(splitSentences(broken).map((s) => s.text)).toEqual([
      'There are no red flags',
      'The request is denied.',
    ]);
  });
});

describe('cue index', () => {
  test('the stems a pattern can open with', () => {
    expect(firstStems('(?:objective )?functional (?:improvement|gains?)')).toEqual([
      'objective',
      'functional',
    ]);
    expect(firstStems(String.raw`\bOA\b`)).toEqual(['oa']);
    expect(firstStems('(?<!long term )not recommended')).toEqual(['not']);
    expect(firstStems(String.raw`tumou?rs?`)).toEqual(['tumo']);
    expect(firstStems(String.raw`\d+ visits`)).toEqual(['0']);
    expect(firstStems(String.raw`\w+ visits`)).toBeNull();
  });

  test('a cue that could open with any word is refused', () => {
    expect(() => new CueIndex([{ source: String.raw`\w+ visits`, value: 1 }])).toThrow(
      /cannot be indexed/,
    );
  });

  test('matches at word starts only, case-insensitively, with their offsets', () => {
    const index = new CueIndex([
      { source: 'red flags?', value: 'flag' },
      { source: String.raw`\d+ visits`, value: 'count' },
      { source: 'flags', value: 'bare' },
    ]);
    const text = 'No Red Flags; 12 visits; redflags.';
    expect(index.matchAll(text)).toEqual([
      { value: 'flag', start: 3, end: 12 },
      { value: 'bare', start: 7, end: 12 },
      { value: 'count', start: 14, end: 23 },
    ]);
  });

  test('stems under one key: each opens only the words it starts, longer stems first', () => {
    const index = new CueIndex([
      { source: 'plans? (?:to|for)', value: 'plan' },
      { source: 'planned', value: 'planned' },
      { source: String.raw`p\w+ (?:to|for) surgery`, value: 'p-word' },
      { source: '(?:pl(?:a|u)(?:n|s))(?: for)?', value: 'pl' },
    ]);
    expect(firstStems(String.raw`p\w+ (?:to|for) surgery`)).toEqual(['p']);
    expect(firstStems('(?:pl(?:a|u)(?:n|s))(?: for)? x')).toEqual(['pl']);
    // `planned` opens plan's stem too (its pattern fails there); `pl` is shorter than the stems
    // `plan` and `planned`, and no cue matches it.
    expect(index.matchAll('Plans to operate; planned. Plus pl').map((m) => m.value)).toEqual([
      'plan',
      'pl',
      'planned',
      'pl',
      'pl',
    ]);
    // A one-letter stem's cues are tried after those of the longer stems sharing its key.
    expect(index.matchAll('plan for surgery')).toEqual([
      { value: 'plan', start: 0, end: 8 },
      { value: 'pl', start: 0, end: 8 },
      { value: 'p-word', start: 0, end: 16 },
    ]);
  });

  test('a group with a class or an escape holding | or ) is read as one branch', () => {
    expect(firstStems(String.raw`(?:a[|)]b|c\)d|e)f x`)).toEqual(['a', 'c', 'ef']);
    expect(() => firstStems('(?:abc')).toThrow(/unbalanced/);
  });
});
