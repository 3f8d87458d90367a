/**
 * The decision ladder of canonicaliseService, rule by rule, each with a request that only that
 * rule decides (loaders/canonical/service.ts): a drug named beats the service unless the
 * service outranks drugs; a typo is read as a drug only when no entry explains the request,
 * the entry is itself a drug kind, or a dose comes with it; a name with a dose in no table is
 * a drug of unknown class; a USAN stem names an unlisted generic; the surgical context makes a
 * perioperative entry pre- or post-operative; a nasal or oral spray is no topical form.
 */
import { canonicaliseService } from '../../loaders/canonical/service';

type Row = [string, string, string | null, string | null, string | null];

const RULES: Row[] = [
  // [request, name, category, subcategory, drug]
  // A typo is a drug when nothing else explains the request, or the entry is a drug kind.
  ['Cyclobenzaprime', 'Cyclobenzaprine', 'Pharmaceuticals', 'Muscle Relaxant', 'Cyclobenzaprine'],
  [
    'Muscle relaxant cyclobenzaprime',
    'Cyclobenzaprine',
    'Pharmaceuticals',
    'Muscle Relaxant',
    'Cyclobenzaprine',
  ],
  // Beside a service that does not outrank drugs, only with a dose.
  ['Cold therapy unit tramadl', 'Cold therapy unit', 'DMEPOS', 'DME', null],
  ['Cold therapy unit tramadl 50mg', 'Tramadol', 'Pharmaceuticals', 'Opioids', 'Tramadol'],
  ['Cold therapy unit tramadl tabs', 'Tramadol', 'Pharmaceuticals', 'Opioids', 'Tramadol'],
  // A typo of a service word is corrected when nothing else reads.
  ['Acupunture', 'Acupuncture', 'Rehabilitation', 'Acupuncture', null],
  ['Acupuncturre', 'Acupuncture', 'Rehabilitation', 'Acupuncture', null],
  // A service that outranks drugs keeps them (an injection of lidocaine), except hyaluronic
  // acid, which is only ever injected; a plain injection of a drug is the drug.
  ['Lidocaine injection', 'Local anesthetic injection', 'Injection', 'Injection', null],
  [
    'Synvisc injection',
    'Hyaluronic acid',
    'Pharmaceuticals',
    'Viscosupplementation',
    'Hyaluronic acid',
  ],
  ['Testosterone injection', 'Testosterone', 'Pharmaceuticals', 'Hormones', 'Testosterone'],
  ['Acupuncture with Lidoderm patch', 'Acupuncture', 'Rehabilitation', 'Acupuncture', null],
  // A strength of 300-750 after a slash adds acetaminophen; another number does not.
  [
    'Hydrocodone 10/325',
    'Hydrocodone/Acetaminophen',
    'Pharmaceuticals',
    'Opioids',
    'Hydrocodone/Acetaminophen',
  ],
  [
    'Hydrocodone 10/500mg',
    'Hydrocodone/Acetaminophen',
    'Pharmaceuticals',
    'Opioids',
    'Hydrocodone/Acetaminophen',
  ],
  ['Hydrocodone 10/400', 'Hydrocodone', 'Pharmaceuticals', 'Opioids', 'Hydrocodone'],
  // Topical forms: the drug's topical class, a compound, or (systemic patches) the drug.
  ['Gabapentin cream', 'Gabapentin topical', 'Pharmaceuticals', 'Topical Compounds', 'Gabapentin'],
  ['Diclofenac gel', 'Diclofenac topical', 'Pharmaceuticals', 'Topical Analgesics', 'Diclofenac'],
  ['Fentanyl patch', 'Fentanyl', 'Pharmaceuticals', 'Opioids', 'Fentanyl'],
  [
    'Ketoprofen/Lidocaine cream',
    'Ketoprofen/Lidocaine',
    'Pharmaceuticals',
    'Topical Compounds',
    'Ketoprofen/Lidocaine',
  ],
  // Unlisted names: a USAN stem of seven letters or more, a dose, or neither.
  ['Fakeprazole 20mg', 'Fakeprazole', 'Pharmaceuticals', 'Proton Pump Inhibitors', 'Fakeprazole'],
  ['Fakeprazol 20mg', 'Fakeprazol', 'Pharmaceuticals', null, null],
  ['Xyzzy 10mg #30', 'Xyzzy', 'Pharmaceuticals', null, null],
  ['Xyzzy #30', 'xyzzy', null, null, null],
  ['Medication xyzzy 10 mg', 'Medication xyzzy', 'Pharmaceuticals', null, null],
  ['Xyzzy medication', 'Medication', 'Pharmaceuticals', null, null],
  ['Retrospective 10mg', 'Medication', 'Pharmaceuticals', null, null],
  // A spray into the nose or mouth: the route word stays (`oral` is a dose word), no topical.
  ['Fooberry oral spray', 'Fooberry oral', 'Pharmaceuticals', null, null],
  ['Fooberry spray', 'Topical analgesic', 'Pharmaceuticals', 'Topical Analgesics', null],
  [
    'Sumatriptan nasal spray',
    'Sumatriptan',
    'Pharmaceuticals',
    'Antimigraine Agent',
    'Sumatriptan',
  ],
  // Perioperative entries in a surgical context.
  [
    'Associated surgical service: Cold therapy unit',
    'Post-operative cold therapy unit',
    'Surgery',
    'Adjunct Surgical Services',
    null,
  ],
  [
    'Associated Surgical Services:Cold therapy unit',
    'Post-operative cold therapy unit',
    'Surgery',
    'Adjunct Surgical Services',
    null,
  ],
  [
    'Pre-op cold therapy unit',
    'Pre-operative cold therapy unit',
    'Surgery',
    'Adjunct Surgical Services',
    null,
  ],
  [
    'Post operative cold therapy unit',
    'Post-operative cold therapy unit',
    'Surgery',
    'Adjunct Surgical Services',
    null,
  ],
  ['Cold therapy unit', 'Cold therapy unit', 'DMEPOS', 'DME', null],
  // The label is removed however it is spaced or punctuated: the entry's name is what is left.
  [
    'Associated  surgical  services Eye surgery',
    'Eye surgery',
    'Surgery',
    'Non-arthroscopic Surgery',
    null,
  ],
  [
    'Associated surgical service : Eye surgery',
    'Eye surgery',
    'Surgery',
    'Non-arthroscopic Surgery',
    null,
  ],
  [
    'Associated surgical services Eye surgery',
    'Eye surgery',
    'Surgery',
    'Non-arthroscopic Surgery',
    null,
  ],
  // Several drugs: a combination, a topical brand, a drug only for the skin, a compound brand.
  [
    'Cyclobenzaprine 10/325',
    'Cyclobenzaprine',
    'Pharmaceuticals',
    'Muscle Relaxant',
    'Cyclobenzaprine',
  ],
  [
    'Flector or Diclofenac',
    'Diclofenac topical',
    'Pharmaceuticals',
    'Topical Analgesics',
    'Diclofenac',
  ],
  [
    'Cyclobenzaprine and Lidocaine',
    'Cyclobenzaprine/Lidocaine',
    'Pharmaceuticals',
    'Topical Compounds',
    'Cyclobenzaprine/Lidocaine',
  ],
  [
    'Fluriflex and tramadol',
    'Cyclobenzaprine/Flurbiprofen/Tramadol',
    'Pharmaceuticals',
    'Topical Compounds',
    'Cyclobenzaprine/Flurbiprofen/Tramadol',
  ],
  [
    'Norco or Percocet',
    'Hydrocodone/Acetaminophen',
    'Pharmaceuticals',
    'Opioids',
    'Hydrocodone/Acetaminophen',
  ],
  [
    'Physical therapy and Synvisc',
    'Physical therapy',
    'Rehabilitation',
    'Physical Therapy/Occupational Therapy (PT/OT)',
    null,
  ],
  // Unlisted names: the words before the first number; the stem itself; request words only.
  ['Prazole 20mg', 'Prazole', 'Pharmaceuticals', 'Proton Pump Inhibitors', 'Prazole'],
  ['Xyzzy 10mg plugh', 'Xyzzy', 'Pharmaceuticals', null, null],
  ['10mg Xyzzy', 'Xyzzy', 'Pharmaceuticals', null, null],
  ['Xyzzy tabs plugh', 'Xyzzy plugh', 'Pharmaceuticals', null, null],
  ['xyzzy q plugh', 'xyzzy plugh', null, null, null],
  [
    'alpha beta gamma delta epsilon zeta eta theta iota kappa',
    'alpha beta gamma delta epsilon zeta eta theta',
    null,
    null,
    null,
  ],
  ['Retrospective request', 'retrospective request', null, null, null],
  [' Retrospective request ', 'retrospective request', null, null, null],
  ['Splnt', 'Splint', 'DMEPOS', 'Prosthetics/Orthotics', null],
  // A typo is corrected in words of five letters or more that are not request words.
  ['Brce', 'brce', null, null, null],
  ['Rental', 'rental', null, null, null],
];

