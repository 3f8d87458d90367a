import { LetterError, type ParseErrorCode } from '../../loaders/determination';
import { parseLetterText } from '../../loaders/parse/parse-letter';
import { splitSections } from '../../loaders/parse/sections';
import { cleanLines } from '../../loaders/text/clean-text';
import { HOW_MADE_LINES, letterText } from '../helpers/corpus';

const SOURCE = { file: 'letter.txt', sha256: '0', format: 'text' as const };

function errorOf(text: string): { code: ParseErrorCode; message: string } {
  try {
    parseLetterText(text, SOURCE);
  } catch (error) {
    if (error instanceof LetterError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('parsed without an error');
}

const PROSE_HOW_MADE = [
  'MAXIMUS Federal Services sent the complete case file to an expert reviewer. He/she has no',
  'affiliation with the employer, employee, providers or the claims administrator. The expert',
  'reviewer is Board Certified in Occupational Medicine, has a subspecialty in Occupational',
  'Medicine and is licensed to practice in Arizona & Michigan. He/she has been in active clinical',
  'practice for more than five years.',
];

describe('splitSections', () => {
  test('cuts the letter at its four headings', () => {
    const sections = splitSections(cleanLines(letterText()));
    expect(sections.layout).toBe('2016');
    expect(sections.header[0]).toBe('Case Number: CM16-0213037');
    expect(sections.header).not.toContain('HOW THE IMR FINAL DETERMINATION WAS MADE');
    expect(sections.howMade).toContain('Certification(s)/Specialty: Family Practice');
    expect(sections.howMade).not.toContain('CLINICAL CASE SUMMARY');
    expect(sections.summary[0]).toMatch(/^The expert reviewer developed/);
    expect(sections.summary).not.toContain('IMR ISSUES, DECISIONS AND RATIONALES');
    expect(sections.issues[0]).toMatch(/^The Final Determination was based on decisions/);
    expect(sections.issues).toContain('MRI of the right shoulder without contrast: Upheld');
  });

  test('finds headings centred with spaces, as `pdftotext -layout` prints them', () => {
    const text = letterText().replace(
      'HOW THE IMR FINAL DETERMINATION WAS MADE',
      '                 HOW THE IMR FINAL DETERMINATION WAS MADE   ',
    );
    expect(splitSections(cleanLines(text)).howMade).toContain(HOW_MADE_LINES[0]);
  });

  test('finds headings spaced widely, with a colon, or with RATIONALE for RATIONALES', () => {
    const text = letterText()
      .replace(
        'HOW THE IMR FINAL DETERMINATION WAS MADE',
        'HOW  THE IMR  FINAL DETERMINATION WAS MADE:',
      )
      .replace('CLINICAL CASE SUMMARY', 'Clinical Case Summary:')
      .replace('IMR ISSUES, DECISIONS AND RATIONALES', 'IMR ISSUES, DECISIONS, AND RATIONALE');
    const sections = splitSections(cleanLines(text));
    expect(sections.howMade).toContain(HOW_MADE_LINES[0]);
    expect(sections.summary[0]).toMatch(/^The expert reviewer developed/);
    expect(sections.issues).toContain('MRI of the right shoulder without contrast: Upheld');
  });

  test("the credentials' form gives the layout: a block is 2016, prose inside the boilerplate 2014", () => {
    expect(splitSections(cleanLines(letterText())).layout).toBe('2016');
    expect(splitSections(cleanLines(letterText({ howMade: PROSE_HOW_MADE }))).layout).toBe('2014');
  });

  test('a letter whose boilerplate gives no credentials in either form is an unsupported layout', () => {
    const error = errorOf(letterText({ howMade: HOW_MADE_LINES.slice(0, 4) }));
    expect(error.code).toBe('UNSUPPORTED_LAYOUT');
    expect(error.message).toMatch(/credentials/);
  });
});

describe('layouts the parser does not read fail as UNSUPPORTED_LAYOUT', () => {
  const NOTICE_2013 = [
    'Notice of Independent Medical Review Determination',
    'Dated: 11/25/2013',
    'IMR Case Number: CM13-0012345 Date of Injury: 01/02/2012',
    '',
    'Dear Mr. Smith,',
    'MAXIMUS Federal Services, Inc. has completed the Independent Medical Review (IMR) of the above',
    'workers compensation case. This letter provides you with the IMR Final Determination.',
    '',
    '1) MAXIMUS Federal Services, Inc. has determined the requested MRI of the lumbar spine is not',
    'medically necessary and appropriate.',
    '2) MAXIMUS Federal Services, Inc. has determined the requested Norco 10/325mg #60 is medically',
    'necessary and appropriate.',
  ].join('\n');

  test('2013 notice with numbered items', () => {
    const error = errorOf(NOTICE_2013);
    expect(error.code).toBe('UNSUPPORTED_LAYOUT');
    expect(error.message).toMatch(/2013/);
  });

  test('2013 notice that also has the 2014 headings but no item headers', () => {
    const text = [
      NOTICE_2013,
      '',
      'HOW THE IMR FINAL DETERMINATION WAS MADE',
      ...PROSE_HOW_MADE,
      '',
      'CLINICAL CASE SUMMARY',
      'The expert reviewer developed the following clinical case summary:',
      'The patient is a 45 year old female who sustained an injury on 1/2/2012.',
      '',
      'IMR ISSUES, DECISIONS AND RATIONALES',
      '1) Regarding the request for MRI of the lumbar spine:',
      'Rationale for the Decision: The MRI is not medically necessary and appropriate.',
    ].join('\n');
    expect(errorOf(text).code).toBe('UNSUPPORTED_LAYOUT');
  });

  test('numbered 2013 items without the notice title', () => {
    const text = NOTICE_2013.replace(
      'Notice of Independent Medical Review Determination',
      'Final Determination',
    );
    expect(errorOf(text)).toMatchObject({
      code: 'UNSUPPORTED_LAYOUT',
      message: expect.stringMatching(/numbered/),
    });
  });

  test("2016-17 'IMR DECISION(S) AND RATIONALE(S)' with DOCUMENTS REVIEWED", () => {
    const text = [
      'Case Number: CM17-0001234',
      '',
      'CLINICAL CASE SUMMARY',
      'The patient is a 52 year old male with a date of injury of 3/4/2015.',
      '',
      'IMR DECISION(S) AND RATIONALE(S)',
      'MRI of the lumbar spine is not medically necessary.',
      '',
      'DOCUMENTS REVIEWED',
      'Utilization review determination dated 12/01/2016',
    ].join('\n');
    const error = errorOf(text);
    expect(error.code).toBe('UNSUPPORTED_LAYOUT');
    expect(error.message).toMatch(/IMR DECISION\(S\) AND RATIONALE\(S\)/);
  });

  test("2016-17 'MEDICAL PROFESSIONAL REVIEW' with ISSUE AT DISPUTE: and the qualifications last", () => {
    const text = [
      'MEDICAL PROFESSIONAL REVIEW',
      'ISSUE AT DISPUTE: Physical therapy 2 times a week for 6 weeks for the lumbar spine',
      'DECISION: Upheld',
      'CLINICAL CASE SUMMARY',
      'The patient is a 41 year old female.',
      'MEDICAL REVIEWER QUALIFICATIONS: Board certified in Physical Medicine and Rehabilitation.',
    ].join('\n');
    expect(errorOf(text)).toMatchObject({
      code: 'UNSUPPORTED_LAYOUT',
      message: expect.stringMatching(/MEDICAL PROFESSIONAL REVIEW/),
    });
  });

  test('the usual headings in another order', () => {
    const reordered = letterText().replace(
      /HOW THE IMR FINAL DETERMINATION WAS MADE([\s\S]*?)CLINICAL CASE SUMMARY([\s\S]*?)IMR ISSUES/,
      'CLINICAL CASE SUMMARY$2HOW THE IMR FINAL DETERMINATION WAS MADE$1IMR ISSUES',
    );
    expect(errorOf(reordered).code).toBe('UNSUPPORTED_LAYOUT');
  });
});

describe('other documents and broken letters', () => {
  test('a document that is not a determination letter', () => {
    const error = errorOf(
      'INVOICE 2016-11\nConsulting services, November 2016\nTotal due: $1,200.00\n',
    );
    expect(error.code).toBe('NOT_A_DETERMINATION');
    expect(error.message).toMatch(/HOW THE IMR FINAL DETERMINATION WAS MADE/);
  });

  test('a letter cut off before its decisions (no issues heading) has NO_DECISIONS', () => {
    const text = letterText();
    const cut = text.slice(0, text.indexOf('Diagnoses include'));
    expect(errorOf(cut).code).toBe('NO_DECISIONS');
  });

  test('an issues section without a single item header has NO_DECISIONS', () => {
    const error = errorOf(letterText({ items: [] }));
    expect(error.code).toBe('NO_DECISIONS');
    expect(error.message).toMatch(/Upheld/);
  });
});
