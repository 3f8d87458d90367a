import { findDates, parseLetterDate } from '../../loaders/extract/dates';

describe('parseLetterDate', () => {
  it.each([
    // shapes from the letters' headers and case summaries
    ['4/16/2014', '2014-04-16'],
    ['11/09/2016', '2016-11-09'],
    ['9/7/11', '2011-09-07'],
    ['10-13-16', '2016-10-13'],
    ['10-24-2016', '2016-10-24'],
    ['2016-11-03', '2016-11-03'],
    ['June 28, 2000', '2000-06-28'],
    ['June 28,2000', '2000-06-28'],
    ['Jun 28 2000', '2000-06-28'],
    ['Sept. 3, 2015', '2015-09-03'],
    ['December 9th, 2016', '2016-12-09'],
    ['28 June 2000', '2000-06-28'],
    ['4.16.2014', '2014-04-16'],
    // two-digit years pivot at 40
    ['3/2/98', '1998-03-02'],
    ['11/14/16', '2016-11-14'],
    ['1/5/39', '2039-01-05'],
    ['1/5/40', '1940-01-05'],
    // the first date in a longer text
    ['sustained an industrial injury on 4/16/2014.', '2014-04-16'],
    ['(DOS 3/6/2015)', '2015-03-06'],
    // leap years
    ['2/29/2016', '2016-02-29'],
    ['2/29/2000', '2000-02-29'],
  ])('%s → %s', (text, iso) => {
    expect(parseLetterDate(text)).toBe(iso);
  });

  it.each([
    ['13/01/2016'], // month 13
    ['0/12/2016'],
    ['4/31/2016'], // April has 30 days
    ['2/29/2015'], // not a leap year
    ['2/29/1900'],
    ['June 31, 2016'],
    ['no date here'],
    [''],
    // things shaped like dates that are not
    ['CM16-0213037'],
    ['Norco 10/325mg #60'],
    ['L5-S1'],
    ['C5-6-7'],
    ['2-3 times a week'],
    ['2014-15'],
  ])('%s → null', (text) => {
    expect(parseLetterDate(text)).toBeNull();
  });
});

describe('findDates', () => {
  it('returns every date with its position, in order', () => {
    const text = 'Date Assigned: 11/9/2016 Decision Date: December 9, 2016';
    expect(findDates(text)).toEqual([
      { iso: '2016-11-09', start: 15, end: 24, text: '11/9/2016' },
      { iso: '2016-12-09', start: 40, end: 56, text: 'December 9, 2016' },
    ]);
  });

  it('reads both ends of a slashed range', () => {
    expect(findDates('DOS 9/24/14-10/24/14').map((d) => d.iso)).toEqual([
      '2014-09-24',
      '2014-10-24',
    ]);
  });

  it('skips invalid dates and keeps the valid ones', () => {
    expect(findDates('13/13/2016 and 1/13/2016').map((d) => d.iso)).toEqual(['2016-01-13']);
  });

  it('finds nothing in text without dates', () => {
    expect(findDates('MRI of the right shoulder without contrast')).toEqual([]);
  });
});
