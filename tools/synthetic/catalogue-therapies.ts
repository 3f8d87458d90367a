/**
 * Rehabilitation and Injection services of the synthetic corpus: request templates, the body
 * regions they apply to, and what each party cites. Weights are relative within the category.
 */
import type { RegionName } from './regions';
import type { ServiceSpec } from './service-spec';
import type { CitationSpec } from './citations';
import { inCategory } from './service-spec';

const SPINE: RegionName[] = ['lumbar spine', 'lumbar spine', 'cervical spine'];
const PT_REGIONS: RegionName[] = [
  'lumbar spine',
  'lumbar spine',
  'cervical spine',
  'thoracic spine',
  'shoulder',
  'knee',
  'wrist',
  'elbow',
  'ankle',
];
const PHYSICAL_MEDICINE: CitationSpec = {
  mtus: 'chronicPain',
  sections: ['Physical medicine treatment'],
};
const MANIPULATION: CitationSpec = {
  mtus: 'chronicPain',
  sections: ['Manual therapy & manipulation'],
};
const REHABILITATION = inCategory('Rehabilitation', [
  {
    name: 'Physical therapy',
    subcategory: 'Physical Therapy/Occupational Therapy (PT/OT)',
    drug: null,
    weight: 40,
    templates: [
      'Physical therapy {freq} for the {region}',
      'Physical therapy {freq} for the {region}',
      'Physical therapy {sessions} for the {region}',
      'Physical therapy, {sessions}, {region}',
      '{Sessions} of physical therapy for the {region}',
    ],
    regions: PT_REGIONS,
    claimsAdministrator: [PHYSICAL_MEDICINE, { odg: 'REGION', topic: 'Physical therapy' }],
    reviewer: [PHYSICAL_MEDICINE, { odg: 'REGION', topic: 'Physical therapy' }],
    guidance:
      'The California MTUS 2016 Chronic Pain Guidelines allow for fading of treatment frequency ' +
      'plus active self-directed home physical medicine, with 9 to 10 visits over 8 weeks for ' +
      'myalgia and myositis.',
  },
  {
    name: 'Occupational therapy',
    subcategory: 'Physical Therapy/Occupational Therapy (PT/OT)',
    drug: null,
    weight: 7,
    templates: [
      'Occupational therapy {freq} for the {region}',
      'Occupational therapy {sessions} for the {region}',
    ],
    regions: ['wrist', 'hand', 'hand', 'elbow', 'shoulder'],
    claimsAdministrator: [PHYSICAL_MEDICINE],
    reviewer: [PHYSICAL_MEDICINE, { odg: 'REGION', topic: 'Physical/Occupational therapy' }],
    guidance:
      'The California MTUS 2016 Chronic Pain Guidelines recommend a limited course of therapy ' +
      'with a transition to an independent home exercise program.',
  },
  {
    name: 'Physical therapy',
    subcategory: 'Physical Therapy/Occupational Therapy (PT/OT)',
    drug: null,
    weight: 8,
    templates: [
      'Post-op physical therapy {freq} for the {region}',
      'Post-operative physical therapy {sessions} for the {region}',
    ],
    regions: ['shoulder', 'knee', 'wrist', 'hand', 'elbow'],
    claimsAdministrator: [{ mtus: 'postsurgical', sections: ['REGION'] }],
    reviewer: [{ mtus: 'postsurgical', sections: ['REGION'] }],
    guidance:
      'The California MTUS Postsurgical Treatment Guidelines recommend an initial course of ' +
      'therapy of one half of the general course of postsurgical physical medicine treatment.',
  },
  {
    name: 'Chiropractic manipulation',
    subcategory: 'Chiropractic',
    drug: null,
    weight: 22,
    templates: [
      'Chiropractic care {freq} for the {region}',
      'Chiropractic treatment {sessions} for the {region}',
      'Chiropractic manipulation {freq}, {region}',
      'Chiropractic manipulative therapy {sessions} to the {region}',
    ],
    regions: ['lumbar spine', 'lumbar spine', 'cervical spine', 'thoracic spine'],
    claimsAdministrator: [MANIPULATION, { odg: 'REGION', topic: 'Manipulation' }],
    reviewer: [MANIPULATION, { odg: 'REGION', topic: 'Manipulation' }],
    guidance:
      'The California MTUS 2016 Chronic Pain Guidelines recommend manual therapy for chronic ' +
      'pain caused by musculoskeletal conditions, with a trial of 6 visits over 2 weeks and up ' +
      'to 18 visits with evidence of objective functional improvement.',
  },
  {
    name: 'Acupuncture',
    subcategory: 'Acupuncture',
    drug: null,
    weight: 18,
    templates: [
      'Acupuncture {freq} for the {region}',
      'Acupuncture {sessions} for the {region}',
      'Electro-acupuncture {freq} to the {region}',
      'Acupuncture therapy {sessions}, {region}',
    ],
    regions: ['lumbar spine', 'lumbar spine', 'cervical spine', 'shoulder', 'knee', 'wrist'],
    claimsAdministrator: [{ mtus: 'acupuncture' }],
    reviewer: [{ mtus: 'acupuncture' }],
    guidance:
      'The California MTUS Acupuncture Guidelines recommend acupuncture as an option when pain ' +
      'medication is reduced or not tolerated, with 3 to 6 treatments to produce functional ' +
      'improvement.',
  },
  {
    name: 'Extracorporeal shockwave therapy',
    subcategory: 'Other Therapies',
    drug: null,
    weight: 3,
    templates: [
      'Extracorporeal shockwave therapy {sessions} for the {region}',
      'Shockwave therapy {sessions}, {region}',
    ],
    regions: ['shoulder', 'elbow', 'foot'],
    claimsAdministrator: [{ odg: 'REGION', topic: 'Extracorporeal shock wave therapy (ESWT)' }],
    reviewer: [{ odg: 'REGION', topic: 'Extracorporeal shock wave therapy (ESWT)' }],
    guidance:
      'The Official Disability Guidelines recommend extracorporeal shock wave therapy only for ' +
      'calcifying tendinitis of the shoulder after six months of failed standard treatment.',
  },
  {
    name: 'Massage therapy',
    subcategory: 'Other Therapies',
    drug: null,
    weight: 2,
    templates: ['Massage therapy {sessions} for the {region}', 'Massage therapy {freq}, {region}'],
    regions: ['lumbar spine', 'cervical spine', 'shoulder'],
    claimsAdministrator: [{ mtus: 'chronicPain', sections: ['Massage therapy'] }],
    reviewer: [{ mtus: 'chronicPain', sections: ['Massage therapy'] }],
    guidance:
      'The California MTUS 2016 Chronic Pain Guidelines recommend massage therapy as an ' +
      'adjunct to other recommended treatment, limited to 4 to 6 visits in most cases.',
  },
  {
    name: 'Aquatic therapy',
    subcategory: 'Physical Therapy/Occupational Therapy (PT/OT)',
    drug: null,
    weight: 2,
    templates: ['Aquatic therapy {freq}', 'Aquatic therapy {sessions} for the {region}'],
    regions: ['lumbar spine', 'knee', 'hip'],
    claimsAdministrator: [{ mtus: 'chronicPain', sections: ['Aquatic therapy'] }],
    reviewer: [
      { mtus: 'chronicPain', sections: ['Aquatic therapy', 'Physical medicine treatment'] },
    ],
    guidance:
      'The California MTUS 2016 Chronic Pain Guidelines recommend aquatic therapy as an ' +
      'optional form of exercise therapy where reduced weight bearing is desirable.',
  },
]);

