import { readPartialAuthorisation, splitItems } from '../../loaders/parse/items';
import { parseLetterText } from '../../loaders/parse/parse-letter';
import { cleanLines } from '../../loaders/text/clean-text';
import { ITEM_LINES, letterText } from '../helpers/corpus';

const LEAD_IN =
  'The Final Determination was based on decisions for the disputed items/services set forth below:';
const items = (...lines: string[]) => splitItems(cleanLines([LEAD_IN, ...lines].join('\n')));

/** The labelled paragraphs of an item, short. */
const body = (n: number) => [
  '',
  `Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016.`,
  '',
  'MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s):',
  'Muscle relaxants (for pain).',
  '',
  `Decision rationale: Rationale ${n}. Therefore, the request is not medically necessary.`,
];

describe('splitItems: an outcome that lost its colon', () => {
  test.each([
    ['MRI of the knee Upheld', 'MRI of the knee', 'UPHELD'],
    ['MRI of the knee is Overturned', 'MRI of the knee', 'OVERTURNED'],
    ['MRI of the knee - Upheld', 'MRI of the knee', 'UPHELD'],
    ['MRI of the knee; UPHELD', 'MRI of the knee', 'UPHELD'],
  ])('`%s` before the guideline paragraphs is an item header', (header, request, outcome) => {
    const found = items('', 'Norco 10/325mg #60: Upheld', ...body(1), '', header, ...body(2));
    expect(found.map((i) => [i.request, i.outcome])).toEqual([
      ['Norco 10/325mg #60', 'UPHELD'],
      [request, outcome],
    ]);
    expect(found[1].warnings).toEqual(['item header without a colon before its outcome']);
  });

  test('a sentence ending in a lowercase `upheld` is no header, and the letter says so', () => {
    const text = letterText({ items: [ITEM_LINES, ITEM_LINES] }).replace(/: Upheld/, ' upheld');
    const parsed = parseLetterText(text, { file: 'x.txt', sha256: 'x', format: 'text' });
    expect(parsed.decisions.length).toBe(1);
    expect(parsed.warnings).toContainEqual(
      expect.stringMatching(
        /1 'Claims Administrator guideline' paragraph\(s\) without an item header/,
      ),
    );
  });
});

describe("splitItems: labels with the letters' own slips", () => {
  test.each([
    ['Claim Administrator guideline:', 'MAXIMUS guideline:'],
    ["Claims Administrator's guidelines:", 'MAXIMUS guidlines:'],
    ['Claims Administrator guidline:', 'Maximus Guideline:'],
  ])("`%s` and `%s` open the item's paragraphs", (urLabel, imrLabel) => {
    const [item] = items(
      '',
      'MRI of the right shoulder without contrast: Upheld',
      '',
      `${urLabel} Decision based on MTUS Shoulder Complaints 2004.`,
      '',
      `${imrLabel} Decision based on MTUS Shoulder Complaints 2004.`,
      '',
      'Decision rationale: Not indicated.',
    );
    expect(item).toMatchObject({
      request: 'MRI of the right shoulder without contrast',
      claimsAdministrator: 'Decision based on MTUS Shoulder Complaints 2004.',
      reviewer: 'Decision based on MTUS Shoulder Complaints 2004.',
      rationale: 'Not indicated.',
      warnings: [],
    });
  });
});

