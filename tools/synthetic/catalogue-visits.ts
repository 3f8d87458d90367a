/**
 * Evaluation & Management, Psych Services, Programs, Home Health and Transportation services of
 * the synthetic corpus. Weights are relative within each category.
 */
import type { ServiceSpec } from './service-spec';
import type { CitationSpec } from './citations';
import { inCategory } from './service-spec';

const OFFICE_VISITS: CitationSpec = { mtus: 'chronicPain', sections: ['Office visits'] };
function visits(): ServiceSpec[] {
  const consultation: CitationSpec = {
    mtus: 'general',
    sections: ['Cornerstones of Disability Prevention and Management'],
  };
  const psychEvaluation: CitationSpec = {
    mtus: 'chronicPain',
    sections: ['Psychological evaluations'],
  };
  const psychTreatment: CitationSpec = {
    mtus: 'chronicPain',
    sections: ['Behavioral interventions', 'Psychological treatment'],
  };
  return [
    ...inCategory('Evaluation & Management', [
      {
        name: 'Office visit',
        subcategory: 'Medical Specialties',
        drug: null,
        weight: 40,
        templates: [
          'Follow-up visit with the treating physician',
          'Follow up office visit',
          'Office visit with the primary treating physician',
        ],
        claimsAdministrator: [OFFICE_VISITS],
        reviewer: [OFFICE_VISITS, { odg: 'Pain', topic: 'Office visits' }],
        guidance:
          'The California MTUS 2016 Chronic Pain Guidelines indicate that the need for a ' +
          "clinical office visit is individualized based upon a review of the patient's " +
          'concerns, signs and symptoms, clinical stability, and reasonable physician judgment.',
      },
      {
        name: 'Pain management consultation',
        subcategory: 'Medical Specialties',
        drug: null,
        weight: 30,
        templates: [
          'Pain management consultation',
          'Referral to pain management',
          'Pain management consultation and treatment',
        ],
        claimsAdministrator: [consultation],
        reviewer: [consultation, OFFICE_VISITS],
        guidance:
          'The MTUS ACOEM Guidelines state that a referral may be appropriate when the ' +
          'diagnosis is uncertain or extremely complex, or when the course of care may benefit ' +
          'from additional expertise.',
      },
      {
        name: 'Neurology consultation',
        subcategory: 'Medical Specialties',
        drug: null,
        weight: 15,
        templates: ['Neurology consultation', 'Consultation with a neurologist'],
        claimsAdministrator: [consultation],
        reviewer: [consultation],
        guidance:
          'The MTUS ACOEM Guidelines support a specialist referral when the plan or course of ' +
          'care may benefit from additional expertise.',
      },
      {
        name: 'Internal medicine consultation',
        subcategory: 'Medical Specialties',
        drug: null,
        weight: 10,
        templates: ['Internal medicine consultation', 'Internal medicine evaluation'],
        claimsAdministrator: [consultation],
        reviewer: [consultation],
        guidance:
          'The MTUS ACOEM Guidelines support a specialist referral when a medical condition ' +
          "outside the treating physician's expertise affects recovery.",
      },
      {
        name: 'Dental evaluation',
        subcategory: 'Dental Services',
        drug: null,
        weight: 5,
        templates: ['Dental evaluation', 'Dental consultation'],
        claimsAdministrator: [{ odg: 'Head', topic: 'Dental trauma treatment (facial fractures)' }],
        reviewer: [{ odg: 'Head', topic: 'Dental trauma treatment (facial fractures)' }],
        guidance:
          'The Official Disability Guidelines recommend dental treatment for damage caused by ' +
          'trauma to the teeth and supporting structures.',
      },
    ]),
    ...inCategory('Psych Services', [
      {
        name: 'Psychological evaluation',
        subcategory: 'Evaluation & Management',
        drug: null,
        weight: 45,
        templates: [
          'Psychological evaluation',
          'Psychological consultation',
          'Comprehensive psychological testing',
        ],
        claimsAdministrator: [psychEvaluation],
        reviewer: [psychEvaluation, { mtus: 'stress', sections: ['General Approach'] }],
        guidance:
          'The California MTUS 2016 Chronic Pain Guidelines recommend psychological evaluations ' +
          'as generally accepted, well-established diagnostic procedures for chronic pain ' +
          'populations.',
      },
      {
        name: 'Psychotherapy',
        subcategory: 'Therapies',
        drug: null,
        weight: 40,
        templates: [
          'Cognitive behavioral therapy {sessions}',
          'Cognitive behavioral therapy {freq}',
        ],
        claimsAdministrator: [psychTreatment],
        reviewer: [
          psychTreatment,
          { odg: 'Mental Illness & Stress', topic: 'Cognitive therapy for depression' },
        ],
        guidance:
          'The California MTUS 2016 Chronic Pain Guidelines recommend an initial trial of 3 to 4 ' +
          'psychotherapy visits over 2 weeks, and up to 6 to 10 visits with evidence of objective ' +
          'functional improvement.',
      },
      {
        name: 'Biofeedback',
        subcategory: 'Therapies',
        drug: null,
        weight: 15,
        templates: ['Biofeedback {sessions}'],
        claimsAdministrator: [{ mtus: 'chronicPain', sections: ['Biofeedback'] }],
        reviewer: [{ mtus: 'chronicPain', sections: ['Biofeedback'] }],
        guidance:
          'The California MTUS 2016 Chronic Pain Guidelines do not recommend biofeedback as a ' +
          'stand-alone treatment, but recommend it as an option in a cognitive behavioral ' +
          'therapy program.',
      },
    ]),
    ...inCategory('Programs', [
      {
        name: 'Functional restoration program',
        subcategory: 'Programs',
        drug: null,
        weight: 60,
        templates: [
          'Functional restoration program 80 hours',
          'Functional restoration program evaluation',
        ],
        claimsAdministrator: [
          { mtus: 'chronicPain', sections: ['Functional restoration programs (FRPs)'] },
        ],
        reviewer: [
          {
            mtus: 'chronicPain',
            sections: [
              'Functional restoration programs (FRPs)',
              'Chronic pain programs (functional restoration programs)',
            ],
          },
        ],
        guidance:
          'The California MTUS 2016 Chronic Pain Guidelines recommend functional restoration ' +
          'programs where an adequate and thorough evaluation has been made and previous methods ' +
          'of treating chronic pain have been unsuccessful.',
      },
      {
        name: 'Work hardening',
        subcategory: 'Programs',
        drug: null,
        weight: 40,
        templates: ['Work hardening program {sessions}', 'Work conditioning {freq}'],
        claimsAdministrator: [
          { mtus: 'chronicPain', sections: ['Work conditioning, work hardening'] },
        ],
        reviewer: [{ mtus: 'chronicPain', sections: ['Work conditioning, work hardening'] }],
        guidance:
          'The California MTUS 2016 Chronic Pain Guidelines recommend work conditioning only ' +
          'after an adequate trial of physical therapy with improvement followed by a plateau.',
      },
    ]),
    ...inCategory('Home Health', [
      {
        name: 'Home health care',
        subcategory: 'Home Health',
        drug: null,
        weight: 1,
        templates: ['Home health care 4 hours per day {freq}', 'Home health aide {freq}'],
        claimsAdministrator: [{ mtus: 'chronicPain', sections: ['Home health services'] }],
        reviewer: [{ mtus: 'chronicPain', sections: ['Home health services'] }],
        guidance:
          'The California MTUS 2016 Chronic Pain Guidelines recommend home health services only ' +
          'for otherwise recommended medical treatment for patients who are homebound.',
      },
    ]),
    ...inCategory('Transportation', [
      {
        name: 'Transportation',
        subcategory: 'Transportation',
        drug: null,
        weight: 1,
        templates: [
          'Transportation to and from medical appointments',
          'Round trip transportation to medical appointments',
        ],
        claimsAdministrator: [
          { odg: 'Knee & Leg', topic: 'Transportation (to & from appointments)' },
        ],
        reviewer: [{ odg: 'Knee & Leg', topic: 'Transportation (to & from appointments)' }],
        guidance:
          'The Official Disability Guidelines recommend transportation to and from appointments ' +
          'for patients with disabilities preventing them from self-transport.',
      },
    ]),
  ];
}

export const VISIT_SERVICES: readonly ServiceSpec[] = visits();
