import type { RequestDetails } from '../determination';
import { foldSpaces } from '../text/clean-text';
import { findBodyRegions, findSpinalLevels, withLevelSegments } from './body-location';
import { findCourse, resolveKind, type RequestKind } from './course';
import { findDates } from './dates';
import { MaskedText, mentions } from './masked-text';

export type { RequestKind } from './course';

/**
 * What a disputed item's request text says beyond the service itself: body regions, side,
 * spinal levels, course of treatment, strength, quantity and date of service.
 *
 * Decisions (they shape the graph, so they are stated once here):
 * - Spinal levels are written `L4-L5`, `L5-S1`, `C5-C6`; a single vertebra as `L5`. A range
 *   over more than one segment is expanded into adjacent segments (`L3-S1` → `L3-L4`,
 *   `L4-L5`, `L5-S1`) so "every decision touching L5-S1" finds a three-level fusion too.
 *   Single vertebrae count only when the text is about the spine (`T3, T4` in a lab panel
 *   is not a level).
 * - A range of frequency or duration takes its upper bound (`2-3 times a week for 6 weeks`
 *   → perWeek 3, weeks 6, sessions 18): the request asks for at most that much, and that
 *   maximum is what UR and IMR weigh against the guideline's visit count.
 * - sessions is the count written (`12 visits`, `x6`, `Six sessions`); failing that,
 *   perWeek × weeks (`2 times a week for 6 weeks`, `2x4`).
 * - A bare count (`#6`, `x6`, `times 6`, `Qty: 6`) is the quantity of a drug and the
 *   sessions of a therapy; the caller says which through `kind`. For 'other' services the
 *   text decides: therapy words (`visits`, `therapy`, `acupuncture` ...) make it sessions,
 *   anything else (`Wrist braces #2`) a quantity.
 * - laterality is 'bilateral' when the text says so or names both sides (`left and right
 *   knee`, `left hip and right knee`).
 * - strength lists every strength written, normalised (`7.5 mg` → `7.5mg`, `1percent` →
 *   `1%`), joined by ", " for compounds; `10/325` stays without a unit as written.
 * - dateOfService is the date after `DOS` / `date of service`; failing that, for a
 *   retrospective request, the first date in the text (`Retrospective Famotidine 20mg #60,
 *   per 12/07/2016 order`).
 */

export interface RequestDetailsOptions {
  /** From the service category: Pharmaceuticals are drugs, Rehabilitation is therapy. */
  kind?: RequestKind;
}

export function extractRequestDetails(
  request: string,
  options: RequestDetailsOptions = {},
): RequestDetails {
  const text = foldSpaces(request);
  const lower = text.toLowerCase();
  const digits = HAS_DIGIT.test(text);
  const kind = resolveKind(text, options.kind);
  const regions = findBodyRegions(text, lower);
  // Every level has a digit.
  const levels = digits ? findSpinalLevels(text, regions.regions) : { levels: [], spans: [] };
  const dates = digits ? findDates(text) : []; // every date has a digit
  const masked = new MaskedText(text);
  masked.maskAll(dates.map((d) => [d.start, d.end] as const));
  masked.maskAll(levels.spans);
  const strength = digits ? findStrength(masked, text) : null;
  const course = findCourse(masked, kind, lower);
  const retrospective = isRetrospective(text, lower);
  return {
    bodyRegions: withLevelSegments(regions.regions, levels.levels),
    laterality: regions.laterality,
    spinalLevels: levels.levels,
    sessions: course.sessions,
    perWeek: course.perWeek,
    weeks: course.weeks,
    quantity: course.quantity,
    strength,
    retrospective,
    dateOfService: findDateOfService(text, dates, retrospective),
  };
}

// Stryker disable next-line Regex: a fast path; text of digits only (`20160306`, `325`) has no level, date or strength either way
const HAS_DIGIT = /\d/;

// ---------------------------------------------------------------------------------------
// Strength.

const AMOUNT = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
const STRENGTH_UNIT = String.raw`(?:mgs?|mcg|µg|meq|iu|%|\s?percent)`;
const PER_UNIT = String.raw`(?:\s*\/\s*(?:\d+(?:\.\d+)?\s*)?(?:ml|g|gm|hr|hour|h|actuation|spray|dose))?`;
/** `10/325mg`, `7.5 mg`, `1.3%`, `4%-27.5%-0.0325%`, `75-0.2mg`, `25mg/ml`, `1percent`. */
const STRENGTH = new RegExp(
  String.raw`(?<![\w.,/-])(?:${AMOUNT}\s*(?:${STRENGTH_UNIT})?\s*[-/]\s*)*${AMOUNT}\s*${STRENGTH_UNIT}${PER_UNIT}(?![a-z])`,
  'gi',
);
/** `Norco 10/325`: an opioid/acetaminophen pair written without a unit. */
const UNITLESS_COMBINATION = /(?<![\w.,/-])(\d{1,2}(?:\.\d+)?)\/(\d{3,4})(?![\w/.%-])/g;