describe('splitItems: item headers', () => {
  test('one item per `<request>: Upheld|Overturned` line followed by the guideline paragraphs', () => {
    const found = items(
      '',
      'MRI of the right shoulder without contrast: Upheld',
      ...body(1),
      '',
      'Acupuncture for Low Back, 6 sessions:  Overturned',
      ...body(2),
    );
    expect(found.map((i) => [i.request, i.outcome])).toEqual([
      ['MRI of the right shoulder without contrast', 'UPHELD'],
      ['Acupuncture for Low Back, 6 sessions', 'OVERTURNED'],
    ]);
    expect(found[1]).toMatchObject({
      claimsAdministrator: 'Decision based on MTUS Chronic Pain Medical Treatment 2016.',
      reviewer:
        'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Muscle relaxants (for pain).',
      rationale: 'Rationale 2. Therefore, the request is not medically necessary.',
      warnings: [],
    });
  });

  test('a request with colons of its own: the outcome is the last `: Upheld`', () => {
    const [item] = items(
      '',
      'Retrospective Cyclobenzaprine 5mg tab #30 DOS: 11/14/16: Upheld',
      ...body(1),
    );
    expect(item.request).toBe('Retrospective Cyclobenzaprine 5mg tab #30 DOS: 11/14/16');
  });

  test('a request wrapped over lines, the outcome on the last one or alone on the next', () => {
    const found = items(
      '',
      'Voltaren gel apply to affected area 4 times a day, #60 grams with 1 refill, DOS:',
      '11/11/2016: Upheld',
      ...body(1),
      '',
      'Acupuncture treatments (unspecified quantity) was the original request. The Claims',
      'Administrator authorized Acupuncture treatments, 6 sessions, leaving the original request',
      'IMR eligible. The original request, Acupuncture treatments (unspecified quantity) is:',
      'Upheld',
      ...body(2),
    );
    expect(found.map((i) => i.request)).toEqual([
      'Voltaren gel apply to affected area 4 times a day, #60 grams with 1 refill, DOS: 11/11/2016',
      'Acupuncture treatments (unspecified quantity)',
    ]);
  });

  test('a header directly after the lead-in, with no blank line', () => {
    const found = items('Norflex 100mg #60: Upheld', ...body(1));
    expect(found.map((i) => i.request)).toEqual(['Norflex 100mg #60']);
  });

  test('a page break inside a header (blank lines within it)', () => {
    const [, second] = items(
      '',
      'Tramadol 50mg #60: Upheld',
      ...body(1),
      '',
      'Acute inpatient rehabilitation physical therapy and occupational therapy 7-10 days for left',
      'foot fracture was the original request. The Claims Administrator authorized Skilled',
      'nursing facility for 7 days with PT/OT once a day for left foot fracture, leaving the original',
      '',
      '',
      'request IMR eligible. The original request, Acute inpatient rehabilitation physical therapy',
      'and occupational therapy 7-10 days for left foot fracture is: Overturned',
      ...body(2),
    );
    expect(second).toMatchObject({
      request:
        'Acute inpatient rehabilitation physical therapy and occupational therapy 7-10 days for left foot fracture',
      authorized:
        'Skilled nursing facility for 7 days with PT/OT once a day for left foot fracture',
      outcome: 'OVERTURNED',
    });
  });

  test('a page break inside a rationale: the paragraph continues, the next item is not swallowed', () => {
    const found = items(
      '',
      'Tramadol 50mg #60: Upheld',
      ...body(1).slice(0, -1),
      'Decision rationale: The MTUS states that one of the criteria for the',
      '',
      '',
      'use of opioids is documented functional improvement. The request is not medically necessary.',
      '',
      'Norco 10/325mg #60: Overturned',
      ...body(2),
    );
    expect(found).toHaveLength(2);
    expect(found[0].rationale).toBe(
      'The MTUS states that one of the criteria for the use of opioids is documented functional improvement. The request is not medically necessary.',
    );
    expect(found[1].request).toBe('Norco 10/325mg #60');
  });

  test('rationale paragraphs keep their breaks', () => {
    const [item] = items(
      '',
      'Tramadol 50mg #60: Upheld',
      ...body(1).slice(0, -1),
      'Decision rationale: First paragraph.',
      '',
      'Second paragraph.',
    );
    expect(item.rationale).toBe('First paragraph.\n\nSecond paragraph.');
  });

  test('a wrapped request line ending in a dose abbreviation does not end the header', () => {
    const [, second] = items(
      '',
      'Tramadol 50mg #60: Upheld',
      ...body(1),
      '',
      'Norco 10/325mg 1 tab p.o. q.i.d.',
      '#120: Upheld',
      ...body(2),
    );
    expect(second.request).toBe('Norco 10/325mg 1 tab p.o. q.i.d. #120');
  });

  test('a rationale whose last line lacks its period is not swallowed by the next header', () => {
    const rationale = [
      'Decision rationale: The injured worker sustained a work related injury. Treatments have',
      'included physical therapy and medications.',
      '',
      'The MTUS states that for most patients presenting with true neck or upper back problems,',
      'special studies are not needed unless a three or four week period of conservative care and',
      'observation fails to improve symptoms. Most patients improve quickly, provided any red-flag',
      'conditions are ruled out. Criteria for ordering imaging studies are: emergence of a red flag;',
      'physiologic evidence of tissue insult or neurologic dysfunction; failure to progress in a',
      'strengthening program intended to avoid surgery. The medical records reveal the injury is',
      'about 20 days old. The request for MRI of the neck is not medically necessary',
    ];
    const found = items(
      '',
      'MRI of the neck without contrast: Upheld',
      ...body(1).slice(0, -1),
      ...rationale,
      '',
      'Acupuncture 3 times a week for 2 weeks: Overturned',
      ...body(2),
    );
    expect(found.map((i) => i.request)).toEqual([
      'MRI of the neck without contrast',
      'Acupuncture 3 times a week for 2 weeks',
    ]);
    expect(found[0].rationale.endsWith('is not medically necessary')).toBe(true);
    // ... and when the rationale is a single labelled paragraph.
    const single = items(
      '',
      'MRI of the neck without contrast: Upheld',
      ...body(1).slice(0, -1),
      'Decision rationale: No red flags. The request is not medically necessary',
      '',
      'Acupuncture 3 times a week for 2 weeks: Overturned',
      ...body(2),
    );
    expect(single.map((i) => i.request)).toEqual([
      'MRI of the neck without contrast',
      'Acupuncture 3 times a week for 2 weeks',
    ]);
  });

  test('text extracted without blank lines between paragraphs', () => {
    const found = items(
      'Single positional MRI of the lumbar spine: Upheld',
      'Claims Administrator guideline: Decision based on MTUS Low Back Complaints 2004,',
      'Section(s): Special Studies.',
      'MAXIMUS guideline: Decision based on MTUS Low Back Complaints 2004, Section(s):',
      'Special Studies.',
      'Decision rationale: The ACOEM Guidelines state that imaging is not indicated. Given the',
      'above, this request is not medically necessary.',
      'Cyclobenzaprine 7.5mg #90 was the original request. Cyclobenzaprine 7.5mg #63 was',
      'authorized by the Claims Administrator. The remaining IMR eligible portion of the',
      'original request, Cyclobenzaprine 7.5mg #27 is: Upheld',
      'Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016.',
      'MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016.',
      'Decision rationale: Not medically necessary.',
    );
    expect(found.map((i) => [i.originalRequest, i.authorized, i.request])).toEqual([
      [null, null, 'Single positional MRI of the lumbar spine'],
      ['Cyclobenzaprine 7.5mg #90', 'Cyclobenzaprine 7.5mg #63', 'Cyclobenzaprine 7.5mg #27'],
    ]);
    expect(found[0].rationale).toBe(
      'The ACOEM Guidelines state that imaging is not indicated. Given the above, this request is not medically necessary.',
    );
  });

  test('a rationale line ending in `: Upheld` is not an item header (no labels follow it)', () => {
    const found = items(
      '',
      'Tramadol 50mg #60: Upheld',
      ...body(1).slice(0, -1),
      'Decision rationale: The prior review concluded as follows: Upheld',
      'for lack of documented improvement. The request is not medically necessary.',
    );
    expect(found).toHaveLength(1);
  });

  test('a page break between the colon and the outcome word: the header is the text above', () => {
    const found = items(
      '',
      'MRI of the lumbar spine without contrast:',
      '',
      'Overturned',
      ...body(1),
      '',
      'Tramadol 50mg #60:',
      '',
      '',
      'Upheld.',
      ...body(2),
    );
    expect(found.map((i) => [i.request, i.outcome])).toEqual([
      ['MRI of the lumbar spine without contrast', 'OVERTURNED'],
      ['Tramadol 50mg #60', 'UPHELD'],
    ]);
    expect(found[0].rationale).toBe(
      'Rationale 1. Therefore, the request is not medically necessary.',
    );
  });

  test('a page break after a colon inside a header', () => {
    const [, second] = items(
      '',
      'Tramadol 50mg #60: Upheld',
      ...body(1),
      '',
      'Retrospective Cyclobenzaprine 5mg tab #30 DOS:',
      '',
      '11/14/16: Overturned',
      ...body(2),
    );
    expect(second.request).toBe('Retrospective Cyclobenzaprine 5mg tab #30 DOS: 11/14/16');
  });

  test('a page break after a sentence of a partial-authorisation story keeps the whole story', () => {
    const found = items(
      '',
      'Physical therapy two times a week for six weeks (12 sessions) was the original request.',
      '',
      '',
      'Physical therapy 6 sessions was authorized by the Claims Administrator. The remaining',
      'IMR eligible portion of the original request, Physical therapy 6 sessions is: Upheld',
      ...body(1),
      '',
      'Norco 10/325mg #60 was the original request. Norco 10/325mg #25 was authorized by the',
      'Claims Administrator.',
      '',
      'The remaining IMR eligible portion of the original request, Norco 10/325mg #35 is: Upheld',
      ...body(2),
      '',
      'Acupuncture (unspecified quantity) was the original request. The Claims Administrator',
      'authorized Acupuncture, 6 sessions, leaving the original request IMR eligible.',
      '',
      'The original request, Acupuncture (unspecified quantity) is: Overturned',
      ...body(3),
    );
    expect(found.map((i) => [i.originalRequest, i.authorized, i.request])).toEqual([
      [
        'Physical therapy two times a week for six weeks (12 sessions)',
        'Physical therapy 6 sessions',
        'Physical therapy 6 sessions',
      ],
      ['Norco 10/325mg #60', 'Norco 10/325mg #25', 'Norco 10/325mg #35'],
      [
        'Acupuncture (unspecified quantity)',
        'Acupuncture, 6 sessions',
        'Acupuncture (unspecified quantity)',
      ],
    ]);
    expect(found.map((i) => i.rationale)).toEqual([1, 2, 3].map((n) => body(n)[6].slice(20)));
  });

  test('a page break anywhere inside a story, even after a bracket, keeps the whole story', () => {
    const found = items(
      '',
      'Tramadol 50mg #60: Upheld',
      ...body(1),
      '',
      'Physical therapy 2 times a week for 6 weeks (12 sessions) to the right elbow was the',
      'original request. The Claims Administrator authorized 2 sessions of occupational',
      'therapy, leaving the original request IMR eligible. The original request, physical',
      'therapy 2 times a week for 6 weeks (12 sessions)',
      '',
      '',
      'to the right elbow is: Upheld',
      ...body(2),
    );
    expect(found[1]).toMatchObject({
      originalRequest:
        'Physical therapy 2 times a week for 6 weeks (12 sessions) to the right elbow',
      authorized: '2 sessions of occupational therapy',
      request: 'physical therapy 2 times a week for 6 weeks (12 sessions) to the right elbow',
    });
    expect(found[0].rationale).toBe(body(1)[6].slice(20));
  });

  test('a header cut after a bracket goes on in lowercase below the page break', () => {
    const found = items(
      '',
      'Tramadol 50mg #60: Upheld',
      ...body(1),
      '',
      'Spinal traction therapy (home unit)',
      '',
      'times 12 was the original request. Spinal traction therapy (home unit) times 6 was',
      'authorized by the Claims Administrator. The remaining IMR eligible portion of the',
      'original request, Spinal traction therapy (home unit) times 6 is: Upheld',
      ...body(2),
    );
    expect(found[1]).toMatchObject({
      originalRequest: 'Spinal traction therapy (home unit) times 12',
      request: 'Spinal traction therapy (home unit) times 6',
    });
    expect(found[0].rationale).toBe(body(1)[6].slice(20));
  });

  test('a header cut after a dose abbreviation goes on with `#` below the page break', () => {
    const found = items(
      '',
      'Tramadol 50mg #60: Upheld',
      ...body(1),
      '',
      'Tramadol ER 150mg 1 tab p.o. q.d.',
      '',
      '#30: Overturned',
      ...body(2),
    );
    expect(found.map((i) => [i.request, i.outcome])).toEqual([
      ['Tramadol 50mg #60', 'UPHELD'],
      ['Tramadol ER 150mg 1 tab p.o. q.d. #30', 'OVERTURNED'],
    ]);
    expect(found[0].rationale).toBe(body(1)[6].slice(20));
  });

  test('a rationale ending in a bracket is no header, even before a lowercase one', () => {
    const found = items(
      '',
      'Tramadol 50mg #60: Upheld',
      ...body(1).slice(0, -1),
      'Decision rationale: Not recommended. The request is not medically necessary (MTUS 2009)',
      '',
      'x-ray of the lumbar spine: Upheld',
      ...body(2),
    );
    expect(found.map((i) => i.request)).toEqual(['Tramadol 50mg #60', 'x-ray of the lumbar spine']);
    expect(found[0].rationale).toBe(
      'Not recommended. The request is not medically necessary (MTUS 2009)',
    );
  });

  test('a lead-in wrapped over two lines is not part of the first request', () => {
    const found = splitItems(
      cleanLines(
        [
          'The Final Determination was based on decisions for the disputed items/services set',
          'forth below:',
          '',
          'Norflex 100mg #60: Upheld',
          ...body(1),
        ].join('\n'),
      ),
    );
    expect(found.map((i) => i.request)).toEqual(['Norflex 100mg #60']);
  });

  test('numbered items: the number is not part of the request', () => {
    const found = items(
      '',
      '1. MRI of the lumbar spine: Upheld',
      ...body(1),
      '',
      '2) Norco 10/325mg #60 was the original request. Norco 10/325mg #25 was authorized by the',
      'Claims Administrator. The remaining IMR eligible portion of the original request, Norco',
      '10/325mg #35 is: Overturned',
      ...body(2),
    );
    expect(found.map((i) => [i.originalRequest, i.request, i.outcome])).toEqual([
      [null, 'MRI of the lumbar spine', 'UPHELD'],
      ['Norco 10/325mg #60', 'Norco 10/325mg #35', 'OVERTURNED'],
    ]);
  });

  test('a number that is a count, or that does not count the items, stays in the request', () => {
    const found = items(
      '',
      '(12) sessions of physical therapy for the lumbar spine: Upheld',
      ...body(1),
      '',
      '2) Lidoderm patches: Overturned',
      ...body(2),
    );
    expect(found.map((i) => i.request)).toEqual([
      '(12) sessions of physical therapy for the lumbar spine',
      '2) Lidoderm patches',
    ]);
  });

  test('a lead-in wrapped over several lines with blank lines between them (seed layout)', () => {
    const found = splitItems(
      cleanLines(
        [
          'The Final Determination was based on decisions for the disputed',
          '',
          'items/services set forth',
          '',
          'below:',
          '',
          'MRI of the right shoulder without contrast: Upheld',
          ...body(1),
        ].join('\n'),
      ),
    );
    expect(found.map((i) => i.request)).toEqual(['MRI of the right shoulder without contrast']);
  });

  test('a rationale ending in a bracket without conclusion words keeps its last paragraph', () => {
    const found = items(
      '',
      'Tramadol 50mg #60: Upheld',
      ...body(1).slice(0, -1),
      'Decision rationale: There are no red flags documented in this case.',
      'Therefore the request is not recommended (ODG, Low Back Chapter)',
      '',
      'x-ray of the lumbar spine: Upheld',
      ...body(2),
    );
    expect(found.map((i) => i.request)).toEqual(['Tramadol 50mg #60', 'x-ray of the lumbar spine']);
    expect(found[0].rationale).toBe(
      'There are no red flags documented in this case. Therefore the request is not recommended (ODG, Low Back Chapter)',
    );
  });

  test('an item without one of its paragraphs is kept, with a warning', () => {
    const [item] = items('', 'Tramadol 50mg #60: Upheld', '', 'Decision rationale: Not necessary.');
    expect(item.claimsAdministrator).toBeNull();
    expect(item.warnings).toEqual([
      'item without a Claims Administrator guideline',
      'item without a MAXIMUS guideline',
    ]);
  });
});

