/**
 * The readers' alternatives, one row each: every separator, label form and format the
 * request-detail, header and reason-quantity patterns accept (and the near misses they must
 * not), read through the public readers. Written out from the regexes' alternatives and
 * reviewed; a separator dropped from a pattern, or a bound moved by one, changes a row.
 */
import { findQuantities } from '../../loaders/extract/reason-quantities';
import { splitSentences } from '../../loaders/extract/clauses';
import { extractRequestDetails } from '../../loaders/extract/request-details';
import { parseCredentials } from '../../loaders/parse/credentials';
import { parseHeader } from '../../loaders/parse/header';

/** LEVEL_PATTERN: `-`, `–`, `—`, `/`, `to`, `through`, `thru`, a space inside (`L 5`), the second letter left out (`L4-5`), `L5-1` (the next region), CONTINUED_RANGE (`, 6-7`, `and`, `&`, `, and`), a range over more than 8 segments kept whole, C8 and L6 kept, single vertebrae only in a spinal context. [request, spinalLevels, bodyRegions]. */
const LEVELS: readonly (readonly [string, unknown, unknown])[] = [
  ['ESI L4-5', ['L4-L5'], ['lumbar spine']],
  ['ESI L4-L5', ['L4-L5'], ['lumbar spine']],
  ['ESI L4–L5', ['L4-L5'], ['lumbar spine']],
  ['ESI L4—L5', ['L4-L5'], ['lumbar spine']],
  ['ESI L5/S1', ['L5-S1'], ['lumbar spine']],
  ['ESI L3 to S1', ['L3-L4', 'L4-L5', 'L5-S1'], ['lumbar spine']],
  ['ESI L3 through L5', ['L3-L4', 'L4-L5'], ['lumbar spine']],
  ['ESI L3 thru L5', ['L3-L4', 'L4-L5'], ['lumbar spine']],
  ['ACDF C5-6, 6-7', ['C5-C6', 'C6-C7'], ['cervical spine']],
  ['ACDF C5-6 and 6-7', ['C5-C6', 'C6-C7'], ['cervical spine']],
  ['ACDF C5-6 & 6-7', ['C5-C6', 'C6-C7'], ['cervical spine']],
  ['ACDF C5-6, and 6-7', ['C5-C6', 'C6-C7'], ['cervical spine']],
  ['Fusion L5-1', ['L5-S1'], ['lumbar spine']],
  ['Fusion C7-1', ['C7-T1'], ['cervical spine', 'thoracic spine']],
  ['Fusion T12-1', ['T12-L1'], ['thoracic spine', 'lumbar spine']],
  ['ESI L 5-S 1', ['L5-S1'], ['lumbar spine']],
  ['Lab T3, T4', [], []],
  ['Facet block L5', ['L5'], ['lumbar spine']],
  ['Fusion L1-S1', ['L1-L2', 'L2-L3', 'L3-L4', 'L4-L5', 'L5-S1'], ['lumbar spine']],
  ['Fusion C2-L5', ['C2-L5'], ['cervical spine', 'lumbar spine']],
  ['Root block C8', ['C8'], ['cervical spine']],
  ['Fusion L6-S1', ['L6-S1'], ['lumbar spine']],
  ['ESI L4-5 10%', ['L4-L5'], ['lumbar spine']],
];

