/**
 * Free text of the synthetic letters: the clinical case summary (age, sex, injury date, diagnoses,
 * treatment to date) and the decision rationales. Diagnoses and treatments contain no comma and no
 * " and ", so the lists in the summary split back into exactly the intended items.
 */
import type { Outcome, ReasonCode, Sex } from '../../loaders/determination';
import type { RegionName } from './regions';
import type { FocusRegion } from './request';
import type { Rng } from './rng';

const DIAGNOSES: Readonly<Record<RegionName, readonly string[]>> = {
  'lumbar spine': [
    'lumbar radiculopathy',
    'lumbar disc protrusion',
    'lumbar sprain/strain',
    'chronic low back pain',
    'lumbar degenerative disc disease',
    'lumbar facet arthropathy',
    'lumbar spinal stenosis',
  ],
  'cervical spine': [
    'cervical radiculopathy',
    'cervical sprain/strain',
    'cervical disc herniation',
    'cervical spondylosis',
    'chronic neck pain',
  ],
  'thoracic spine': ['thoracic sprain/strain', 'thoracic myofascial pain'],
  shoulder: [
    '{side} shoulder impingement syndrome',
    '{side} rotator cuff tendinitis',
    '{side} shoulder sprain/strain',
    '{side} rotator cuff tear',
    '{side} adhesive capsulitis',
  ],
  elbow: [
    '{side} lateral epicondylitis',
    '{side} cubital tunnel syndrome',
    '{side} elbow sprain/strain',
  ],
  wrist: [
    '{side} carpal tunnel syndrome',
    '{side} wrist sprain/strain',
    '{side} De Quervain tenosynovitis',
  ],
  hand: ['{side} trigger finger', '{side} hand contusion', '{side} hand pain'],
  finger: ['{side} trigger finger', '{side} finger sprain'],
  hip: ['{side} hip bursitis', '{side} hip strain'],
  knee: [
    '{side} knee medial meniscus tear',
    '{side} knee sprain/strain',
    '{side} knee osteoarthritis',
    '{side} patellofemoral syndrome',
  ],
  ankle: ['{side} ankle sprain', '{side} ankle tendinitis'],
  foot: ['{side} plantar fasciitis', '{side} foot contusion'],
  'upper extremity': ['{side} upper extremity paresthesias'],
  'lower extremity': ['{side} lower extremity radicular pain'],
  head: ['post-traumatic headaches', 'post-concussion syndrome'],
};

const GENERAL_DIAGNOSES = [
  'myofascial pain syndrome',
  'insomnia',
  'anxiety',
  'depression',
  'gastritis',
  'chronic pain syndrome',
];

const TREATMENTS = [
  'physical therapy',
  'chiropractic care',
  'acupuncture',
  'medications',
  'medications',
  'home exercise program',
  'modified work duties',
  'activity modification',
  'diagnostic imaging',
  'x-rays',
  'TENS unit',
  'injections',
  'ice/heat therapy',
  'psychotherapy',
  'bracing',
];

const COMPLAINT_WORDS: Readonly<Record<RegionName, string>> = {
  'lumbar spine': 'low back',
  'cervical spine': 'neck',
  'thoracic spine': 'mid back',
  shoulder: 'shoulder',
  elbow: 'elbow',
  wrist: 'wrist',
  hand: 'hand',
  finger: 'finger',
  hip: 'hip',
  knee: 'knee',
  ankle: 'ankle',
  foot: 'foot',
  'upper extremity': 'arm',
  'lower extremity': 'leg',
  head: 'head',
};

export interface SummaryInput {
  age: number;
  sex: Sex;
  injuryText: string;
  evaluatedText: string;
  urDenialText: string;
  focus: readonly FocusRegion[];
  diagnoses: readonly string[];
  treatments: readonly string[];
  modified: boolean;
  redactedName: boolean;
}

export function chooseDiagnoses(rng: Rng, focus: readonly FocusRegion[]): string[] {
  const out: string[] = [];
  const target = rng.int(1, 4);
  for (let tries = 0; out.length < target && tries < 12; tries++) {
    const f = rng.pick(focus);
    const text = rng.chance(0.15)
      ? rng.pick(GENERAL_DIAGNOSES)
      : rng.pick(DIAGNOSES[f.region]).replace('{side}', f.laterality ?? 'right');
    if (!out.includes(text)) out.push(text);
  }
  return out;
}

export function chooseTreatments(rng: Rng): string[] {
  const out: string[] = [];
  const target = rng.int(1, 4);
  for (let tries = 0; out.length < target && tries < 12; tries++) {
    const t = rng.pick(TREATMENTS);
    if (!out.includes(t)) out.push(t);
  }
  return out;
}