/** Strengths in the masked text; the caller has checked that the text has a digit. */
function findStrength(masked: MaskedText, text: string): string | null {
  const found: { at: number; text: string }[] = [];
  for (const m of masked.takeAll(STRENGTH))
    found.push({ at: m.index, text: normaliseStrength(m[0]) });
  // Stryker disable next-line StringLiteral: a fast path; without a slash the pattern finds nothing
  const combinations = text.includes('/') ? masked.takeAll(UNITLESS_COMBINATION) : [];
  for (const m of combinations) {
    const second = Number(m[2]);
    if (second >= 100 && second <= 1000) found.push({ at: m.index, text: m[0] });
  }
  found.sort((a, b) => a.at - b.at);
  return found.length > 0 ? found.map((f) => f.text).join(', ') : null;
}

/** Each replace runs only when its literal is there (`50mg` needs just the last). */
function normaliseStrength(text: string): string {
  let strength = text.toLowerCase();
  // Stryker disable next-line ConditionalExpression,StringLiteral: a fast path; the replace finds nothing without its literal
  if (strength.includes('percent')) {
    strength = strength.replace(/\s*percent/g, '%');
  }
  // Stryker disable next-line ConditionalExpression,StringLiteral: as above
  if (strength.includes('µg')) {
    strength = strength.replace(/µg/g, 'mcg');
  }
  // Stryker disable next-line ConditionalExpression,StringLiteral: as above
  if (strength.includes('mgs')) {
    strength = strength.replace(/mgs\b/g, 'mg');
  }
  // Stryker disable next-line ConditionalExpression,StringLiteral: as above
  if (strength.includes(',')) {
    // Stryker disable next-line Regex: STRENGTH's amounts only take a comma before three digits (`50,000`), so `(\d),(\d)` removes the same commas
    strength = strength.replace(/(\d),(\d{3})/g, '$1$2');
  }
  // Stryker disable next-line Regex: removing every space one at a time or run by run leaves the same text
  return strength.replace(/\s+/g, '');
}

// ---------------------------------------------------------------------------------------
// Retrospective requests and date of service.

const RETROSPECTIVE_WORD = /\bretro(?:spective(?:ly)?)?\b/i;
/** `DOS: 11/14/16`, `(DOS 3/6/2015)`, `D.O.S.`: capitals only, `dos` is a word elsewhere. */
const DOS_ABBREVIATION = /\bD\.?O\.?S\b\.?/;
/** `date of service 3/6/15`, `Date(s) of Service:`, `service date`. */
// Stryker disable next-line Regex: `\s+` → `\s`; the request's spaces are folded (foldSpaces) before any reader sees it
const DOS_WORDS = /\bdates?(?:\(s\))?\s+of\s+service\b|\bservice\s+dates?\b/i;

/**
 * A retrospective request, or one with a date of service. Each pattern needs a literal:
 * `retro`, a capital `D`, `service`.
 */
function isRetrospective(text: string, lower: string): boolean {
  return (
    // Stryker disable next-line StringLiteral: fast paths; each pattern needs its literal
    (mentions(lower, 'retro') && RETROSPECTIVE_WORD.test(text)) ||
    // Stryker disable next-line StringLiteral: as above
    (text.includes('D') && DOS_ABBREVIATION.test(text)) ||
    // Stryker disable next-line StringLiteral: as above
    (mentions(lower, 'service') && DOS_WORDS.test(text))
  );
}

function findDateOfService(
  text: string,
  dates: ReturnType<typeof findDates>,
  retrospective: boolean,
): string | null {
  if (dates.length === 0) return null;
  for (const anchor of [DOS_ABBREVIATION.exec(text), DOS_WORDS.exec(text)]) {
    if (anchor === null) continue;
    const after = anchor.index + anchor[0].length;
    // Stryker disable next-line EqualityOperator: `>=` → `>`; no date starts at the anchor's end (it ends before a non-letter, and a date is not read right after `D.O.S.`)
    const following = dates.filter((d) => d.start >= after);
    const next = following.find((d) => d.start - after <= 12);
    if (next) return next.iso;
  }
  return retrospective ? dates[0].iso : null;
}
