import {
  cleanLines,
  foldSpaces,
  joinLines,
  mergeBrokenParagraphs,
  repairSmartQuotes,
} from '../../loaders/text/clean-text';

/** A text the way the seed letters come: every line followed by an empty line. */
const doubled = (...lines: string[]): string => lines.map((l) => `${l}\n\n`).join('');

describe('cleanLines', () => {
  test('undoes blank-line doubling: a paragraph break is the space-only line between empties', () => {
    const text = doubled(
      ' HOW THE IMR FINAL DETERMINATION WAS MADE ',
      'MAXIMUS Federal Services sent the complete case file to an expert reviewer. ',
      'Review determinations. ',
      ' ',
      'The Expert Reviewer has the following credentials: ',
    );
    expect(cleanLines(text)).toEqual([
      ' HOW THE IMR FINAL DETERMINATION WAS MADE',
      'MAXIMUS Federal Services sent the complete case file to an expert reviewer.',
      'Review determinations.',
      '',
      'The Expert Reviewer has the following credentials:',
    ]);
  });

  test('a page break (a run of blank and space-only lines, form feeds) is one blank line', () => {
    const text = doubled(
      'the criteria for the ',
      ' ',
      ' ',
      '',
      ' ',
      'use of epidural steroid injections',
    );
    expect(cleanLines(text)).toEqual([
      'the criteria for the',
      '',
      'use of epidural steroid injections',
    ]);
    expect(cleanLines('end of page one\n\f\n   \n\fstart of page two\n')).toEqual([
      'end of page one',
      '',
      'start of page two',
    ]);
  });

  test('leaves ordinary text (single blank lines between paragraphs) as it is', () => {
    expect(cleanLines('line one\nline two\n\nparagraph two\nmore\nand more\n')).toEqual([
      'line one',
      'line two',
      '',
      'paragraph two',
      'more',
      'and more',
    ]);
  });

  test('drops a byte-order mark, CRLF, trailing spaces and no-break spaces at line ends', () => {
    expect(
      cleanLines('\uFEFFCase Number:\u00a0CM16-0213037\u00a0\u00a0\r\nPriority: Standard  \r\n'),
    ).toEqual(['Case Number: CM16-0213037', 'Priority: Standard']);
  });

  test('folds gaps inside a line: redaction gaps, runs of spaces, tabs (`DOS:<tab>11/14/16`)', () => {
    expect(
      cleanLines(
        'The applicant is a represented  employee\n' +
          'Retrospective Cyclobenzaprine 5mg #30 DOS:\t11/14/16\n' +
          'HOW THE   IMR FINAL \t DETERMINATION WAS MADE\n' +
          '   indented\u00a0 line',
      ),
    ).toEqual([
      'The applicant is a represented employee',
      'Retrospective Cyclobenzaprine 5mg #30 DOS: 11/14/16',
      'HOW THE IMR FINAL DETERMINATION WAS MADE',
      ' indented line',
    ]);
  });

  test('has no blank lines at either end', () => {
    expect(cleanLines('\n\n  \nfirst\n\nlast\n\n \n')).toEqual(['first', '', 'last']);
  });
});

describe('joinLines', () => {
  test('joins a word hyphenated across lines and keeps the hyphen (`Table 8-` / `2`)', () => {
    expect(joinLines(['As noted in Chapter 8, Table 8-', '2, page 182, cervical MRI'])).toBe(
      'As noted in Chapter 8, Table 8-2, page 182, cervical MRI',
    );
    expect(joinLines(['whether or not this request was the first-', 'time request'])).toBe(
      'whether or not this request was the first-time request',
    );
  });

  test('joins other lines with one space', () => {
    expect(
      joinLines([
        'The applicant is a represented employee who has filed a claim for chronic low ',
        'back pain',
      ]),
    ).toBe(
      'The applicant is a represented employee who has filed a claim for chronic low back pain',
    );
  });

  test('skips blank lines between the joined lines', () => {
    expect(
      joinLines(['Claims Administrator guideline: Decision based on MTUS', '', '  Guidelines.  ']),
    ).toBe('Claims Administrator guideline: Decision based on MTUS Guidelines.');
  });

  test('repairs the smart quotes that extraction turned into `?`', () => {
    expect(joinLines(['the patient?s duty levels', 'the ?time to produce functional'])).toBe(
      'the patient\'s duty levels the "time to produce functional',
    );
  });
});

describe('mergeBrokenParagraphs', () => {
  test('a paragraph cut by a page break goes on in lowercase or digits: one paragraph', () => {
    expect(
      mergeBrokenParagraphs(['Treatment has included medications and', 'physical therapy.']),
    ).toEqual(['Treatment has included medications and physical therapy.']);
  });

  test('a word hyphenated across the break joins without a space', () => {
    expect(
      mergeBrokenParagraphs(['Treatment included x-', 'rays and Norco (since 11-17-', '2016).']),
    ).toEqual(['Treatment included x-rays and Norco (since 11-17-2016).']);
  });

  test('a finished sentence or a capital keeps the paragraph break', () => {
    expect(mergeBrokenParagraphs(['Exam was normal.', 'no change', 'A note', 'Rest'])).toEqual([
      'Exam was normal.',
      'no change',
      'A note',
      'Rest',
    ]);
  });
});

describe('repairSmartQuotes', () => {
  test('apostrophes inside words', () => {
    expect(repairSmartQuotes('the injured worker?s doctor didn?t; they?re, I?ll, we?ve')).toBe(
      "the injured worker's doctor didn't; they're, I'll, we've",
    );
  });

  test('an opening quote before a word, and the `?` that closes it', () => {
    expect(repairSmartQuotes('the ?time to produce functional improvement? is 3 to 6')).toBe(
      'the "time to produce functional improvement" is 3 to 6',
    );
    expect(repairSmartQuotes('the requested ?Assistant PA? is medically necessary.')).toBe(
      'the requested "Assistant PA" is medically necessary.',
    );
  });

  test('keeps a real question mark', () => {
    expect(repairSmartQuotes('What is an electrocardiogram? The test records')).toBe(
      'What is an electrocardiogram? The test records',
    );
    expect(repairSmartQuotes('Is the request supported? No.')).toBe(
      'Is the request supported? No.',
    );
  });
});

test('foldSpaces folds every run of white space and trims', () => {
  expect(foldSpaces('  Public Health &\n  General   Preventive Medicine ')).toBe(
    'Public Health & General Preventive Medicine',
  );
});
