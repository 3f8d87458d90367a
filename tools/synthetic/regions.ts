import type { MtusDocumentKey, OdgChapter } from './guideline-documents';

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