/** STRENGTH: every unit (mg, mgs, mcg, µg, meq, iu, %, percent with and without a space), amounts with a thousands comma and decimals, chains joined by `-` or `/`, every per-unit (ml, g, hr, spray, with an amount); UNITLESS_COMBINATION (`10/325`). [request, strength]. */
const STRENGTHS: readonly (readonly [string, unknown])[] = [
  ['Norco 10/325mg', '10/325mg'],
  ['Cyclobenzaprine 7.5 mg', '7.5mg'],
  ['Lidocaine 1.3%', '1.3%'],
  ['Compound 4%-27.5%-0.0325%', '4%-27.5%-0.0325%'],
  ['Drug 75-0.2mg', '75-0.2mg'],
  ['Ketorolac 25mg/ml', '25mg/ml'],
  ['Cream 1percent', '1%'],
  ['Cream 1 percent', '1%'],
  ['Drug 50mgs', '50mg'],
  ['Vit D 50,000 IU', '50000iu'],
  ['B12 1000 mcg', '1000mcg'],
  ['B12 1000µg', '1000mcg'],
  ['Drug 10 meq', '10meq'],
  ['Fentanyl 25mcg/hr', '25mcg/hr'],
  ['Spray 5mg/spray', '5mg/spray'],
  ['Norco 10/325', '10/325'],
  ['Gel 1% /g', '1%/g'],
  ['Drug 10mg/5ml', '10mg/5ml'],
  // A unitless pair's second number is 100-1000; several strengths in the order written.
  ['Norco 7.5/325', '7.5/325'],
  ['Norco 10/99', null],
  ['Norco 10/100', '10/100'],
  ['Norco 10/1000', '10/1000'],
  ['Norco 10/1001', null],
  ['Norco 10/325 and Soma 350mg', '10/325, 350mg'],
  ['Soma 350mg and Norco 10/325', '350mg, 10/325'],
  ['B12 1000 µg', '1000mcg'],
  ['Drug 50 mgs', '50mg'],
  ['Tramadol/APAP 37.5/325', '37.5/325'],
  ['Drug 12.25/500', '12.25/500'],
];

/** `DOS`, `D.O.S.`, `date(s) of service`, `service date`, `retro`, `retrospective(ly)`; lowercase `dos` is a word, not the abbreviation. [request, retrospective, dateOfService]. */
const DATES_OF_SERVICE: readonly (readonly [string, unknown, unknown])[] = [
  ['Retrospective Famotidine 20mg #60, per 12/07/2016 order', true, '2016-12-07'],
  ['Toradol DOS: 11/14/16', true, '2016-11-14'],
  ['Toradol (DOS 3/6/2015)', true, '2015-03-06'],
  ['Toradol D.O.S. 3/6/2015', true, '2015-03-06'],
  ['Toradol date of service 3/6/15', true, '2015-03-06'],
  ['Toradol Date(s) of Service: 3/6/15', true, '2015-03-06'],
  ['Toradol service date 3/6/15', true, '2015-03-06'],
  ['Toradol dates of service 3/6/15', true, '2015-03-06'],
  ['Retro Toradol 3/6/15', true, '2015-03-06'],
  ['Retrospectively Toradol on 3/6/15', true, '2015-03-06'],
  ['Toradol dos 3/6/15', false, null],
  ['Toradol 3/6/15', false, null],
  // Spaces inside the words; a retrospective request without a date; the date must follow
  // the anchor within 12 characters, else a retrospective request takes its first date.
  ['Toradol date  of  service 3/6/15', true, '2015-03-06'],
  ['Toradol service  date 3/6/15', true, '2015-03-06'],
  ['Retro Toradol', true, null],
  ['Toradol 3/6/15 DOS 4/6/15', true, '2015-04-06'],
  ['Toradol 3/6/15 DOS: see note from 4/6/15', true, '2015-03-06'],
  // The window starts at the anchor's end: a date 12 characters after it is the date of
  // service, 13 is too far; an earlier date is never it. `retro` inside a word is not retro.
  ['Toradol 1/2/15 DOS ordered on 3/6/15', true, '2015-03-06'],
  ['Toradol 1/2/15 DOS ordered on: 3/6/15', true, '2015-01-02'],
  ['Toradol 3/6/15 date of service 4/6/15', true, '2015-04-06'],
  ['Retrograde pyelogram 3/6/15', false, null],
];