describe('canonicaliseService, rule by rule', () => {
  test.each(RULES)('%s → %s (%s / %s, drug %s)', (request, name, category, subcategory, drug) => {
    expect(canonicaliseService(request)).toEqual({ name, category, subcategory, drug });
  });
});

/** The surgical context, alternative by alternative: [words, a DME entry, a diagnostic test]. A test is done before surgery unless the words say after. */
const SURGICAL_CONTEXT: [string, string, string][] = [
  ['after  surgery', 'Post-operative cold therapy unit', 'Post-operative EKG'],
  ['following  surgery', 'Post-operative cold therapy unit', 'Post-operative EKG'],
  ['prior  to  surgery', 'Pre-operative cold therapy unit', 'Pre-operative EKG'],
  ['before  surgery', 'Pre-operative cold therapy unit', 'Pre-operative EKG'],
  ['post  - op', 'Post-operative cold therapy unit', 'Post-operative EKG'],
  ['pre  - op', 'Pre-operative cold therapy unit', 'Pre-operative EKG'],
  ['post  - surgical', 'Post-operative cold therapy unit', 'Post-operative EKG'],
  ['postoperative', 'Post-operative cold therapy unit', 'Post-operative EKG'],
  ['preoperatively', 'Pre-operative cold therapy unit', 'Pre-operative EKG'],
  ['intra operative', 'Post-operative cold therapy unit', 'Pre-operative EKG'],
  ['post op', 'Post-operative cold therapy unit', 'Post-operative EKG'],
  ['post-op', 'Post-operative cold therapy unit', 'Post-operative EKG'],
  ['postop', 'Post-operative cold therapy unit', 'Post-operative EKG'],
  ['post  op', 'Post-operative cold therapy unit', 'Post-operative EKG'],
  ['post operative', 'Post-operative cold therapy unit', 'Post-operative EKG'],
  ['post-operative', 'Post-operative cold therapy unit', 'Post-operative EKG'],
  ['postoperatively', 'Post-operative cold therapy unit', 'Post-operative EKG'],
  ['post surgical', 'Post-operative cold therapy unit', 'Post-operative EKG'],
  ['post-surgery', 'Post-operative cold therapy unit', 'Post-operative EKG'],
  ['postsurgery', 'Post-operative cold therapy unit', 'Post-operative EKG'],
  ['after surgery', 'Post-operative cold therapy unit', 'Post-operative EKG'],
  ['following surgery', 'Post-operative cold therapy unit', 'Post-operative EKG'],
  ['peri-op', 'Post-operative cold therapy unit', 'Pre-operative EKG'],
  ['perioperative', 'Post-operative cold therapy unit', 'Pre-operative EKG'],
  ['peri operative', 'Post-operative cold therapy unit', 'Pre-operative EKG'],
  ['intra-op', 'Post-operative cold therapy unit', 'Pre-operative EKG'],
  ['intraoperative', 'Post-operative cold therapy unit', 'Pre-operative EKG'],
  ['pre op', 'Pre-operative cold therapy unit', 'Pre-operative EKG'],
  ['pre-op', 'Pre-operative cold therapy unit', 'Pre-operative EKG'],
  ['preop', 'Pre-operative cold therapy unit', 'Pre-operative EKG'],
  ['preoperative', 'Pre-operative cold therapy unit', 'Pre-operative EKG'],
  ['pre-operatively', 'Pre-operative cold therapy unit', 'Pre-operative EKG'],
  ['prior to surgery', 'Pre-operative cold therapy unit', 'Pre-operative EKG'],
  ['before surgery', 'Pre-operative cold therapy unit', 'Pre-operative EKG'],
];

