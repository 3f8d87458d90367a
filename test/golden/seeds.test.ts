/**
 * The five seed letters against expectations written by reading them (test/golden/expected),
 * field by field. A golden file changes only when a reading of the letter changes, never to
 * make a failure go away; each file's `notes` record the judgement calls.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isFailure, parseLetterFile, type Determination } from '../../loaders';
import { parseLetterText } from '../../loaders/parse/parse-letter';
import { seedFiles } from '../helpers/corpus';
import { fieldDiffs } from './field-diff';

const EXPECTED_DIR = join(__dirname, 'expected');
const expectedFiles = readdirSync(EXPECTED_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();

describe('golden: seed letters', () => {
  const parsed = new Map<string, Determination>();

  beforeAll(async () => {
    for (const file of seedFiles()) {
      const result = await parseLetterFile(file);
      if (isFailure(result))
        throw new Error(`${basename(file)} failed: ${result.error.code} ${result.error.message}`);
      parsed.set(basename(file), result);
    }
  });

  test('every seed letter has an expectation and every expectation a seed', () => {
    const seeds = seedFiles().map((f) => basename(f, '.txt'));
    const expected = expectedFiles.map((f) => basename(f, '.json'));
    expect(expected).toEqual(seeds);
  });

  test.each(expectedFiles)('%s matches the letter field by field', (file) => {
    const expectation = JSON.parse(readFileSync(join(EXPECTED_DIR, file), 'utf8')) as {
      source: { file: string };
    };
    const result = parsed.get(expectation.source.file);
    if (!result) throw new Error(`no parse result for ${expectation.source.file}`);
    expect(fieldDiffs(expectation, result)).toEqual([]);
  });

  test('a seed with every space doubled (or tabbed) reads as the seed itself', () => {
    // Text from other extractors (justified lines, `pdftotext -layout`) spaces words widely.
    for (const file of seedFiles()) {
      const text = readFileSync(file, 'utf8');
      const source = { file: basename(file), sha256: 'x', format: 'text' as const };
      const spaced = parseLetterText(text.replace(/ /g, '  ').replace(/: /g, ':\t'), source);
      expect(spaced).toEqual(parseLetterText(text, source));
    }
  });

  test('the seeds read without any warning', () => {
    // The seeds are clean letters: anything the parser did not understand is a parser gap.
    for (const [file, result] of parsed)
      expect({ file, warnings: result.warnings }).toEqual({
        file,
        warnings: [],
      });
  });
});

describe('golden: the field comparison itself', () => {
  test('reports each differing field with its path', () => {
    const expected = {
      notes: ['ignored'],
      caseNumber: null,
      decisions: [{ request: 'MRI', rationaleStart: 'The MRI', service: { name: 'MRI' } }],
    };
    const actual = {
      caseNumber: 'CM16-0000001',
      decisions: [{ request: 'X-ray', rationale: 'An X-ray is', service: { name: 'X-ray' } }],
    };
    expect(fieldDiffs(expected, actual)).toEqual([
      'caseNumber: expected null, got "CM16-0000001"',
      'decisions[0].request: expected "MRI", got "X-ray"',
      'decisions[0].rationale: expected to start with "The MRI", got "An X-ray is"',
      'decisions[0].service.name: expected "MRI", got "X-ray"',
    ]);
  });

  test('reports a list of another length and agrees with an equal result', () => {
    expect(fieldDiffs({ diagnoses: ['a', 'b'] }, { diagnoses: ['a'] })).toEqual([
      'diagnoses: expected 2 element(s), got 1 (expected ["a","b"], got ["a"])',
    ]);
    expect(
      fieldDiffs({ diagnoses: ['a'], summaryStart: 'Th' }, { diagnoses: ['a'], summary: 'The' }),
    ).toEqual([]);
  });
});
