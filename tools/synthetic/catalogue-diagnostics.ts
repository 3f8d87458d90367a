/**
 * Diagnostic Testing and DMEPOS services of the synthetic corpus: request templates, the body
 * regions they apply to, and what each party cites. Weights are relative within the category.
 */
import type { RegionName } from './regions';
import type { ServiceSpec } from './service-spec';
import type { CitationSpec } from './citations';
import { inCategory } from './service-spec';

const IMAGING_REGIONS: RegionName[] = [
  'lumbar spine',
  'lumbar spine',
  'cervical spine',
  'cervical spine',
  'thoracic spine',
  'shoulder',
  'shoulder',
  'knee',
  'knee',
  'wrist',
  'hand',
  'elbow',
  'hip',
  'ankle',
  'foot',
];

const SPECIAL_STUDIES: CitationSpec = { mtus: 'REGION', sections: ['Special Studies'] };
const TENS: CitationSpec = {
  mtus: 'chronicPain',
  sections: ['TENS, chronic pain (transcutaneous electrical nerve stimulation)'],
};

const DIAGNOSTIC = inCategory('Diagnostic Testing', [
  {
    name: 'MRI',
    subcategory: 'Imaging/Radiology',
    drug: null,
    weight: 42,
    templates: [
      'MRI of the {region}',
      'MRI of the {region} without contrast',
      'MRI of the {region} without contrast',
      '{Region} MRI without contrast',
      'MRI scan of the {region}',
    ],
    regions: IMAGING_REGIONS,
    claimsAdministrator: [
      SPECIAL_STUDIES,
      { odg: 'REGION', topic: 'MRIs (magnetic resonance imaging)' },
    ],
    reviewer: [SPECIAL_STUDIES, { odg: 'REGION', topic: 'MRIs (magnetic resonance imaging)' }],
    guidance:
      'The MTUS ACOEM Guidelines state that unequivocal objective findings that identify ' +
      'specific nerve compromise on the neurologic examination are sufficient evidence to ' +
      'warrant imaging in patients who do not respond to treatment.',
  },
  {
    name: 'X-ray',
    subcategory: 'Imaging/Radiology',
    drug: null,
    weight: 16,
    templates: ['X-rays of the {region}', 'X-ray of the {region}', '{Region} x-rays'],
    regions: IMAGING_REGIONS,
    claimsAdministrator: [SPECIAL_STUDIES],
    reviewer: [SPECIAL_STUDIES, { odg: 'REGION', topic: 'Radiography (x-rays)' }],
    guidance:
      'The MTUS ACOEM Guidelines do not recommend routine radiographs in the absence of red ' +
      'flags for serious pathology within the first four to six weeks of symptoms.',
  },
  {
    name: 'CT scan',
    subcategory: 'Imaging/Radiology',
    drug: null,
    weight: 6,
    templates: ['CT scan of the {region}', '{Region} CT scan'],
    regions: ['lumbar spine', 'cervical spine', 'head', 'wrist', 'ankle'],
    claimsAdministrator: [SPECIAL_STUDIES],
    reviewer: [SPECIAL_STUDIES, { odg: 'REGION', topic: 'CT (computed tomography)' }],
    guidance:
      'The guidelines recommend computed tomography to define a suspected bony or structural ' +
      'abnormality when plain films are not diagnostic.',
  },
  {
    name: 'EMG/NCV',
    subcategory: 'EMG/NCV/NCS',
    drug: null,
    weight: 22,
    templates: ['EMG/NCV of the {region}', 'EMG/NCS of the {region}', 'NCV/EMG of the {region}'],
    regions: ['upper extremity', 'lower extremity'],
    claimsAdministrator: [
      SPECIAL_STUDIES,
      { odg: 'REGION', topic: 'Electrodiagnostic studies (EDS)' },
    ],
    reviewer: [
      { mtus: 'chronicPain', sections: ['Electrodiagnostic testing (EMG/NCS)'] },
      SPECIAL_STUDIES,
      { odg: 'REGION', topic: 'Electrodiagnostic studies (EDS)' },
    ],
    guidance:
      'The California MTUS 2016 Chronic Pain Guidelines state that electromyography may be ' +
      'useful to identify subtle focal neurologic dysfunction in patients with symptoms lasting ' +
      'more than three or four weeks.',
  },
  {
    name: 'Urine drug screen',
    subcategory: 'Lab & Pathology',
    drug: null,
    weight: 9,
    templates: ['Urine drug screen', 'Urine drug test', 'Urine toxicology screen'],
    retrospective: 0.35,
    claimsAdministrator: [{ mtus: 'chronicPain', sections: ['Drug testing'] }],
    reviewer: [
      { mtus: 'chronicPain', sections: ['Drug testing'] },
      {
        mtus: 'opioids',
        sections: [
          '3.3.6 Opioids for Chronic Pain and Chronic Opioid Treatment: Use of Urine Drug Testing (UDT)',
        ],
      },
    ],
    guidance:
      'The California MTUS 2016 Chronic Pain Guidelines recommend drug testing as an option to ' +
      'assess for the use or presence of illegal drugs in patients on opioid therapy.',
  },
  {
    name: 'Lab tests',
    subcategory: 'Lab & Pathology',
    drug: null,
    weight: 3,
    templates: ['Complete blood count', 'Comprehensive metabolic panel', 'Hepatic function panel'],
    retrospective: 0.2,
    claimsAdministrator: [
      { mtus: 'chronicPain', sections: ['NSAIDs, specific drug list & adverse effects'] },
    ],
    reviewer: [{ mtus: 'chronicPain', sections: ['NSAIDs, specific drug list & adverse effects'] }],
    guidance:
      'The California MTUS 2016 Chronic Pain Guidelines recommend periodic laboratory ' +
      'monitoring of a chemistry profile and blood count for patients on long-term NSAIDs.',
  },
  {
    name: 'Functional capacity evaluation',
    subcategory: 'Other Diagnostic Tests',
    drug: null,
    weight: 6,
    templates: ['Functional capacity evaluation', 'Functional capacity evaluation (FCE)'],
    claimsAdministrator: [
      { mtus: 'general', sections: ['Cornerstones of Disability Prevention and Management'] },
    ],
    reviewer: [
      { mtus: 'general', sections: ['Cornerstones of Disability Prevention and Management'] },
      { odg: 'Fitness for Duty', topic: 'Functional capacity evaluation (FCE)' },
    ],
    guidance:
      'The Official Disability Guidelines recommend a functional capacity evaluation prior to ' +
      'admission to a work hardening program, and not when the sole purpose is to determine a ' +
      "worker's effort or compliance.",
  },
  {
    name: 'Sleep study',
    subcategory: 'Other Diagnostic Tests',
    drug: null,
    weight: 2,
    templates: ['Sleep study', 'Polysomnography'],
    claimsAdministrator: [{ odg: 'Pain', topic: 'Polysomnography' }],
    reviewer: [{ odg: 'Pain', topic: 'Polysomnography' }],
    guidance:
      'The Official Disability Guidelines recommend polysomnography after at least six months ' +
      'of insomnia complaints unresponsive to behavioral intervention and sedative medications.',
  },
]);

