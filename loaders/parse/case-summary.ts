import type { Patient, Sex } from '../determination';
import { parseLetterDate } from '../extract/dates';
import { joinLines, mergeBrokenParagraphs } from '../text/clean-text';
import { splitProseList } from './prose-list';
import { opensWithLetter } from '../text/ascii';

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
  // A page break mid-sentence is no paragraph break (`x-` / blank / `rays` is `x-rays`).
  const paragraphs = mergeBrokenParagraphs(splitParagraphs(lines).map(joinLines));
  if (paragraphs.length > 0) paragraphs[0] = paragraphs[0].replace(LEAD_IN, '');
  const kept = paragraphs.filter((p) => p !== '');
  const summary = kept.join('\n\n');
  const flat = flatten(kept, summary);
  return {
    summary: summary === '' ? null : summary,
    patient: readPatient(flat),
    injuryDate: readInjuryDate(flat),
    diagnoses: readList(flat, DIAGNOSIS_TIERS),
    priorTreatments: treatmentsOnly(readList(flat, TREATMENT_TIERS)),
  };
}

/**
 * The summary on one line: each run of line breaks as one space. Paragraphs read from cleaned
 * lines hold no line break, so that is the paragraphs joined with a space, without a scan.
 */
function flatten(paragraphs: readonly string[], summary: string): string {
  return paragraphs.some((p) => p.includes('\n'))
    ? summary.replace(/\n+/g, ' ')
    : paragraphs.join(' ');
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

/** `37 year old`, `45-year-old`, `52 yr old`, and the abbreviations `29 y/o`, `52 yo`, `40 y.o.`. */
const AGE = String.raw`\b(\d{1,3})(?:[\s-]*(?:year|yr)s?[\s-]*old\b|\s*(?:y\/o|y\.o\.?|yo\.?)(?![A-Za-z]))`;
const AGE_SEX = new RegExp(
  AGE +
    String.raw`(?:\s+(?!with\b|who\b|was\b|is\b|and\b)[A-Za-z-]+){0,3}?\s+(male|female|man|woman|gentleman|lady|boy|girl)\b`,
  'i',
);
const AGE_ONLY = new RegExp(AGE, 'i');
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

/** `The injured worker is a female who ...`, `This male ...`: sex stated without an age. */
const SEX_ONLY =
  /\b(?:(?:is|was)\s+an?|this)\s+(?:[A-Za-z-]+\s+){0,2}?(male|female|man|woman|gentleman|lady)\b/i;
/** Only the opening of the summary describes the patient; later `a male coworker` does not. */
const PATIENT_SPAN = 300;

function readPatient(prose: string): Patient {
  // An age in words counts only where the patient is described, as the sex does; the summary
  // is copied only when there is one.
  const head = prose.slice(0, PATIENT_SPAN);
  const text = AGE_IN_WORDS.test(head)
    ? head.replace(AGE_IN_WORDS, ageInDigits) + prose.slice(PATIENT_SPAN)
    : prose;
  const both = AGE_SEX.exec(text);
  if (both) return { age: plausibleAge(both[1]), sex: SEX_WORDS[both[2].toLowerCase()] ?? null };
  const age = AGE_ONLY.exec(text) ?? AGE_ALT.exec(text);
  const sex = SEX_ONLY.exec(text.slice(0, PATIENT_SPAN));
  return {
    age: age ? plausibleAge(age[1]) : null,
    sex: sex ? (SEX_WORDS[sex[1].toLowerCase()] ?? null) : null,
  };
}

const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
/** `fifty-two year old`, `Forty five-year-old`: an age written in words. */
const AGE_IN_WORDS = new RegExp(
  String.raw`\b(?:(${TENS.join('|')})(?:[\s-]+(${UNITS.join('|')}))?|(${TEENS.join('|')}))(?=[\s-]+(?:year|yr)s?[\s-]*old\b)`,
  'i',
);

function ageInDigits(_: string, tens?: string, unit?: string, teen?: string): string {
  if (teen) return String(14 + TEENS.indexOf(teen.toLowerCase()));
  const value = 20 + 10 * TENS.indexOf((tens ?? '').toLowerCase());
  return String(value + (unit ? UNITS.indexOf(unit.toLowerCase()) + 1 : 0));
}

function plausibleAge(text: string): number | null {
  const age = Number(text);
  return age >= 14 && age <= 100 ? age : null;
}

// Numeric dates may carry a stray space after a separator (`10/14/ 2016`, from the PDF text).
const DATE_TEXT = String.raw`(\d{1,2}[/-] ?\d{1,2}[/-] ?\d{2,4}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4})`;
/**
 * `industrial injury on 4/16/2014`, `date of injury on 10-24-2016`, `injury date of ...`,
 * `DOI: ...`, `sustained an industrial injury October 10, 2016`, `a history of an occupational
 * claim from 10/13/2016`.
 */
const INJURY_DATE = new RegExp(
  String.raw`(?:\b(?:injur(?:y|ies|ed)|DOI)\b[^.;]{0,40}?\b(?:on|of|dated|date of|from|:)\s*(?:\(DOI\)\s*)?(?:on\s+|of\s+)?|\binjury\s+(?=\d|[A-Z][a-z]{2})|\bclaim\s+(?:from|of|on|dated)\s+)${DATE_TEXT}`,
  'i',
);

function readInjuryDate(text: string): string | null {
  const match = INJURY_DATE.exec(text);
  return match ? parseLetterDate(match[1].replace(/([/-]) /g, '$1')) : null;
}

/**
 * Leads in tiers: a list after an explicit `Diagnoses include` wins over `treated for`. Each
 * tier names a word its every lead holds, with only ASCII letters and spaces before it in the
 * lead (`the diagnosis of`, `has been treated for`, `received the following treatment`): see
 * leadSearchStart.
 */
interface LeadTier {
  anchor: RegExp;
  leads: readonly RegExp[];
}

const DIAGNOSIS_LEADS: readonly LeadTier[] = [
  {
    anchor: /diagnos/i,
    leads: [
      /\bdiagnos(?:es|is)\s+(?:(?:are|is|were|was|have\s+been|has\s+been)\s+(?:documented|listed|noted|reported|recorded|given)(?:\s+as)?|(?:that\s+)?include[sd]?|(?:has|have)\s+included|consist(?:s|ed)?\s+of|listed\s+as|were|was|are|is)\s*:?\s*/,
      // Not a comorbid or earlier condition (`has a comorbid diagnosis of ...`).
      /\b(?<!\b(?:comorbid|co-morbid|prior|previous|past|preexisting|pre-existing)\s)(?:the\s+)?diagnos(?:es|is)\s+of\s+/,
      /\bdiagnosed\s+(?:as having|with|as)\s+/,
    ],
  },
  {
    anchor: /treat/i,
    leads: [
      /\b(?:is|was|are|were|has\s+been|have\s+been)\s+(?:currently\s+)?(?:being\s+treated|undergoing\s+treatments?|treated)\s+for\s+/,
    ],
  },
];
const TREATMENT_LEADS: readonly LeadTier[] = [
  {
    anchor: /treat/i,
    leads: [
      /\b(?<!\b(?:recommended|proposed|planned|requested|future|further)\s)(?:(?:prior|previous|past)\s+)?(?:relevant\s+)?treatments?(?:\s+(?:and|&)\s+(?:diagnostic\s+(?:studies|testing|tests)|diagnostics|evaluations?))?(?:\s+(?:to\s+date|thus\s+far|so\s+far|rendered))?\s+(?:(?:has|have)\s+)?(?:been\s+)?(?:(?:was|were)\s+noted\s+to\s+)?(?:included|includes?|consist(?:s|ed)?\s+of)\b\s*:?\s*/,
      /\bhad\s+treatments?\s+to\s+include\s*:?\s*/,
      /\btreated with the following\s*:?\s*/,
      /\breceived the following treatments?\s*:?\s*/,
    ],
  },
  // No treatment sentence: the medications the summary lists are the treatment it names (not
  // the ones asked for: `The requested medications include ...`).
  {
    anchor: /medication/i,
    leads: [
      /\b(?<!\b(?:recommended|proposed|planned|requested|future|further)\s)(?:(?:current|prior|previous|past)\s+)?medications?\s+(?:(?:has|have)\s+)?(?:included|includes?|consist(?:s|ed)?\s+of)\b\s*:?\s*/,
    ],
  },
];

/**
 * A tier's leads as one pattern (case-insensitive, global): its first match is the earliest
 * lead in the text, and where two leads start at the same place, the one listed first (one
 * scan of the summary per tier instead of one per lead).
 */
function anyLead(tier: LeadTier): { anchor: RegExp; pattern: RegExp } {
  const pattern = new RegExp(tier.leads.map((lead) => `(?:${lead.source})`).join('|'), 'gi');
  return { anchor: tier.anchor, pattern };
}
const DIAGNOSIS_TIERS = DIAGNOSIS_LEADS.map(anyLead);
const TREATMENT_TIERS = TREATMENT_LEADS.map(anyLead);

/** The first list introduced by a lead of the first tier that has one, split into items. */
function readList(text: string, tiers: readonly { anchor: RegExp; pattern: RegExp }[]): string[] {
  for (const { anchor, pattern } of tiers) {
    const from = leadSearchStart(text, anchor);
    if (from < 0) continue;
    pattern.lastIndex = from;
    if (pattern.exec(text) !== null) return splitList(takeSentence(text, pattern.lastIndex));
  }
  return [];
}

/**
 * Where the search for a lead may start, or -1 when no lead can match: the start of the run of
 * letters and spaces before the first `anchor`. A lead's match runs through such letters and
 * spaces to its own anchor, which is this one or a later one, so it cannot start earlier; the
 * patterns' look-behinds still see the text before. A fast literal search spares the lead
 * pattern its attempts at every position up to there.
 */
function leadSearchStart(text: string, anchor: RegExp): number {
  const found = anchor.exec(text);
  if (found === null) return -1;
  let from = found.index;
  while (from > 0 && mayPrecedeAnchor(text.charCodeAt(from - 1))) from--;
  return from;
}

/** An ASCII letter or space, or (to be safe: `\s` has some) any non-ASCII character. */
function mayPrecedeAnchor(code: number): boolean {
  const lower = code | 0x20;
  return (
    (lower >= 0x61 && lower <= 0x7a) ||
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code >= 0x80
  );
}

/** Text from `from` to the end of its sentence (a period before a capital, or the end). */
export function takeSentence(text: string, from: number): string {
  const rest = text.slice(from);
  const end =
    /\.(?=\s+[A-Z(]|[A-Z][a-z]|\s*$)(?<!\b(?:Dr|vs|e\.g|i\.e|etc|approx|St|no|No)\.)/.exec(rest);
  return (end ? rest.slice(0, end.index) : rest).trim();
}

const GENERIC_ITEM = /^(?:other related diagnoses|others?|etc\.?|other diagnoses|as follows)$/i;
/** `#7 August`, `October #4 2016`: only months, numbers and marks (a list cut inside a note). */
const NO_ITEM_WORDS =
  /^(?:[\d\s#,./()-]|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b)*$/i;

/** `A, B, and C` / `A; B; and C` / `A and B` (see prose-list.ts), cleaned and deduplicated. */
export function splitList(text: string): string[] {
  const items = splitProseList(text)
    .map(cleanItem)
    .filter((p) => p !== '' && !GENERIC_ITEM.test(p) && !NO_ITEM_WORDS.test(p));
  return [...new Set(items)];
}

/**
 * A treatment list sometimes runs on into what the treatments found. An item that opens with a
 * treatment keeps the letter's wording (`electromyography reveals L4/L5 radiculopathy`,
 * `physical therapy which did not help`); a list part that is only a finding or a remark
 * (`thrombi or vegetations are seen`, `however the worker states it is not effective`, `no prior
 * chiropractic therapy`) is no treatment and is dropped.
 */
function treatmentsOnly(items: readonly string[]): string[] {
  return items.filter((item) => !FINDING_CLAUSE.test(item.replace(FINDING_TAIL, '')));
}

const FINDING_TAIL =
  /\s+(?:reveal(?:s|ed|ing)?|show(?:s|ed|ing)?|demonstrat(?:es|ed|ing)|which|that|but)\b(?![^(]*\)).*$/i;
/** `however ...`, `no ...`, or a finding: `... are normal`, `... is observed`, `... appear patent`. */
const FINDING_CLAUSE =
  /^(?:however|no)\b|\b(?:is|are|was|were|appears?)\s+(?:\w+\s+){0,2}?(?:normal|abnormal|seen|observed|present|absent|unremarkable|reversed|approximately|within|patent|patient)\b/i;

const QUOTE = /["']/;

function cleanItem(text: string): string {
  // An article leads no diagnosis or treatment (`a head contusion`, `an MRI`); a capital `A`
  // may be a word of its own (`A fib`).
  const joined = opensWithLetter(text, 'aot') ? text.replace(LEAD_JOINER, '') : text;
  const led = joined.charCodeAt(0) === 0x61 ? joined.replace(ARTICLE, '') : joined;
  // The quote pattern's look-behind scans back to the start from every position: run it only
  // where a quote could match.
  const unquoted = QUOTE.test(led) ? led.replace(EDGE_QUOTES, '') : led;
  const named = opensWithLetter(unquoted, 'tfd') ? unquoted.replace(DIAGNOSIS_OF, '') : unquoted;
  // The end-anchored pattern is tried from every position: only a text ending in `.` or `:`
  // can match it.
  const last = named.charCodeAt(named.length - 1);
  return (last === 0x2e || last === 0x3a ? named.replace(END_STOPS, '') : named).trim();
}

const LEAD_JOINER = /^(?:and|or|the following:?)\s+/i;
const ARTICLE = /^an?\s+(?=\S)/;
const EDGE_QUOTES = /^["']+(?=[^"']*$)|(?<=^[^"']*)["']+$/g;
const DIAGNOSIS_OF = /^(?:the\s+)?(?:following\s+)?diagnos(?:es|is)\s+of\s+/i;
const END_STOPS = /[.:]+$/;
