/**
 * Reason extraction (loaders/extract/reasons.ts) rule by rule, in the letters' shapes: for
 * each code a sentence that states the ground and one that negates it or stands on the
 * border, the direction rule, the labelling rules on boilerplate, background and general
 * codes, and the offsets of every reason into its rationale.
 */
import { extractReasons } from '../../loaders/extract/reasons';
import type { Outcome, ReasonCode } from '../../loaders/determination';
import { REASONS } from '../../loaders/vocab/reasons';

const GUIDELINE =
  'The MTUS guidelines state that treatment may be indicated in patients with findings.';
const CONCLUSION = 'Therefore, the request is not medically necessary.';
const OVERTURNED_CONCLUSION = 'Therefore, the request is medically necessary.';

function rationale(ground: string, outcome: Outcome = 'UPHELD'): string {
  return `${GUIDELINE} ${ground} ${outcome === 'UPHELD' ? CONCLUSION : OVERTURNED_CONCLUSION}`;
}

function codesOf(text: string, outcome: Outcome = 'UPHELD'): ReasonCode[] {
  return extractReasons(text, outcome).reasons.map((r) => r.code);
}

interface RuleCase {
  code: ReasonCode;
  outcome: Outcome;
  /** A ground sentence stating the reason. */
  states: string;
  /** A sentence that negates it or stands on the border: not this code. */
  not: string;
}

const CASES: RuleCase[] = [
  {
    code: 'NO_FUNCTIONAL_IMPROVEMENT',
    outcome: 'UPHELD',
    states:
      'In this case, there is no documentation of objective functional improvement with the prior 12 sessions.',
    not: 'In this case, the patient reported objective functional improvement with the prior sessions.',
  },
  {
    code: 'EXCEEDS_GUIDELINE_LIMIT',
    outcome: 'UPHELD',
    states: 'The request for an initial 12 sessions exceeds the recommended 6 visits.',
    not: 'The request for 6 sessions does not exceed the recommended 6 visits.',
  },
  {
    code: 'NOT_RECOMMENDED',
    outcome: 'UPHELD',
    states: 'Given that the requested service is an ointment, its usage is not supported.',
    not: 'In this case, the patient has used the ointment since 2016.',
  },
  {
    code: 'NO_FAILED_CONSERVATIVE_CARE',
    outcome: 'UPHELD',
    states:
      'There was no evidence the patient has trialed and failed a course of conservative care.',
    not: 'The patient has failed conservative care including physical therapy and rest.',
  },
  {
    code: 'NO_FAILED_FIRST_LINE',
    outcome: 'UPHELD',
    states: 'There was no indication that the patient was intolerant to oral medication.',
    not: 'The patient was prescribed an oral medication on 11/30/2016.',
  },
  {
    code: 'NO_NEURO_FINDINGS',
    outcome: 'UPHELD',
    states: 'In this case, there were no neurological deficits on exam.',
    not: 'In this case, the patient has neurological deficits in the left leg.',
  },
  {
    code: 'NO_RED_FLAGS',
    outcome: 'UPHELD',
    states: 'There is no evidence of any red flag conditions.',
    not: 'The treating physician noted the red flag conditions in the records.',
  },
  {
    code: 'NO_SURGICAL_PLAN',
    outcome: 'UPHELD',
    states: 'There was no indication the patient is a candidate for surgery.',
    not: 'The patient is scheduled for surgery on 12/01/2016.',
  },
  {
    code: 'INDICATION_NOT_DOCUMENTED',
    outcome: 'UPHELD',
    states: 'In this case, there are no GI risk factors documented.',
    not: 'In this case, the patient has GI risk factors including age over 65.',
  },
  {
    code: 'NO_CLEAR_RATIONALE',
    outcome: 'UPHELD',
    states:
      'There is a lack of evidence based rationale provided by the physician for this request.',
    not: 'The physician provided a clear rationale for this request.',
  },
  {
    code: 'REQUEST_INCOMPLETE',
    outcome: 'UPHELD',
    states: 'The request failed to specify the body part to be treated.',
    not: 'The request specified the body part to be treated.',
  },
  {
    code: 'NO_SAFETY_MONITORING',
    outcome: 'UPHELD',
    states: 'There is no documentation of a recent urine drug screen or a CURES report.',
    not: 'A urine drug screen on 10/01/2016 was consistent with the prescribed medications.',
  },
  {
    code: 'DUPLICATIVE',
    outcome: 'UPHELD',
    states:
      'The patient has already been authorized for the same evaluation; it would be redundant.',
    not: 'The patient was seen for an evaluation on 10/01/2016.',
  },
  {
    code: 'HOME_PROGRAM_SUFFICIENT',
    outcome: 'UPHELD',
    states: 'The patient should be transitioned to a self-directed home exercise program.',
    not: 'Treatment to date has included a home exercise program.',
  },
  {
    code: 'LINKED_REQUEST',
    outcome: 'UPHELD',
    states:
      'As the requested surgical intervention is not medically necessary, the requested ancillary service is not medically necessary.',
    not: 'As such, the request for the cold therapy unit is not medically necessary.',
  },
  {
    code: 'CRITERIA_MET',
    outcome: 'OVERTURNED',
    states: 'In this case, the documented findings meet the guideline criteria for imaging.',
    not: 'In this case, the documented findings do not meet the guideline criteria for imaging.',
  },
  {
    code: 'FUNCTIONAL_IMPROVEMENT_DOCUMENTED',
    outcome: 'OVERTURNED',
    states: 'The patient has had objective functional improvement with the prior 6 sessions.',
    not: 'The patient has had no objective functional improvement with the prior 6 sessions.',
  },
  {
    code: 'WITHIN_GUIDELINE_LIMIT',
    outcome: 'OVERTURNED',
    states: 'In this case, the requested 6 visits are within the guideline recommendation.',
    not: 'In this case, the requested 12 visits are in excess of the guideline recommendation.',
  },
  {
    code: 'CONSERVATIVE_CARE_FAILED',
    outcome: 'OVERTURNED',
    states: 'The patient has failed conservative treatment including physical therapy and NSAIDs.',
    not: 'The patient has not yet tried physical therapy.',
  },
];

