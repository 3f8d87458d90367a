/**
 * Guideline documents as the letters cite them (taxonomy.md, "Guideline documents"): canonical
 * names with the variants written in 2014-17 letters, ACOEM chapter numbers, ODG chapters, and
 * the few section names whose own commas a list split must respect. Phrases are written once,
 * plainly; `phrasePattern` makes them tolerant of case, `&`/`and`, commas, hyphens and missing
 * spaces (`Official Disabilities Guidelines -TWC`, `LowBack`, `Low Back, Lumbar & Thoracic`).
 */
import type { GuidelineSource } from '../determination';

export interface GuidelineDocument {
  source: GuidelineSource;
  /** Canonical name, exactly as taxonomy.md writes it. */
  name: string;
  /** Names as written in letters, without edition. */
  synonyms: readonly string[];
  /** ACOEM 2nd edition (2004) chapters that make up this document (`MTUS ACOEM Chapter 12`). */
  acoemChapters?: readonly number[];
}

export const OTHER_DOCUMENT = 'Other';
export const ODG_DOCUMENT = 'Official Disability Guidelines';
export const ACOEM_DOCUMENT = 'ACOEM Practice Guidelines';

/**
 * MTUS documents; longer synonyms win, so `Chronic Pain` alone is only a last resort.
 * `Low Back Chapter` is how 2014-15 letters name an ACOEM chapter (`MTUS ACOEM Low Back Chapter`).
 */
export const MTUS_DOCUMENTS: readonly GuidelineDocument[] = [
  {
    source: 'MTUS',
    name: 'Chronic Pain Medical Treatment Guidelines',
    synonyms: [
      'Chronic Pain Medical Treatment Guidelines',
      'Chronic Pain Medical Treatment',
      'Chronic Pain Treatment Guidelines',
      'Chronic Pain Treatment',
      'Chronic Pain Guidelines',
      'CPMTG',
      'Chronic Pain',
    ],
  },
  {
    source: 'MTUS',
    name: 'Acupuncture Medical Treatment Guidelines',
    synonyms: [
      'Acupuncture Medical Treatment Guidelines',
      'Acupuncture Medical Treatment',
      'Acupuncture Treatment Guidelines',
      'Acupuncture Treatment',
      'Acupuncture Guidelines',
      'Acupuncture',
    ],
  },
  {
    source: 'MTUS',
    name: 'Opioids Treatment Guidelines',
    synonyms: [
      'Opioids Treatment Guidelines',
      'Opioid Treatment Guidelines',
      'Opioids Treatment',
      'Opioid Treatment',
      'Opioids Guidelines',
      'Opioid Guidelines',
    ],
  },
  {
    source: 'MTUS',
    name: 'Postsurgical Treatment Guidelines',
    synonyms: ['Post surgical Treatment Guidelines', 'Post surgical Treatment', 'Post surgical'],
  },
  {
    source: 'MTUS',
    name: 'General Approaches',
    synonyms: ['General Approaches', 'General Approach'],
    acoemChapters: [1, 2, 3, 4, 5, 6, 7],
  },
  {
    source: 'MTUS',
    name: 'Neck and Upper Back Complaints',
    synonyms: ['Neck and Upper Back Complaints', 'Neck Complaints', 'Neck and Upper Back Chapter'],
    acoemChapters: [8],
  },
  {
    source: 'MTUS',
    name: 'Shoulder Complaints',
    synonyms: ['Shoulder Complaints', 'Shoulder Chapter'],
    acoemChapters: [9],
  },
  {
    source: 'MTUS',
    name: 'Elbow Disorders',
    synonyms: ['Elbow Disorders', 'Elbow Complaints', 'Elbow Chapter'],
    acoemChapters: [10],
  },
  {
    source: 'MTUS',
    name: 'Forearm, Wrist, and Hand Complaints',
    synonyms: ['Forearm Wrist and Hand Complaints', 'Forearm Wrist and Hand Chapter'],
    acoemChapters: [11],
  },
  {
    source: 'MTUS',
    name: 'Low Back Complaints',
    synonyms: ['Low Back Complaints', 'Lower Back Complaints', 'Low Back Chapter'],
    acoemChapters: [12],
  },
  {
    source: 'MTUS',
    name: 'Knee Complaints',
    synonyms: ['Knee Complaints', 'Knee Chapter'],
    acoemChapters: [13],
  },
  {
    source: 'MTUS',
    name: 'Ankle and Foot Complaints',
    synonyms: ['Ankle and Foot Complaints', 'Ankle and Foot Chapter'],
    acoemChapters: [14],
  },
  {
    source: 'MTUS',
    name: 'Stress Related Conditions',
    synonyms: ['Stress Related Conditions', 'Stress Related Conditions Chapter'],
    acoemChapters: [15],
  },
];