/** A therapy (kind 'therapy'): TIMES_BY_WEEKS (`2x4`, `2 x 6 weeks`, `(3x4)`, `×`, `wk`), PER_WEEK (`times a week`, `x/week`, `weekly`, `per`, `each`, `every`, ranges with `-`, `to`, `or`, adverbs), WEEKS, SESSIONS_BEFORE_WORD, SESSIONS_AFTER_WORD (`, 12`, `x 12`), TIMES_COUNT (`x6`, `times 12`, `x three`), number words. [request, sessions, perWeek, weeks, quantity]. */
const THERAPY_COURSES: readonly (readonly [string, unknown, unknown, unknown, unknown])[] = [
  ['Physical therapy 2x4', 8, 2, 4, null],
  ['Physical therapy 2 x 6 weeks', 12, 2, 6, null],
  ['Physical therapy (3x4)', 12, 3, 4, null],
  ['Physical therapy 2×4', 8, 2, 4, null],
  ['Physical therapy 2 times a week for 6 weeks', 12, 2, 6, null],
  ['Physical therapy 2x/week', null, 2, null, null],
  ['Physical therapy twice weekly', null, 2, null, null],
  ['Physical therapy 1 to 2 times per week', null, 2, null, null],
  ['Physical therapy 5 days per week', null, 5, null, null],
  ['Physical therapy 2-3 times a week for 4-6 weeks', 18, 3, 6, null],
  ['Physical therapy 3 visits per week', null, 3, null, null],
  ['Physical therapy once a week', null, 1, null, null],
  ['Physical therapy thrice weekly', null, 3, null, null],
  ['Physical therapy times six weeks', null, null, 6, null],
  ['Physical therapy six-week', null, null, 6, null],
  ['Physical therapy 12 visits', 12, null, null, null],
  ['Eight (8) physical therapy sessions', 8, null, null, null],
  ['Six sessions of acupuncture', 6, null, null, null],
  ['Acupuncture (12) sessions', 12, null, null, null],
  ['Physical therapy sessions, 12', 12, null, null, null],
  ['Physical therapy visits x 12', 12, null, null, null],
  ['Physical therapy x6', 6, null, null, null],
  ['Physical therapy times 12', 12, null, null, null],
  ['Physical therapy x three', 3, null, null, null],
  ['Physical therapy 2 wks', null, null, 2, null],
  ['Physical therapy 3 x 4 wk', 12, 3, 4, null],
  ['Physical therapy twenty-four visits', 24, null, null, null],
  ['Physical therapy 2 times each week', null, 2, null, null],
  ['Physical therapy 2 sessions every week', null, 2, null, null],
];

/** A drug (kind 'drug'): HASH_COUNT (not a weight), QUANTITY (`Qty:`, `qty`, `quantity of`, `Quantity: #`), UNIT_COUNT (every unit word; not a dose), TIMES_COUNT (not refills), no trailing count (a strength without its unit). [request, sessions, perWeek, weeks, quantity]. */
const DRUG_COUNTS: readonly (readonly [string, unknown, unknown, unknown, unknown])[] = [
  ['Norco #60', null, null, null, 60],
  ['Norco # 60', null, null, null, 60],
  ['Norco #60 grams', null, null, null, null],
  ['Norco Qty: 90', null, null, null, 90],
  ['Norco qty 90', null, null, null, 90],
  ['Norco quantity of 90', null, null, null, 90],
  ['Norco Quantity: #90', null, null, null, 90],
  ['Norco 120 tablets', null, null, null, 120],
  ['Norco 120 tabs', null, null, null, 120],
  ['Lidoderm 30 patches', null, null, null, 30],
  ['Cream 1 tube', null, null, null, 1],
  ['Cream One container', null, null, null, 1],
  ['Norco 1-2 tabs orally', null, null, null, null],
  ['Norco 2 tabs daily', null, null, null, null],
  ['Norco x 2 refills', null, null, null, null],
  ['Norco x2', null, null, null, 2],
  ['Tramadol ER, 150', null, null, null, null],
  ['Norco 30 count', null, null, null, 30],
  ['Norco 30 ct', null, null, null, 30],
  ['Norco 2 bottles', null, null, null, 2],
];

/** Neither (kind decided by the text): `#2`, TRAILING_COUNT (`, 2`), OPENING_COUNT (`One (1)`, `2 (two)`), OPENING_BARE_COUNT (`1`, `One`), NOT_COUNTED (month, panel, phase, wheeled, in, degree), a visit word before `x 6`, a device's `x 2`, `x 30 days`. [request, sessions, perWeek, weeks, quantity]. */
const OTHER_COUNTS: readonly (readonly [string, unknown, unknown, unknown, unknown])[] = [
  ['Wrist braces #2', null, null, null, 2],
  ['NCV of the bilateral lower extremities, 2', null, null, null, 2],
  ['One (1) x-ray of the lumbar spine', null, null, null, 1],
  ['2 (two) MRIs', null, null, null, 2],
  ['1 knee scooter', null, null, null, 1],
  ['One platelet-rich plasma injection', null, null, null, 1],
  ['Two (2) month rental', null, null, null, null],
  ['3 month gym membership', null, null, null, null],
  ['12 panel urine drug screen', null, null, null, null],
  ['3 phase bone scan', null, null, null, null],
  ['Three phase bone scan', null, null, null, null],
  ['4 wheeled walker', null, null, null, null],
  ['3 in 1 commode', null, null, null, null],
  ['360 degree fusion', null, null, null, null],
  ['Massage visits x 6', 6, null, null, null],
  ['TENS unit x 2', null, null, null, 2],
  ['TENS unit rental x 30 days', null, null, null, null],
];