describe('reasons: one rule per code', () => {
  test('every code but OTHER_UNCLEAR has a case here', () => {
    const covered = new Set(CASES.map((c) => c.code));
    const coded = REASONS.map((r) => r.code).filter((code) => code !== 'OTHER_UNCLEAR');
    expect(coded.filter((code) => !covered.has(code))).toEqual([]);
  });

  test.each(CASES)('$code: stated', ({ code, outcome, states }) => {
    const text = rationale(states, outcome);
    const found = extractReasons(text, outcome).reasons.find((r) => r.code === code);
    expect(found).toBeDefined();
    // The reason points at the sentence it was read from.
    expect(text.slice(found!.start, found!.end)).toBe(found!.text);
    expect(states).toContain(found!.text);
  });

  test.each(CASES)('$code: negated or on the border', ({ code, outcome, not }) => {
    expect(codesOf(rationale(not, outcome), outcome)).not.toContain(code);
  });
});

describe('reasons: the labelling rules', () => {
  test('negation decides between opposite grounds: "no red flags" against "red flags were identified"', () => {
    expect(codesOf(rationale('There are no red flags.'))).toEqual(['NO_RED_FLAGS']);
    expect(
      codesOf(rationale('Red flags were identified on exam.', 'OVERTURNED'), 'OVERTURNED'),
    ).toEqual(['CRITERIA_MET']);
    // A negation after the words counts too.
    expect(codesOf(rationale('Red flags were not documented in the records.'))).toEqual([
      'NO_RED_FLAGS',
    ]);
  });

  test('"not documented" and "documented" differ', () => {
    const absent = 'In this case, functional improvement with prior use was not documented.';
    const present = 'In this case, functional improvement with prior use was documented.';
    expect(codesOf(rationale(absent))).toContain('NO_FUNCTIONAL_IMPROVEMENT');
    expect(codesOf(rationale(present))).not.toContain('NO_FUNCTIONAL_IMPROVEMENT');
  });

  test('a code agrees with the outcome: conceded points of an upheld decision are not coded', () => {
    const text = rationale(
      'While the patient has failed conservative treatment, the request failed to specify the quantity.',
    );
    expect(codesOf(text, 'UPHELD')).toEqual(['REQUEST_INCOMPLETE']);
    // The same words in an overturned decision: only the overturning ground.
    expect(codesOf(text, 'OVERTURNED')).toEqual(['CONSERVATIVE_CARE_FAILED']);
  });

  test('every code found supports the outcome (or either)', () => {
    const supports = new Map(REASONS.map((r) => [r.code, r.supports]));
    for (const { states, outcome } of CASES)
      for (const decided of ['UPHELD', 'OVERTURNED'] as const)
        for (const code of codesOf(rationale(states, outcome), decided))
          expect([decided, 'EITHER']).toContain(supports.get(code));
  });

  test('guideline background is not a ground, the same words about the case are', () => {
    const background =
      'The MTUS guidelines state that imaging is not recommended for patients without red flags.';
    expect(codesOf(`${background} ${CONCLUSION}`)).toEqual(['OTHER_UNCLEAR']);
    expect(codesOf(`${background} In this case, there are no red flags. ${CONCLUSION}`)).toEqual([
      'NO_RED_FLAGS',
    ]);
  });

  test('boilerplate adds no ground: exceptional factors, medical necessity not established', () => {
    const text = rationale(
      'There are no exceptional factors noted which would support treatment beyond the guidelines. Medical necessity has not been established.',
    );
    expect(codesOf(text)).toEqual(['OTHER_UNCLEAR']);
  });

  test('the specific code beats the general one in the same clause', () => {
    const text = rationale('There is no rationale for a topical cream over oral medication.');
    expect(codesOf(text)).toEqual(['NO_FAILED_FIRST_LINE']);
    // Alone, the general code stands.
    expect(codesOf(rationale('There is no clear rationale for this request.'))).toEqual([
      'NO_CLEAR_RATIONALE',
    ]);
  });

  test('every distinct ground of one sentence gets its code, each code once', () => {
    const text = rationale(
      'There are no red flags, no neurological deficits and no plan for surgery. There are no red flags.',
    );
    expect(codesOf(text).sort()).toEqual(['NO_NEURO_FINDINGS', 'NO_RED_FLAGS', 'NO_SURGICAL_PLAN']);
  });

  test('no ground at all is OTHER_UNCLEAR, at the concluding sentence', () => {
    const text = `Guidelines have not been met. ${CONCLUSION}`;
    const [reason] = extractReasons(text, 'UPHELD').reasons;
    expect(reason).toEqual({
      code: 'OTHER_UNCLEAR',
      text: CONCLUSION,
      start: text.length - CONCLUSION.length,
      end: text.length,
    });
  });

  test('reasons come in text order, each a clause of the rationale', () => {
    const text = rationale(
      'There are no red flags; however, the request for 12 visits exceeds the recommended 6 visits.',
    );
    const { reasons } = extractReasons(text, 'UPHELD');
    expect(reasons.map((r) => r.code)).toEqual(['NO_RED_FLAGS', 'EXCEEDS_GUIDELINE_LIMIT']);
    expect(reasons.map((r) => r.text)).toEqual([
      'There are no red flags;',
      'however, the request for 12 visits exceeds the recommended 6 visits.',
    ]);
    for (const r of reasons) expect(text.slice(r.start, r.end)).toBe(r.text);
    expect(reasons[0].start).toBeLessThan(reasons[1].start);
  });

  test('a caller cannot change what the next caller of the same rationale gets', () => {
    const text = rationale('There are no red flags.');
    extractReasons(text, 'UPHELD').reasons[0].code = 'DUPLICATIVE';
    expect(codesOf(text)).toEqual(['NO_RED_FLAGS']);
  });
});