const INJECTION = inCategory('Injection', [
  {
    name: 'Epidural steroid injection',
    subcategory: 'Injection',
    drug: null,
    weight: 40,
    templates: [
      '{Spine} epidural steroid injection at {levels}',
      '{Side} {spine} transforaminal epidural steroid injection at {levels}',
      '{Spine} epidural steroid injection at {levels}, {side}',
    ],
    regions: ['lumbar spine', 'lumbar spine', 'lumbar spine', 'cervical spine'],
    claimsAdministrator: [
      { mtus: 'chronicPain', sections: ['Epidural steroid injections (ESIs)'] },
      { odg: 'REGION', topic: 'Epidural steroid injections (ESIs)' },
    ],
    reviewer: [
      { mtus: 'chronicPain', sections: ['Epidural steroid injections (ESIs)'] },
      { odg: 'REGION', topic: 'Epidural steroid injections (ESIs)' },
    ],
    guidance:
      'The California MTUS 2016 Chronic Pain Guidelines recommend epidural steroid injections ' +
      'when radiculopathy is documented by physical examination and corroborated by imaging ' +
      'or electrodiagnostic testing, and the patient is unresponsive to conservative treatment.',
  },
  {
    name: 'Trigger point injection',
    subcategory: 'Injection',
    drug: null,
    weight: 14,
    templates: ['Trigger point injections to the {region}', 'Trigger point injections, {region}'],
    regions: ['lumbar spine', 'cervical spine', 'thoracic spine'],
    claimsAdministrator: [{ mtus: 'chronicPain', sections: ['Trigger point injections'] }],
    reviewer: [{ mtus: 'chronicPain', sections: ['Trigger point injections'] }],
    guidance:
      'The California MTUS 2016 Chronic Pain Guidelines recommend trigger point injections ' +
      'only for myofascial pain syndrome with documented circumscribed trigger points with ' +
      'evidence upon palpation of a twitch response and referred pain.',
  },
  {
    name: 'Corticosteroid injection',
    subcategory: 'Injection',
    drug: null,
    weight: 14,
    templates: [
      'Cortisone injection to the {region}',
      'Steroid injection, {region}',
      'Corticosteroid injection for the {region}',
    ],
    regions: ['shoulder', 'shoulder', 'knee', 'knee', 'wrist', 'elbow', 'hip'],
    claimsAdministrator: [
      { mtus: 'REGION', sections: ['Initial Care'] },
      { odg: 'REGION', topic: 'Steroid injections' },
    ],
    reviewer: [
      { mtus: 'REGION', sections: ['Initial Care', 'Summary'] },
      { odg: 'REGION', topic: 'Steroid injections' },
    ],
    guidance:
      'The MTUS ACOEM Guidelines state that invasive techniques such as corticosteroid ' +
      'injections may be considered after a trial of conservative care of two to three weeks.',
  },
  {
    name: 'Platelet-rich plasma injection',
    subcategory: 'Injection',
    drug: null,
    weight: 6,
    templates: ['Platelet rich plasma injection to the {region}', 'PRP injection, {region}'],
    regions: ['knee', 'elbow', 'shoulder', 'foot'],
    claimsAdministrator: [{ odg: 'REGION', topic: 'Platelet-rich plasma (PRP)' }],
    reviewer: [{ odg: 'REGION', topic: 'Platelet-rich plasma (PRP)' }],
    guidance:
      'The Official Disability Guidelines state that platelet-rich plasma injections are under ' +
      'study and are not recommended outside of a clinical trial.',
  },
  {
    name: 'Facet injection',
    subcategory: 'Facet Injection',
    drug: null,
    weight: 14,
    templates: [
      '{Spine} facet joint injection at {levels}',
      '{Side} {spine} facet injections at {levels}',
    ],
    regions: SPINE,
    claimsAdministrator: [
      { mtus: 'REGION', sections: ['Physical Methods'] },
      { odg: 'REGION', topic: 'Facet joint intra-articular injections' },
    ],
    reviewer: [{ odg: 'REGION', topic: 'Facet joint intra-articular injections' }],
    guidance:
      'The Official Disability Guidelines do not recommend intra-articular facet injections, ' +
      'and suggest a medial branch block when a neurotomy is being considered.',
  },
  {
    name: 'Medial branch block',
    subcategory: 'Facet Injection',
    drug: null,
    weight: 12,
    templates: [
      '{Side} {spine} medial branch block at {levels}',
      '{Spine} medial branch blocks at {levels}, {side}',
    ],
    regions: SPINE,
    claimsAdministrator: [{ odg: 'REGION', topic: 'Facet joint diagnostic blocks (injections)' }],
    reviewer: [{ odg: 'REGION', topic: 'Facet joint diagnostic blocks (injections)' }],
    guidance:
      'The Official Disability Guidelines limit diagnostic medial branch blocks to patients ' +
      'with non-radicular pain at no more than two levels bilaterally after failure of ' +
      'conservative treatment for at least four to six weeks.',
  },
]);

export const THERAPY_SERVICES: readonly ServiceSpec[] = [...REHABILITATION, ...INJECTION];