const TOPICAL_WORDS = [
  'cream',
  'creams',
  'gel',
  'gels',
  'ointment',
  'ointments',
  'lotion',
  'lotions',
  'topical',
  'topically',
  'patch',
  'patches',
  'transdermal',
  'compound',
  'compounded',
  'compounding',
  'liniment',
  'balm',
  'rub',
  'roll',
  'spray',
  'foam',
  '10%',
  '10 percent',
  '10 Percent',
];

/** Dose words make an unlisted name a drug; other words leave it a name of no category. */
const DOSE_WORDS = [
  '10 mg',
  '10mg',
  '10 mcg',
  '10 ml',
  '10 gm',
  '10 g',
  '10 iu',
  '10 oz',
  'tab',
  'tabs',
  'tablet',
  'tablets',
  'caps',
  'capsule',
  'capsules',
  'refill',
  'refills',
];

/** Request words: quantities, sides, order words, left out of an unlisted name (`visit`, `supply` and `prn` name services of their own). */
const REQUEST_WORDS = [
  'the',
  'of',
  'for',
  'to',
  'and',
  'with',
  'a',
  'an',
  'in',
  'on',
  'at',
  'by',
  'or',
  'per',
  'as',
  'x',
  'times',
  'time',
  'session',
  'sessions',
  'week',
  'weeks',
  'weekly',
  'month',
  'months',
  'day',
  'days',
  'daily',
  'year',
  'hour',
  'hours',
  'retrospective',
  'retro',
  'request',
  'requested',
  'dos',
  'date',
  'service',
  'purchase',
  'rental',
  'rent',
  'left',
  'right',
  'bilateral',
  'bilat',
  'additional',
  'initial',
  'continued',
  'continue',
  'continuation',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'mg',
  'mcg',
  'ml',
  'gm',
  'g',
  'tab',
  'tabs',
  'tablet',
  'tablets',
  'cap',
  'caps',
  'capsule',
  'capsules',
  'qty',
  'quantity',
  'refill',
  'refills',
  'unspecified',
  'unknown',
  'possible',
  'twice',
  'once',
  'number',
  'no',
  'follow',
  'order',
  'ordered',
  'dated',
  'authorization',
  'eligible',
  'portion',
  'original',
  'remaining',
  'lower',
  'upper',
  'extremity',
  'extremities',
  'side',
  'level',
  'levels',
  'leaving',
  'imr',
  'claims',
  'administrator',
  'authorized',
  'was',
  'is',
];

