import type { RequestDetails } from '../determination';
import {
  BODY_REGIONS,
  BODY_REGION_ABBREVIATIONS,
  NOT_A_REGION_PHRASES,
  type BodyRegion,
  type Side,
} from '../vocab/body-regions';
import { findDates } from './dates';
import { execAll } from '../text/regex';
import { foldSpaces } from '../text/clean-text';

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

export type RequestKind = 'drug' | 'therapy' | 'other';

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

const HAS_DIGIT = /\d/;

/**
 * Whether `lower` (the request lowercased) contains `literal`. A case-insensitive pattern's
 * ASCII letters match only ASCII letters of either case, whose lowercase is the literal; and
 * masking blanks characters, it never makes one. So a pattern that cannot match without the
 * literal is skipped, exactly, when the lowercased request lacks it.
 */
function mentions(lower: string, literal: string): boolean {
  return lower.includes(literal);
}

// ---------------------------------------------------------------------------------------
// Numbers: digits or words (`Twelve`, `twenty-four`, `twice`).

const SMALL_NUMBERS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen',
  'nineteen',
]; // prettier-ignore
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ADVERBS: Readonly<Record<string, number>> = { once: 1, twice: 2, thrice: 3 };

const NUMBER_WORD = [
  `(?:${TENS.join('|')})(?:[\\s-](?:${SMALL_NUMBERS.slice(1, 10).join('|')}))?`,
  ...[...SMALL_NUMBERS, ...Object.keys(ADVERBS)].sort((a, b) => b.length - a.length),
].join('|');
/** A count: `12`, `Twelve`, `twenty-four`, `twice`. */
const NUM = String.raw`(?:\d{1,3}|${NUMBER_WORD})`;

function parseCount(text: string): number | null {
  const word = text.toLowerCase().trim();
  if (/^\d+(?:\.\d+)?$/.test(word)) return Number(word);
  if (word in ADVERBS) return ADVERBS[word];
  const small = SMALL_NUMBERS.indexOf(word);
  if (small >= 0) return small;
  const [tens, units] = word.split(/[\s-]/);
  const t = TENS.indexOf(tens);
  if (t < 0) return null;
  const u = units === undefined ? 0 : SMALL_NUMBERS.indexOf(units);
  return u < 0 ? null : (t + 2) * 10 + u;
}

/** The upper bound of `2`, `2-3`, `1 to 2`. */
function upperCount(low: string, high: string | undefined): number | null {
  return parseCount(high ?? low);
}

/**
 * `two (2) times`, `six (6) weeks`, `One (1) x-ray`, `8 (eight)`: a number said twice. The
 * pattern opens with the `(` and looks back from after it: opening with the look-behind had the
 * engine try the number words backwards from every position of the text.
 */
const REPEATED_NUMBER = new RegExp(
  String.raw`\((?:(?<=\b(?:${NUMBER_WORD})\s?\()\s*\d{1,3}\s*\)|(?<=\b\d{1,3}\s?\()\s*(?:${NUMBER_WORD})\s*\))`,
  'gi',
);

/** The request text with spans already read blanked out, so no number is read twice. */
class MaskedText {
  constructor(public value: string) {}

  /** One span blanked: maskAll for a single span, without its arrays. */
  mask(start: number, end: number): void {
    if (end <= 0) return;
    const from = Math.max(start, 0);
    this.value = this.value.slice(0, from) + ' '.repeat(end - from) + this.value.slice(end);
  }

  /** Blanks spans given in order of start, in one pass. */
  maskAll(spans: readonly (readonly [number, number])[]): void {
    if (spans.length === 0) return;
    const parts: string[] = [];
    let at = 0;
    for (const [start, end] of spans) {
      if (end <= at) continue;
      const from = Math.max(start, at);
      parts.push(this.value.slice(at, from), ' '.repeat(end - from));
      at = end;
    }
    parts.push(this.value.slice(at));
    this.value = parts.join('');
  }

  /** The first match of `pattern` (global), masked; null when none. */
  take(pattern: RegExp): RegExpExecArray | null {
    pattern.lastIndex = 0;
    const match = pattern.exec(this.value);
    if (match) this.mask(match.index, match.index + match[0].length);
    return match;
  }

  /** Every match of `pattern` (global), masked. */
  takeAll(pattern: RegExp): RegExpExecArray[] {
    const matches = execAll(pattern, this.value);
    this.maskAll(matches.map((m) => [m.index, m.index + m[0].length] as const));
    return matches;
  }
}

