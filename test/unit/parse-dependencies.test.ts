import type { CanonicalService } from '../../loaders/determination';
import { findDependency } from '../../loaders/parse/dependencies';

const service = (name: string, category: string, subcategory: string): CanonicalService => ({
  name,
  category,
  subcategory,
  drug: null,
});
const SURGERY = service('Shoulder arthroscopy', 'Surgery', 'Arthroscopic Surgery');
const CLEARANCE = service(
  'Pre-operative medical clearance',
  'Surgery',
  'Adjunct Surgical Services',
);
const ESI = service('Epidural steroid injection', 'Injection', 'Injection');
const PT = service(
  'Physical therapy',
  'Rehabilitation',
  'Physical Therapy/Occupational Therapy (PT/OT)',
);

const item = (ordinal: number, s: CanonicalService, rationale = '') => ({
  ordinal,
  request: s.name,
  service: s,
  rationale,
});

describe('findDependency: the item a rationale says this one follows from', () => {
  const letter = (rationale: string) => {
    const dependent = item(3, CLEARANCE, rationale);
    return findDependency(dependent, [item(1, SURGERY), item(2, PT), dependent]);
  };

  test.each([
    'As the requested surgical intervention is not medically necessary, the requested ancillary service is not medically necessary.',
    'Since the requested right shoulder arthroscopy was found to be medically necessary, the clearance is supported.',
    'The concurrent request for surgery is supported; therefore pre-operative clearance is medically necessary.',
    'Given that the primary procedure has been deemed not medically necessary, none of the associated services are medically necessary.',
    'Because the requested surgery is not certified, the clearance is not medically necessary.',
  ])('%s', (rationale) => {
    expect(letter(rationale)).toBe(1);
  });

  test.each([
    'The patient has been approved to undergo a complex surgical procedure. As such, the requested assistant is medically necessary.',
    'The patient was approved to undergo arthroscopic repair. As such, the requested sling is not medically necessary.',
  ])('approved to undergo the surgery: %s', (rationale) => {
    expect(letter(rationale)).toBe(1);
  });

  test('approved to undergo one of two surgeries, named in capitals: that one', () => {
    const release = service('Carpal tunnel release', 'Surgery', 'Hand Surgery');
    const dependent = item(
      3,
      CLEARANCE,
      'The patient has been approved to undergo a right Carpal Tunnel Release. As such, the clearance is medically necessary.',
    );
    expect(findDependency(dependent, [item(1, SURGERY), item(2, release), dependent])).toBe(2);
  });

  test('approved to undergo something that is not a surgery gives no dependency', () => {
    expect(
      letter(
        'The patient was approved to undergo physical therapy. The request is not medically necessary.',
      ),
    ).toBeNull();
  });

  test('the primary item named by its service: `has been determined not to be medically necessary`', () => {
    const dependent = item(
      2,
      PT,
      'As the accompanying request for a lumbar epidural steroid injection has been determined not to be medically necessary so is this request for postinjection physical therapy.',
    );
    expect(findDependency(dependent, [item(1, ESI), dependent])).toBe(1);
  });

  test.each([
    'As the request is not medically necessary, it is not approved.',
    'The patient has not improved with physical therapy, so the request is not medically necessary.',
    'As the patient has had 12 sessions, further therapy is not indicated.',
  ])('no dependency: %s', (rationale) => {
    expect(letter(rationale)).toBeNull();
  });

  test('a surgery cue with no surgery among the other items gives no dependency', () => {
    const dependent = item(
      2,
      CLEARANCE,
      'As the requested surgery is not medically necessary, the clearance is not medically necessary.',
    );
    expect(findDependency(dependent, [item(1, PT), dependent])).toBeNull();
  });

  test('an item never depends on itself nor on an adjunct service', () => {
    const first = item(1, CLEARANCE);
    const dependent = item(
      2,
      service('Post-operative cold therapy unit', 'Surgery', 'Adjunct Surgical Services'),
      'As the requested surgery is not medically necessary, the cold therapy unit is not needed.',
    );
    expect(findDependency(dependent, [first, dependent])).toBeNull();
  });
});

describe('findDependency: a surgical intervention the letter classes otherwise', () => {
  const NEUROPLASTY = service('Epidural adhesiolysis', 'Injection', 'Injection');
  const NEUROLYTIC = service('Neurolytic injection', 'Injection', 'Injection');
  const ANCILLARY =
    'As the requested surgical intervention is not medically necessary per the documentation, the requested ancillary service is not medically necessary.';

  test('with no surgery in the letter, the nearest invasive item before it is the primary', () => {
    const dependent = item(2, NEUROLYTIC, ANCILLARY);
    const others = [item(1, NEUROPLASTY), dependent, item(3, ESI), item(4, PT)];
    expect(findDependency(dependent, others)).toBe(1);
  });

  test('a surgery in the letter still wins, and nothing before the item is no primary', () => {
    const dependent = item(2, NEUROLYTIC, ANCILLARY);
    expect(findDependency(dependent, [item(1, ESI), dependent, item(3, SURGERY)])).toBe(3);
    expect(findDependency(dependent, [item(1, PT), dependent, item(3, ESI)])).toBeNull();
  });
});

describe('findDependency: `Given the request for X is not supported`', () => {
  const ACUPUNCTURE = service('Acupuncture', 'Rehabilitation', 'Acupuncture');
  const HEAT = service('Infrared therapy', 'Rehabilitation', 'Other Therapies');

  test('names the primary item', () => {
    const dependent = item(
      3,
      HEAT,
      'Given the request for acupuncture is not supported the requested modalities are not indicated at this time.',
    );
    expect(findDependency(dependent, [item(1, PT), item(2, ACUPUNCTURE), dependent])).toBe(2);
  });

  test('`Given the` opening another clause is no cue', () => {
    const dependent = item(
      3,
      HEAT,
      'Given the lack of response to acupuncture, the request for infrared heat is not medically necessary.',
    );
    expect(findDependency(dependent, [item(1, PT), item(2, ACUPUNCTURE), dependent])).toBeNull();
  });
});
