import { layOutLetter } from '../../loaders/read/letter-layout';
import { readHeaderTable } from '../../loaders/read/page-header';
import { groupLines, lineText, type TextRun } from '../../loaders/read/text-layout';

/** A run whose width is 6 pt per character at 12 pt: enough geometry for the rules. */
function run(text: string, x: number, y: number, fontSize = 12): TextRun {
  return { text, x, y, width: text.length * fontSize * 0.5, fontSize };
}

describe('groupLines / lineText', () => {
  test('sorts runs into lines top to bottom, left to right', () => {
    const lines = groupLines([
      run('second', 72, 686),
      run('line', 120, 686),
      run('first', 72, 700),
    ]);
    expect(lines.map((line) => lineText(line.runs))).toEqual(['first', 'second line']);
  });

  test('abutting runs join without a space, runs apart with one', () => {
    const abut = [run('Cyclo', 72, 700), run('benzaprine', 72 + 30, 700)];
    expect(lineText(groupLines(abut)[0].runs)).toBe('Cyclobenzaprine');
    const apart = [run('MRI:', 72, 700), run('Upheld', 72 + 24 + 3, 700)];
    expect(lineText(groupLines(apart)[0].runs)).toBe('MRI: Upheld');
  });

  test('a run that brings its own space gets exactly one', () => {
    const runs = [run('Decision ', 72, 700), run('  rationale:', 72 + 54, 700)];
    expect(lineText(groupLines(runs)[0].runs)).toBe('Decision rationale:');
  });

  test('baselines a fraction of a point apart are one line; whitespace-only runs are dropped', () => {
    const lines = groupLines([
      run('Case Number:', 72, 688.68),
      run(' ', 146, 688.68),
      run('CM16-0213037', 179.4, 688.56),
    ]);
    expect(lines).toHaveLength(1);
    expect(lineText(lines[0].runs)).toBe('Case Number: CM16-0213037');
  });
});

describe('readHeaderTable', () => {
  // The corpus geometry: labels at x 72 / 328.92, values at 179.4 / 426.84, rows 13 pt apart.
  const header: TextRun[] = [
    run('Case Number:', 72, 688.68, 11.04),
    run('Date Assigned:', 72, 675.6, 11.04),
    run('Date of Injury:', 328.92, 675.6, 11.04),
    run('Decision Date:', 72, 662.4, 11.04),
    run('UR Denial Date:', 328.92, 662.4, 11.04),
    run('Priority:', 72, 649.32, 11.04),
    run('Application', 328.92, 649.32, 11.04),
    run('Received:', 328.92, 636.6, 11.04),
    // Values drawn after all the labels, as some PDFs do.
    run('11/03/2016', 426.84, 649.2, 11.04),
    run('Standard', 179.4, 649.2, 11.04),
    run('11/03/2016', 426.84, 662.28, 11.04),
    run('12/09/2016', 179.4, 662.28, 11.04),
    run('10/13/2016', 426.84, 675.48, 11.04),
    run('11/09/2016', 179.4, 675.48, 11.04),
    run('CM16-0213037', 179.4, 688.56, 11.04),
  ];
  const expected = [
    'Case Number: CM16-0213037',
    'Date Assigned: 11/09/2016',
    'Decision Date: 12/09/2016',
    'Priority: Standard',
    'Date of Injury: 10/13/2016',
    'UR Denial Date: 11/03/2016',
    'Application Received: 11/03/2016',
  ];

  test('pairs labels and values by position, in the fixed label order', () => {
    const table = readHeaderTable(groupLines(header));
    expect(table?.fields).toEqual(expected);
    expect(table?.leftovers).toEqual([]);
    expect([table?.firstLine, table?.lastLine]).toEqual([0, 4]);
  });

  test('a missing value leaves the label alone', () => {
    const table = readHeaderTable(groupLines(header.filter((r) => r.text !== '10/13/2016')));
    expect(table?.fields).toContain('Date of Injury:');
  });

  test('text inside the table that belongs to no label is kept as a leftover', () => {
    const table = readHeaderTable(groupLines([...header, run('(redacted)', 72, 636.6, 11.04)]));
    expect(table?.fields).toEqual(expected);
    expect(table?.leftovers).toEqual(['(redacted)']);
  });

  test('no header table: null', () => {
    expect(readHeaderTable(groupLines([run('Dear Sir or Madam,', 72, 700)]))).toBeNull();
  });

  test('layOutLetter: header lines, a blank line, the body with paragraph breaks and page breaks', () => {
    const body = [
      run('HOW THE IMR FINAL DETERMINATION WAS MADE', 153.24, 608.64),
      run(
        'MAXIMUS Federal Services sent the complete case file to an expert reviewer.',
        72,
        588.24,
      ),
      run('He/she has no affiliation with the employer.', 72, 574.44),
      run('Review determinations.', 72, 560.64),
      run('The Expert Reviewer has the following credentials:', 72, 533.04),
    ];
    const page2 = [run('IMR ISSUES, DECISIONS AND RATIONALES', 179.76, 709.2)];
    expect(layOutLetter([[...header, ...body], page2]).split('\n')).toEqual([
      ...expected,
      '',
      'HOW THE IMR FINAL DETERMINATION WAS MADE',
      'MAXIMUS Federal Services sent the complete case file to an expert reviewer.',
      'He/she has no affiliation with the employer.',
      'Review determinations.',
      '',
      'The Expert Reviewer has the following credentials:',
      '',
      'IMR ISSUES, DECISIONS AND RATIONALES',
    ]);
  });
});
