/**
 * Data tables of the synthetic corpus: the DWC service categories with their share of disputed
 * items and overturn rates, body regions, and (from the catalogue-*.ts tables) the services a
 * letter can dispute. Names are the canonical vocabulary of ../shared/spec/taxonomy.md, so the
 * generator's intended facts compare with the parser's output.
 */
import { DRUG_SERVICES } from './catalogue-drugs';
import { DIAGNOSTIC_SERVICES } from './catalogue-diagnostics';
import { SURGERY_SERVICES } from './catalogue-surgery';
import { THERAPY_SERVICES } from './catalogue-therapies';
import { VISIT_SERVICES } from './catalogue-visits';
import type { CitationSpec, OdgChapter, MtusDocumentKey } from './citations';

export type Category =
  | 'Pharmaceuticals'
  | 'Rehabilitation'
  | 'Diagnostic Testing'
  | 'DMEPOS'
  | 'Injection'
  | 'Surgery'
  | 'Evaluation & Management'
  | 'Psych Services'
  | 'Programs'
  | 'Home Health'
  | 'Transportation';

export interface CategorySpec {
  category: Category;
  /** Percent of all disputed items (DWC IMR reports, rounded). */
  share: number;
  /** Share of this category's items that IMR overturns. */
  overturnRate: number;
}

export const CATEGORIES: readonly CategorySpec[] = [
  { category: 'Pharmaceuticals', share: 45, overturnRate: 0.09 },
  { category: 'Rehabilitation', share: 14, overturnRate: 0.14 },
  { category: 'Diagnostic Testing', share: 12, overturnRate: 0.11 },
  { category: 'DMEPOS', share: 9, overturnRate: 0.07 },
  { category: 'Injection', share: 7, overturnRate: 0.12 },
  { category: 'Surgery', share: 6, overturnRate: 0.13 },
  { category: 'Evaluation & Management', share: 4, overturnRate: 0.15 },
  { category: 'Psych Services', share: 2, overturnRate: 0.12 },
  { category: 'Programs', share: 0.5, overturnRate: 0.1 },
  { category: 'Home Health', share: 0.3, overturnRate: 0.1 },
  { category: 'Transportation', share: 0.2, overturnRate: 0.1 },
];

/** Items per letter: 1 to 8, mean about 2.3 (the corpus average). */
export const ITEMS_PER_LETTER: ReadonlyArray<readonly [number, number]> = [
  [1, 42],
  [2, 24],
  [3, 14],
  [4, 9],
  [5, 5],
  [6, 3],
  [7, 2],
  [8, 1],
];

/** Share of all items told as a partial authorisation (UR approved part of the request). */
export const PARTIAL_SHARE = 0.08;

/** Canonical body regions of `details.bodyRegions`. */
export type RegionName =
  | 'cervical spine'
  | 'thoracic spine'
  | 'lumbar spine'
  | 'shoulder'
  | 'elbow'
  | 'wrist'
  | 'hand'
  | 'finger'
  | 'hip'
  | 'knee'
  | 'ankle'
  | 'foot'
  | 'upper extremity'
  | 'lower extremity'
  | 'head';

export interface RegionSpec {
  name: RegionName;
  /** How requests write it (the first is the canonical name itself). */
  texts: readonly string[];
  /** Written for bilateral requests ("bilateral knees"); absent for the spine and head. */
  plural?: string;
  /** Adjective for "{Spine} epidural steroid injection". */
  adjective?: string;
  /** Spinal levels that can be named for this region. */
  levels?: readonly string[];
  /** The MTUS (ACOEM 2nd ed.) chapter for the region, if any. */
  mtus: MtusDocumentKey | null;
  odg: OdgChapter;
  /** Section of the MTUS Postsurgical Treatment Guidelines. */
  postsurgical?: string;
}