/**
 * ACOEM by name. Under `MTUS` with no chapter it is the MTUS-adopted 2nd edition (`MTUS ACOEM
 * Page(s): 127`); in a Non-MTUS citation it is usually the 3rd edition.
 */
export const ACOEM_SYNONYMS: readonly string[] = [
  'ACOEM Occupational Medicine Practice Guidelines',
  'ACOEM Practice Guidelines',
  "ACOEM's Guidelines",
  'ACOEM Guidelines',
  'ACOEM Guideline',
  'ACOEM',
  'Occupational Medicine Practice Guidelines',
  'American College of Occupational and Environmental Medicine',
];

/** Official Disability Guidelines (Work Loss Data Institute), as named in a citation. */
export const ODG_SYNONYMS: readonly string[] = [
  'Official Disability Guidelines',
  'Official Disabilities Guidelines',
  'Official Disability Guideline',
  'Official Disabilities Guideline',
  'Official Disability',
  'ODG TWC',
  'ODG',
];

/**
 * Words around an ODG name that say which edition or format, not which chapter:
 * `(ODG)`, `-TWC`, `Work Loss Data Institute (21th Annual Edition)`, `14th Edition`,
 * `Web Version`, `Treatment Index`, `ODG Guidelines`. Years are taken as the edition separately.
 */
export const ODG_FRONT_MATTER: readonly RegExp[] = [
  /^\(\s*ODG[^)]*\)/i,
  /^-?\s*TWC\b/i,
  /^Work\s*Loss\s*Data\s*Institute/i,
  /^\(?\s*\d+\s*(?:st|nd|rd|th)\s+(?:Annual\s+)?Edition\s*(?:\(web\))?\)?/i,
  /^\(?\s*(?:Web|Online|Internet)\s*(?:Version|Edition)?\s*\)?(?![a-z])/i,
  /^Treatment\s+Index/i,
  /^Integrated\s+Treatment\s*\/\s*Disability\s+Duration\s+Guidelines?/i,
  /^Treatment\s+in\s+Workers['’]?\s*Comp(?:ensation)?/i,
  /^Guidelines?(?![a-z])/i,
  /^Chapter\s*:/i,
];

export interface OdgChapter {
  /** Canonical chapter name; the first entry of an ODG citation's `sections`. */
  name: string;
  synonyms: readonly string[];
}