// ---------------------------------------------------------------------------------------
// Body regions and laterality.

interface RegionHit {
  start: number;
  end: number;
  regions: readonly BodyRegion[];
  side: Side | null;
}

const REGION_BY_KEY = new Map<string, readonly BodyRegion[]>();
for (const entry of BODY_REGIONS) {
  for (const synonym of entry.synonyms) REGION_BY_KEY.set(regionKey(synonym), entry.regions);
}

function regionKey(text: string): string {
  return text.toLowerCase().replace(/[\s-]+/g, '');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Phrases as a regex alternation, longest first; a space also accepts a hyphen or nothing. */
function phrasePattern(phrases: readonly string[]): RegExp {
  const alternatives = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p).replace(/ /g, String.raw`[\s-]*`));
  return new RegExp(String.raw`\b(?:${alternatives.join('|')})\b`, 'gi');
}

const REGION_PATTERN = phrasePattern(BODY_REGIONS.flatMap((e) => e.synonyms));
const NOT_A_REGION_PATTERN = phrasePattern(NOT_A_REGION_PHRASES);
const ABBREVIATION_PATTERN = new RegExp(
  String.raw`(?<![\w/-])(?:${Object.keys(BODY_REGION_ABBREVIATIONS)
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![\w/-])`,
  'g',
);
/** The first words of NOT_A_REGION_PHRASES: a phrase cannot match without its first word. */
const NOT_A_REGION_FIRST_WORDS = [
  ...new Set(NOT_A_REGION_PHRASES.map((phrase) => phrase.toLowerCase().split(' ')[0])),
];
/** Every abbreviation contains one of these (case-sensitive, like ABBREVIATION_PATTERN). */
const ABBREVIATION_LITERAL = /UE|LE|LS/;
for (const abbreviation of Object.keys(BODY_REGION_ABBREVIATIONS)) {
  if (!ABBREVIATION_LITERAL.test(abbreviation))
    throw new Error(`ABBREVIATION_LITERAL misses the abbreviation ${abbreviation}`);
}
const SIDE_WORD = /\b(?:(bilateral(?:ly)?|bilat|b\/l)|(left)|(right))\b/gi;
/** What SIDE_WORD cannot match without, tested on the lowercased text. */
const SIDE_LITERALS = /bilat|b\/l|left|right/;
/** `R knee`, `Lt. shoulder`, `(L) wrist`: a side abbreviation right before a region. */
const SIDE_ABBREVIATION_BEFORE = /(?:^|[\s(,;:/])\(?(R|L|RT|LT|Rt|Lt|rt|lt)\)?\.?\s*$/;
/** `both knees`, `both upper extremities`, `both sides`. */
const BOTH = /\bboth\s+(?:the\s+)?(?:sides\b)?/gi;

function findBodyRegions(
  text: string,
  lower: string,
): {
  regions: BodyRegion[];
  laterality: Side | null;
} {
  const words = regionWordHits(text, lower);
  const abbreviations = abbreviationHits(text);
  // Word hits come in order of start (one scan): only abbreviations need merging in.
  const hits =
    abbreviations.length === 0
      ? words
      : [...words, ...abbreviations].sort((a, b) => a.start - b.start);
  const sides = new Set<Side>();
  for (const hit of hits) {
    if (hit.side) sides.add(hit.side);
    const side = sideAbbreviationBefore(text, hit.start);
    if (side) sides.add(side);
  }
  if (SIDE_LITERALS.test(lower)) {
    for (const m of execAll(SIDE_WORD, text))
      sides.add(m[1] ? 'bilateral' : m[2] ? 'left' : 'right');
  }
  const both = mentions(lower, 'both') ? execAll(BOTH, text) : [];
  for (const m of both) {
    const end = (m.index ?? 0) + m[0].length;
    if (
      m[0].toLowerCase().includes('sides') ||
      hits.some((h) => h.start >= end && h.start - end < 8)
    ) {
      sides.add('bilateral');
    }
  }
  const regions = [...new Set(hits.flatMap((h) => h.regions))];
  return { regions, laterality: combineSides(sides) };
}

/**
 * `R knee`, `Lt. shoulder`: the side abbreviated in the six characters before a region. The
 * abbreviation opens with R, L, r or l, so a window without one is not searched.
 */
function sideAbbreviationBefore(text: string, start: number): Side | null {
  const from = Math.max(0, start - 6);
  if (!hasSideLetter(text, from, start)) return null;
  const abbreviation = SIDE_ABBREVIATION_BEFORE.exec(text.slice(from, start));
  if (!abbreviation) return null;
  return /^r/i.test(abbreviation[1]) ? 'right' : 'left';
}

const SIDE_LETTER_CODES = ['R', 'L', 'r', 'l'].map((c) => c.charCodeAt(0));

function hasSideLetter(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (SIDE_LETTER_CODES.includes(text.charCodeAt(i))) return true;
  return false;
}

function regionWordHits(text: string, lower: string): RegionHit[] {
  const hits: RegionHit[] = [];
  const scanned = NOT_A_REGION_FIRST_WORDS.some((word) => mentions(lower, word))
    ? text.replace(NOT_A_REGION_PATTERN, (phrase) => ' '.repeat(phrase.length))
    : text;
  for (const m of execAll(REGION_PATTERN, scanned)) {
    const regions = REGION_BY_KEY.get(regionKey(m[0]));
    const start = m.index ?? 0;
    if (regions) hits.push({ start, end: start + m[0].length, regions, side: null });
  }
  return hits;
}

function abbreviationHits(text: string): RegionHit[] {
  if (!ABBREVIATION_LITERAL.test(text)) return [];
  return execAll(ABBREVIATION_PATTERN, text).map((m) => {
    const entry = BODY_REGION_ABBREVIATIONS[m[0]];
    const start = m.index ?? 0;
    return { start, end: start + m[0].length, regions: [entry.region], side: entry.side };
  });
}

function combineSides(sides: ReadonlySet<Side>): Side | null {
  if (sides.has('bilateral') || (sides.has('left') && sides.has('right'))) return 'bilateral';
  if (sides.has('left')) return 'left';
  if (sides.has('right')) return 'right';
  return null;
}

// ---------------------------------------------------------------------------------------
// Spinal levels.

/** Vertebrae in anatomical order; a level between two neighbours is one segment. */
const VERTEBRAE = [
  ...range(7).map((n) => `C${n}`),
  ...range(12).map((n) => `T${n}`),
  ...range(5).map((n) => `L${n}`),
  ...range(5).map((n) => `S${n}`),
];
/** Names that exist as nerve roots or anomalies but not in VERTEBRAE: kept, never expanded. */
const EXTRA_LEVELS = new Set(['C8', 'L6']);
const MAX_EXPANDED_SEGMENTS = 8;

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i + 1);
}