/** SIDE_ABBREVIATION_BEFORE (`R`, `Lt.`, `(L)`, `RT`, `rt`), SIDE_WORD (`bilateral(ly)`, `bilat`, `b/l`, both sides named), BOTH (`both`, `both the`, `both sides`), abbreviations with a side, two-region phrases, a space as a hyphen or nothing (`C-spine`, `cspine`), phrases that name no region. [request, bodyRegions, laterality]. */
const SIDES: readonly (readonly [string, unknown, unknown])[] = [
  ['MRI R knee', ['knee'], 'right'],
  ['MRI Lt. shoulder', ['shoulder'], 'left'],
  ['MRI (L) wrist', ['wrist'], 'left'],
  ['MRI RT knee', ['knee'], 'right'],
  ['MRI rt knee', ['knee'], 'right'],
  ['MRI left and right knee', ['knee'], 'bilateral'],
  ['MRI left hip and right knee', ['hip', 'knee'], 'bilateral'],
  ['MRI both knees', ['knee'], 'bilateral'],
  ['MRI both the knees', ['knee'], 'bilateral'],
  ['MRI both sides', [], 'bilateral'],
  ['MRI bilaterally knees', ['knee'], 'bilateral'],
  ['MRI bilat knees', ['knee'], 'bilateral'],
  ['MRI b/l knees', ['knee'], 'bilateral'],
  ['EMG BUE', ['upper extremity'], 'bilateral'],
  ['EMG RLE', ['lower extremity'], 'right'],
  ['MRI thoracolumbar spine', ['thoracic spine', 'lumbar spine'], null],
  ['MRI C-spine', ['cervical spine'], null],
  ['MRI cspine', ['cervical spine'], null],
  ['Knee scooter', [], null],
  ['Follow up with spine surgeon', [], null],
  ['Hand-held shower', [], null],
];

