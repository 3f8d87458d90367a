/**
 * Surgery services of the synthetic corpus: procedures, the services associated with them
 * (Adjunct Surgical Services) and surgical consultations. Weights are relative within Surgery.
 */
import type { ServiceSpec } from './service-spec';
import type { CitationSpec } from './citations';
import { inCategory, type ServiceEntry } from './service-spec';

const SURGICAL: CitationSpec = { mtus: 'REGION', sections: ['Surgical Considerations'] };
const OFFICE_VISITS: CitationSpec = { mtus: 'chronicPain', sections: ['Office visits'] };
function surgery(): ServiceSpec[] {
  return inCategory('Surgery', [
    ...surgicalProcedures(),
    ...adjunctServices(),
    {
      name: 'Surgical consultation',
      subcategory: 'Surgical Consult',
      drug: null,
      weight: 10,
      templates: [
        'Orthopedic surgical consultation for the {region}',
        'Spine surgery consultation for the {region}',
      ],
      regions: ['lumbar spine', 'cervical spine', 'shoulder', 'knee'],
      claimsAdministrator: [SURGICAL],
      reviewer: [OFFICE_VISITS, SURGICAL],
      guidance:
        'The guidelines indicate that the need for an office visit with a health care provider ' +
        "is individualized based upon the patient's concerns, signs and symptoms, and clinical " +
        'stability.',
    },
  ]);
}

const DECOMPRESSION_GUIDANCE =
  'The MTUS ACOEM Guidelines recommend surgical consideration for patients with severe and ' +
  'disabling lower leg symptoms, clear clinical and imaging evidence of a lesion, and failure ' +
  'of conservative treatment.';

function surgicalProcedures(): ServiceEntry[] {
  return [
    {
      name: 'Laminectomy',
      subcategory: 'Spine',
      drug: null,
      weight: 4,
      templates: ['{Spine} laminectomy at {levels}', '{Spine} decompression at {levels}'],
      regions: ['lumbar spine'],
      claimsAdministrator: [SURGICAL, { odg: 'Low Back', topic: 'Discectomy/laminectomy' }],
      reviewer: [SURGICAL, { odg: 'Low Back', topic: 'Discectomy/laminectomy' }],
      guidance: DECOMPRESSION_GUIDANCE,
    },
    {
      name: 'Discectomy',
      subcategory: 'Spine',
      drug: null,
      weight: 5,
      templates: ['{Spine} microdiscectomy at {levels}', '{Spine} discectomy at {levels}'],
      regions: ['lumbar spine'],
      claimsAdministrator: [SURGICAL, { odg: 'Low Back', topic: 'Discectomy/laminectomy' }],
      reviewer: [SURGICAL, { odg: 'Low Back', topic: 'Discectomy/laminectomy' }],
      guidance: DECOMPRESSION_GUIDANCE,
    },
    {
      name: 'Spinal fusion',
      subcategory: 'Spine',
      drug: null,
      weight: 6,
      templates: ['{Spine} fusion at {levels}', '{Spine} interbody fusion at {levels}'],
      regions: ['cervical spine', 'lumbar spine'],
      claimsAdministrator: [SURGICAL],
      reviewer: [SURGICAL, { odg: 'REGION', topic: 'Fusion (spinal)' }],
      guidance:
        'The MTUS ACOEM Guidelines state that there is no good evidence that spinal fusion alone ' +
        'is effective for treating any type of acute low back problem in the absence of ' +
        'instability.',
    },
    {
      name: 'Shoulder arthroscopy',
      subcategory: 'Arthroscopic Surgery',
      drug: null,
      weight: 14,
      templates: [
        '{Region} arthroscopy with subacromial decompression',
        '{Region} arthroscopic rotator cuff repair',
      ],
      regions: ['shoulder'],
      claimsAdministrator: [SURGICAL],
      reviewer: [SURGICAL, { odg: 'Shoulder', topic: 'Surgery for impingement syndrome' }],
      guidance:
        'The MTUS ACOEM Guidelines recommend surgical consultation for red flag conditions, ' +
        'activity limitation for more than four months, and failure to increase range of motion ' +
        'and strength after exercise programs.',
    },
    {
      name: 'Knee arthroscopy',
      subcategory: 'Arthroscopic Surgery',
      drug: null,
      weight: 13,
      templates: [
        '{Region} arthroscopy with partial meniscectomy',
        '{Region} arthroscopic debridement',
      ],
      regions: ['knee'],
      claimsAdministrator: [SURGICAL],
      reviewer: [SURGICAL, { odg: 'Knee & Leg', topic: 'Meniscectomy' }],
      guidance:
        'The MTUS ACOEM Guidelines state that arthroscopic partial meniscectomy usually has a ' +
        'high success rate for cases with clear evidence of a meniscus tear.',
    },
    {
      name: 'Carpal tunnel release',
      subcategory: 'Non-arthroscopic Surgery',
      drug: null,
      weight: 8,
      templates: ['{Region} carpal tunnel release', 'Open carpal tunnel release, {region}'],
      regions: ['wrist'],
      claimsAdministrator: [SURGICAL],
      reviewer: [
        SURGICAL,
        { odg: 'Forearm, Wrist & Hand', topic: 'Carpal tunnel release surgery (CTR)' },
      ],
      guidance:
        'The MTUS ACOEM Guidelines state that carpal tunnel syndrome must be proved by positive ' +
        'findings on clinical examination and supported by nerve conduction tests before surgery.',
    },
    {
      name: 'Trigger finger release',
      subcategory: 'Non-arthroscopic Surgery',
      drug: null,
      weight: 3,
      templates: ['{Side} trigger finger release', 'Trigger finger release, {side}'],
      fixedRegions: ['finger'],
      claimsAdministrator: [SURGICAL],
      reviewer: [SURGICAL],
      guidance:
        'The MTUS ACOEM Guidelines support surgical release when symptoms persist despite one ' +
        'or two corticosteroid injections.',
    },
    {
      name: 'Knee replacement',
      subcategory: 'Non-arthroscopic Surgery',
      drug: null,
      weight: 4,
      templates: ['{Side} total knee arthroplasty', 'Total knee replacement, {region}'],
      regions: ['knee'],
      fixedRegions: ['knee'],
      claimsAdministrator: [{ odg: 'Knee & Leg', topic: 'Knee joint replacement' }],
      reviewer: [{ odg: 'Knee & Leg', topic: 'Knee joint replacement' }],
      guidance:
        'The Official Disability Guidelines recommend knee joint replacement when conservative ' +
        'care has failed and there are limited range of motion, night-time joint pain and ' +
        'imaging evidence of osteoarthritis.',
    },
  ];
}