export const REGIONS: Readonly<Record<RegionName, RegionSpec>> = {
  'cervical spine': {
    name: 'cervical spine',
    texts: ['cervical spine', 'cervical spine', 'neck'],
    adjective: 'cervical',
    levels: ['C3-C4', 'C4-C5', 'C5-C6', 'C6-C7'],
    mtus: 'neck',
    odg: 'Neck and Upper Back',
  },
  'thoracic spine': {
    name: 'thoracic spine',
    texts: ['thoracic spine'],
    adjective: 'thoracic',
    mtus: 'neck',
    odg: 'Low Back',
  },
  'lumbar spine': {
    name: 'lumbar spine',
    texts: ['lumbar spine', 'lumbar spine', 'low back'],
    adjective: 'lumbar',
    levels: ['L3-L4', 'L4-L5', 'L5-S1'],
    mtus: 'lowBack',
    odg: 'Low Back',
  },
  shoulder: {
    name: 'shoulder',
    texts: ['shoulder'],
    plural: 'shoulders',
    mtus: 'shoulder',
    odg: 'Shoulder',
    postsurgical: 'Shoulder',
  },
  elbow: {
    name: 'elbow',
    texts: ['elbow'],
    plural: 'elbows',
    mtus: 'elbow',
    odg: 'Elbow',
    postsurgical: 'Elbow & Upper Arm',
  },
  wrist: {
    name: 'wrist',
    texts: ['wrist'],
    plural: 'wrists',
    mtus: 'hand',
    odg: 'Forearm, Wrist & Hand',
    postsurgical: 'Forearm, Wrist, & Hand',
  },
  hand: {
    name: 'hand',
    texts: ['hand'],
    plural: 'hands',
    mtus: 'hand',
    odg: 'Forearm, Wrist & Hand',
    postsurgical: 'Forearm, Wrist, & Hand',
  },
  finger: {
    name: 'finger',
    texts: ['finger'],
    plural: 'fingers',
    mtus: 'hand',
    odg: 'Forearm, Wrist & Hand',
    postsurgical: 'Forearm, Wrist, & Hand',
  },
  hip: { name: 'hip', texts: ['hip'], plural: 'hips', mtus: null, odg: 'Hip & Pelvis' },
  knee: {
    name: 'knee',
    texts: ['knee'],
    plural: 'knees',
    mtus: 'knee',
    odg: 'Knee & Leg',
    postsurgical: 'Knee',
  },
  ankle: {
    name: 'ankle',
    texts: ['ankle'],
    plural: 'ankles',
    mtus: 'ankle',
    odg: 'Ankle & Foot',
    postsurgical: 'Ankle & Foot',
  },
  foot: {
    name: 'foot',
    texts: ['foot'],
    plural: 'feet',
    mtus: 'ankle',
    odg: 'Ankle & Foot',
    postsurgical: 'Ankle & Foot',
  },
  'upper extremity': {
    name: 'upper extremity',
    texts: ['upper extremity'],
    plural: 'upper extremities',
    mtus: 'neck',
    odg: 'Neck and Upper Back',
  },
  'lower extremity': {
    name: 'lower extremity',
    texts: ['lower extremity'],
    plural: 'lower extremities',
    mtus: 'lowBack',
    odg: 'Low Back',
  },
  head: { name: 'head', texts: ['head'], mtus: null, odg: 'Head' },
};

/**
 * A service a letter can dispute. Request templates are plain text with placeholders that the
 * request builder fills and records as details (request.ts): {label} {strength} {qty}
 * {sessions} {freq} {region} {spine} {levels} {side}; a capitalised placeholder ({Region})
 * capitalises what it writes.
 */
export interface ServiceSpec {
  /** Canonical service name. */
  name: string;
  category: Category;
  subcategory: string;
  /** Generic drug name (lower case) for Pharmaceuticals, else null. */
  drug: string | null;
  /** Relative frequency within its category. */
  weight: number;
  templates: readonly string[];
  labels?: readonly string[];
  strengths?: readonly string[];
  /** The strength a template states in its own text (compounds: "20%, 5%"). */
  statedStrength?: string;
  quantities?: readonly number[];
  /** Regions {region} and {spine} choose from. */
  regions?: readonly RegionName[];
  /** Regions the template text names without a placeholder ("Cervical pillow"). */
  fixedRegions?: readonly RegionName[];
  /** Probability that the request is a retrospective one with a date of service. */
  retrospective?: number;
  /** Citation candidates of the claims administrator (UR) and of the expert reviewer. */
  claimsAdministrator: readonly CitationSpec[];
  reviewer: readonly CitationSpec[];
  /** What the guidelines say, for the rationale. */
  guidance: string;
  /** Follows a surgery in the same letter (Associated surgical service ...). */
  adjunct?: boolean;
}

export const SERVICES: readonly ServiceSpec[] = [
  ...DRUG_SERVICES,
  ...THERAPY_SERVICES,
  ...DIAGNOSTIC_SERVICES,
  ...SURGERY_SERVICES,
  ...VISIT_SERVICES,
];

/** Specialties fit to review a subcategory; any other item goes to the general pool. */
export const REVIEWER_AFFINITY: Readonly<Record<string, readonly string[]>> = {
  Chiropractic: ['Chiropractor', 'Physical Medicine & Rehabilitation'],
  Acupuncture: ['Acupuncturist', 'Physical Medicine & Rehabilitation'],
  Spine: ['Orthopedic Surgery', 'Neurological Surgery'],
  'Arthroscopic Surgery': ['Orthopedic Surgery'],
  'Non-arthroscopic Surgery': ['Orthopedic Surgery', 'Hand Surgery'],
  'Adjunct Surgical Services': ['Orthopedic Surgery', 'Surgery'],
  'Surgical Consult': ['Orthopedic Surgery', 'Neurological Surgery'],
  Therapies: ['Psychologist', 'Psychiatry'],
  'Evaluation & Management': ['Psychologist', 'Psychiatry'],
};
