/**
 * One synthetic IMR final determination letter in the 2016-17 layout, as text the way the
 * project's PDF extraction presents a real one (page-1 header as `Label: value` lines, then the
 * body as `pdftotext -layout` prints it), together with the facts it states. Pure: the same
 * generator state and index give the same bytes.
 */
import {
  SYNTHETIC_CASE_PREFIX,
  type CaseOutcome,
  type ReviewerProfile,
  type Sex,
} from '../../loaders/determination';
import { REGIONS, type RegionName } from './regions';
import { dayNumber, headerDate, isoDate, proseDate } from './dates';
import { generateDecisions, type GeneratedDecision } from './decisions';
import type { IntendedFacts } from './intended';
import { paginate, wrapParagraph } from './layout';
import { buildSummary, chooseDiagnoses, chooseTreatments } from './prose';
import { randomSide, type FocusRegion } from './request';
import { chooseReviewer } from './reviewers';
import { WeightedTable, type Rng } from './rng';

export type { IntendedDecision, IntendedFacts } from './intended';

export interface GeneratedLetter {
  /** File name without a folder: SYN-0000001.txt. */
  fileName: string;
  text: string;
  intended: IntendedFacts;
}

export interface LetterOptions {
  /** Form feeds between pages, as pdftotext writes them (default true). */
  pageBreaks?: boolean;
}

/** Real case numbers are CMyy-nnnnnnn; synthetic ones can never be mistaken for them. */
export { SYNTHETIC_CASE_PREFIX };
const MAX_INDEX = 9_999_998;

const BOILERPLATE = [
  'HOW THE IMR FINAL DETERMINATION WAS MADE',
  'MAXIMUS Federal Services sent the complete case file to an expert reviewer. He/she has no',
  'affiliation with the employer, employee, providers or the claims administrator. He/she has been',
  'in active clinical practice for more than five years and is currently working at least 24 hours a',
  'week in active practice. The expert reviewer was selected based on his/her clinical experience,',
  'education, background, and expertise in the same or similar specialties that evaluate and/or treat',
  'the medical condition and disputed items/Service. He/she is familiar with governing laws and',
  'regulations, including the strength of evidence hierarchy that applies to Independent Medical',
  'Review determinations.',
];

const SUMMARY_LEAD_IN = [
  'CLINICAL CASE SUMMARY',
  'The expert reviewer developed the following clinical case summary based on a review of the',
  'case file, including all medical records:',
];

const ISSUES_LEAD_IN = [
  'IMR ISSUES, DECISIONS AND RATIONALES',
  'The Final Determination was based on decisions for the disputed items/services set forth below:',
];

const FOCUS_REGION = new WeightedTable<RegionName>([
  ['lumbar spine', 34],
  ['cervical spine', 20],
  ['shoulder', 12],
  ['knee', 10],
  ['wrist', 6],
  ['thoracic spine', 3],
  ['hand', 3],
  ['elbow', 3],
  ['hip', 3],
  ['ankle', 3],
  ['foot', 2],
  ['head', 1],
]);

/** Decision dates fall between 2016-11-01 and mid 2017, like the real corpus's. */
const FIRST_DECISION_DAY = dayNumber(2016, 11, 1);

