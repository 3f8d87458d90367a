import {
  containsTerm,
  escapeHtml,
  highlightSnippet,
  luceneQuery,
  searchTerms,
} from '../../src/api/search/search-text';

describe('search text to a safe Lucene query', () => {
  test('words only, lower-cased, distinct, in order', () => {
    expect(searchTerms('MRI of the Lumbar spine, MRI again')).toEqual([
      'mri',
      'of',
      'the',
      'lumbar',
      'spine',
      'again',
    ]);
  });

  test('Lucene syntax becomes plain words: no operators, wildcards, fields, ranges or escapes', () => {
    const query = luceneQuery(
      searchTerms('title:MRI AND (knee OR "hip") NOT x* ~2 [a TO z] {b} ^3 \\ / && || ! -y +z'),
    );
    expect(query).toBe('title mri and knee or hip not x 2 a to z b 3 y');
    expect(query).toMatch(/^[\p{L}\p{N} ]*$/u);
    expect(query).not.toMatch(/\b(AND|OR|NOT|TO)\b/);
  });

  test('nothing searchable gives no terms; the number of terms is capped', () => {
    expect(searchTerms('*** ??? ---')).toEqual([]);
    expect(searchTerms(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '))).toHaveLength(16);
  });

  test('letters beyond ASCII are words', () => {
    expect(searchTerms('Müller naïve façade')).toEqual(['müller', 'naïve', 'façade']);
  });
});

describe('highlighted snippets', () => {
  test('marks every whole-word match, whatever its case', () => {
    expect(highlightSnippet('Lumbar MRI and a repeat mri; MRIs excluded', ['mri'])).toBe(
      'Lumbar <mark>MRI</mark> and a repeat <mark>mri</mark>; MRIs excluded',
    );
  });

  test('escapes the text so the snippet is safe HTML', () => {
    const snippet = highlightSnippet('<script>alert("x")</script> MRI & more', ['mri']);
    expect(snippet).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; <mark>MRI</mark> &amp; more',
    );
    expect(escapeHtml(`'`)).toBe('&#39;');
  });

  test('a long text gives a window around the first match with ellipses', () => {
    const text = `${'lorem ipsum '.repeat(60)}the requested acupuncture sessions ${'dolor sit '.repeat(60)}`;
    const snippet = highlightSnippet(text, ['acupuncture'], 120);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet).toContain('<mark>acupuncture</mark>');
    expect(snippet.length).toBeLessThan(160);
  });

  test('a text without a match gives its beginning; containsTerm tells which field matched', () => {
    expect(highlightSnippet('Physical therapy 12 sessions', ['knee'])).toBe(
      'Physical therapy 12 sessions',
    );
    expect(containsTerm('Physical therapy', ['therapy'])).toBe(true);
    expect(containsTerm('Physiotherapy', ['therapy'])).toBe(false);
  });

  test('terms with regular-expression characters are matched literally', () => {
    expect(highlightSnippet('a b c', ['a.c'])).toBe('a b c');
  });
});
