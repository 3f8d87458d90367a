import { parseCaseSummary, splitList } from '../../loaders/parse/case-summary';
import { cleanLines } from '../../loaders/text/clean-text';

const LEAD_IN = [
  'The expert reviewer developed the following clinical case summary based on a review of the',
  'case file, including all medical records:',
  '',
];
/** The summary's lines as the parser gets them: cleaned (gaps folded, see cleanLines). */
const summaryOf = (...lines: string[]) =>
  parseCaseSummary(cleanLines([...LEAD_IN, ...lines].join('\n')));

describe('parseCaseSummary: age, sex and injury date of the first sentence', () => {
  test.each([
    ['This 37 year old man sustained an industrial injury on 4/16/2014.', 37, 'male', '2014-04-16'],
    [
      'The injured worker is a 36 year old male, who sustained an industrial injury on 11/01/2012.',
      36,
      'male',
      '2012-11-01',
    ],
    ['This is a 66 year old male with a date of injury on 10-24-2016.', 66, 'male', '2016-10-24'],
    [
      'The injured worker is a 42 year old male, who sustained an industrial injury on 9/7/11.',
      42,
      'male',
      '2011-09-07',
    ],
    [
      'The patient is a 45 yr old woman with a date of injury of 10-13-16.',
      45,
      'female',
      '2016-10-13',
    ],
    ['This 52-year-old gentleman was injured on 3/2/2015 when he fell.', 52, 'male', '2015-03-02'],
    [
      'This case involves a now 36-year-old female with a history of an occupational claim from 10/14/ 2016.',
      36,
      'female',
      '2016-10-14',
    ],
    [
      'The injured worker is a 46 year old male who sustained an industrial injury October 10, 2016.',
      46,
      'male',
      '2016-10-10',
    ],
    ['The patient is a 29 y/o male with a date of injury of 11/4/2016.', 29, 'male', '2016-11-04'],
    ['The patient is a 52 yo female who was injured on 11/4/16.', 52, 'female', '2016-11-04'],
    ['This 40 y.o. male sustained an industrial injury on 1/5/2016.', 40, 'male', '2016-01-05'],
    [
      'The injured worker is a female who sustained an industrial injury on 10-25-2016.',
      null,
      'female',
      '2016-10-25',
    ],
    [
      'The applicant is a represented employee who has filed a claim for chronic low back pain reportedly associated with an industrial injury of June 28, 2000.',
      null,
      null,
      '2000-06-28',
    ],
  ])('%s', (sentence, age, sex, injury) => {
    const summary = summaryOf(sentence);
    expect(summary.patient).toEqual({ age, sex });
    expect(summary.injuryDate).toBe(injury);
  });

  test('a sex word later in the summary is not the patient', () => {
    expect(
      summaryOf(
        'The patient, age 61, reported an injury dated 1/5/2016. A male coworker helped her.',
      ).patient,
    ).toEqual({ age: 61, sex: null });
  });

  test('`yo` opening a word is no age: `a 40 yoga instructor`', () => {
    expect(summaryOf('The injured worker is a 40 yoga instructor.').patient.age).toBeNull();
  });

  test('an age out of the working range is not an age', () => {
    expect(
      summaryOf('The injured worker is a 7 year old male who was injured on 1/2/2016.').patient,
    ).toEqual({
      age: null,
      sex: 'male',
    });
  });
});

describe('parseCaseSummary: the summary text', () => {
  test('drops the fixed lead-in, joins wrapped lines and keeps paragraph breaks', () => {
    const summary = summaryOf(
      'The injured worker is a 36 year old male, who sustained an industrial injury on 11/01/2012.  The',
      'injured worker is currently diagnosed as having facet arthropathy.',
      '',
      'A progress note dated 01/22/2015 was reviewed.',
    );
    expect(summary.summary).toBe(
      'The injured worker is a 36 year old male, who sustained an industrial injury on 11/01/2012. The injured worker is currently diagnosed as having facet arthropathy.\n\nA progress note dated 01/22/2015 was reviewed.',
    );
  });

  test('a page break inside a sentence is no paragraph break, even inside a hyphenated word', () => {
    const summary = summaryOf(
      'Treatment to date has included medications, x-',
      '',
      'rays and physical therapy. The patient',
      '',
      'reports pain.',
    );
    expect(summary.summary).toBe(
      'Treatment to date has included medications, x-rays and physical therapy. The patient reports pain.',
    );
    expect(summary.priorTreatments).toEqual(['medications', 'x-rays', 'physical therapy']);
  });

  test('an empty summary is null', () => {
    expect(parseCaseSummary(LEAD_IN).summary).toBeNull();
  });
});