export function generateLetter(
  rng: Rng,
  index: number,
  options: LetterOptions = {},
): GeneratedLetter {
  if (!Number.isInteger(index) || index < 0 || index > MAX_INDEX) {
    throw new Error(`letter index must be an integer from 0 to ${MAX_INDEX}, got ${index}`);
  }
  const caseNumber = `${SYNTHETIC_CASE_PREFIX}${String(index + 1).padStart(7, '0')}`;
  const priority = rng.chance(0.02) ? 'Expedited' : 'Standard';
  const days = chooseDays(rng);
  const patient = { age: rng.int(19, 72), sex: (rng.chance(0.57) ? 'male' : 'female') as Sex };
  const focus = chooseFocus(rng);
  const diagnoses = chooseDiagnoses(rng, focus);
  const treatments = chooseTreatments(rng);
  const decisions = generateDecisions(rng, {
    focus,
    injuryDay: days.injury,
    urDenialDay: days.urDenial,
    diagnoses,
  });
  const first = decisions[0] as GeneratedDecision;
  const reviewer = chooseReviewer(rng, first.intended.service.subcategory ?? '');
  const smartQuotes = rng.chance(0.12);
  const summary = buildSummary(rng, {
    age: patient.age,
    sex: patient.sex,
    injuryText: proseDate(rng, days.injury),
    evaluatedText: proseDate(rng, rng.int(days.injury, days.urDenial)),
    urDenialText: proseDate(rng, days.urDenial),
    focus,
    diagnoses,
    treatments,
    modified: decisions.some((d) => d.intended.authorized !== null),
    redactedName: rng.chance(0.1),
  });

  const width = rng.int(92, 96);
  const lines: string[] = [
    `Case Number: ${caseNumber}`,
    `Date Assigned: ${headerDate(days.assigned)}`,
    `Decision Date: ${headerDate(days.decision)}`,
    `Priority: ${priority}`,
    `Date of Injury: ${headerDate(days.injury)}`,
    `UR Denial Date: ${headerDate(days.urDenial)}`,
    `Application Received: ${headerDate(days.applicationReceived)}`,
    '',
    ...BOILERPLATE,
    '',
    'The Expert Reviewer has the following credentials:',
  ];
  const wrap = (text: string): void => {
    wrapParagraph(text, width + rng.int(-2, 2), lines);
  };
  const prose = (text: string): string => (smartQuotes ? text.replace(/'/g, '?') : text);
  wrap(`State(s) of Licensure: ${reviewer.licensedStates.join(rng.chance(0.6) ? ',' : ', ')}`);
  wrap(`Certification(s)/Specialty: ${reviewer.specialties.join(', ')}`);
  lines.push('', ...SUMMARY_LEAD_IN, '');
  wrap(prose(summary));
  lines.push('', ...ISSUES_LEAD_IN);
  for (const d of decisions) {
    lines.push('');
    wrap(`${d.text.header}: ${d.intended.outcome === 'UPHELD' ? 'Upheld' : 'Overturned'}`);
    lines.push('');
    wrap(`Claims Administrator guideline: ${d.text.claimsAdministrator}`);
    lines.push('');
    wrap(`MAXIMUS guideline: ${d.text.reviewer}`);
    // Page breaks in real letters sometimes swallow this blank line.
    if (!rng.chance(0.03)) lines.push('');
    wrap(prose(d.text.rationale));
  }

  const intended: IntendedFacts = {
    caseNumber,
    priority,
    dates: {
      assigned: isoDate(days.assigned),
      decision: isoDate(days.decision),
      injury: isoDate(days.injury),
      urDenial: isoDate(days.urDenial),
      applicationReceived: isoDate(days.applicationReceived),
    },
    outcome: caseOutcome(decisions),
    reviewer: copyReviewer(reviewer),
    patient,
    diagnoses,
    priorTreatments: treatments,
    decisions: decisions.map((d) => d.intended),
  };
  return {
    fileName: `${caseNumber}.txt`,
    text: paginate(lines, options.pageBreaks ?? true),
    intended,
  };
}

interface CaseDays {
  injury: number;
  urDenial: number;
  applicationReceived: number;
  assigned: number;
  decision: number;
}

/** injury < UR denial <= application received <= assigned < decision. */
function chooseDays(rng: Rng): CaseDays {
  const decision = FIRST_DECISION_DAY + rng.int(0, 240);
  const assigned = decision - rng.int(14, 40);
  const applicationReceived = assigned - rng.int(0, 14);
  const urDenial = applicationReceived - rng.int(0, 30);
  const injury = urDenial - (rng.chance(0.35) ? rng.int(7, 60) : rng.int(61, 365 * 12));
  return { injury, urDenial, applicationReceived, assigned, decision };
}

function chooseFocus(rng: Rng): FocusRegion[] {
  const n = rng.chance(0.65) ? 1 : 2;
  const focus: FocusRegion[] = [];
  for (let tries = 0; focus.length < n && tries < 6; tries++) {
    const region = FOCUS_REGION.pick(rng);
    if (focus.some((f) => f.region === region)) continue;
    focus.push({ region, laterality: REGIONS[region].plural ? randomSide(rng, region) : null });
  }
  return focus;
}

function caseOutcome(decisions: readonly GeneratedDecision[]): CaseOutcome {
  const overturned = decisions.filter((d) => d.intended.outcome === 'OVERTURNED').length;
  if (overturned === 0) return 'UPHELD';
  return overturned === decisions.length ? 'OVERTURNED' : 'PARTIALLY_OVERTURNED';
}

function copyReviewer(r: ReviewerProfile): ReviewerProfile {
  return { licensedStates: [...r.licensedStates], specialties: [...r.specialties] };
}
