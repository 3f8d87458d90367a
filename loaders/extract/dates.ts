/**
 * Dates as the letters write them, to ISO `YYYY-MM-DD`:
 * `4/16/2014`, `9/7/11`, `10-13-16`, `10-24-2016`, `2016-11-03`, `June 28, 2000`,
 * `Jun 28 2000`, `Sept. 3, 2015`, `28 June 2000`. Impossible dates (month 13, April 31,
 * February 29 of a common year) are not dates.
 *
 * Two-digit years pivot at 40: `yy` < 40 is 20yy, otherwise 19yy. The letters date from
 * 2013 to 2017, so no date in them falls in 2040-2099 or 1900-1939, while injury dates
 * reach back to the 1970s (`3/2/98` is 1998, `11/14/16` is 2016).
 */

export interface DateMatch {
  /** ISO `YYYY-MM-DD`. */
  iso: string;
  /** Offset of the first character of the date as written. */
  start: number;
  /** Offset just past the date as written. */
  end: number;
  /** The date as written. */
  text: string;
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

// Longest first for the reader; the regex would backtrack to `january` after `jan` anyway, since
// a name must be followed by a space, a dot or a comma.
// Stryker disable MethodExpression,ArithmeticOperator: equivalent, see above
const MONTH_NAME = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
// Stryker restore MethodExpression,ArithmeticOperator

/**
 * Digits or letters right before or after a date make it part of something else (`C5-6-7`,
 * `CM16-0213037`); a hyphen between two slashed dates is fine (`DOS 9/24/14-10/24/14`).
 */
const BEFORE = String.raw`(?<![\w./-])`;
const AFTER = String.raw`(?![\w/])`;

/**
 * One scanner, alternatives tried left to right at each position:
 * ISO `2016-11-03`; numeric month first `4/16/2014`, `10-13-16`, `4.16.2014`;
 * `June 28, 2000` / `Jun 28th 2000`; `28 June 2000`.
 * Groups are numbered, not named (a named group costs an object per match): each alternative
 * captures three, in the order of DATE_GROUPS.
 */
const DATE_PATTERN = new RegExp(
  [
    String.raw`${BEFORE}(\d{4})-(\d{1,2})-(\d{1,2})${AFTER}`,
    String.raw`(?<![\w./])(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})${AFTER}`,
    String.raw`${BEFORE}(\d{1,2})-(\d{1,2})-(\d{4}|\d{2})${AFTER}`,
    String.raw`${BEFORE}(\d{1,2})\.(\d{1,2})\.(\d{4})${AFTER}`,
    String.raw`\b(${MONTH_NAME})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,\s*|\s+)(\d{4})(?!\d)`,
    String.raw`${BEFORE}(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH_NAME})\.?(?:,\s*|\s+)(\d{4})(?!\d)`,
  ].join('|'),
  'gi',
);
/**
 * Per alternative of DATE_PATTERN: where its year, month and day are among its three groups,
 * and whether the month is a name.
 */
const DATE_GROUPS: readonly { y: number; m: number; d: number; named: boolean }[] = [
  { y: 0, m: 1, d: 2, named: false },
  { y: 2, m: 0, d: 1, named: false },
  { y: 2, m: 0, d: 1, named: false },
  { y: 2, m: 0, d: 1, named: false },
  { y: 2, m: 0, d: 1, named: true },
  { y: 2, m: 1, d: 0, named: true },
];

// Stryker disable next-line Regex: the fast path below, equivalent
const HAS_DIGIT = /\d/;

/** Every valid date in `text`, in order of appearance. */
export function findDates(text: string): DateMatch[] {
  const found: DateMatch[] = [];
  // Stryker disable next-line ConditionalExpression,Regex: a fast path only; without it the scan finds nothing in such text either
  if (!HAS_DIGIT.test(text)) return found; // every date has digits
  // exec on the shared pattern (matches are never empty): matchAll would copy it per call.
  DATE_PATTERN.lastIndex = 0;
  for (let match = DATE_PATTERN.exec(text); match; match = DATE_PATTERN.exec(text)) {
    const iso = isoFromGroups(match);
    if (iso === null) continue;
    const start = match.index;
    found.push({ iso, start, end: start + match[0].length, text: match[0] });
  }
  return found;
}

/** The first valid date in `text` as ISO `YYYY-MM-DD`, or null when there is none. */
export function parseLetterDate(text: string): string | null {
  return findDates(text)[0]?.iso ?? null;
}

function isoFromGroups(match: RegExpExecArray): string | null {
  // Stryker disable next-line EqualityOperator: one alternative always matched, so the loop returns before the end
  for (let alternative = 0; alternative < DATE_GROUPS.length; alternative++) {
    const first = 1 + 3 * alternative;
    if (match[first] === undefined) continue;
    const { y, m, d, named } = DATE_GROUPS[alternative];
    const month = match[first + m];
    return toIso(match[first + y], named ? monthNumber(month) : month, match[first + d]);
  }
  return null;
}

function monthNumber(name: string): string | undefined {
  const month = MONTHS[name.toLowerCase()];
  // Stryker disable next-line ConditionalExpression: the pattern only matches names in MONTHS; the guard is for the types
  return month === undefined ? undefined : String(month);
}

function toIso(
  yearText: string | undefined,
  monthText: string | undefined,
  dayText: string | undefined,
): string | null {
  // Stryker disable next-line ConditionalExpression: a matched alternative captures all three and every month name is known; the guard is for the types
  if (yearText === undefined || monthText === undefined || dayText === undefined) return null;
  const year = expandYear(Number(yearText), yearText.length);
  const month = Number(monthText);
  const day = Number(dayText);
  if (year < 1900 || year > 2099 || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function expandYear(year: number, digits: number): number {
  if (digits !== 2) return year;
  return year < 40 ? 2000 + year : 1900 + year;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
