/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, UTC) and the date shapes the letters
 * write. Pure integer code: no Date objects, no time zones, no clock.
 */
import type { Rng } from './rng';

export interface Civil {
  year: number;
  month: number;
  day: number;
}

/** Day number of a civil date (Howard Hinnant's days_from_civil). */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Civil date of a day number (Howard Hinnant's civil_from_days). */
export function civil(days: number): Civil {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

export function isoDate(days: number): string {
  const c = civil(days);
  return `${c.year}-${pad2(c.month)}-${pad2(c.day)}`;
}

/** The header's shape: 11/09/2016. */
export function headerDate(days: number): string {
  const c = civil(days);
  return `${pad2(c.month)}/${pad2(c.day)}/${c.year}`;
}

/** A shape free text uses: 10-13-16, 10-13-2016, 10/13/2016, 4/6/16 or October 13, 2016. */
export function proseDate(rng: Rng, days: number): string {
  const c = civil(days);
  const yy = pad2(c.year % 100);
  switch (rng.int(0, 5)) {
    case 0:
    case 1:
      return `${c.month}-${c.day}-${yy}`;
    case 2:
      return `${pad2(c.month)}-${pad2(c.day)}-${c.year}`;
    case 3:
      return `${c.month}/${c.day}/${c.year}`;
    case 4:
      return `${c.month}/${c.day}/${yy}`;
    default:
      return `${MONTHS[c.month - 1]} ${c.day}, ${c.year}`;
  }
}

/** The shape of a date of service in a request: 11/14/16, 11/14/2016 or 11/4/16. */
export function serviceDate(rng: Rng, days: number): string {
  const c = civil(days);
  const yy = pad2(c.year % 100);
  switch (rng.int(0, 2)) {
    case 0:
      return `${pad2(c.month)}/${pad2(c.day)}/${yy}`;
    case 1:
      return `${pad2(c.month)}/${pad2(c.day)}/${c.year}`;
    default:
      return `${c.month}/${c.day}/${yy}`;
  }
}
