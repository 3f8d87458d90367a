import {
  containsTerm,
  escapeHtml,
  highlightSnippet,
  holdsAll,
  luceneQuery,
  parseSearchText,
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
      parseSearchText('title:MRI AND (knee OR hip) NOT x* ~2 [a TO z] {b} ^3 \\ / && || ! -y +z'),
    );
    const words = 'title mri and knee or hip not x 2 a to z b 3 y';
    expect(query).toBe(`(${words.replace(/(\S+)/g, '+$1')})^8 ${words}`);
    // Only the builder's own syntax: +word, one group with its boost, and plain words.
    expect(query).toMatch(/^\((\+[\p{L}\p{N}]+ ?)+\)\^8( [\p{L}\p{N}]+)+$/u);
    expect(query).not.toMatch(/\b(AND|OR|NOT|TO)\b/);
  });

  test('every word together weighs more, so texts holding all of them rank first', () => {
    expect(luceneQuery(parseSearchText('Lumbar radiculopathy'))).toBe(
      '(+lumbar +radiculopathy)^8 lumbar radiculopathy',
    );
    expect(luceneQuery(parseSearchText('lumbar'))).toBe('lumbar');
  });

  test('a quoted phrase is required as a phrase, its words quoted by the builder only', () => {
    const query = parseSearchText('"Lumbar  radiculopathy" MRI');
    expect(query).toEqual({
      phrases: [['lumbar', 'radiculopathy']],
      words: ['mri'],
      terms: ['lumbar', 'radiculopathy', 'mri'],
    });
    expect(luceneQuery(query)).toBe('+"lumbar radiculopathy" mri');
    // Curly quotes too; Lucene syntax inside the quotes is words; a quoted word is a word.
    expect(luceneQuery(parseSearchText('“knee* OR hip~” "mri"'))).toBe('+"knee or hip" mri');
    // An unpaired quote leaves the rest as words: no quote reaches Lucene unpaired.
    expect(luceneQuery(parseSearchText('"a b" "c d'))).toBe('+"a b" (+c +d)^8 c d');
    expect(luceneQuery(parseSearchText('x "'))).toBe('x');
  });

  test('phrases and words share the cap on terms', () => {
    const long = Array.from({ length: 20 }, (_, i) => `w${i}`).join(' ');
    const query = parseSearchText(`"${long}" more`);
    expect(query.phrases).toEqual([long.split(' ').slice(0, 16)]);
    expect(query.words).toEqual([]);
    expect(query.terms).toHaveLength(16);
  });

  test('holdsAll: every word anywhere, each phrase in order, whole words', () => {
    const text = 'Lumbar MRI showed radiculopathy at L5.';
    expect(holdsAll(text, parseSearchText('radiculopathy lumbar'))).toBe(true);
    expect(holdsAll(text, parseSearchText('"lumbar radiculopathy"'))).toBe(false);
    expect(holdsAll(text, parseSearchText('"Lumbar MRI" l5'))).toBe(true);
    expect(holdsAll(text, parseSearchText('lumbar knee'))).toBe(false);
    expect(holdsAll('lumbarradiculopathy', parseSearchText('lumbar'))).toBe(false);
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