function adjunctServices(): ServiceEntry[] {
  const adjunct = (
    name: string,
    weight: number,
    templates: string[],
    citation: CitationSpec,
    guidance: string,
  ): ServiceEntry => ({
    name,
    subcategory: 'Adjunct Surgical Services',
    drug: null,
    weight,
    templates,
    claimsAdministrator: [citation],
    reviewer: [citation],
    guidance,
    adjunct: true,
  });
  return [
    adjunct(
      'Post-operative cold therapy unit',
      10,
      [
        'Associated surgical service: Cold therapy unit 7 day rental',
        'Post-operative cold therapy unit',
        'Associated surgical service: Cold therapy unit for purchase',
      ],
      { odg: 'REGION', topic: 'Continuous-flow cryotherapy', fallback: 'Shoulder' },
      'The Official Disability Guidelines recommend continuous-flow cryotherapy as an option ' +
        'after surgery for up to seven days, including home use.',
    ),
    adjunct(
      'Assistant surgeon',
      5,
      ['Associated surgical service: Assistant surgeon', 'Assistant surgeon'],
      { odg: 'REGION', topic: 'Surgical assistant', fallback: 'Low Back' },
      'The Official Disability Guidelines recommend a surgical assistant as an option in more ' +
        'complex surgeries.',
    ),
    adjunct(
      'Pre-operative medical clearance',
      7,
      ['Pre-operative medical clearance', 'Associated surgical service: Medical clearance'],
      { odg: 'REGION', topic: 'Preoperative testing, general', fallback: 'Low Back' },
      'The Official Disability Guidelines state that preoperative testing should be guided by ' +
        "the patient's clinical history, comorbidities and physical examination findings.",
    ),
    adjunct(
      'Pre-operative EKG',
      4,
      ['Pre-op EKG', 'Pre-operative EKG'],
      { odg: 'REGION', topic: 'Preoperative electrocardiogram (ECG)', fallback: 'Low Back' },
      'The Official Disability Guidelines recommend a preoperative electrocardiogram for ' +
        'patients undergoing high-risk surgery and intermediate-risk surgery with risk factors.',
    ),
    {
      ...adjunct(
        'Post-operative shoulder sling',
        4,
        [
          'Associated surgical service: Shoulder sling with abduction pillow',
          'Post-op shoulder sling with abduction pillow',
        ],
        { odg: 'Shoulder', topic: 'Postoperative abduction pillow sling' },
        'The Official Disability Guidelines recommend an abduction pillow sling as an option ' +
          'following open repair of large and massive rotator cuff tears.',
      ),
      fixedRegions: ['shoulder'],
    },
  ];
}

export const SURGERY_SERVICES: readonly ServiceSpec[] = surgery();