describe('parseCaseSummary: medications when no treatment sentence lists treatment', () => {
  test('the medications listed are the prior treatment', () => {
    const summary = summaryOf(
      'The patient reported low back pain. Current medications included Ambien 10 mg and Mobic. On examination there was spasm.',
    );
    expect(summary.priorTreatments).toEqual(['Ambien 10 mg', 'Mobic']);
  });

  test('medications asked for are no prior treatment', () => {
    expect(
      summaryOf('The requested medications include Norco 10/325mg and Soma 350mg.').priorTreatments,
    ).toEqual([]);
    expect(
      summaryOf('Recommended medications include Lyrica and Cymbalta.').priorTreatments,
    ).toEqual([]);
  });

  test('a list cut inside a note leaves no month-and-number items', () => {
    expect(
      summaryOf(
        'Treatment rendered included medication, physical therapy #4 July, #7 August, and September #3, October #4 2016, and home exercise program.',
      ).priorTreatments,
    ).toEqual(['medication', 'physical therapy #4 July', 'home exercise program']);
  });

  test('`injury` after `and` qualifies the diagnosis before it', () => {
    expect(summaryOf('Diagnoses included right knee contusion and injury.').diagnoses).toEqual([
      'right knee contusion and injury',
    ]);
  });

  test('a treatment sentence wins over a medications sentence', () => {
    const summary = summaryOf(
      'Medications included Naproxen. Treatment to date has included physical therapy and acupuncture.',
    );
    expect(summary.priorTreatments).toEqual(['physical therapy', 'acupuncture']);
  });
});

