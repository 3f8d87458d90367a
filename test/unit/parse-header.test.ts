import { parseHeader } from '../../loaders/parse/header';
import { cleanLines } from '../../loaders/text/clean-text';

const header = (text: string) => parseHeader(cleanLines(text));

const EXPECTED = {
  caseNumber: 'CM16-0213037',
  priority: 'Standard',
  dates: {
    assigned: '2016-11-09',
    decision: '2016-12-09',
    injury: '2016-10-13',
    urDenial: '2016-11-03',
    applicationReceived: '2016-11-04',
  },
};

describe('parseHeader: the page-1 label/value table in every extraction order', () => {
  test('one `Label: value` per line (the PDF reader)', () => {
    expect(
      header(`Case Number: CM16-0213037
Date Assigned: 11/09/2016
Decision Date: 12/09/2016
Priority: Standard
Date of Injury: 10/13/2016
UR Denial Date: 11/03/2016
Application Received: 11/04/2016`),
    ).toEqual(EXPECTED);
  });

  test('two columns per line, the wrapped `Application` / `Received:` label straddling its value', () => {
    expect(
      header(`Case Number:          CM16-0213037
Date Assigned:        11/09/2016                      Date of Injury:      10/13/2016
Decision Date:        12/09/2016                      UR Denial Date:      11/03/2016
Priority:             Standard                        Application          11/04/2016
                                                      Received:`),
    ).toEqual(EXPECTED);
  });

  test('labels first, then the values, column by column (`pdftotext` without -layout)', () => {
    expect(
      header(`Case Number:
Date Assigned:
Decision Date:
Priority:

CM16-0213037
11/09/2016
12/09/2016
Standard

Date of Injury:
UR Denial Date:
Application
Received:

10/13/2016
11/03/2016
11/04/2016`),
    ).toEqual(EXPECTED);
  });

  test('all the labels first, then all the values', () => {
    expect(
      header(`Case Number:
Date Assigned:
Decision Date:
Priority:
Date of Injury:
UR Denial Date:
Application Received:
CM16-0213037
11/09/2016
12/09/2016
Standard
10/13/2016
11/03/2016
11/04/2016`),
    ).toEqual(EXPECTED);
  });

  test('the value of the wrapped label between its two lines', () => {
    expect(
      header(`Case Number: CM16-0213037
Date Assigned: 11/09/2016
Decision Date: 12/09/2016
Priority: Standard
Date of Injury: 10/13/2016
UR Denial Date: 11/03/2016
Application
11/04/2016
Received:`),
    ).toEqual(EXPECTED);
  });

  test('a blank value leaves its field null and does not shift the others', () => {
    expect(
      header(`Case Number: CM16-0213037
Date Assigned: 11/09/2016
Decision Date: 12/09/2016
Priority: Expedited
Date of Injury:
UR Denial Date: 11/03/2016
Application Received: 11/04/2016`),
    ).toEqual({
      ...EXPECTED,
      priority: 'Expedited',
      dates: { ...EXPECTED.dates, injury: null },
    });
  });

  test('dates with dashes and two-digit years; case numbers upper-cased', () => {
    expect(
      header(`Case Number: cm17-0001749
Date of Injury: 9-7-11
Decision Date: 01-30-17`),
    ).toEqual({
      caseNumber: 'CM17-0001749',
      priority: null,
      dates: {
        assigned: null,
        decision: '2017-01-30',
        injury: '2011-09-07',
        urDenial: null,
        applicationReceived: null,
      },
    });
  });

  test('text before the table (a title, a date in prose) is not taken for values', () => {
    expect(
      header(`Independent Medical Review Final Determination Letter 12/15/2016
Case Number: CM16-0213037
Date Assigned: 11/09/2016
Decision Date: 12/09/2016
Priority: Standard
Date of Injury: 10/13/2016
UR Denial Date: 11/03/2016
Application Received: 11/04/2016`),
    ).toEqual(EXPECTED);
  });

  test('no header at all (the seed letters) gives nulls, never guesses', () => {
    expect(header('')).toEqual({
      caseNumber: null,
      priority: null,
      dates: {
        assigned: null,
        decision: null,
        injury: null,
        urDenial: null,
        applicationReceived: null,
      },
    });
  });
});
