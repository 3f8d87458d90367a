/**
 * Where a request is: body regions and laterality, and spinal levels (see request-details.ts
 * for the decisions these follow).
 */
import {
  BODY_REGIONS,
  BODY_REGION_ABBREVIATIONS,
  NOT_A_REGION_PHRASES,
  type BodyRegion,
  type Side,
} from '../vocab/body-regions';
import { execAll } from '../text/regex';
import { mentions } from './masked-text';

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

export function findBodyRegions(
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

export function findSpinalLevels(
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
export function withLevelSegments(
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