describe('the words the ladder reads', () => {
  test.each(SURGICAL_CONTEXT)('%s: %s, %s', (words, device, test) => {
    expect(canonicaliseService(`${words} cold therapy unit`).name).toBe(device);
    expect(canonicaliseService(`${words} EKG`).name).toBe(test);
  });

  test('a surgery of the letter is a surgical context too; without one the entry is itself', () => {
    expect(canonicaliseService('Cold therapy unit', { surgery: true }).name).toBe(
      'Post-operative cold therapy unit',
    );
    expect(canonicaliseService('EKG', { surgery: true }).name).toBe('Pre-operative EKG');
    expect(canonicaliseService('EKG', { surgery: false }).name).toBe('EKG');
  });

  test.each(TOPICAL_WORDS)('Gabapentin %s is a topical form', (word) => {
    expect(canonicaliseService(`Gabapentin ${word}`)).toEqual({
      name: 'Gabapentin topical',
      category: 'Pharmaceuticals',
      subcategory: 'Topical Compounds',
      drug: 'Gabapentin',
    });
  });

  test.each(DOSE_WORDS)('Xyzzy %s is a drug of unknown class', (word) => {
    expect(canonicaliseService(`Xyzzy ${word}`)).toEqual({
      name: 'Xyzzy',
      category: 'Pharmaceuticals',
      subcategory: null,
      drug: null,
    });
  });

  test.each(['oral', 'suspension'])('Xyzzy %s is a drug, the word kept in its name', (word) => {
    expect(canonicaliseService(`Xyzzy ${word}`).name).toBe(`Xyzzy ${word}`);
  });

  test.each(['10 kg', 'cap', 'blue'])('Xyzzy %s has no dose: a name of no category', (word) => {
    expect(canonicaliseService(`Xyzzy ${word}`).category).toBeNull();
  });

  test.each(REQUEST_WORDS)('%s is left out of an unlisted name', (word) => {
    // A dose word makes the name a drug's (capitalised); the word is left out all the same.
    expect(canonicaliseService(`xyzzy ${word} plugh`).name.toLowerCase()).toBe('xyzzy plugh');
  });

  test.each(['10/300', '10/325', '10/500', '10/650', '10/750', '10 / 325', '10/325mg'])(
    'Oxycodone %s adds acetaminophen',
    (strength) => {
      expect(canonicaliseService(`Oxycodone ${strength}`).name).toBe('Oxycodone/Acetaminophen');
    },
  );

  test.each(['10/3250', '10/350', '10'])('Oxycodone %s does not', (strength) => {
    expect(canonicaliseService(`Oxycodone ${strength}`).name).toBe('Oxycodone');
  });

  test.each([
    'nasal spray',
    'intranasal spray',
    'oral spray',
    'sublingual spray',
    'buccal spray',
    'nasal sprays',
    'Nasal Spray',
  ])('Ketorolac %s is taken up by the body: no topical form', (route) => {
    expect(canonicaliseService(`Ketorolac ${route}`).name).toBe('Ketorolac');
  });

  test('a spray on the skin is', () => {
    expect(canonicaliseService('Ketorolac spray').name).toBe('Ketorolac topical');
  });
});
