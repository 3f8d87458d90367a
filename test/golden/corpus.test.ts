/**
 * Every real letter of the DWC corpus (data/letters/dwc-imr-2016-2017) through the parser,
 * checked against facts that do not come from the parser itself: the number of `Decision
 * rationale:` labels in the text, the case number in the file name, the contract's vocabularies,
 * the order in which an IMR case's dates happen. Each PDF is read and parsed once.
 */
import { readFile } from 'node:fs/promises';
import { basename, relative } from 'node:path';
import type { Determination } from '../../loaders';
import { LetterError } from '../../loaders/determination';
import { parseLetterText } from '../../loaders/parse/parse-letter';
import { sha256 } from '../../loaders/read/read-letter';
import { extractPdfText } from '../../loaders/read/pdf-text';
import { corpusDir, corpusPdfs } from '../helpers/corpus';
import { spanMismatches } from '../helpers/spans';
import { cleanedLetterText } from '../../loaders';

interface CorpusLetter {
  file: string;
  text: string;
  result: Determination | { code: string; message: string };
}

/** MTUS documents of taxonomy.md: an MTUS citation must name one of them. */
const MTUS_DOCUMENTS = new Set([
  'Chronic Pain Medical Treatment Guidelines',
  'Acupuncture Medical Treatment Guidelines',
  'Opioids Treatment Guidelines',
  'Postsurgical Treatment Guidelines',
  'General Approaches',
  'Neck and Upper Back Complaints',
  'Shoulder Complaints',
  'Elbow Disorders',
  'Forearm, Wrist, and Hand Complaints',
  'Low Back Complaints',
  'Knee Complaints',
  'Ankle and Foot Complaints',
  'Stress Related Conditions',
  'ACOEM Practice Guidelines',
]);
const CATEGORIES = new Set([
  'Pharmaceuticals',
  'Rehabilitation',
  'Injection',
  'DMEPOS',
  'Diagnostic Testing',
  'Evaluation & Management',
  'Surgery',
  'Psych Services',
  'Programs',
  'Home Health',
  'Transportation',
]);
/** An IMR case's dates in the order they happen. */
const DATE_ORDER = ['injury', 'urDenial', 'applicationReceived', 'assigned', 'decision'] as const;
const RATIONALE_LABEL = /^\s*Decision\s+rationale\s*:/gim;

const dir = corpusDir();
const pdfs = corpusPdfs();