export function buildSummary(rng: Rng, s: SummaryInput): string {
  const man = s.sex === 'male' ? 'man' : 'woman';
  const opening = rng.pick([
    `The injured worker is a ${s.age} year old ${s.sex} who sustained an industrial injury on ${s.injuryText}.`,
    `The injured worker is a ${s.age} year old ${s.sex}, who sustained an industrial injury on ${s.injuryText}.`,
    `The injured worker is a ${s.age} year old ${s.sex} with an industrial injury date of ${s.injuryText}.`,
    `This is a ${s.age} year old ${s.sex} with a date of injury on ${s.injuryText}.`,
    `This ${s.age} year old ${man} sustained an industrial injury on ${s.injuryText}.`,
  ]);
  const list = joinList(rng, s.diagnoses);
  const noun = s.diagnoses.length === 1 ? 'diagnosis' : 'diagnoses';
  const diagnoses = rng.pick([
    `The injured worker was being treated for the ${noun} of ${list}.`,
    `The injured worker has ${noun} of ${list}.`,
    `Medical record review indicates the injured worker is being treated for the ${noun} of ${list}.`,
  ]);
  const focus = s.focus[0] as FocusRegion;
  const complaint = COMPLAINT_WORDS[focus.region];
  const seen = s.redactedName
    ? `Per the progress report by Dr.  dated ${s.evaluatedText}, the injured worker reported ${complaint} pain.`
    : `The injured worker was evaluated on ${s.evaluatedText} for complaints of ${complaint} pain.`;
  const sentences = [
    opening,
    'This is a synthetic letter generated by imr-graph for testing.',
    diagnoses,
    seen,
    `The pain was rated ${rng.int(3, 9)} on a 10-point scale.`,
    rng.pick([
      `Objective findings included tenderness to palpation of the ${complaint} and decreased range of motion.`,
      `Physical examination revealed tenderness and muscle spasm of the ${complaint} region.`,
      `The injured worker's examination showed guarding and pain with range of motion of the ${complaint}.`,
    ]),
    `Treatment to date has included ${joinList(rng, s.treatments)}.`,
    s.modified
      ? `On ${s.urDenialText}, utilization review modified or non-certified the requested treatment.`
      : `On ${s.urDenialText}, utilization review non-certified the requested treatment.`,
  ];
  return sentences.join(' ');
}

/** "A", "A and B", "A, B and C" (sometimes with the serial comma). */
export function joinList(rng: Rng, items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  const head = items.slice(0, -1).join(', ');
  const serial = items.length > 2 && rng.chance(0.3) ? ',' : '';
  return `${head}${serial} and ${items[items.length - 1]}`;
}

/** A finding of the rationale and the reasons (reasons.md) it states, known by construction. */
interface Finding {
  text: string;
  reasons: ReasonCode[];
}

const UPHELD_FINDINGS: readonly Finding[] = [
  {
    text: 'There is no documentation of objective functional improvement with prior treatment.',
    reasons: ['NO_FUNCTIONAL_IMPROVEMENT'],
  },
  {
    text: 'The medical records do not document a failed trial of first-line treatment.',
    reasons: ['NO_FAILED_FIRST_LINE'],
  },
  {
    text: "The submitted records do not describe the injured worker's response to prior care.",
    reasons: ['NO_FUNCTIONAL_IMPROVEMENT'],
  },
  {
    text: 'There is a lack of documentation with quantified evidence of pain relief and increased function.',
    reasons: ['NO_FUNCTIONAL_IMPROVEMENT'],
  },
  {
    text: 'The clinical information submitted for review does not establish a rationale for the request.',
    reasons: ['NO_CLEAR_RATIONALE'],
  },
  {
    // Boilerplate (reasons.md, labelling rule 4): no ground of its own.
    text: 'There are no exceptional factors noted within the documentation which would demonstrate medical necessity for the requested treatment outside of the recommended guidelines.',
    reasons: [],
  },
];

const OVERTURNED_FINDINGS: readonly Finding[] = [
  {
    text: 'The documentation shows objective functional improvement and a reduction in pain with the current treatment.',
    reasons: ['FUNCTIONAL_IMPROVEMENT_DOCUMENTED'],
  },
  {
    text: "The treating physician's notes document failure of conservative care and examination findings that support the request.",
    reasons: ['CONSERVATIVE_CARE_FAILED', 'CRITERIA_MET'],
  },
  {
    text: 'The requested quantity is within the guideline recommendations.',
    reasons: ['WITHIN_GUIDELINE_LIMIT'],
  },
  {
    text: 'The clinical findings on examination support the requested treatment at this time.',
    reasons: ['CRITERIA_MET'],
  },
];

/** A rationale and the reason codes it states (sorted; OTHER_UNCLEAR when it states none). */
export interface BuiltRationale {
  text: string;
  reasons: ReasonCode[];
}

/** "Decision rationale: ..." for one item. */
export function buildRationale(
  rng: Rng,
  guidance: string,
  request: string,
  outcome: Outcome,
  diagnosis: string | undefined,
): BuiltRationale {
  const findings = outcome === 'UPHELD' ? UPHELD_FINDINGS : OVERTURNED_FINDINGS;
  const first = rng.pick(findings);
  const picked = rng.pick(findings);
  const second = picked === first ? null : picked;
  const context =
    diagnosis && rng.chance(0.6) ? `In this case, the injured worker has ${diagnosis}. ` : '';
  const verdict = outcome === 'UPHELD' ? 'not medically necessary' : 'medically necessary';
  const conclusion = rng.pick([
    `Therefore, the request for ${request} is ${verdict}.`,
    `Given the above, the request for ${request} is ${verdict}.`,
    `As such, the request is ${verdict}.`,
  ]);
  const text = `Decision rationale: ${guidance} ${context}${first.text}${second ? ` ${second.text}` : ''} ${conclusion}`;
  const reasons = [...new Set([...first.reasons, ...(second?.reasons ?? [])])].sort();
  return { text, reasons: reasons.length > 0 ? reasons : ['OTHER_UNCLEAR'] };
}

/** The rationale of an item that only makes sense with a surgery IMR did not approve. */
export const DEPENDENT_RATIONALE: BuiltRationale = {
  text:
    'Decision rationale: As the requested surgical intervention is not medically necessary per ' +
    'the documentation, the requested ancillary service is not medically necessary.',
  reasons: ['LINKED_REQUEST'],
};
