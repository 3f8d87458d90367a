/**
 * Provenance spans (issue 15, item 4): each citation and each item header carries the offsets
 * of the cleaned letter text it was read from. The corpus letters are checked in
 * test/golden/corpus.test.ts; here the seeds and the shapes that wrap.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { cleanedLetterText, parseLetterText } from '../../loaders';
import { locateText } from '../../loaders/parse/spans';
import { seedFiles } from '../helpers/corpus';
import { spanMismatches } from '../helpers/spans';

const source = (file: string) => ({ file, sha256: 'x', format: 'text' as const });

test('every span of the seed letters shows its citation or item header', () => {
  let spans = 0;
  for (const file of seedFiles()) {
    const raw = readFileSync(file, 'utf8');
    const letter = parseLetterText(raw, source(basename(file)));
    expect(spanMismatches(basename(file), letter, cleanedLetterText(raw))).toEqual([]);
    for (const d of letter.decisions)
      spans += 1 + d.claimsAdministrator.citations.length + d.reviewer.citations.length;
  }
  expect(spans).toBeGreaterThan(20);
});

test('the cleaned text is what spans count in: tabs, doubled spaces and CRLF fold away', () => {
  const file = seedFiles()[0];
  const raw = readFileSync(file, 'utf8');
  const noisy = raw.replace(/ /g, '  ').replace(/\n/g, '\r\n');
  const a = parseLetterText(raw, source('a'));
  const b = parseLetterText(noisy, source('a'));
  expect(cleanedLetterText(noisy)).toBe(cleanedLetterText(raw));
  expect(b.decisions.map((d) => d.requestSpan)).toEqual(a.decisions.map((d) => d.requestSpan));
});

describe('locateText', () => {
  test('a citation wrapped across lines spans both lines, hyphen and all', () => {
    const text = 'MAXIMUS guideline: Decision based on Non-MTUS Citation ODG, Low Back, x-\nrays.';
    const span = locateText(text, 'Non-MTUS Citation ODG, Low Back, x-rays.', 0, text.length);
    expect(span).toEqual({ start: text.indexOf('Non-MTUS'), end: text.length });
  });

  test('a `?` of the letter stands for the quote the parser restored', () => {
    const text = 'UR: the patient?s chart';
    expect(locateText(text, "patient's", 0, text.length)).toEqual({ start: 8, end: 17 });
  });

  test('text outside the range is not found', () => {
    const text = 'MTUS Knee. MTUS Knee.';
    expect(locateText(text, 'MTUS Knee.', 1, text.length)).toEqual({ start: 11, end: 21 });
    expect(locateText(text, 'MTUS Knee.', 12, text.length)).toBeNull();
  });
});