describe('parseCaseSummary: diagnoses and prior treatment', () => {
  test.each([
    [
      'Diagnoses include failed back surgery syndrome, lumbar radiculopathy, facet arthropathy, and re-aggravation of the low back.',
      [
        'failed back surgery syndrome',
        'lumbar radiculopathy',
        'facet arthropathy',
        're-aggravation of the low back',
      ],
    ],
    [
      'The diagnoses have included lumbar intervertebral disc disorder.',
      ['lumbar intervertebral disc disorder'],
    ],
    [
      'The current diagnoses are documented as cervicalgia, lumbago with sciatica, and pain in thoracic spine.',
      ['cervicalgia', 'lumbago with sciatica', 'pain in thoracic spine'],
    ],
    [
      'The current diagnosis is documented cervical spine sprain/strain and low back pain.',
      ['cervical spine sprain/strain', 'low back pain'],
    ],
    [
      'The injured worker was diagnosed as having lumbar strain and bulging of the lumbar intervertebral disc.',
      ['lumbar strain', 'bulging of the lumbar intervertebral disc'],
    ],
    [
      'The injured worker was being treated for the diagnoses of right shoulder contusion, neck strain and right arm paresthesias.',
      ['right shoulder contusion', 'neck strain', 'right arm paresthesias'],
    ],
    [
      'A review of the medical records indicates that the injured worker is undergoing treatment for contusion of face, scalp and neck and acute cervical sprain.',
      ['contusion of face, scalp and neck', 'acute cervical sprain'],
    ],
    [
      'He has been diagnosed with thoracic sprain/strain, lumbar sprain/strain, sacroiliac strain/sprain and other related diagnoses.',
      ['thoracic sprain/strain', 'lumbar sprain/strain', 'sacroiliac strain/sprain'],
    ],
  ])('%s', (sentence, diagnoses) => {
    expect(
      summaryOf(
        `This 40 year old man was injured on 1/2/2016. ${sentence} He was seen on 2/3/2016.`,
      ).diagnoses,
    ).toEqual(diagnoses);
  });

  test.each([
    [
      'The injured worker is a fifty-two year old female who was injured on 1/2/2016.',
      52,
      'female',
    ],
    ['This Forty five-year-old man sustained an injury on 1/2/2016.', 45, 'male'],
    ['This sixty year old male was injured on 1/2/2016.', 60, 'male'],
    ['A nineteen year old woman was injured on 1/2/2016.', 19, 'female'],
  ])('an age written in words: %s', (sentence, age, sex) => {
    expect(summaryOf(sentence).patient).toEqual({ age, sex });
  });

  test("an age in words beyond the patient's description is someone else's", () => {
    const filler = ' She has been seen by several physicians since then.'.repeat(8);
    expect(
      summaryOf(
        `The injured worker is a female who was injured on 1/2/2016.${filler} Her twenty-five year old son drives her.`,
      ).patient,
    ).toEqual({ age: null, sex: 'female' });
  });

  test('a capital A opening an item is a word, not an article', () => {
    expect(
      summaryOf('Diagnoses include: A fib, lumbar strain. He was seen on 2/3/2016.').diagnoses,
    ).toEqual(['A fib', 'lumbar strain']);
  });

  test('a comorbid or earlier diagnosis is not the diagnosis of the injury', () => {
    expect(
      summaryOf(
        'The worker is undergoing treatment for right knee contusion and right knee medial meniscus tear. The worker has a comorbid diagnosis of asthma and a prior diagnosis of gout.',
      ).diagnoses,
    ).toEqual(['right knee contusion', 'right knee medial meniscus tear']);
  });

  test('list items do not keep a leading article', () => {
    const summary = summaryOf(
      'He was diagnosed with a head contusion, an elbow abrasion and cervical strain. Treatment to date has included a Toradol injection and an MRI of the neck.',
    );
    expect(summary.diagnoses).toEqual(['head contusion', 'elbow abrasion', 'cervical strain']);
    expect(summary.priorTreatments).toEqual(['Toradol injection', 'MRI of the neck']);
  });

  test('an explicit diagnosis list wins over an earlier `treated for`', () => {
    expect(
      summaryOf('The worker was treated for pain. Diagnoses include lumbar strain and sciatica.')
        .diagnoses,
    ).toEqual(['lumbar strain', 'sciatica']);
  });

  test.each([
    [
      'Treatment to date has included MRI lumbar spine and left knee, physical therapy, home exercise program, and medications.',
      [
        'MRI lumbar spine and left knee',
        'physical therapy',
        'home exercise program',
        'medications',
      ],
    ],
    [
      'Thus far, the applicant has been treated with the following:  Analgesic medications; muscle relaxants; multiple lumbar spine surgeries; and unspecified amounts of physical therapy.',
      [
        'Analgesic medications',
        'muscle relaxants',
        'multiple lumbar spine surgeries',
        'unspecified amounts of physical therapy',
      ],
    ],
    [
      'Treatments to date include activity modification and medication therapy.',
      ['activity modification', 'medication therapy'],
    ],
    [
      'Past treatments were noted to include medication and activity modification.',
      ['medication', 'activity modification'],
    ],
    [
      'Prior relevant treatment included injections, medications, and acupuncture.',
      ['injections', 'medications', 'acupuncture'],
    ],
    [
      'The treatment and diagnostic testing to date has included: spica splint, psych appointments, medications and evaluations.',
      ['spica splint', 'psych appointments', 'medications', 'evaluations'],
    ],
    [
      'This patient has had treatment to include activity modifications, medication management, and physical therapy.',
      ['activity modifications', 'medication management', 'physical therapy'],
    ],
    [
      'Treatment has included chiropractic care; acupuncture and medications.',
      ['chiropractic care', 'acupuncture', 'medications'],
    ],
  ])('%s', (sentence, treatments) => {
    expect(
      summaryOf(
        `This 40 year old man was injured on 1/2/2016. ${sentence} He was seen on 2/3/2016.`,
      ).priorTreatments,
    ).toEqual(treatments);
  });

  test('a treatment plan is not prior treatment', () => {
    expect(
      summaryOf(
        'The treatment plan included Naproxen and Pantoprazole. Recommended treatment includes surgery.',
      ).priorTreatments,
    ).toEqual([]);
  });

  test('list parts that are only findings or remarks are no treatment', () => {
    expect(
      summaryOf(
        'The treatment and diagnostic testing to date has included: Holter monitor, Echocardiogram',
        '(11-2016) reveals all cardiac chambers appear to be within normal limits, no intra cardiac',
        'tumors, thrombi or vegetations are seen, physical therapy which did not help, medications and',
        'evaluations.',
      ).priorTreatments,
    ).toEqual([
      'Holter monitor',
      'Echocardiogram (11-2016) reveals all cardiac chambers appear to be within normal limits',
      'physical therapy which did not help',
      'medications',
      'evaluations',
    ]);
    expect(
      summaryOf(
        'The treatment to date includes meloxicam 7.5 mg, however the worker states it is not effective.',
      ).priorTreatments,
    ).toEqual(['meloxicam 7.5 mg']);
    // A treatment with a word on how it went is still a treatment.
    expect(
      summaryOf(
        'Treatment to date has included injections were helpful, and knee surgery was performed.',
      ).priorTreatments,
    ).toEqual(['injections were helpful', 'knee surgery was performed']);
  });

  test('a quote opening the list does not stay on its first item', () => {
    expect(
      summaryOf(
        'The patient is being treated for "herniated intervertebral disc of lumbar spine, lumbar',
        'paraspinal muscle spasm. Subjective complaints were reported.',
      ).diagnoses,
    ).toEqual(['herniated intervertebral disc of lumbar spine', 'lumbar paraspinal muscle spasm']);
  });

  test('nothing stated: empty lists', () => {
    const summary = summaryOf('The patient complains of low back pain rated 6/10.');
    expect(summary.diagnoses).toEqual([]);
    expect(summary.priorTreatments).toEqual([]);
  });

  test('a list ends at its sentence, even when the next one follows without a space', () => {
    expect(
      summaryOf(
        'The diagnoses include open wound of right thumb, and right thumb infection.The progress report dated 12-09-2016 was reviewed.',
      ).diagnoses,
    ).toEqual(['open wound of right thumb', 'right thumb infection']);
  });
});