describe('reasons: requested against recommended counts', () => {
  const quantities = (ground: string, outcome: Outcome = 'UPHELD') => {
    const { quantityRequested, quantityRecommended } = extractReasons(
      rationale(ground, outcome),
      outcome,
    );
    return [quantityRequested, quantityRecommended];
  };

  test('set against each other in one sentence', () => {
    expect(quantities('The requested 12 sessions exceed the 10 recommended.')).toEqual([12, 10]);
  });

  test('the guideline count in the next sentence, a range read at its upper end', () => {
    expect(
      quantities(
        'Additionally, the request for an initial 12 sessions exceeds the recommended guidelines. The guidelines recommend 3 to 6 treatments to produce functional improvement.',
      ),
    ).toEqual([12, 6]);
  });

  test('a trial written as `6-visit`', () => {
    expect(quantities('The 12 initial sessions requested exceed the 6-visit trial.')).toEqual([
      12, 6,
    ]);
  });

  test('counts in words, the guideline figure in the guideline voice', () => {
    const text =
      'The eight-session course of acupuncture, in and of itself, represents treatment in excess of the three- to six-session course deemed necessary in MTUS. In this case, the provider gave no rationale which would support treatment in excess of MTUS parameters. ' +
      CONCLUSION;
    const { quantityRequested, quantityRecommended } = extractReasons(text, 'UPHELD');
    expect([quantityRequested, quantityRecommended]).toEqual([8, 6]);
  });

  test('null when nothing is set against the request, or the frames differ', () => {
    expect(quantities('There are no red flags.')).toEqual([null, null]);
    // A drug count against a duration: two frames.
    expect(
      quantities(
        'The medication has been used since 10/14/2016, beyond the recommended 2 to 3 weeks.',
      ),
    ).toEqual([null, null]);
  });
});