const DME: CitationSpec = { odg: 'Knee & Leg', topic: 'Durable medical equipment (DME)' };

const DMEPOS = inCategory('DMEPOS', [
  {
    name: 'TENS unit',
    subcategory: 'Electrical Stimulation',
    drug: null,
    weight: 24,
    templates: [
      'TENS unit',
      'TENS unit 30 day rental',
      'TENS unit purchase',
      'TENS unit for the {region}',
    ],
    regions: ['lumbar spine', 'cervical spine', 'knee'],
    claimsAdministrator: [TENS],
    reviewer: [TENS, { mtus: 'lowBack', sections: ['Physical Methods'] }],
    guidance:
      'The California MTUS 2016 Chronic Pain Guidelines do not recommend TENS as a primary ' +
      'treatment modality, but a one-month home-based trial may be considered as an adjunct to ' +
      'a program of evidence-based functional restoration.',
  },
  {
    name: 'Interferential unit',
    subcategory: 'Electrical Stimulation',
    drug: null,
    weight: 8,
    templates: ['Interferential current stimulator 30 day rental', 'Interferential unit purchase'],
    claimsAdministrator: [
      { mtus: 'chronicPain', sections: ['Interferential Current Stimulation (ICS)'] },
    ],
    reviewer: [{ mtus: 'chronicPain', sections: ['Interferential Current Stimulation (ICS)'] }],
    guidance:
      'The California MTUS 2016 Chronic Pain Guidelines do not recommend interferential ' +
      'current stimulation as an isolated intervention.',
  },
  {
    name: 'TENS supplies',
    subcategory: 'Supplies',
    drug: null,
    weight: 9,
    templates: ['TENS unit supplies', 'TENS electrode pads #{qty}', 'TENS unit batteries #{qty}'],
    quantities: [4, 8, 12],
    claimsAdministrator: [TENS],
    reviewer: [TENS],
    guidance:
      'The California MTUS 2016 Chronic Pain Guidelines tie the need for TENS supplies to a ' +
      'documented successful trial of the unit.',
  },
  {
    name: 'Back brace',
    subcategory: 'Prosthetics/Orthotics',
    drug: null,
    weight: 12,
    templates: ['Lumbar support', 'Lumbar brace', 'Lumbar support brace'],
    fixedRegions: ['lumbar spine'],
    claimsAdministrator: [{ mtus: 'lowBack', sections: ['Physical Methods'] }],
    reviewer: [
      { mtus: 'lowBack', sections: ['Physical Methods'] },
      { odg: 'Low Back', topic: 'Lumbar supports' },
    ],
    guidance:
      'The MTUS ACOEM Guidelines state that lumbar supports have not been shown to have any ' +
      'lasting benefit beyond the acute phase of symptom relief.',
  },
  {
    name: 'Knee brace',
    subcategory: 'Prosthetics/Orthotics',
    drug: null,
    weight: 9,
    templates: ['{Region} brace', 'Hinged knee brace for the {region}'],
    regions: ['knee'],
    claimsAdministrator: [{ mtus: 'knee', sections: ['Initial Care'] }],
    reviewer: [
      { mtus: 'knee', sections: ['Initial Care'] },
      { odg: 'Knee & Leg', topic: 'Knee brace' },
    ],
    guidance:
      'The MTUS ACOEM Guidelines state that a brace can be used for patellar instability, ' +
      'anterior cruciate ligament tear or medial collateral ligament instability.',
  },
  {
    name: 'Wrist brace',
    subcategory: 'Prosthetics/Orthotics',
    drug: null,
    weight: 7,
    templates: ['{Region} brace', 'Wrist splint for the {region}'],
    regions: ['wrist'],
    claimsAdministrator: [{ mtus: 'hand', sections: ['Initial Care'] }],
    reviewer: [
      { mtus: 'hand', sections: ['Initial Care'] },
      { odg: 'Forearm, Wrist & Hand', topic: 'Splints' },
    ],
    guidance:
      'The MTUS ACOEM Guidelines recommend splinting as first-line conservative treatment for ' +
      "carpal tunnel syndrome and de Quervain's tenosynovitis.",
  },
  {
    name: 'Orthotics',
    subcategory: 'Prosthetics/Orthotics',
    drug: null,
    weight: 4,
    templates: ['Custom orthotics for the {region}', 'Custom foot orthotics, {region}'],
    regions: ['foot'],
    claimsAdministrator: [{ mtus: 'ankle', sections: ['Initial Care'] }],
    reviewer: [{ mtus: 'ankle', sections: ['Initial Care'] }],
    guidance:
      'The MTUS ACOEM Guidelines recommend rigid orthotics for plantar fasciitis and ' +
      'metatarsalgia as part of a rehabilitation program.',
  },
  {
    name: 'Pillow',
    subcategory: 'DME',
    drug: null,
    weight: 4,
    templates: ['Cervical pillow', 'Orthopedic cervical pillow'],
    fixedRegions: ['cervical spine'],
    claimsAdministrator: [{ odg: 'Neck and Upper Back', topic: 'Pillow' }],
    reviewer: [{ odg: 'Neck and Upper Back', topic: 'Pillow' }],
    guidance:
      'The Official Disability Guidelines recommend use of a neck support pillow while ' +
      'sleeping in conjunction with daily exercise.',
  },
  {
    name: 'Hot/cold pack',
    subcategory: 'DME',
    drug: null,
    weight: 8,
    templates: ['Hot/cold pack for the {region}', 'Hot and cold packs, {region}'],
    regions: ['shoulder', 'knee', 'lumbar spine'],
    claimsAdministrator: [{ odg: 'REGION', topic: 'Cold/heat packs' }],
    reviewer: [{ odg: 'REGION', topic: 'Cold/heat packs' }],
    guidance:
      'The Official Disability Guidelines recommend at-home applications of cold packs and ' +
      'heat, which do not require a specialized unit.',
  },
  {
    name: 'Exercise equipment',
    subcategory: 'DME',
    drug: null,
    weight: 5,
    templates: ['Home exercise equipment for the {region}', 'Exercise equipment, {region}'],
    regions: ['shoulder', 'knee', 'lumbar spine'],
    claimsAdministrator: [{ mtus: 'chronicPain', sections: ['Exercise'] }],
    reviewer: [
      { mtus: 'chronicPain', sections: ['Exercise'] },
      { odg: 'REGION', topic: 'Home exercise kits' },
    ],
    guidance:
      'The guidelines recommend exercise but do not support specialized equipment over an ' +
      'independent home program that needs none.',
  },
  {
    name: 'Wheelchair',
    subcategory: 'DME',
    drug: null,
    weight: 3,
    templates: ['Standard wheelchair 2 month rental', 'Wheelchair purchase'],
    claimsAdministrator: [DME],
    reviewer: [DME],
    guidance:
      'The Official Disability Guidelines recommend durable medical equipment if there is a ' +
      'medical need and it meets the definition of durable medical equipment.',
  },
  {
    name: 'Bath/shower chair',
    subcategory: 'DME',
    drug: null,
    weight: 2,
    templates: ['Shower chair', 'Purchase of a bath/shower chair'],
    claimsAdministrator: [DME],
    reviewer: [DME],
    guidance:
      'The Official Disability Guidelines state that bathroom and toilet items are not ' +
      'primarily medical in nature.',
  },
]);

export const DIAGNOSTIC_SERVICES: readonly ServiceSpec[] = [...DIAGNOSTIC, ...DMEPOS];