/** `L4-5`, `L4-L5`, `L5/S1`, `L3 to S1`, `C5-6`, or a single `L5`. */
const LEVEL_PATTERN =
  /(?<![A-Za-z0-9])([CTLS])\s?(\d{1,2})(?:\s*(?:-|–|—|\/|\bto\b|\bthrough\b|\bthru\b)\s*([CTLS])?\s?(\d{1,2}))?(?![\w%.])/gi;
/** `C5-6, 6-7`: a second range that borrows the letter of the first. */
const CONTINUED_RANGE = /\s*(?:,|and|&|,\s*and)\s*(\d{1,2})\s*-\s*(\d{1,2})(?![\w%.])/iy;
const SPINAL_CONTEXT =
  /spine|spinal|lumbar|cervical|thoracic|sacral|facet|medial branch|epidural|\bESI\b|radiofrequency|rhizotomy|\broots?\b|foramin|lamin|discectomy|diskectomy|fusion|\bdis[ck]|vertebr|kyphoplasty|decompression|\bSNRB\b|\bMBB\b|radicul|myelopathy|block/i;

function findSpinalLevels(
  text: string,
  regions: readonly BodyRegion[],
): { levels: string[]; spans: [number, number][] } {
  const found: { level: string; single: boolean }[] = [];
  const spans: [number, number][] = [];
  for (const m of execAll(LEVEL_PATTERN, text)) {
    const letter = m[1].toUpperCase();
    const start = m.index ?? 0;
    let end = start + m[0].length;
    if (m[4] === undefined) {
      const level = `${letter}${Number(m[2])}`;
      if (isLevel(level)) found.push({ level, single: true });
    } else {
      for (const level of segments(letter, m[2], m[3]?.toUpperCase(), m[4])) {
        found.push({ level, single: false });
      }
      CONTINUED_RANGE.lastIndex = end;
      const next = CONTINUED_RANGE.exec(text);
      if (next) {
        for (const level of segments(letter, next[1], undefined, next[2])) {
          found.push({ level, single: false });
        }
        end += next[0].length;
      }
    }
    spans.push([start, end]);
  }
  const levels = (
    dropsSingleVertebrae(found, text, regions) ? found.filter((f) => !f.single) : found
  ).map((f) => f.level);
  return { levels: [...new Set(levels)], spans };
}

