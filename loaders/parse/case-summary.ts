import type { Patient, Sex } from '../determination';
import { parseLetterDate } from '../extract/dates';
import { joinLines } from '../text/clean-text';

export interface CaseSummary {
  summary: string | null;
  patient: Patient;
  injuryDate: string | null;
  diagnoses: string[];
  priorTreatments: string[];
}

const LEAD_IN =
  /^The expert reviewer developed the following clinical case summary.*?medical records:\s*/i;

/**
 * Reads the `CLINICAL CASE SUMMARY` free text. Its first sentence usually gives age, sex and
 * injury date (`This 37 year old man sustained an industrial injury on 4/16/2014`); diagnoses
 * and prior treatment follow in prose (`Diagnoses include ...`, `Treatment to date has
 * included ...`). Anything not stated is null, never guessed.
 */
export function parseCaseSummary(lines: readonly string[]): CaseSummary {
  const paragraphs = splitParagraphs(lines).map(joinLines);
  if (paragraphs.length > 0) paragraphs[0] = paragraphs[0].replace(LEAD_IN, '');
  const summary = paragraphs.filter((p) => p !== '').join('\n\n');
  const flat = summary.replace(/\n+/g, ' ');
  return {
    summary: summary === '' ? null : summary,
    patient: readPatient(flat),
    injuryDate: readInjuryDate(flat),
    diagnoses: readList(flat, DIAGNOSIS_LEADS),
    priorTreatments: readList(flat, TREATMENT_LEADS),
  };
}

export function splitParagraphs(lines: readonly string[]): string[][] {
  const out: string[][] = [[]];
  for (const line of lines) {
    if (line === '') {
      if (out[out.length - 1].length > 0) out.push([]);
    } else out[out.length - 1].push(line);
  }
  return out.filter((p) => p.length > 0);
}

const AGE_SEX =
  /\b(\d{1,3})[\s-]*(?:year|yr)s?[\s-]*old\b(?:\s+(?!with\b|who\b|was\b|is\b|and\b)[A-Za-z-]+){0,3}?\s+(male|female|man|woman|gentleman|lady|boy|girl)\b/i;
const AGE_ONLY = /\b(\d{1,3})[\s-]*(?:year|yr)s?[\s-]*old\b/i;
const AGE_ALT = /\bage(?:d)?\s*(?:of\s*)?:?\s*(\d{1,3})\b/i;
const SEX_WORDS: Record<string, Sex> = {
  male: 'male',
  man: 'male',
  gentleman: 'male',
  boy: 'male',
  female: 'female',
  woman: 'female',
  lady: 'female',
  girl: 'female',
};

function readPatient(text: string): Patient {
  const both = AGE_SEX.exec(text);
  if (both) return { age: plausibleAge(both[1]), sex: SEX_WORDS[both[2].toLowerCase()] ?? null };
  const age = AGE_ONLY.exec(text) ?? AGE_ALT.exec(text);
  return { age: age ? plausibleAge(age[1]) : null, sex: null };
}

function plausibleAge(text: string): number | null {
  const age = Number(text);
  return age >= 14 && age <= 100 ? age : null;
}

const DATE_TEXT = String.raw`(\d{1,2}[/-]\d{1,2}[/-]\d{2,4}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4})`;
/** `industrial injury on 4/16/2014`, `date of injury on 10-24-2016`, `injury date of ...`, `DOI: ...`. */
const INJURY_DATE = new RegExp(
  String.raw`\b(?:injur(?:y|ies|ed)|DOI)\b[^.;]{0,40}?\b(?:on|of|dated|date of|from|:)\s*(?:\(DOI\)\s*)?(?:on\s+|of\s+)?${DATE_TEXT}`,
  'i',
);

function readInjuryDate(text: string): string | null {
  const match = INJURY_DATE.exec(text);
  return match ? parseLetterDate(match[1]) : null;
}

const DIAGNOSIS_LEADS = [
  /\bdiagnos(?:es|is)\s+(?:include[sd]?|included|were|was|are|is|has included|have included|consist of|listed as)\s*:?\s*/gi,
  /\b(?:the\s+)?diagnos(?:es|is)\s+of\s+/gi,
  /\bdiagnosed\s+(?:as having|with|as)\s+/gi,
];
const TREATMENT_LEADS = [
  /\btreatments?\s+(?:to date\s+|thus far\s+|so far\s+)?(?:has|have)\s+(?:included|includes|consisted of)\s*:?\s*/gi,
  /\b(?:prior|previous|past)\s+treatments?\s+(?:has\s+|have\s+)?(?:include[sd]?|included|consisted of)\s*:?\s*/gi,
  /\btreated with the following\s*:?\s*/gi,
  /\btreatment to date (?:included|includes|consists of|consisted of)\s*:?\s*/gi,
];

/** The first list introduced by one of the leads, split into items. */
function readList(text: string, leads: readonly RegExp[]): string[] {
  let best: { at: number; end: number } | null = null;
  for (const lead of leads) {
    lead.lastIndex = 0;
    const match = lead.exec(text);
    if (match && (best === null || match.index < best.at))
      best = { at: match.index, end: lead.lastIndex };
  }
  if (best === null) return [];
  return splitList(takeSentence(text, best.end));
}

/** Text from `from` to the end of its sentence (a period before a capital, or the end). */
export function takeSentence(text: string, from: number): string {
  const rest = text.slice(from);
  const end = /\.(?=\s+[A-Z(]|\s*$)(?<!\b(?:Dr|vs|e\.g|i\.e|etc|approx|St|no|No)\.)/.exec(rest);
  return (end ? rest.slice(0, end.index) : rest).trim();
}

const GENERIC_ITEM = /^(?:other related diagnoses|others?|etc\.?|other diagnoses|as follows)$/i;

/** `A, B, and C` / `A; B; and C` / `A and B`: commas and semicolons, and the last `and`. */
export function splitList(text: string): string[] {
  const separator = text.includes(';') ? /\s*;\s*/ : /\s*,\s*/;
  const parts = text
    .split(separator)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length === 0) return [];
  const last = parts.pop() as string;
  // `A, B and C` splits at the last `and`, but `neck and back pain` (one word before the `and`)
  // is one item.
  const tail = last.replace(/^and\s+/i, '');
  const andAt = tail.search(/\s+and\s+/i);
  const lastParts =
    andAt > 0 && /\s/.test(tail.slice(0, andAt).trim())
      ? [tail.slice(0, andAt), tail.slice(andAt).replace(/^\s+and\s+/i, '')]
      : [tail];
  if (parts.length === 0 && lastParts.length > 2) parts.push(last);
  else parts.push(...lastParts);
  return [...new Set(parts.map(cleanItem).filter((p) => p !== '' && !GENERIC_ITEM.test(p)))];
}

function cleanItem(text: string): string {
  return text
    .replace(/^(?:and|or|the following:?)\s+/i, '')
    .replace(/[.:]+$/, '')
    .trim();
}