/** ODG chapters ("Treatment in Workers' Comp"), with the letters' shortened forms. */
export const ODG_CHAPTERS: readonly OdgChapter[] = [
  {
    name: 'Low Back',
    synonyms: [
      'Low Back Lumbar and Thoracic',
      'Low Back and Thoracic',
      'Lower Back',
      'Low Back',
      'Lumbar and Thoracic',
    ],
  },
  {
    name: 'Neck and Upper Back',
    synonyms: ['Neck and Upper Back', 'Neck Upper Back', 'Neck', 'Cervical Spine', 'Cervical'],
  },
  { name: 'Pain', synonyms: ['Pain', 'Chronic Pain'] },
  { name: 'Shoulder', synonyms: ['Shoulder'] },
  { name: 'Elbow', synonyms: ['Elbow'] },
  {
    name: 'Forearm, Wrist & Hand',
    synonyms: ['Forearm Wrist and Hand', 'Wrist and Hand', 'Forearm Wrist Hand', 'Hand', 'Wrist'],
  },
  { name: 'Carpal Tunnel Syndrome', synonyms: ['Carpal Tunnel Syndrome', 'Carpal Tunnel'] },
  { name: 'Hip & Pelvis', synonyms: ['Hip and Pelvis', 'Hips and Pelvis', 'Hip', 'Hips'] },
  { name: 'Knee & Leg', synonyms: ['Knee and Leg', 'Knee'] },
  { name: 'Ankle & Foot', synonyms: ['Ankle and Foot', 'Ankle', 'Foot'] },
  { name: 'Head', synonyms: ['Head'] },
  { name: 'Traumatic Brain Injury', synonyms: ['Traumatic Brain Injury', 'TBI'] },
  {
    name: 'Mental Illness & Stress',
    synonyms: ['Mental Illness and Stress', 'Mental Illness', 'Stress and Mental Illness'],
  },
  { name: 'Fitness for Duty', synonyms: ['Fitness for Duty'] },
  { name: 'Hernia', synonyms: ['Hernia'] },
  { name: 'Eye', synonyms: ['Eye'] },
  { name: 'Burns', synonyms: ['Burns'] },
  { name: 'Pulmonary', synonyms: ['Pulmonary'] },
  { name: 'Diabetes', synonyms: ['Diabetes'] },
  {
    name: "Workers' Comp Drug Formulary",
    synonyms: ["Workers' Comp Drug Formulary", 'Drug Formulary', 'Formulary'],
  },
  { name: 'Preface', synonyms: ['Preface'] },
];

/**
 * Words that may follow an ODG chapter name and belong to it: `Low Back Chapter`,
 * `Pain Section`, `Elbow Procedure Summary Online Version (updated 11/23/16)`,
 * `Low Back - Lumbar & Thoracic (Acute & Chronic) 12/20/2016`, `Head (trauma, headaches, etc.,
 * not including stress & mental disorders)`. A parenthesis that is none of these is a topic:
 * `Low Back (Shock wave therapy)`.
 */
export const ODG_CHAPTER_TAIL: RegExp =
  /^(?:\s*(?:chapters?|sections?|procedures?(?:\s+summary)?|guidelines?|(?:online|web)\s*version|updated\s*\d{1,2}\/\d{1,2}\/\d{2,4}|\d{1,2}\/\d{1,2}\/\d{2,4}|\((?:[^()]*\b(?:acute|chronic|updated|version|not including|web)\b[^()]*)\)))+/i;

/**
 * First words of CPMTG section families whose titles read `NSAIDs, GI symptoms & cardiovascular
 * risk`: a list piece equal to one of these joins a next piece that opens with an abbreviation.
 */
export const SECTION_FAMILY_HEADS: readonly string[] = ['NSAIDs', 'NSAID', 'Opioids', 'Opioid'];

/** Section names with commas of their own (a Postsurgical body part, ACOEM chapter 6). */
export const COMMA_SECTION_NAMES: readonly string[] = [
  'Forearm, Wrist, & Hand',
  'Pain, Suffering, and the Restoration of Function',
];

/**
 * A regular-expression source for a phrase as letters write it: case aside (use the `i`
 * flag), words may be joined by spaces, commas, hyphens or nothing; `and` and `&` are
 * interchangeable; apostrophes are optional. Word boundaries on both ends.
 */
export function phrasePattern(phrase: string): string {
  const words = phrase.split(/[\s,\-–]+/).filter((w) => /[a-z0-9&]/i.test(w));
  const body = words
    .map((w) => {
      if (/^(?:and|&)$/i.test(w)) return '(?:and|&)';
      return w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/['’]/g, "['’]?");
    })
    .join('[\\s,\\-–]*');
  return `(?<![a-z0-9])(?:${body})(?![a-z0-9])`;
}

/** One alternation of phrases, longest first so that the fullest name wins. */
export function phrasesPattern(phrases: readonly string[]): string {
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map(phrasePattern).join('|')})`;
}

/** The MTUS document for an ACOEM 2nd edition chapter number, or null. */
export function documentForAcoemChapter(chapter: number): GuidelineDocument | null {
  return MTUS_DOCUMENTS.find((d) => d.acoemChapters?.includes(chapter)) ?? null;
}