/**
 * Whether the single vertebrae found are to be dropped: some are, and the text is not about the
 * spine (no range, no spinal word, no spine region). With no single vertebra the answer changes
 * nothing, so the context pattern is not run.
 */
function dropsSingleVertebrae(
  found: readonly { single: boolean }[],
  text: string,
  regions: readonly BodyRegion[],
): boolean {
  if (!found.some((f) => f.single)) return false;
  const spinal =
    found.some((f) => !f.single) ||
    SPINAL_CONTEXT.test(text) ||
    regions.some((r) => r.endsWith('spine'));
  return !spinal;
}

/** The spine segment a level lies in: `L5-S1` is lumbosacral, which is 'lumbar spine'. */
const SEGMENT_OF_LETTER: Readonly<Record<string, BodyRegion>> = {
  C: 'cervical spine',
  T: 'thoracic spine',
  L: 'lumbar spine',
  S: 'lumbar spine',
};

/**
 * A request that names its levels and no other region names their segment (`Right L5-S1
 * epidural steroid injection` is a lumbar request): the levels' segments are added, and a bare
 * 'spine' (segment not named) gives way to them.
 */
function withLevelSegments(
  regions: readonly BodyRegion[],
  levels: readonly string[],
): BodyRegion[] {
  // A level beside another region names a nerve root, not the part treated (`EMG of the lower
  // extremities to rule out L5-S1 radiculopathy`).
  if (levels.length === 0 || regions.some((r) => r !== 'spine')) return [...regions];
  // `T12-L1` lies in two segments; `L5-S1` in one.
  const implied = new Set(
    levels.flatMap((level) => level.split('-').map((vertebra) => SEGMENT_OF_LETTER[vertebra[0]])),
  );
  return [...regions.filter((r) => r !== 'spine'), ...implied];
}

function isLevel(name: string): boolean {
  return VERTEBRAE.includes(name) || EXTRA_LEVELS.has(name);
}

/** `L`,`4`,`-`,`5` → [`L4-L5`]; `L`,`3`,`S`,`1` → [`L3-L4`,`L4-L5`,`L5-S1`]; `L`,`5`,`-`,`1` → [`L5-S1`]. */
function segments(
  letter: string,
  fromText: string,
  toLetter: string | undefined,
  toText: string,
): string[] {
  const from = `${letter}${Number(fromText)}`;
  let to = `${toLetter ?? letter}${Number(toText)}`;
  if (toLetter === undefined && Number(toText) === 1 && VERTEBRAE.indexOf(from) >= 0) {
    // `L5-1`, `C7-1`: the next vertebra down is the first of the next region.
    const next = VERTEBRAE[VERTEBRAE.indexOf(from) + 1];
    if (next !== undefined && next.endsWith('1') && next[0] !== letter) to = next;
  }
  if (!isLevel(from) || !isLevel(to)) return [];
  let a = VERTEBRAE.indexOf(from);
  let b = VERTEBRAE.indexOf(to);
  if (a < 0 || b < 0) return [`${from}-${to}`];
  if (a > b) [a, b] = [b, a];
  if (a === b) return [VERTEBRAE[a]];
  if (b - a > MAX_EXPANDED_SEGMENTS) return [`${VERTEBRAE[a]}-${VERTEBRAE[b]}`];
  return range(b - a).map((i) => `${VERTEBRAE[a + i - 1]}-${VERTEBRAE[a + i]}`);
}

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
  if (strength.includes('percent')) strength = strength.replace(/\s*percent/g, '%');
  if (strength.includes('µg')) strength = strength.replace(/µg/g, 'mcg');
  if (strength.includes('mgs')) strength = strength.replace(/mgs\b/g, 'mg');
  if (strength.includes(',')) strength = strength.replace(/(\d),(\d{3})/g, '$1$2');
  return strength.replace(/\s+/g, '');
}

// ---------------------------------------------------------------------------------------
// Course of treatment and quantity.

