import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { LetterError } from '../../loaders/determination';
import { HEADER_LABELS } from '../../loaders/read/page-header';
import { extractPdfText } from '../../loaders/read/pdf-text';
import { loadPdfJs } from '../../loaders/read/pdfjs-runtime';
import { corpusDir, corpusPdfs } from '../helpers/corpus';
import { buildPdf, type Text } from '../../bench/pdf-fixture';

const CORPUS_DIR = corpusDir();
const corpus = corpusPdfs();

/** Header values: the label's own shape, and the case number must be the file's. */
const VALUE_SHAPES: Record<(typeof HEADER_LABELS)[number], RegExp> = {
  'Case Number:': /^CM\d{2}-\d{7}$/,
  'Date Assigned:': /^\d{1,2}\/\d{1,2}\/\d{4}$/,
  'Decision Date:': /^\d{1,2}\/\d{1,2}\/\d{4}$/,
  'Priority:': /^(Standard|Expedited)$/,
  'Date of Injury:': /^\d{1,2}\/\d{1,2}\/\d{4}$/,
  'UR Denial Date:': /^\d{1,2}\/\d{1,2}\/\d{4}$/,
  'Application Received:': /^\d{1,2}\/\d{1,2}\/\d{4}$/,
};

/** An item header ends with its outcome, on its own line when the request text is long. */
const OUTCOME_LINE = /(^|:\s?)(Upheld|Overturned)$/;

// Load pdf.js once up front, with its own timeout, so no test pays for the library's load.
beforeAll(() => loadPdfJs(), 60_000);

describe('extractPdfText on generated PDFs', () => {
  test('rebuilds lines from positions, whatever order the text was drawn in', async () => {
    const pdf = buildPdf([
      [
        [72, 686, 'second line,'],
        [72, 700, 'First'],
        [102.66, 700, 'line'],
        [141, 686, 'continued'],
      ],
      [[72, 700, 'Page two']],
    ]);
    expect(await extractPdfText(pdf)).toBe('First line\nsecond line, continued\n\nPage two');
  });

  test('pairs header labels with values by position, not by drawing order', async () => {
    const labels: Text[] = [
      [72, 688.68, 'Case Number:'],
      [72, 675.6, 'Date Assigned:'],
      [328.92, 675.6, 'Date of Injury:'],
      [72, 662.4, 'Decision Date:'],
      [328.92, 662.4, 'UR Denial Date:'],
      [72, 649.32, 'Priority:'],
      [328.92, 649.32, 'Application'],
      [328.92, 636.6, 'Received:'],
    ];
    const values: Text[] = [
      [426.84, 649.2, '1/3/2017'],
      [179.4, 649.2, 'Expedited'],
      [426.84, 662.28, '12/29/2016'],
      [179.4, 662.28, '1/10/2017'],
      [426.84, 675.48, '6/28/2000'],
      [179.4, 675.48, '1/4/2017'],
      [179.4, 688.56, 'CM17-0000001'],
    ];
    const body: Text[] = [[153.24, 608.64, 'HOW THE IMR FINAL DETERMINATION WAS MADE']];
    const text = await extractPdfText(buildPdf([[...labels, ...values, ...body]]));
    expect(text.split('\n')).toEqual([
      'Case Number: CM17-0000001',
      'Date Assigned: 1/4/2017',
      'Decision Date: 1/10/2017',
      'Priority: Expedited',
      'Date of Injury: 6/28/2000',
      'UR Denial Date: 12/29/2016',
      'Application Received: 1/3/2017',
      '',
      'HOW THE IMR FINAL DETERMINATION WAS MADE',
    ]);
  });

  test('gives up on a document that takes longer than its deadline', async () => {
    const line =
      'A line of text long enough to keep the text layer busy for a while, again and again.';
    const page: Text[] = Array.from({ length: 50 }, (_, i) => [72, 740 - 14 * i, line]);
    const slow = buildPdf(Array.from({ length: 200 }, () => page));
    // A deadline of 0 fires at the first pause between pages, on any machine; how soon a real
    // deadline fires is measured by bench/refusal.bench.ts.
    await expect(extractPdfText(slow, { timeoutMs: 0 })).rejects.toMatchObject({
      code: 'UNREADABLE',
      message: expect.stringMatching(/gave up after 0 ms/),
    });
  });

  test('leaves the caller’s bytes intact', async () => {
    const pdf = buildPdf([[[72, 700, 'Hello']]]);
    const copy = pdf.slice();
    await extractPdfText(pdf);
    expect(pdf).toEqual(copy);
  });
});

