import type { RequestDetails } from '../../loaders/determination';
import { extractRequestDetails, type RequestKind } from '../../loaders/extract/request-details';
import { BODY_REGIONS, BODY_REGION_ABBREVIATIONS } from '../../loaders/vocab/body-regions';

const NONE: RequestDetails = {
  bodyRegions: [],
  laterality: null,
  spinalLevels: [],
  sessions: null,
  perWeek: null,
  weeks: null,
  quantity: null,
  strength: null,
  retrospective: false,
  dateOfService: null,
};

type Row = [request: string, kind: RequestKind | undefined, expected: Partial<RequestDetails>];

function check(rows: Row[]): void {
  it.each(rows)('%s (%s)', (request, kind, expected) => {
    expect(extractRequestDetails(request, kind ? { kind } : {})).toEqual({ ...NONE, ...expected });
  });
}

describe('extractRequestDetails', () => {
  describe('body regions and laterality (item headers from the corpus)', () => {
    check([
      [
        'MRI of the right shoulder without contrast',
        'other',
        { bodyRegions: ['shoulder'], laterality: 'right' },
      ],
      ['Cervical spine MRI without contrast', 'other', { bodyRegions: ['cervical spine'] }],
      ['MRI of the neck without contrast', 'other', { bodyRegions: ['cervical spine'] }],
      ['MRI Updated C/S', 'other', { bodyRegions: ['cervical spine'] }],
      ['MRI Lumbosacral Spine without Contrast', 'other', { bodyRegions: ['lumbar spine'] }],
      [
        'Pain management second opinion for Cortisone injection in low back',
        'other',
        { bodyRegions: ['lumbar spine'] },
      ],
      ['EMG/NCV of the hip, lumbar', 'other', { bodyRegions: ['hip', 'lumbar spine'] }],
      [
        'Referral to chiropractor for evaluation of low back pain and left groin pain',
        'therapy',
        { bodyRegions: ['lumbar spine', 'hip'], laterality: 'left' },
      ],
      ['MRI/CT of the spine and pelvis', 'other', { bodyRegions: ['spine', 'pelvis'] }],
      [
        'CT scan of abdomen and pelvis with contrast',
        'other',
        { bodyRegions: ['abdomen', 'pelvis'] },
      ],
      ['CT scan of the head', 'other', { bodyRegions: ['head'] }],
      ['Labs to include: Chest X-ray', 'other', { bodyRegions: ['chest'] }],
      ['Back support', 'other', { bodyRegions: ['back'] }],
      ['EMG/NCV of the lower extremities', 'other', { bodyRegions: ['lower extremity'] }],
      [
        'EMG/NCV of the bilateral upper extremities',
        'other',
        { bodyRegions: ['upper extremity'], laterality: 'bilateral' },
      ],
      [
        'EMG and NCS of the right lower extremity',
        'other',
        { bodyRegions: ['lower extremity'], laterality: 'right' },
      ],
      ['NCS/EMG RUE', 'other', { bodyRegions: ['upper extremity'], laterality: 'right' }],
      ['EMG/NCV BUE', 'other', { bodyRegions: ['upper extremity'], laterality: 'bilateral' }],
      ['EMG/NCV of BLE', 'other', { bodyRegions: ['lower extremity'], laterality: 'bilateral' }],
      [
        'MRI of the fingers of the right hand without contrast',
        'other',
        { bodyRegions: ['finger', 'hand'], laterality: 'right' },
      ],
      [
        'Right shoulder arthroscopy RCR (rotator cuff repair) and decompression',
        'other',
        { bodyRegions: ['shoulder'], laterality: 'right' },
      ],
      ['Right carpal tunnel release', 'other', { bodyRegions: ['wrist'], laterality: 'right' }],
      [
        'Chiropractic evaluation, lumbar spine, left hip and knee',
        'therapy',
        { bodyRegions: ['lumbar spine', 'hip', 'knee'], laterality: 'left' },
      ],
      ['Bilateral hearing aids', 'other', { laterality: 'bilateral' }],
      [
        'NCV of the left and right lower extremities',
        'other',
        { bodyRegions: ['lower extremity'], laterality: 'bilateral' },
      ],
      [
        'Left shoulder and right knee MRI',
        'other',
        { bodyRegions: ['shoulder', 'knee'], laterality: 'bilateral' },
      ],
      ['MRI of both knees', 'other', { bodyRegions: ['knee'], laterality: 'bilateral' }],
      ['MRI of the R knee', 'other', { bodyRegions: ['knee'], laterality: 'right' }],
      ['Lt. shoulder MRI', 'other', { bodyRegions: ['shoulder'], laterality: 'left' }],
      ['Thoracolumbar MRI', 'other', { bodyRegions: ['thoracic spine', 'lumbar spine'] }],
      [
        'SI joint injection, right',
        'other',
        { bodyRegions: ['sacroiliac joint'], laterality: 'right' },
      ],
      [
        'Massage therapy for the upper back, 6 sessions',
        'therapy',
        { bodyRegions: ['thoracic spine'], sessions: 6 },
      ],
      // a specialty or a device, not a region
      ['Follow Up with Spine Surgeon', 'other', {}],
      ['Spine surgery evaluation for the lumbar', 'other', { bodyRegions: ['lumbar spine'] }],
      ['Hand-held shower', 'other', {}],
      ['1 knee scooter', 'other', { quantity: 1 }],
      ['Face-to-face follow-up visit', 'other', {}],
      ['TENS unit', 'other', {}],
    ]);
  });

  describe('spinal levels', () => {
    check([
      [
        'Right L5-S1 epidural steroid injection',
        'other',
        // the levels name the segment the words leave out
        { bodyRegions: ['lumbar spine'], laterality: 'right', spinalLevels: ['L5-S1'] },
      ],
      [
        'Lumbar Spine Epidural Injection at L4-5 under fluoroscopy',
        'other',
        { bodyRegions: ['lumbar spine'], spinalLevels: ['L4-L5'] },
      ],
      [
        'Bilateral lumbar epidural injections L4-5',
        'other',
        { bodyRegions: ['lumbar spine'], laterality: 'bilateral', spinalLevels: ['L4-L5'] },
      ],
      [
        'L4-L5 and L5-S1 transforaminal epidural steroid injection',
        'other',
        { bodyRegions: ['lumbar spine'], spinalLevels: ['L4-L5', 'L5-S1'] },
      ],
      [
        'bilateral L4-5, L5-S1 medial branch block',
        'other',
        {
          bodyRegions: ['lumbar spine'],
          laterality: 'bilateral',
          spinalLevels: ['L4-L5', 'L5-S1'],
        },
      ],
      [
        'L3, L4, L5 medial branch blocks',
        'other',
        { bodyRegions: ['lumbar spine'], spinalLevels: ['L3', 'L4', 'L5'] },
      ],
      [
        'C5-6 and C6-7 anterior cervical discectomy and fusion',
        'other',
        { bodyRegions: ['cervical spine'], spinalLevels: ['C5-C6', 'C6-C7'] },
      ],
      [
        'C5-6, 6-7 ACDF',
        'other',
        { bodyRegions: ['cervical spine'], spinalLevels: ['C5-C6', 'C6-C7'] },
      ],
      ['L4/5 microdiscectomy', 'other', { bodyRegions: ['lumbar spine'], spinalLevels: ['L4-L5'] }],
      [
        'T12-L1 kyphoplasty',
        'other',
        { bodyRegions: ['thoracic spine', 'lumbar spine'], spinalLevels: ['T12-L1'] },
      ],
      // a bare 'spine' gives way to the segment its levels name; named words are kept
      ['Spine fusion L4-5', 'other', { bodyRegions: ['lumbar spine'], spinalLevels: ['L4-L5'] }],
      // beside another region, a level names a nerve root, not the part treated
      [
        'EMG/NCV bilateral lower extremities to rule out L5-S1 radiculopathy',
        'other',
        { bodyRegions: ['lower extremity'], laterality: 'bilateral', spinalLevels: ['L5-S1'] },
      ],
      [
        'Cervical MRI and L5-S1 ESI',
        'other',
        { bodyRegions: ['cervical spine'], spinalLevels: ['L5-S1'] },
      ],
      [
        'Lumbar epidural steroid injection at L5-1',
        'other',
        { bodyRegions: ['lumbar spine'], spinalLevels: ['L5-S1'] },
      ],
      // ranges over several segments are expanded into adjacent segments
      [
        'L4-S1 posterior lumbar interbody fusion',
        'other',
        { bodyRegions: ['lumbar spine'], spinalLevels: ['L4-L5', 'L5-S1'] },
      ],
      [
        'L3 to S1 laminectomy',
        'other',
        { bodyRegions: ['lumbar spine'], spinalLevels: ['L3-L4', 'L4-L5', 'L5-S1'] },
      ],
      [
        'C4-C7 ACDF',
        'other',
        { bodyRegions: ['cervical spine'], spinalLevels: ['C4-C5', 'C5-C6', 'C6-C7'] },
      ],
      // single vertebrae only in a spinal context
      ['Thyroid panel T3, T4, TSH', 'other', {}],
    ]);
  });

  describe('course of treatment', () => {
    check([
      [
        'Acupuncture 3 times a week for 2 weeks, neck, right hand and head',
        'therapy',
        {
          bodyRegions: ['cervical spine', 'hand', 'head'],
          laterality: 'right',
          sessions: 6,
          perWeek: 3,
          weeks: 2,
        },
      ],
      [
        'Electro acupuncture to the low back two times a week times six weeks',
        'therapy',
        { bodyRegions: ['lumbar spine'], sessions: 12, perWeek: 2, weeks: 6 },
      ],
      ['Physical therapy (12) sessions', 'therapy', { sessions: 12 }],
      [
        'Acupuncture (6) visits for the neck',
        'therapy',
        { bodyRegions: ['cervical spine'], sessions: 6 },
      ],
      [
        'Physical therapy 2 times a week for 6 weeks (12 sessions) to the right elbow',
        'therapy',
        { bodyRegions: ['elbow'], laterality: 'right', sessions: 12, perWeek: 2, weeks: 6 },
      ],
      [
        'Physical therapy two (2) times a week for six (6) weeks',
        'therapy',
        { sessions: 12, perWeek: 2, weeks: 6 },
      ],
      [
        'Lumbar Acupuncture 2x3',
        'therapy',
        { bodyRegions: ['lumbar spine'], sessions: 6, perWeek: 2, weeks: 3 },
      ],
      [
        'Physical therapy 2 x 4 for the left knee',
        'therapy',
        { bodyRegions: ['knee'], laterality: 'left', sessions: 8, perWeek: 2, weeks: 4 },
      ],
      [
        'PT 3x/week x 4 weeks for the L knee',
        'therapy',
        { bodyRegions: ['knee'], laterality: 'left', sessions: 12, perWeek: 3, weeks: 4 },
      ],
      [
        'Physical therapy 2-3 times a week for 6 weeks',
        'therapy',
        { sessions: 18, perWeek: 3, weeks: 6 },
      ],
      [
        'Initial acupuncture, 1 to 2 times per week for 4 weeks, for the neck',
        'therapy',
        { bodyRegions: ['cervical spine'], sessions: 8, perWeek: 2, weeks: 4 },
      ],
      [
        'Twelve physical therapy sessions, three times weekly, for the right elbow',
        'therapy',
        { bodyRegions: ['elbow'], laterality: 'right', sessions: 12, perWeek: 3 },
      ],
      [
        'Twelve manual acupuncture visits (15 mins), 2 times weekly for 6 weeks',
        'therapy',
        { sessions: 12, perWeek: 2, weeks: 6 },
      ],
      [
        'Six sessions of acupuncture one time a week for six weeks',
        'therapy',
        { sessions: 6, perWeek: 1, weeks: 6 },
      ],
      [
        'Physical therapy twice a week for 6 weeks',
        'therapy',
        { sessions: 12, perWeek: 2, weeks: 6 },
      ],
      ['Eight (8) physical therapy sessions', 'therapy', { sessions: 8 }],
      [
        'Chiropractic treatment for the lumbar spine, 12 visits',
        'therapy',
        { bodyRegions: ['lumbar spine'], sessions: 12 },
      ],
      [
        'Chiropractic care for the low back; six sessions',
        'therapy',
        { bodyRegions: ['lumbar spine'], sessions: 6 },
      ],
      ['Associated surgical service: Physical Therapy sessions, 12', 'other', { sessions: 12 }],
      ['Associated surgical service: Physical therapy, times 12', 'other', { sessions: 12 }],
      [
        'Acupuncture therapy sessions lumbar spine #6',
        'therapy',
        { bodyRegions: ['lumbar spine'], sessions: 6 },
      ],
      ['Post injection physical therapy (PT) times 8', 'therapy', { sessions: 8 }],
      ['Chiropractic treatment x three', 'therapy', { sessions: 3 }],
      ['Physical therapy x12', 'therapy', { sessions: 12 }],
      ['Follow up office visit times 2', 'other', { sessions: 2 }],
      ['Psychotherapy x 6 visits', 'other', { sessions: 6 }],
      [
        'Home aide 6 hours per day, 5 times a week for 4 weeks',
        'other',
        { sessions: 20, perWeek: 5, weeks: 4 },
      ],
      ['Daily RN for 4 weeks for wound care', 'other', { weeks: 4 }],
      [
        'Acute inpatient rehabilitation 7-10 days for left foot fracture',
        'other',
        { bodyRegions: ['foot'], laterality: 'left' },
      ],
    ]);
  });

  describe('drugs: strength and quantity', () => {
    check([
      ['Ultram 50mg #30', 'drug', { quantity: 30, strength: '50mg' }],
      ['Cyclobenzaprine 7.5mg #60', 'drug', { quantity: 60, strength: '7.5mg' }],
      ['Gabapentin 600 MG #90', 'drug', { quantity: 90, strength: '600mg' }],
      ['Norco 10/325 #120', 'drug', { quantity: 120, strength: '10/325' }],
      ['Post-op Percocet 5/325mg', 'drug', { strength: '5/325mg' }],
      [
        'Norco 5/325mg oral tablet, one tablet twice daily 14 days #40',
        'drug',
        { quantity: 40, strength: '5/325mg' },
      ],
      [
        'Post-op Norco 5/325mg #60, 1-2 tabs orally every 4-6 hrs as needed',
        'drug',
        { quantity: 60, strength: '5/325mg' },
      ],
      ['Voltaren 75mg #60 with 3 refills', 'drug', { quantity: 60, strength: '75mg' }],
      [
        'Diclofenac/misoprostol 75-0.2mg #60 with 2 refills',
        'drug',
        { quantity: 60, strength: '75-0.2mg' },
      ],
      ['Tramadol ER 150mg, Qty: 30.00', 'drug', { quantity: 30, strength: '150mg' }],
      ['Naproxen 550mg, QTY: 60', 'drug', { quantity: 60, strength: '550mg' }],
      ['Omeprazole 20 mg quantity 60', 'drug', { quantity: 60, strength: '20mg' }],
      ['Ambien 10mg 30 tablets', 'drug', { quantity: 30, strength: '10mg' }],
      ['Tramadol 50 mg x 60', 'drug', { quantity: 60, strength: '50mg' }],
      ['Lidocaine 5% patch #1', 'drug', { quantity: 1, strength: '5%' }],
      ['Flector 1.3% transdermal patch', 'drug', { strength: '1.3%' }],
      ['Lidocaine ointment 5% 106.32gm', 'drug', { strength: '5%' }],
      ['Fanatrex 25mg/ml oral suspension 420ml', 'drug', { strength: '25mg/ml' }],
      ['Fentanyl patch 25 mcg/hr #10', 'drug', { quantity: 10, strength: '25mcg/hr' }],
      [
        'Retrospective Lidopro 4%-27.5%-0.0325% 121gm #1, per 12/07/2016 order',
        'drug',
        {
          quantity: 1,
          strength: '4%-27.5%-0.0325%',
          retrospective: true,
          dateOfService: '2016-12-07',
        },
      ],
      [
        'Gabapentin 10%, Cyclobenzaprine 6%, Bupivacaine 5% in cream base',
        'drug',
        { strength: '10%, 6%, 5%' },
      ],
      [
        'One container of Flurbiprofen 10%, Cyclobenzaprine 3%',
        'drug',
        { quantity: 1, strength: '10%, 3%' },
      ],
      [
        'Retrospective injection 5cc of lidocaine hcl 1percent and 1cc of dexamethasone 120mg to the right knee',
        'other',
        { bodyRegions: ['knee'], laterality: 'right', strength: '1%, 120mg', retrospective: true },
      ],
      ['Etodolac', 'drug', {}],
      // a bare count is a quantity for things that are neither drugs nor therapy
      ['Wrist braces #2', 'other', { bodyRegions: ['wrist'], quantity: 2 }],
      ['Electrocardiogram times 3', 'other', { quantity: 3 }],
      // a count ending the request, or opening it said twice
      [
        'NCV of the bilateral lower extremities, 2',
        'other',
        { bodyRegions: ['lower extremity'], laterality: 'bilateral', quantity: 2 },
      ],
      ['Chiropractic therapy, 6', 'therapy', { sessions: 6 }],
      [
        'One (1) x-ray of the lumbar spine',
        'other',
        { bodyRegions: ['lumbar spine'], quantity: 1 },
      ],
      ['Two (2) acupuncture visits', 'therapy', { sessions: 2 }],
      ['1 platelet rich plasma injection', 'other', { quantity: 1 }],
      ['3 month gym membership', 'other', {}],
      [
        'One platelet-rich plasma injection to the right knee',
        'other',
        { bodyRegions: ['knee'], laterality: 'right', quantity: 1 },
      ],
      // other number words, and some digits, open a name, not a count
      [
        'Three phase bone scan to the left foot',
        'other',
        { bodyRegions: ['foot'], laterality: 'left' },
      ],
      ['3 phase bone scan', 'other', {}],
      ['12 panel urine drug screen', 'other', {}],
      ['4 wheeled walker', 'other', {}],
      ['3 in 1 commode', 'other', {}],
      ['Two (2) month rental of a TENS unit', 'other', {}],
      // an opening count is no course: frequency and duration make the sessions
      [
        'Two (2) times a week for six (6) weeks of physical therapy',
        'therapy',
        { sessions: 12, perWeek: 2, weeks: 6 },
      ],
      ['Six (6) weeks of aquatic therapy', 'therapy', { weeks: 6 }],
      // a drug's number after a comma is a strength without its unit
      ['Tramadol ER, 150', 'drug', {}],
      // a weight after `#` is no count
      ['Voltaren gel 1% #60 grams', 'drug', { strength: '1%' }],
      ['Voltaren gel 1% 100gm #2', 'drug', { strength: '1%', quantity: 2 }],
      ['2 views of the left knee', 'other', { bodyRegions: ['knee'], laterality: 'left' }],
      // not a count said twice, or a count of something else
      ['Lumbar support (1) brace', 'other', { bodyRegions: ['lumbar spine'] }],
      ['Lumbar MRI, L4-5', 'other', { bodyRegions: ['lumbar spine'], spinalLevels: ['L4-L5'] }],
    ]);
  });

  describe('retrospective requests and date of service', () => {
    check([
      [
        'Retrospective Cyclobenzaprine 5mg tab #30 DOS: 11/14/16',
        'drug',
        { quantity: 30, strength: '5mg', retrospective: true, dateOfService: '2016-11-14' },
      ],
      [
        'Lidoderm patch, 12 hours on 12 hours off to affected area, #1 box with 1 refill, DOS: 11/11/2016',
        'drug',
        { quantity: 1, retrospective: true, dateOfService: '2016-11-11' },
      ],
      [
        'Retrospective E-stim (DOS 12/29/16)',
        'therapy',
        { retrospective: true, dateOfService: '2016-12-29' },
      ],
      [
        'Retro: Ketoprofen 20% cream 120gm (DOS 11/15/13)',
        'drug',
        { strength: '20%', retrospective: true, dateOfService: '2013-11-15' },
      ],
      [
        'Retrospective urine drug screen date of service 10/2/2014',
        'other',
        { retrospective: true, dateOfService: '2014-10-02' },
      ],
      [
        'Urine drug screen (DOS: 9/24/14-10/24/14)',
        'other',
        { retrospective: true, dateOfService: '2014-09-24' },
      ],
      [
        'Retrospective Famotidine 20mg #60, per 12/07/2016 order',
        'drug',
        { quantity: 60, strength: '20mg', retrospective: true, dateOfService: '2016-12-07' },
      ],
      // a date without DOS or Retrospective is not a date of service
      ['Norco 10/325mg #90 per 12/07/2016 order', 'drug', { quantity: 90, strength: '10/325mg' }],
    ]);
  });

  it('infers the kind from the text when the caller gives none', () => {
    expect(extractRequestDetails('Physical therapy #6').sessions).toBe(6);
    expect(extractRequestDetails('Physical therapy #6').quantity).toBeNull();
    expect(extractRequestDetails('Norco 10/325mg #60').quantity).toBe(60);
    expect(extractRequestDetails('Cold therapy unit #1').quantity).toBe(1);
  });

  it('collapses wrapped request text', () => {
    expect(
      extractRequestDetails('Physical therapy 2 times a week for\n  6 weeks  for the left\nknee'),
    ).toEqual({
      ...NONE,
      bodyRegions: ['knee'],
      laterality: 'left',
      sessions: 12,
      perWeek: 2,
      weeks: 6,
    });
  });

  it('is empty for an empty request', () => {
    expect(extractRequestDetails('')).toEqual(NONE);
  });
});

describe('body region vocabulary', () => {
  it('maps every synonym and abbreviation to a lowercase canonical region', () => {
    for (const entry of BODY_REGIONS) {
      for (const region of entry.regions) expect(region).toBe(region.toLowerCase());
    }
    for (const { region } of Object.values(BODY_REGION_ABBREVIATIONS)) {
      expect(region).toBe(region.toLowerCase());
    }
  });

  it('lists no synonym twice', () => {
    const synonyms = BODY_REGIONS.flatMap((e) => e.synonyms);
    expect(new Set(synonyms).size).toBe(synonyms.length);
  });
});
