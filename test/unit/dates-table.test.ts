/**
 * The date reader's boundaries, exhaustively where the table is small: every month name it
 * knows, the last day of every month (and the day after it) in a leap and a common year, every
 * separator it supports, the year range and the two-digit pivot.
 */
import { findDates, parseLetterDate } from '../../loaders/extract/dates';

/** Every month name and abbreviation the reader accepts, with its month number. */
const MONTH_NAMES: [string, number][] = [
  ['January', 1],
  ['Jan', 1],
  ['February', 2],
  ['Feb', 2],
  ['March', 3],
  ['Mar', 3],
  ['April', 4],
  ['Apr', 4],
  ['May', 5],
  ['June', 6],
  ['Jun', 6],
  ['July', 7],
  ['Jul', 7],
  ['August', 8],
  ['Aug', 8],
  ['September', 9],
  ['Sep', 9],
  ['Sept', 9],
  ['October', 10],
  ['Oct', 10],
  ['November', 11],
  ['Nov', 11],
  ['December', 12],
  ['Dec', 12],
];

const pad = (n: number) => String(n).padStart(2, '0');

describe('month names', () => {
  test.each(MONTH_NAMES)('%s is month %i, written before or after the day', (name, month) => {
    const iso = `2015-${pad(month)}-07`;
    expect(parseLetterDate(`${name} 7, 2015`)).toBe(iso);
    expect(parseLetterDate(`${name.toUpperCase()} 7 2015`)).toBe(iso);
    expect(parseLetterDate(`${name.toLowerCase()}. 7, 2015`)).toBe(iso);
    expect(parseLetterDate(`7 ${name} 2015`)).toBe(iso);
    expect(parseLetterDate(`7th ${name}, 2015`)).toBe(iso);
  });

  test('ordinal suffixes: 1st, 2nd, 3rd, 4th', () => {
    expect(parseLetterDate('March 1st, 2016')).toBe('2016-03-01');
    expect(parseLetterDate('March 2nd 2016')).toBe('2016-03-02');
    expect(parseLetterDate('March 3rd, 2016')).toBe('2016-03-03');
    expect(parseLetterDate('21st March 2016')).toBe('2016-03-21');
  });

  test('a word that only starts like a month is no month', () => {
    expect(parseLetterDate('Marching 3, 2016')).toBeNull();
    expect(parseLetterDate('Junk 3, 2016')).toBeNull();
  });
});

/** Days in each month of 2016 (a leap year) and of 2015. */
const DAYS_2016 = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DAYS_2015 = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

describe('the last day of every month', () => {
  test.each(DAYS_2016.map((days, i) => [i + 1, days]))(
    '2016 month %i has %i days, in every separator',
    (month, days) => {
      const iso = `2016-${pad(month)}-${pad(days)}`;
      for (const text of [
        `${month}/${days}/2016`,
        `${month}/${days}/16`,
        `${month}-${days}-2016`,
        `${month}-${days}-16`,
        `${month}.${days}.2016`,
        `2016-${month}-${days}`,
      ]) {
        expect([text, parseLetterDate(text)]).toEqual([text, iso]);
      }
      for (const text of [
        `${month}/${days + 1}/2016`,
        `${month}-${days + 1}-16`,
        `${month}.${days + 1}.2016`,
        `2016-${pad(month)}-${days + 1}`,
      ]) {
        expect([text, parseLetterDate(text)]).toEqual([text, null]);
      }
    },
  );

  test.each(DAYS_2015.map((days, i) => [i + 1, days]))(
    '2015 month %i has %i days',
    (month, days) => {
      expect(parseLetterDate(`${month}/${days}/2015`)).toBe(`2015-${pad(month)}-${pad(days)}`);
      expect(parseLetterDate(`${month}/${days + 1}/2015`)).toBeNull();
    },
  );

  test.each([
    ['2016-02-30'],
    ['2015-02-29'],
    ['2016-04-31'],
    ['6/31/2016'],
    ['9/31/2016'],
    ['11/31/16'],
  ])('%s is impossible', (text) => {
    expect(parseLetterDate(text)).toBeNull();
  });

  test('leap years: every fourth, not centuries, but every fourth century', () => {
    expect(parseLetterDate('2/29/2000')).toBe('2000-02-29');
    expect(parseLetterDate('2/29/1900')).toBeNull();
    expect(parseLetterDate('2/29/2012')).toBe('2012-02-29');
    expect(parseLetterDate('2/29/1996')).toBe('1996-02-29');
    expect(parseLetterDate('2/29/2014')).toBeNull();
    expect(parseLetterDate('2/28/1900')).toBe('1900-02-28');
  });

  test('day 0 and month 0 are no dates; day 1 and month 1 are', () => {
    expect(parseLetterDate('1/0/2016')).toBeNull();
    expect(parseLetterDate('0/1/2016')).toBeNull();
    expect(parseLetterDate('2016-00-10')).toBeNull();
    expect(parseLetterDate('1/1/2016')).toBe('2016-01-01');
    expect(parseLetterDate('12/1/2016')).toBe('2016-12-01');
    expect(parseLetterDate('13/1/2016')).toBeNull();
  });
});

describe('years', () => {
  test.each([
    ['1/5/1900', '1900-01-05'],
    ['1/5/2099', '2099-01-05'],
    ['1/5/1899', null],
    ['1/5/2100', null],
    ['1/5/00', '2000-01-05'],
    ['1/5/39', '2039-01-05'],
    ['1/5/40', '1940-01-05'],
    ['1/5/99', '1999-01-05'],
    ['1-5-00', '2000-01-05'],
  ])('%s → %s', (text, iso) => {
    expect(parseLetterDate(text)).toBe(iso);
  });

  test('a dotted date needs four digits of year', () => {
    expect(parseLetterDate('4.16.14')).toBeNull();
  });
});

describe('what is around a date', () => {
  test('positions and text of each shape', () => {
    expect(findDates('on 2016-11-03, 4.16.2014 and 10-13-16; 7 June 2000.')).toEqual([
      { iso: '2016-11-03', start: 3, end: 13, text: '2016-11-03' },
      { iso: '2014-04-16', start: 15, end: 24, text: '4.16.2014' },
      { iso: '2016-10-13', start: 29, end: 37, text: '10-13-16' },
      { iso: '2000-06-07', start: 39, end: 50, text: '7 June 2000' },
    ]);
  });

  test('digits, letters, dots or slashes glued to a date make it something else', () => {
    for (const text of [
      'x4/16/2014',
      '4/16/2014x',
      '1.4/16/2014',
      '4/16/2014/3',
      'a2016-11-03',
      '/10-13-16',
      '5.4.16.2014',
    ]) {
      expect([text, findDates(text)]).toEqual([text, []]);
    }
  });

  test('a date after a hyphen counts only when slashed', () => {
    expect(findDates('9/24/14-10/24/14').map((d) => d.text)).toEqual(['9/24/14', '10/24/14']);
    expect(findDates('x-10-24-14')).toEqual([]);
  });

  test('a later call starts afresh (the scanner is shared)', () => {
    expect(findDates('a 1/2/2016 b 3/4/2016').map((d) => d.iso)).toEqual([
      '2016-01-02',
      '2016-03-04',
    ]);
    expect(findDates('1/2/2016')).toEqual([
      { iso: '2016-01-02', start: 0, end: 8, text: '1/2/2016' },
    ]);
  });
});