describe('extractPdfText refuses what it cannot read', () => {
  const valid = buildPdf([[[72, 700, 'Hello']]]);
  const cases: [string, Uint8Array][] = [
    ['text', new TextEncoder().encode('Case Number: CM16-0000000\nnot a PDF')],
    ['empty', new Uint8Array(0)],
    ['a PDF signature and nothing else', new TextEncoder().encode('%PDF-1.7\n%%EOF\n')],
    ['a truncated PDF', valid.slice(0, valid.length >> 1)],
    ['a PDF without text', buildPdf([[]])],
  ];
  const letter = new Uint8Array(readFileSync(corpus[0]));
  cases.push(['a truncated corpus letter', letter.slice(0, Math.floor(letter.length * 0.6))]);

  test.each(cases)('%s: UNREADABLE', async (_name, data) => {
    const error = await extractPdfText(data).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(LetterError);
    expect((error as LetterError).code).toBe('UNREADABLE');
    expect((error as LetterError).message).toMatch(/PDF/);
  });
});

describe(`corpus letters in ${CORPUS_DIR}`, () => {
  test.each(corpus.map((file) => [path.basename(file), file]))('%s', async (name, file) => {
    const lines = (await extractPdfText(new Uint8Array(readFileSync(file)))).split('\n');

    // Header: the seven labels in order, each with a value of its shape.
    HEADER_LABELS.forEach((label, i) => {
      expect(lines[i].startsWith(`${label} `)).toBe(true);
      expect(lines[i].slice(label.length + 1)).toMatch(VALUE_SHAPES[label]);
    });
    expect(lines[0]).toBe(`Case Number: ${name.replace(/\.pdf$/i, '')}`);
    expect(lines[7]).toBe('');
    expect(lines[8]).toBe('HOW THE IMR FINAL DETERMINATION WAS MADE');
    expect(lines).toContain('IMR ISSUES, DECISIONS AND RATIONALES');

    // Clean lines: single spaces, no blank runs.
    for (let i = 0; i < lines.length; i++) {
      expect(lines[i]).not.toMatch(/^\s|\s$|\s\s/);
      if (lines[i] === '') expect(lines[i + 1]).not.toBe('');
    }

    // Every item header is followed (after blank lines) by its Claims Administrator guideline.
    const outcomes = lines.flatMap((line, i) => (OUTCOME_LINE.test(line) ? [i] : []));
    const guidelines = lines.filter((line) => line.startsWith('Claims Administrator guideline:'));
    expect(outcomes.length).toBeGreaterThan(0);
    expect(outcomes.length).toBe(guidelines.length);
    for (const at of outcomes) {
      const next = lines.slice(at + 1).find((line) => line !== '');
      expect(next).toMatch(/^Claims Administrator guideline:/);
    }
  });
});

describe('the patched pdf.js worker (patches/pdfjs-dist+5.5.207.patch)', () => {
  // npm's postinstall applies the patch (patch-package); without it pdf.js still works,
  // about a third slower per PDF. This catches an install that skipped it or a pdf.js
  // upgrade that left it behind.
  test('carries both per-glyph text patches', () => {
    const worker = readFileSync(require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs'), 'utf8');
    const version = (
      JSON.parse(readFileSync(require.resolve('pdfjs-dist/package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
    const patch = readFileSync(
      path.resolve(__dirname, `../../patches/pdfjs-dist+${version}.patch`),
      'utf8',
    );
    expect(patch).toContain('imr-graph patch');
    expect(worker.match(/imr-graph patch/g)).toHaveLength(2);
    expect(worker).toContain('Object.assign(Object.create(Object.getPrototypeOf(this)), this)');
    expect(worker).not.toContain(
      'return Util.transform(textState.ctm, Util.transform(textState.textMatrix, tsm));',
    );
  });
});