/** REQUESTED and RECOMMENDED, alternative by alternative: [rationale, requested, recommended]. */
const QUANTITIES: readonly (readonly [string, number | null, number | null])[] = [
  ['The request for 12 sessions exceeds the 10 recommended.', 12, 10],
  ['The request is for 12 sessions, which exceeds the 10 recommended.', 12, 10],
  ['The request for an initial 12 sessions exceeds the 10 recommended.', 12, 10],
  ['The request for a total of 12 visits exceeds the 10 recommended.', 12, 10],
  ['The request for the 12 treatments exceeds the 10 recommended.', 12, 10],
  ['The requested 12 visits exceed the 10 recommended.', 12, 10],
  ['The request for 12 physical therapy sessions exceeds the 10 recommended.', 12, 10],
  ['The request for 12 initial sessions exceeds the 10 recommended.', 12, 10],
  ['Twelve sessions were requested, which exceeds the 10 recommended.', 12, 10],
  ['12 sessions were requested; guidelines recommend 10 visits.', 12, 10],
  ['12 sessions is requested; guidelines recommend 10 visits.', 12, 10],
  ['12 sessions exceed the guideline of 10 visits.', 12, 10],
  ['12 sessions of therapy exceeds the 10 recommended.', 12, 10],
  ['12-session course exceeds the 10 recommended.', 12, 10],
  ['The 12 visits, as requested, exceed the 10 recommended.', 12, 10],
  ['12 sessions represents treatment in excess of the 10 recommended.', 12, 10],
  ['The request for 12 sessions exceeds guidelines. Guidelines recommend 3 to 6 visits.', 12, 6],
  ['The request for 12 sessions exceeds guidelines. Guidelines recommend 3-6 visits.', 12, 6],
  ['The request for 12 sessions exceeds guidelines. Guidelines recommend 3 – 6 visits.', 12, 6],
  ['The request for 12 sessions exceeds guidelines. Guidelines recommend 3 -6 visits.', 12, 6],
  ['The request for 12 sessions exceeds guidelines. Guidelines recommend a 6-visit trial.', 12, 6],
  ['The request for 12 sessions exceeds guidelines; 6 are supported.', 12, 6],
  ['The request for 12 sessions exceeds guidelines; 6 is allowed.', 12, 6],
  ['The request for 12 sessions exceeds guidelines; 6 are authorized.', 12, 6],
  ['The request for 12 sessions exceeds guidelines; 6 are authorised.', 12, 6],
  ['The request for 12 sessions exceeds guidelines; 6 recommended.', 12, 6],
  [
    'The request for 12 sessions exceeds the 12 sessions and 10 visits the guidelines recommend.',
    12,
    10,
  ],
  [
    'The request for 12 sessions exceeds the guideline. Some other sentence. Guidelines recommend 6 visits.',
    null,
    null,
  ],
  ['The request for 12 sessions exceeds it. Nothing of the kind here, 6 visits.', null, null],
  ['The request for twenty-four sessions exceeds guidelines of 6 visits.', 24, 6],
  ['The request for fifteen visits exceeds guidelines of 6 visits.', 15, 6],
  ['The request for 12 sessions exceeds guidelines of 6 weeks.', null, null],
  ['The request for #60 tablets exceeds guidelines of 30 tablets.', null, null],
  [
    'The request for 12 sessions exceeds guidelines. Guidelines recommend 10 physical therapy visits.',
    12,
    10,
  ],
  // Longer number words first: `twenty-four` is not `twenty` and a word before `visits`.
  ['The request for 30 sessions exceeds the twenty-four visits recommended.', 30, 24],
  ['The request for 30 sessions exceeds guidelines of eighteen visits.', 30, 18],
  // The guideline voice may be only `authorized` / `authorised`.
  ['The request for 12 sessions is more than the 6 authorized.', 12, 6],
  ['The request for 12 sessions is more than the 6 authorised.', 12, 6],
  // A count before the request is not the one set against it; a zero is no guideline count.
  ['Guidelines recommend 6 visits, but the request for 12 sessions exceeds this.', null, null],
  ['The request for 12 sessions exceeds guidelines; 0 are supported, 6 are recommended.', 12, 6],
];

/** Every label with and without its colon, case-number shapes at and past their bounds, both date separators, two- and four-digit years, impossible days, priority in any case: [header text, the one field it fills, value]. */
const HEADER_FIELDS: readonly (readonly [string, string, string | null])[] = [
  ['Case Number CM16-0213037', 'caseNumber', 'CM16-0213037'],
  ['Case Number: CM16-0213037', 'caseNumber', 'CM16-0213037'],
  ['Case  Number :  cm16-0213037', 'caseNumber', 'CM16-0213037'],
  ['Case Number: SYN-0000001', 'caseNumber', 'SYN-0000001'],
  ['Case Number: CM1-12345', 'caseNumber', 'CM1-12345'],
  ['Case Number: ABCD12-12345678', 'caseNumber', 'ABCD12-12345678'],
  ['Case Number: CM16-1234', 'caseNumber', null],
  ['Case Number: CM16-123456789', 'caseNumber', null],
  ['Case Number: C-12345', 'caseNumber', null],
  ['Case Number: CM123-12345', 'caseNumber', null],
  ['Date Assigned 11/09/2016', 'assigned', '2016-11-09'],
  ['Date Assigned: 11-09-2016', 'assigned', '2016-11-09'],
  ['Date Assigned: 11/9/16', 'assigned', '2016-11-09'],
  ['Date Assigned: 1/9/2016', 'assigned', '2016-01-09'],
  ['Date Assigned: 02/30/2016', 'assigned', null],
  ['Date Assigned: 02/29/2016', 'assigned', '2016-02-29'],
  ['Date Assigned: 02/29/2015', 'assigned', null],
  ['Date Assigned: 04/31/2016', 'assigned', null],
  ['Date Assigned: 13/01/2016', 'assigned', null],
  ['Date Assigned: 11/09/20161', 'assigned', null],
  ['Decision Date 12/09/2016', 'decision', '2016-12-09'],
  ['Priority Standard', 'priority', 'Standard'],
  ['Priority: EXPEDITED', 'priority', 'Expedited'],
  ['Priority: expedited', 'priority', 'Expedited'],
  ['Date of Injury 10/13/2016', 'injury', '2016-10-13'],
  ['UR Denial Date 11/03/2016', 'urDenial', '2016-11-03'],
  ['Application 11/04/2016', 'applicationReceived', '2016-11-04'],
  ['Application Received 11/04/2016', 'applicationReceived', '2016-11-04'],
  ['Application Received: 11/04/2016', 'applicationReceived', '2016-11-04'],
  ['Application: 11/04/2016\nReceived:', 'applicationReceived', '2016-11-04'],
];

