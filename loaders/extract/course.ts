/**
 * How much a request asks for: sessions, times a week, weeks, quantity (see request-details.ts
 * for the decisions these follow).
 */
import { MaskedText, mentions } from './masked-text';

export type RequestKind = 'drug' | 'therapy' | 'other';

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

// ---------------------------------------------------------------------------------------
// Course of treatment and quantity.

const THERAPY_WORDS =
  /\b(?:therap(?:y|ies)|physiotherapy|chiro\w*|acupuncture|PT|OT|sessions?|visits?|manipulation|massage|psychotherap\w*|CBT|counsel+ing|rehab\w*|traction|stimulation|e-?stim|shockwave|ESWT|biofeedback|exercises?|treatments?)\b/i;
const DEVICE_WORDS = /\b(?:unit|device|machine|kit|purchase|rental)\b/i;
const DRUG_WORDS =
  /\b(?:tabs?|tablets?|caps?|capsules?|cream|gel|ointment|patch(?:es)?|lotion|suspension|solution|refills?|mg|mcg)\b|\d\s*(?:mg|mcg|%)/i;

/** The caller's kind, refined by the text when it says 'other' or nothing. */
export function resolveKind(text: string, kind: RequestKind | undefined): RequestKind {
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
/** `#60`; not `#60 grams` (a weight: amounts in units have no field). */
const HASH_COUNT = /#\s*(\d{1,4}(?:\.\d+)?)(?![\d.])(?!\s*(?:grams?|gms?|g|ml|oz|ounces?)\b)/g;
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
export function findCourse(masked: MaskedText, kind: RequestKind, lower: string): Course {
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