const THERAPY_WORDS =
  /\b(?:therap(?:y|ies)|physiotherapy|chiro\w*|acupuncture|PT|OT|sessions?|visits?|manipulation|massage|psychotherap\w*|CBT|counsel+ing|rehab\w*|traction|stimulation|e-?stim|shockwave|ESWT|biofeedback|exercises?|treatments?)\b/i;
const DEVICE_WORDS = /\b(?:unit|device|machine|kit|purchase|rental)\b/i;
const DRUG_WORDS =
  /\b(?:tabs?|tablets?|caps?|capsules?|cream|gel|ointment|patch(?:es)?|lotion|suspension|solution|refills?|mg|mcg)\b|\d\s*(?:mg|mcg|%)/i;

/** The caller's kind, refined by the text when it says 'other' or nothing. */
function resolveKind(text: string, kind: RequestKind | undefined): RequestKind {
  if (kind === 'drug' || kind === 'therapy') return kind;
  if (THERAPY_WORDS.test(text) && !DEVICE_WORDS.test(text)) return 'therapy';
  if (kind === undefined && DRUG_WORDS.test(text)) return 'drug';
  return 'other';
}

const WEEK = String.raw`(?:weeks?|wks?)\b`;
/** `2x4`, `2 x 6 weeks`, `(3x4)`: times a week by weeks. */
const TIMES_BY_WEEKS = new RegExp(
  String.raw`\b([1-7])\s*[x×]\s*(\d{1,2})(?:\s*${WEEK})?(?![\w/]|\s*(?:per\b|a\s+week|weekly|times|refills?|days?|months?|hours?|hrs?|mg|ml|cm|mm|inch|in\b|%|"))`,
  'gi',
);
/** `2 times a week`, `2x/week`, `twice weekly`, `1 to 2 times per week`, `5 days per week`. */
const PER_WEEK = new RegExp(
  String.raw`\b(${NUM})(?:\s*(?:-|to|or)\s*(${NUM}))?\s*(?:(?:x|times?|visits?|sessions?|days?|treatments?)\s*(?:(?:a|an|per|each|every|in\s+a|\/)\s*)?${WEEK}|(?:x|times?|visits?|sessions?|days?)?\s*weekly\b|(?:a|an|per|each|every|\/)\s*${WEEK})`,
  'gi',
);
/** `for 6 weeks`, `times six weeks`, `4-6 weeks`, `six-week`. */
const WEEKS = new RegExp(String.raw`\b(${NUM})(?:\s*(?:-|to)\s*(${NUM}))?[\s-]*${WEEK}`, 'gi');
const SESSION_WORD = String.raw`(?:sessions?|visits?|treatments?)\b`;
/** `12 visits`, `Eight (8) physical therapy sessions`, `Six sessions of acupuncture`, `(12) sessions`. */
const SESSIONS_BEFORE_WORD = new RegExp(
  String.raw`\b(${NUM})(?:(?<=\(\s*\d{1,3})\))?\s*(?:(?!(?:weeks?|wks?|months?|days?|hours?|hrs?|times|per|a|an|x)\b)[a-z][\w/'-]*,?\s+){0,4}?${SESSION_WORD}`,
  'gi',
);
/** `Physical therapy sessions, 12`, `visits x 12`. */
const SESSIONS_AFTER_WORD = new RegExp(
  String.raw`\b(?:sessions?|visits?)\s*(?:[,:]|x|times\b)?\s*#?\s*(${NUM})\b(?!\s*(?:${WEEK}|months?|days?|hours?|times|x\b|per\b|\/))`,
  'gi',
);
const HASH_COUNT = /#\s*(\d{1,4}(?:\.\d+)?)(?![\d.])/g;
const QUANTITY = /\b(?:qty|quantity)\.?\s*(?:of\s*)?[:#]?\s*(\d{1,4}(?:\.\d+)?)(?![\d.])/gi;
/** `120 tablets`, `30 patches`, `1 tube`, `One container`; not `1-2 tabs orally` (a dose). */
const UNIT_COUNT = new RegExp(
  String.raw`(?<![\d.\/-])\b(${NUM})\s*(?:tablets|tabs|capsules|caps|pills|patches|lozenges|packets|vials|count|ct|(?:tubes?|bottles?|box(?:es)?|jars?|containers?|kits?|packs?)\b)\b(?!\s*(?:by\s+mouth|orally|p\.?o\b|daily|twice|once|every|per\s+day|a\s+day|at\s+bedtime|q\.?\s?\w|bid|tid|qid|prn|as\s+needed|each|nightly|hs\b))`,
  'gi',
);
/** `x6`, `times 12`, `x three`; not `x 2 refills`, `times six weeks`. */
const TIMES_COUNT = new RegExp(
  String.raw`(?:\bx|\btimes\b|×)\s*(${NUM})\b(?!\s*(?:(?:a|per|each|\/)\s*)?(?:${WEEK}|days?|months?|years?|hours?|hrs?|refills?|daily|weekly))`,
  'gi',
);
/** What SESSIONS_BEFORE_WORD (and SESSIONS_AFTER_WORD) cannot match without, lowercased. */
const SESSION_LITERAL = /session|visit|treatment/;
/** What UNIT_COUNT cannot match without: the start of each of its unit words, lowercased. */
const UNIT_LITERAL =
  /tab|cap|pill|patch|lozenge|pack|vial|count|ct|tube|bottle|box|jar|container|kit/;
const VISIT_BEFORE = /\b(?:sessions?|visits?|treatments?)\s*$/i;

interface Course {
  sessions: number | null;
  perWeek: number | null;
  weeks: number | null;
  quantity: number | null;
}

/**
 * Each pattern below is tried only when the lowercased request has a literal it cannot match
 * without (see `mentions`): `x` or `×` for TIMES_BY_WEEKS, `week` or `wk` for PER_WEEK and
 * WEEKS, a session word for SESSIONS_BEFORE_WORD and SESSIONS_AFTER_WORD.
 */
function findCourse(masked: MaskedText, kind: RequestKind, lower: string): Course {
  let opening: number | null = null;
  if (masked.value.includes('(')) {
    opening = openingCount(masked.value);
    masked.takeAll(REPEATED_NUMBER);
  }
  opening ??= openingBareCount(masked.value);
  let perWeek: number | null = null;
  let weeks: number | null = null;
  if (kind !== 'drug' && (mentions(lower, 'x') || mentions(lower, '×'))) {
    const nByM = masked.take(TIMES_BY_WEEKS);
    if (nByM) [perWeek, weeks] = [Number(nByM[1]), Number(nByM[2])];
  }
  if (mentions(lower, 'week') || mentions(lower, 'wk')) {
    const freq = masked.take(PER_WEEK);
    if (freq && perWeek === null) perWeek = upperCount(freq[1], freq[2]);
    const duration = masked.take(WEEKS);
    if (duration && weeks === null) weeks = upperCount(duration[1], duration[2]);
  }
  const written = SESSION_LITERAL.test(lower)
    ? (masked.take(SESSIONS_BEFORE_WORD) ?? masked.take(SESSIONS_AFTER_WORD))
    : null;
  let sessions = written ? parseCount(written[1]) : null;
  let quantity: number | null = null;
  const counted = readBareCount(masked, kind, lower);
  if (counted.sessions !== null) sessions ??= counted.sessions;
  if (counted.quantity !== null) quantity = counted.quantity;
  // `One (1) x-ray of the lumbar spine`: the count the request opens with, when nothing else
  // is (a frequency or a duration is a course, not a count).
  if (
    opening !== null &&
    sessions === null &&
    quantity === null &&
    perWeek === null &&
    weeks === null
  ) {
    if (kind === 'therapy') sessions = opening;
    else quantity = opening;
  }
  if (sessions === null && kind !== 'drug' && perWeek !== null && weeks !== null)
    sessions = perWeek * weeks;
  return { sessions, perWeek, weeks, quantity };
}

/**
 * `#60`, `Qty: 90`, `120 tablets`, `x6`, a count ending the request (`..., 2`): a quantity for
 * drugs and things, sessions for therapy.
 * As in findCourse, a pattern is tried only when the request has a literal it needs.
 */
function readBareCount(
  masked: MaskedText,
  kind: RequestKind,
  lower: string,
): { sessions: number | null; quantity: number | null } {
  const result = { sessions: null as number | null, quantity: null as number | null };
  const asKind = (value: number | null, visitWord: boolean) => {
    if (value === null) return;
    if (kind === 'therapy' || (visitWord && kind !== 'drug')) result.sessions ??= value;
    else result.quantity ??= value;
  };
  const hash =
    (mentions(lower, '#') ? masked.take(HASH_COUNT) : null) ??
    (mentions(lower, 'qty') || mentions(lower, 'quantity') ? masked.take(QUANTITY) : null);
  if (hash) asKind(Number(hash[1]), false);
  const units = UNIT_LITERAL.test(lower) ? masked.take(UNIT_COUNT) : null;
  if (units) result.quantity ??= parseCount(units[1]);
  const before = masked.value;
  const timesSaid = mentions(lower, 'x') || mentions(lower, 'times') || mentions(lower, '×');
  const times = timesSaid ? masked.take(TIMES_COUNT) : null;
  if (times) asKind(parseCount(times[1]), VISIT_BEFORE.test(before.slice(0, times.index)));
  // Not for a drug: `Tramadol ER, 150` is a strength written without its unit.
  const trailing =
    kind !== 'drug' && mentions(lower, ',') ? TRAILING_COUNT.exec(masked.value) : null;
  if (trailing) asKind(Number(trailing[1]), false);
  return result;
}

/** `NCV of the bilateral lower extremities, 2`: a count after the last comma, ending the request (not a drug's). */
const TRAILING_COUNT = /,\s*(\d{1,3})\s*$/;

/** `One (1) x-ray ...`, `2 (two) MRIs`: a count said twice, opening the request; null otherwise. */
function openingCount(text: string): number | null {
  const m = OPENING_COUNT.exec(text);
  if (!m) return null;
  const [said, again] = [parseCount(m[1]), parseCount(m[2])];
  return said !== null && said === again ? said : null;
}
/**
 * `1 knee scooter`, `One platelet-rich plasma injection`: a number opening the request and
 * followed by a word that is no unit, time or dose (`3 month gym membership`, `2 views` is a
 * count of views, `1-2 tabs` no count at all).
 */
function openingBareCount(text: string): number | null {
  const m = OPENING_BARE_COUNT.exec(text);
  return m ? parseCount(m[1]) : null;
}
/**
 * Words after which an opening number is no count of the item: a unit, a time or a dose
 * (`Two (2) month rental`, `3 month gym membership`), or part of the item's name (`12 panel
 * urine drug screen`, `3 phase bone scan`, `4 wheeled walker`, `3 in 1 commode`, `360 degree
 * fusion`).
 */
const NOT_COUNTED = String.raw`(?!\s*(?:x(?=\s*\d)|(?:times?|per|to|or|and|of|a|an|in|mg|mcg|ml|cc|gm?|units?|months?|mos?|weeks?|wks?|days?|years?|yrs?|hours?|hrs?|minutes?|mins?|refills?|levels?|views?|phases?|panels?|leads?|points?|ways?|wheel(?:ed|s)?|degrees?|compartments?|dimensional|d)\b))`;
// In digits, or `One`: other number words open names (`Three phase bone scan`, `Two level`).
const OPENING_BARE_COUNT = new RegExp(
  String.raw`^\s*(\d{1,3}|one)${NOT_COUNTED}\s+(?=[A-Za-z])`,
  'i',
);
const OPENING_COUNT = new RegExp(String.raw`^\s*(${NUM})\s?\(\s*(${NUM})\s*\)${NOT_COUNTED}`, 'i');

// ---------------------------------------------------------------------------------------
// Retrospective requests and date of service.

const RETROSPECTIVE_WORD = /\bretro(?:spective(?:ly)?)?\b/i;
/** `DOS: 11/14/16`, `(DOS 3/6/2015)`, `D.O.S.`: capitals only, `dos` is a word elsewhere. */
const DOS_ABBREVIATION = /\bD\.?O\.?S\b\.?/;
/** `date of service 3/6/15`, `Date(s) of Service:`, `service date`. */
const DOS_WORDS = /\bdates?(?:\(s\))?\s+of\s+service\b|\bservice\s+dates?\b/i;

/**
 * A retrospective request, or one with a date of service. Each pattern needs a literal:
 * `retro`, a capital `D`, `service`.
 */
function isRetrospective(text: string, lower: string): boolean {
  return (
    (mentions(lower, 'retro') && RETROSPECTIVE_WORD.test(text)) ||
    (text.includes('D') && DOS_ABBREVIATION.test(text)) ||
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
    const next = dates.find((d) => d.start >= after && d.start - after <= 12);
    if (next) return next.iso;
  }
  return retrospective ? dates[0].iso : null;
}