describe('splitList: the items of a prose list keep their own commas and `and`s', () => {
  test.each([
    ['psychotherapy and home exercise program', ['psychotherapy', 'home exercise program']],
    [
      'medications, bracing and modified work duties',
      ['medications', 'bracing', 'modified work duties'],
    ],
    ['Etodolac and Flexeril', ['Etodolac', 'Flexeril']],
    ['neck and back pain', ['neck and back pain']],
    [
      'right and left shoulder joint sprain and right and left elbow joint sprain',
      ['right and left shoulder joint sprain', 'right and left elbow joint sprain'],
    ],
    ['lumbar, hip, and neck strain', ['lumbar, hip, and neck strain']],
    [
      'cervical, thoracic and lumbar myoligamentous injury',
      ['cervical, thoracic and lumbar myoligamentous injury'],
    ],
    ['strain in right hip, ankle, and foot', ['strain in right hip, ankle, and foot']],
    [
      'pain in the left upper arm and sprain of the other part of the left hand and wrist',
      ['pain in the left upper arm', 'sprain of the other part of the left hand and wrist'],
    ],
    ['dislocation, shoulder', ['dislocation, shoulder']],
    [
      'other intervertebral disc displacement, lumbosacral region',
      ['other intervertebral disc displacement, lumbosacral region'],
    ],
    [
      'low back pain and lumbar muscle strain, subsequent',
      ['low back pain', 'lumbar muscle strain, subsequent'],
    ],
    [
      'strain of unspecified muscle, fascia and tendon at shoulder and upper arm level right arm and impingement syndrome of right shoulder',
      [
        'strain of unspecified muscle, fascia and tendon at shoulder and upper arm level right arm',
        'impingement syndrome of right shoulder',
      ],
    ],
    [
      'cervical sprain and strain, bilateral wrist strain and sprain with carpal tunnel syndrome',
      [
        'cervical sprain and strain',
        'bilateral wrist strain and sprain with carpal tunnel syndrome',
      ],
    ],
    [
      'cervicalgia; pain in thoracic spine; and pain, unspecified',
      ['cervicalgia', 'pain in thoracic spine', 'pain, unspecified'],
    ],
    [
      'chiropractic treatment (under private insurance, without improvement) and activity modifications',
      [
        'chiropractic treatment (under private insurance, without improvement)',
        'activity modifications',
      ],
    ],
    [
      'right upper extremity pain, stress, depression and fleeting homicidal and suicidal thoughts',
      [
        'right upper extremity pain',
        'stress',
        'depression',
        'fleeting homicidal and suicidal thoughts',
      ],
    ],
    ['chiropractic and physical therapy', ['chiropractic', 'physical therapy']],
  ])('%s', (text, items) => {
    expect(splitList(text)).toEqual(items);
  });

  test('drops catch-alls and repeats', () => {
    expect(splitList('lumbar strain, lumbar strain, and other related diagnoses')).toEqual([
      'lumbar strain',
    ]);
  });
});