const details = (request: string, kind?: 'drug' | 'therapy') =>
  extractRequestDetails(request, kind === undefined ? {} : { kind });

describe('request details', () => {
  test.each(LEVELS)('%s: levels %j, regions %j', (request, spinalLevels, bodyRegions) => {
    expect(details(request)).toMatchObject({ spinalLevels, bodyRegions });
  });

  test.each(STRENGTHS)('%s: strength %j', (request, strength) => {
    expect(details(request).strength).toBe(strength);
  });

  test.each(DATES_OF_SERVICE)('%s: retrospective %j, date of service %j', (request, r, d) => {
    expect(details(request)).toMatchObject({ retrospective: r, dateOfService: d });
  });

  const course = (sessions: unknown, perWeek: unknown, weeks: unknown, quantity: unknown) => ({
    sessions,
    perWeek,
    weeks,
    quantity,
  });

  test.each(THERAPY_COURSES)(
    'therapy %s: %j sessions, %j a week, %j weeks, quantity %j',
    (request, ...c) => {
      expect(details(request, 'therapy')).toMatchObject(course(...c));
    },
  );

  test.each(DRUG_COUNTS)(
    'drug %s: %j sessions, %j a week, %j weeks, quantity %j',
    (request, ...c) => {
      expect(details(request, 'drug')).toMatchObject(course(...c));
    },
  );

  test.each(OTHER_COUNTS)('%s: %j sessions, %j a week, %j weeks, quantity %j', (request, ...c) => {
    expect(details(request)).toMatchObject(course(...c));
  });

  test.each(SIDES)('%s: regions %j, side %j', (request, bodyRegions, laterality) => {
    expect(details(request)).toMatchObject({ bodyRegions, laterality });
  });
});

describe('reason quantities', () => {
  test.each(QUANTITIES)('%s → %j requested, %j recommended', (text, requested, recommended) => {
    const sentences = splitSentences(text);
    expect(findQuantities(['EXCEEDS_GUIDELINE_LIMIT'], sentences)).toEqual({
      quantityRequested: requested,
      quantityRecommended: recommended,
    });
  });

  test('counts are read for the limit codes only', () => {
    const sentences = splitSentences('The request for 12 sessions exceeds the 10 recommended.');
    expect(findQuantities(['WITHIN_GUIDELINE_LIMIT'], sentences)).toEqual({
      quantityRequested: 12,
      quantityRecommended: 10,
    });
    expect(findQuantities(['NO_RED_FLAGS', 'EXCEEDS_GUIDELINE_LIMIT'], sentences)).toEqual({
      quantityRequested: 12,
      quantityRecommended: 10,
    });
    expect(findQuantities(['NOT_RECOMMENDED', 'NO_RED_FLAGS'], sentences)).toEqual({
      quantityRequested: null,
      quantityRecommended: null,
    });
  });
});

describe('header fields', () => {
  const NONE = {
    caseNumber: null,
    priority: null,
    dates: {
      assigned: null,
      decision: null,
      injury: null,
      urDenial: null,
      applicationReceived: null,
    },
  };

  test.each(HEADER_FIELDS)('%j: %s is %j', (text, field, value) => {
    const expected =
      field === 'caseNumber' || field === 'priority'
        ? { ...NONE, [field]: value }
        : { ...NONE, dates: { ...NONE.dates, [field]: value } };
    expect(parseHeader(text.split('\n'))).toEqual(expected);
  });
});