describe(`golden: the DWC corpus (${pdfs.length} PDFs)`, () => {
  const letters: CorpusLetter[] = [];
  const parsed = (): { file: string; text: string; letter: Determination }[] =>
    letters.flatMap(({ file, text, result }) =>
      'decisions' in result ? [{ file, text, letter: result }] : [],
    );
  const decisions = () => parsed().flatMap(({ letter }) => letter.decisions);

  beforeAll(async () => {
    const started = Date.now();
    for (const path of pdfs) {
      const data = new Uint8Array(await readFile(path));
      const file = relative(dir, path);
      try {
        const text = await extractPdfText(data);
        const result = parseLetterText(text, {
          file: basename(path),
          sha256: sha256(data),
          format: 'pdf',
        });
        letters.push({ file, text, result });
      } catch (error) {
        const code = error instanceof LetterError ? error.code : 'THROWN';
        letters.push({ file, text: '', result: { code, message: String(error) } });
      }
    }
    console.info(
      `corpus.test: ${pdfs.length} letters read and parsed in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  }, 300_000);

  test('every letter parses without an error', () => {
    const failures = letters.flatMap(({ file, result }) =>
      'decisions' in result ? [] : [`${file}: ${result.code} ${result.message}`],
    );
    expect(failures).toEqual([]);
    expect(letters).toHaveLength(pdfs.length);
  });

  test('every citation and item header spans the cleaned text it was read from', () => {
    const wrong = parsed().flatMap(({ file, text, letter }) =>
      spanMismatches(file, letter, cleanedLetterText(text)),
    );
    expect(wrong).toEqual([]);
  });

  test("a letter's decisions are as many as its 'Decision rationale:' labels", () => {
    const wrong = parsed().flatMap(({ file, text, letter }) => {
      const labels = text.match(RATIONALE_LABEL)?.length ?? 0;
      return labels === letter.decisions.length
        ? []
        : [`${file}: ${labels} labels, ${letter.decisions.length} decisions`];
    });
    expect(wrong).toEqual([]);
  });

  test('every decision has an outcome, and the case outcome follows from them', () => {
    const wrong = parsed().flatMap(({ file, letter }) => {
      const outcomes = letter.decisions.map((d) => d.outcome);
      const expected = outcomes.every((o) => o === 'UPHELD')
        ? 'UPHELD'
        : outcomes.every((o) => o === 'OVERTURNED')
          ? 'OVERTURNED'
          : 'PARTIALLY_OVERTURNED';
      const bad = outcomes.filter((o) => o !== 'UPHELD' && o !== 'OVERTURNED');
      return bad.length > 0 || letter.outcome !== expected
        ? [`${file}: ${letter.outcome} from ${outcomes.join(', ')}`]
        : [];
    });
    expect(wrong).toEqual([]);
    // The DWC overturns roughly 9 to 13 items in 100; a parser that misreads outcomes drifts.
    const overturned = decisions().filter((d) => d.outcome === 'OVERTURNED').length;
    expect(overturned / decisions().length).toBeGreaterThan(0.05);
    expect(overturned / decisions().length).toBeLessThan(0.3);
  });

  test('at least 98% of decisions have a service category from the DWC taxonomy', () => {
    const all = decisions();
    const uncategorised = all.filter((d) => d.service.category === null).map((d) => d.request);
    expect(uncategorised.length / all.length).toBeLessThanOrEqual(0.02);
    const unknown = all.filter(
      (d) => d.service.category !== null && !CATEGORIES.has(d.service.category),
    );
    expect(unknown.map((d) => `${d.request}: ${d.service.category}`)).toEqual([]);
  });

  test('every citation names a document; MTUS citations name a canonical MTUS document', () => {
    const wrong = parsed().flatMap(({ file, letter }) =>
      letter.decisions.flatMap((d) =>
        [d.claimsAdministrator, d.reviewer].flatMap((party) =>
          party.citations
            .filter((c) =>
              c.source === 'MTUS' ? !MTUS_DOCUMENTS.has(c.document) : c.document.trim() === '',
            )
            .map((c) => `${file} item ${d.ordinal}: ${c.source} '${c.document}' from '${c.text}'`),
        ),
      ),
    );
    expect(wrong).toEqual([]);
  });

  test("both parties' guideline paragraphs are read on every decision", () => {
    // Each item has both paragraphs: a party cites something or says it cited nothing.
    const empty = parsed().flatMap(({ file, letter }) =>
      letter.decisions.flatMap((d) =>
        (['claimsAdministrator', 'reviewer'] as const)
          .filter((p) => d[p].citations.length === 0 && !d[p].citedNoEvidence)
          .map((p) => `${file} item ${d.ordinal}: ${p} has neither citations nor citedNoEvidence`),
      ),
    );
    expect(empty).toEqual([]);
  });

  test('case numbers are the file names', () => {
    const wrong = parsed().flatMap(({ file, letter }) =>
      letter.caseNumber === basename(file, '.pdf') ? [] : [`${file}: ${letter.caseNumber}`],
    );
    expect(wrong).toEqual([]);
  });

  test('header dates are ISO dates, all present, in the order an IMR case happens', () => {
    const wrong = parsed().flatMap(({ file, letter }) => {
      const dates = DATE_ORDER.map((key) => [key, letter.dates[key]] as const);
      const problems = dates
        .filter(([, value]) => value === null || !isIsoDate(value))
        .map(([key, value]) => `${key} ${String(value)}`);
      for (let i = 1; i < dates.length; i++) {
        const [earlierKey, earlier] = dates[i - 1];
        const [laterKey, later] = dates[i];
        if (earlier !== null && later !== null && earlier > later)
          problems.push(`${earlierKey} ${earlier} after ${laterKey} ${later}`);
      }
      return problems.length > 0 ? [`${file}: ${problems.join('; ')}`] : [];
    });
    expect(wrong).toEqual([]);
  });

  test('header priority, reviewer profile and layout are read on every letter', () => {
    const wrong = parsed().flatMap(({ file, letter }) => {
      const problems: string[] = [];
      if (letter.priority === null) problems.push('no priority');
      if (letter.reviewer.specialties.length === 0) problems.push('no specialty');
      if (letter.reviewer.licensedStates.length === 0) problems.push('no licensed state');
      if (letter.source.layout !== '2016') problems.push(`layout ${letter.source.layout}`);
      return problems.length > 0 ? [`${file}: ${problems.join(', ')}`] : [];
    });
    expect(wrong).toEqual([]);
  });

  test('patients are of working age where the summary gives an age', () => {
    const wrong = parsed().flatMap(({ file, letter }) =>
      letter.patient.age !== null && (letter.patient.age < 14 || letter.patient.age > 100)
        ? [`${file}: age ${letter.patient.age}`]
        : [],
    );
    expect(wrong).toEqual([]);
    const withAge = parsed().filter(({ letter }) => letter.patient.age !== null).length;
    expect(withAge / parsed().length).toBeGreaterThanOrEqual(0.95);
  });

  test('few letters carry warnings (each is something seen but not understood)', () => {
    const warned = parsed().filter(({ letter }) => letter.warnings.length > 0);
    expect(warned.length / parsed().length).toBeLessThanOrEqual(0.02);
  });
});

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}
