/**
 * Where the tests find the real letters: the project's own sample data, data/letters (the five
 * seed texts and the 133 DWC PDFs). They ship with the repository, so a missing folder is a
 * broken checkout and fails the test that asks for it, loudly, instead of skipping it.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** data/letters of this repository. */
export const LETTERS_DIR = resolve(__dirname, '../../data/letters');

/** The five seed letters as extracted text (2014-2015). */
export function seedsDir(): string {
  return requireLetters(join(LETTERS_DIR, 'seeds'), '.txt');
}

/** The DWC letters as published (PDF, 2016-2017). */
export function corpusDir(): string {
  return requireLetters(join(LETTERS_DIR, 'dwc-imr-2016-2017'), '.pdf');
}

function requireLetters(dir: string, ext: string): string {
  if (filesUnder(dir, ext).length === 0) {
    throw new Error(
      `no ${ext} letters under ${dir}: they ship with the repository (data/README.md); ` +
        'restore them with git checkout -- data/letters',
    );
  }
  return dir;
}

export function isDirectory(dir: string): boolean {
  return existsSync(dir) && statSync(dir).isDirectory();
}

/** Files under `dir` (recursively) whose names end in `ext`, sorted by path. */
export function filesUnder(dir: string, ext: string): string[] {
  if (!isDirectory(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path, ext));
    else if (entry.isFile() && entry.name.toLowerCase().endsWith(ext)) out.push(path);
  }
  return out.sort();
}

/** The seed letters (`*.txt`). */
export function seedFiles(): string[] {
  return filesUnder(seedsDir(), '.txt');
}

/** The corpus letters (`*.pdf`). */
export function corpusPdfs(): string[] {
  return filesUnder(corpusDir(), '.pdf');
}

/** The parts of a small 2016-17 letter, as lines; tests replace the part they are about. */
export interface LetterParts {
  header?: string[];
  howMade?: string[];
  summary?: string[];
  /** One block of lines per item: header, guideline paragraphs, rationale. */
  items?: string[][];
}

export const HEADER_LINES = [
  'Case Number: CM16-0213037',
  'Date Assigned: 11/09/2016',
  'Decision Date: 12/09/2016',
  'Priority: Standard',
  'Date of Injury: 10/13/2016',
  'UR Denial Date: 11/03/2016',
  'Application Received: 11/03/2016',
];

export const HOW_MADE_LINES = [
  'MAXIMUS Federal Services sent the complete case file to an expert reviewer. He/she has no',
  'affiliation with the employer, employee, providers or the claims administrator. He/she has been',
  'in active clinical practice for more than five years and is currently working at least 24 hours a',
  'week in active practice.',
  '',
  'The Expert Reviewer has the following credentials:',
  'State(s) of Licensure: California,North Carolina',
  'Certification(s)/Specialty: Family Practice',
];

export const SUMMARY_LINES = [
  'The expert reviewer developed the following clinical case summary based on a review of the',
  'case file, including all medical records:',
  '',
  'The injured worker is a 48 year old male, who sustained an industrial injury on 10-13-2016.',
  'Diagnoses include right shoulder contusion and neck strain. Treatment to date has included',
  'modified work duties and home exercise program.',
];

export const ITEM_LINES = [
  'MRI of the right shoulder without contrast: Upheld',
  '',
  'Claims Administrator guideline: Decision based on MTUS Shoulder Complaints 2004.',
  '',
  'MAXIMUS guideline: Decision based on MTUS Shoulder Complaints 2004, Section(s): Special',
  'Studies.',
  '',
  'Decision rationale: The ACOEM Guidelines state that imaging is not recommended before a',
  'period of conservative care. Therefore, the request is not medically necessary.',
];

/** A whole letter in the shape the PDF reader gives (header fields, blank between paragraphs). */
export function letterText(parts: LetterParts = {}): string {
  const items = parts.items ?? [ITEM_LINES];
  return [
    ...(parts.header ?? HEADER_LINES),
    '',
    'HOW THE IMR FINAL DETERMINATION WAS MADE',
    ...(parts.howMade ?? HOW_MADE_LINES),
    '',
    'CLINICAL CASE SUMMARY',
    ...(parts.summary ?? SUMMARY_LINES),
    '',
    'IMR ISSUES, DECISIONS AND RATIONALES',
    'The Final Determination was based on decisions for the disputed items/services set forth below:',
    ...items.flatMap((item) => ['', ...item]),
    '',
  ].join('\n');
}
