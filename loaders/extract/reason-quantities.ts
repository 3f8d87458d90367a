/**
 * Requested against recommended counts, where a rationale sets one against the other in the
 * same unit (reasons.md, labelling rule 10):
 *   `the request for an initial 12 sessions exceeds the recommended guidelines. The guidelines
 *   recommend 3 to 6 treatments` → 12 requested, 6 recommended (a range's upper end);
 *   `the requested 12 sessions exceed the 10 recommended` → 12 and 10.
 * Counts of visits, sessions and treatments only: a drug count against a number of weeks is in
 * two frames, and `6 more` against a total is in two frames too, so both stay null.
 */
import type { ReasonCode } from '../determination';
import type { Span } from './clauses';

export interface ReasonQuantities {
  quantityRequested: number | null;
  quantityRecommended: number | null;
}

const NONE: ReasonQuantities = { quantityRequested: null, quantityRecommended: null };
const UNIT = String.raw`(?:sessions?|visits?|treatments?)`;
/** Counts as the letters write them: `12`, `eight`, `three- to six-session`. */
const WORD_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  sixteen: 16,
  eighteen: 18,
  twenty: 20,
  'twenty-four': 24,
};
const COUNT = String.raw`(\d{1,3}|${Object.keys(WORD_NUMBERS)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
/** `request for (an initial) 12 sessions`, `12 (initial) sessions requested`, `the requested 12 visits`. */
const REQUESTED = new RegExp(
  String.raw`\brequest(?:ed)?\s+(?:is\s+)?(?:for\s+)?(?:an?\s+|the\s+)?(?:initial\s+|total\s+of\s+)?${COUNT}\s+(?:initial\s+)?(?:\w+\s+){0,3}?${UNIT}\b|\b${COUNT}[\s-]+(?:initial\s+)?${UNIT}(?:\s+course)?(?:\s+of\s+\w+)?,?\s+(?:[\w,]+\s+){0,6}?(?:were\s+|was\s+|are\s+|is\s+)?(?:requested|exceeds?|represents\s+treatment\s+in\s+excess)`,
  'i',
);
/** `the 10 recommended`, `3 to 6 treatments`, `a 6-visit trial`, `6 are supported`. */
const RECOMMENDED = new RegExp(
  String.raw`\b${COUNT}(?:-?\s*(?:-|–|to)\s*${COUNT})?(?:[\s-]+(?:\w+\s+){0,3}?${UNIT}|\s+(?:are\s+|is\s+)?(?:recommended|supported|allowed|authori[sz]ed))\b`,
  'gi',
);
const GUIDELINE_WORDS =
  /recommend|guideline|MTUS|ODG|trial|allow|support|authori[sz]|indicat|deemed necessary/i;
const LIMIT_CODES: ReadonlySet<ReasonCode> = new Set([
  'EXCEEDS_GUIDELINE_LIMIT',
  'WITHIN_GUIDELINE_LIMIT',
]);

/** The first requested count and the guideline count set against it (in its sentence or the next). */
export function findQuantities(
  codes: readonly ReasonCode[],
  sentences: readonly Span[],
): ReasonQuantities {
  if (!codes.some((code) => LIMIT_CODES.has(code))) return NONE;
  for (let i = 0; i < sentences.length; i++) {
    const text = sentences[i].text;
    const requested = REQUESTED.exec(text);
    if (requested === null) continue;
    const count = toNumber(requested[1] ?? requested[2]);
    const after = text.slice(requested.index + requested[0].length);
    const recommended =
      guidelineCount(after, count) ??
      (i + 1 < sentences.length ? guidelineCount(sentences[i + 1].text, count) : null);
    if (recommended !== null) return { quantityRequested: count, quantityRecommended: recommended };
  }
  return NONE;
}

function toNumber(count: string): number {
  return WORD_NUMBERS[count.toLowerCase()] ?? Number(count);
}

function guidelineCount(text: string, requested: number): number | null {
  if (!GUIDELINE_WORDS.test(text)) return null;
  RECOMMENDED.lastIndex = 0;
  for (let match = RECOMMENDED.exec(text); match !== null; match = RECOMMENDED.exec(text)) {
    const upper = toNumber(match[2] ?? match[1]);
    if (upper !== requested && upper > 0) return upper;
  }
  return null;
}