describe('readPartialAuthorisation: the three parts of a partial authorisation', () => {
  test('`X was the original request. Y was authorized by the Claims Administrator. The remaining ... Z is`', () => {
    expect(
      readPartialAuthorisation(
        'Norco 10/325mg #60 was the original request. Norco 10/325mg #25 was authorized by the Claims Administrator. The remaining IMR eligible portion of the original request, Norco 10/325mg #35 is',
      ),
    ).toEqual({
      originalRequest: 'Norco 10/325mg #60',
      authorized: 'Norco 10/325mg #25',
      request: 'Norco 10/325mg #35',
    });
  });

  test('the same story without the closing `is`', () => {
    expect(
      readPartialAuthorisation(
        'Baclofen 100mg #30 was the original request. Baclofen 100mg #27 was authorized by the Claims Administrator. The remaining IMR eligible portion of the original request, Baclofen 100mg #3',
      ),
    ).toEqual({
      originalRequest: 'Baclofen 100mg #30',
      authorized: 'Baclofen 100mg #27',
      request: 'Baclofen 100mg #3',
    });
  });

  test('`... portion of the original request is Z`', () => {
    expect(
      readPartialAuthorisation(
        'Baclofen 100mg #30 was the original request. Baclofen 100mg #27 was authorized by the Claims Administrator. The remaining IMR eligible portion of the original request is Baclofen 100mg #3',
      ).request,
    ).toBe('Baclofen 100mg #3');
  });

  test('`The Claims Administrator authorized Y, leaving the original request IMR eligible. The original request, X is`', () => {
    expect(
      readPartialAuthorisation(
        'Physical therapy 2 times a week for 6 weeks (12 sessions) to the right elbow was the original request. The Claims Administrator authorized 2 sessions of occupational therapy, leaving the original request IMR eligible. The original request, physical therapy 2 times a week for 6 weeks (12 sessions) to the right elbow is',
      ),
    ).toEqual({
      originalRequest:
        'Physical therapy 2 times a week for 6 weeks (12 sessions) to the right elbow',
      authorized: '2 sessions of occupational therapy',
      request: 'physical therapy 2 times a week for 6 weeks (12 sessions) to the right elbow',
    });
  });

  test('an ordinary header is the request itself', () => {
    expect(readPartialAuthorisation('MRI of the lumbar spine')).toEqual({
      request: 'MRI of the lumbar spine',
      originalRequest: null,
      authorized: null,
    });
  });
});