/** Credential labels (singular, plural, `(s)`, any case, spaces around `/`, no space after the colon), list separators (`,` with or without a space, `;`, a final `.`, `&` and `and` with and without spaces), names holding `&` or a comma, lines continued until the next label or heading, unknown values kept with a warning, the 2014 prose: [lines, states, specialties, warnings]. */
const CREDENTIALS: readonly (readonly [string[], string[], string[], string[]])[] = [
  [
    ['State of Licensure: California', 'Certification/Specialty: Surgery'],
    ['California'],
    ['Surgery'],
    [],
  ],
  [
    ['States of Licensure: California', 'Certifications/Specialties: Surgery'],
    ['California'],
    ['Surgery'],
    [],
  ],
  [
    ['State(s) of Licensure: California', 'Certification(s)/Specialty: Surgery'],
    ['California'],
    ['Surgery'],
    [],
  ],
  [
    ['STATE(S) OF LICENSURE:California', 'Certification(s) / Specialty:Surgery'],
    ['California'],
    ['Surgery'],
    [],
  ],
  [
    ['State(s) of Licensure: California,North Carolina', 'Certification(s)/Specialty: Surgery'],
    ['California', 'North Carolina'],
    ['Surgery'],
    [],
  ],
  [
    ['State(s) of Licensure: California; Nevada.', 'Certification(s)/Specialty: Surgery'],
    ['California', 'Nevada'],
    ['Surgery'],
    [],
  ],
  [
    ['State(s) of Licensure: California & Nevada', 'Certification(s)/Specialty: Surgery'],
    ['California', 'Nevada'],
    ['Surgery'],
    [],
  ],
  [
    ['State(s) of Licensure: California and Nevada', 'Certification(s)/Specialty: Surgery'],
    ['California', 'Nevada'],
    ['Surgery'],
    [],
  ],
  [
    ['State(s) of Licensure: California&Nevada', 'Certification(s)/Specialty: Surgery'],
    ['California', 'Nevada'],
    ['Surgery'],
    [],
  ],
  [
    [
      'State(s) of Licensure: California',
      'Certification(s)/Specialty: Physical Medicine & Rehabilitation and Pain Medicine',
    ],
    ['California'],
    ['Physical Medicine & Rehabilitation', 'Pain Management'],
    [],
  ],
  [
    [
      'State(s) of Licensure: California',
      'Certification(s)/Specialty: Endocrinology, Diabetes & Metabolism, Surgery',
    ],
    ['California'],
    ['Endocrinology', 'Surgery'],
    [],
  ],
  [
    [
      'State(s) of Licensure: California',
      'Certification(s)/Specialty: Preventive Medicine, Occupational Medicine, Public Health &',
      'General Preventive Medicine',
    ],
    ['California'],
    ['Preventive Medicine', 'Occupational Medicine', 'Public Health & General Preventive Medicine'],
    [],
  ],
  [
    ['State(s) of Licensure: California,', 'Nevada', 'Certification(s)/Specialty: Surgery'],
    ['California', 'Nevada'],
    ['Surgery'],
    [],
  ],
  [
    [
      'State(s) of Licensure: California',
      'Certification(s)/Specialty: Surgery',
      'CLINICAL CASE SUMMARY',
    ],
    ['California'],
    ['Surgery'],
    [],
  ],
  [
    ['State(s) of Licensure: Califronia', 'Certification(s)/Specialty: Orthopedic Surgrey'],
    ['Califronia'],
    ['Orthopedic Surgrey'],
    [
      "unrecognised reviewer state 'Califronia', kept as written",
      "unrecognised reviewer specialty 'Orthopedic Surgrey', kept as written",
    ],
  ],
  [
    ['State(s) of Licensure: Atlantis', 'Certification(s)/Specialty: Surgery'],
    ['Atlantis'],
    ['Surgery'],
    ["unrecognised reviewer state 'Atlantis', kept as written"],
  ],
  [
    [
      'The expert reviewer is Board Certified in Internal Medicine, has a subspecialty in Pulmonary Disease and is licensed to practice in California & Nevada.',
    ],
    ['California', 'Nevada'],
    ['Internal Medicine', 'Pulmonary Disease'],
    [],
  ],
  [
    [
      'The expert reviewer is Board Certified in Physical Medicine and Rehabilitation and is licensed to practice in Texas.',
    ],
    ['Texas'],
    ['Physical Medicine & Rehabilitation'],
    [],
  ],
  [['The reviewer is somebody.'], [], [], ['reviewer credentials not understood']],
];

describe('reviewer credentials', () => {
  test.each(CREDENTIALS)('%j', (lines, licensedStates, specialties, warnings) => {
    expect(parseCredentials(lines)).toEqual({ licensedStates, specialties, warnings });
  });
});