describe('items through parseLetterText', () => {
  test('ordinals, case outcome and request details of a partial authorisation', () => {
    const letter = parseLetterText(
      letterText({
        items: [
          ['MRI of the right shoulder without contrast: Overturned', ...body(1)],
          [
            'Physical therapy to the low back eight sessions was the original request. Physical therapy to',
            'the low back six sessions was authorized by the Claims Administrator. The remaining IMR',
            'eligible portion of the original request, Physical therapy two sessions is: Upheld',
            ...body(2),
          ],
        ],
      }),
      { file: 'letter.txt', sha256: '0', format: 'text' },
    );
    expect(letter.outcome).toBe('PARTIALLY_OVERTURNED');
    expect(letter.decisions.map((d) => d.ordinal)).toEqual([1, 2]);
    expect(letter.decisions[1]).toMatchObject({
      request: 'Physical therapy two sessions',
      originalRequest: 'Physical therapy to the low back eight sessions',
      authorized: 'Physical therapy to the low back six sessions',
      service: { name: 'Physical therapy', category: 'Rehabilitation' },
      // The disputed portion's count, the original request's body region.
      details: { sessions: 2, bodyRegions: ['lumbar spine'] },
    });
  });

  test('a retrospective original request makes the disputed portion retrospective too', () => {
    const letter = parseLetterText(
      letterText({
        items: [
          [
            'Retrospective: Open reduction internal fixation on left distal radius fracture with open',
            'carpal tunnel release DOS 12/13/2016 was the original request. Open reduction internal',
            'fixation on left distal radius fracture was authorized by the Claims Administrator. The',
            'remaining IMR eligible portion of the original request, with open carpal tunnel release is:',
            'Overturned',
            ...body(1),
          ],
        ],
      }),
      { file: 'letter.txt', sha256: '0', format: 'text' },
    );
    expect(letter.decisions[0]).toMatchObject({
      request: 'with open carpal tunnel release',
      service: { name: 'Carpal tunnel release', category: 'Surgery' },
      details: { retrospective: true, dateOfService: '2016-12-13', laterality: 'left' },
    });
  });

  test('a disputed portion that names only a count takes its service from the original', () => {
    const letter = parseLetterText(
      letterText({
        items: [
          [
            'Physical therapy for the right knee, 12 sessions was the original request. Physical therapy',
            'for the right knee, 6 sessions was authorized by the Claims Administrator. The remaining IMR',
            'eligible portion of the original request, 6 sessions is: Upheld',
            ...body(1),
          ],
        ],
      }),
      { file: 'letter.txt', sha256: '0', format: 'text' },
    );
    expect(letter.warnings).toEqual([]);
    expect(letter.decisions[0]).toMatchObject({
      request: '6 sessions',
      service: { name: 'Physical therapy', category: 'Rehabilitation' },
      details: { sessions: 6, bodyRegions: ['knee'], laterality: 'right' },
    });
  });

  test("a test that follows from the letter's surgery is a pre-operative adjunct service", () => {
    const ancillary = [
      '',
      'Claims Administrator guideline: The Claims Administrator did not cite any medical evidence',
      'for its decision.',
      '',
      'MAXIMUS guideline: The Expert Reviewer did not cite any medical evidence for its decision.',
      '',
      'Decision rationale: As the requested surgical intervention is not medically necessary per the',
      'documentation, the requested ancillary service is not medically necessary.',
    ];
    const letter = parseLetterText(
      letterText({
        items: [
          ['Right shoulder arthroscopy with rotator cuff repair: Upheld', ...body(1)],
          ['Labs to include: EKG: Upheld', ...ancillary],
          ['Post-op physical therapy 2 times a week for 4 weeks: Upheld', ...ancillary],
        ],
      }),
      { file: 'letter.txt', sha256: '0', format: 'text' },
    );
    expect(letter.decisions.map((d) => [d.dependsOn, d.service.name, d.service.category])).toEqual([
      [null, 'Shoulder arthroscopy', 'Surgery'],
      [1, 'Pre-operative EKG', 'Surgery'],
      [1, 'Physical therapy', 'Rehabilitation'],
    ]);
  });
});
