/**
 * Canonical body regions for a request's `details.bodyRegions`, with the synonyms the
 * letters use. Canonical names are lowercase, singular and side-free: the side goes in
 * `details.laterality`, so "right shoulder" and "bilateral shoulders" both group under
 * 'shoulder' in the graph.
 *
 * Choices, so that traversals group what clinicians group:
 * - The spine is split by segment: 'cervical spine', 'thoracic spine', 'lumbar spine'.
 *   'neck' maps to 'cervical spine' and 'low back' / 'lower back' / 'lumbosacral' / 'LS'
 *   to 'lumbar spine', because the guidelines treat them as one body part (MTUS "Neck and
 *   Upper Back Complaints", "Low Back Complaints"; ODG "Neck and Upper Back", "Low Back")
 *   and the letters say "MRI of the neck" and "MRI of the cervical spine" for the same study.
 *   'upper back' and 'mid back' map to 'thoracic spine' (anatomically they are).
 * - 'spine' (segment not named) and 'back' (bare, as in "back support") stay their own
 *   canonical values: mapping them to a segment would be a guess. Spinal levels name their
 *   segment, though: `Right L5-S1 epidural steroid injection` is 'lumbar spine', and
 *   `Spine fusion L4-5` too (request-details.ts, withLevelSegments).
 * - Limbs: 'upper extremity' covers arm(s), upper limb(s), UE; 'lower extremity' covers
 *   leg(s), lower leg, lower limb(s), LE. The letters use these interchangeably
 *   ("EMG of the legs" / "EMG of the lower extremities"). Singular, like every other
 *   region: "bilateral upper extremities" is 'upper extremity' with laterality 'bilateral'.
 * - Joints and segments that guidelines name separately keep their own value: shoulder,
 *   elbow, forearm, wrist, hand, finger (thumb included), hip, knee, ankle, foot (toes
 *   and heel included).
 * - Anatomic parts that name a joint map to it: 'rotator cuff' → shoulder, 'carpal tunnel'
 *   → wrist, 'TMJ' → jaw, 'SI joint' → 'sacroiliac joint'.
 *
 * Extend the tables where real letters need it; do not rename canonical values (they are
 * graph property values and GraphQL filter values).
 */

export type BodyRegion =
  | 'cervical spine'
  | 'thoracic spine'
  | 'lumbar spine'
  | 'spine'
  | 'back'
  | 'sacroiliac joint'
  | 'coccyx'
  | 'head'
  | 'face'
  | 'jaw'
  | 'eye'
  | 'ear'
  | 'chest'
  | 'abdomen'
  | 'pelvis'
  | 'shoulder'
  | 'elbow'
  | 'forearm'
  | 'wrist'
  | 'hand'
  | 'finger'
  | 'upper extremity'
  | 'hip'
  | 'knee'
  | 'ankle'
  | 'foot'
  | 'lower extremity';

export type Side = 'left' | 'right' | 'bilateral';

export interface BodyRegionEntry {
  /** The canonical region, or two for phrases that name both (`thoracolumbar`). */
  regions: readonly BodyRegion[];
  /**
   * Phrases matched case-insensitively on word boundaries. A space in a phrase also
   * accepts a hyphen or no separator ("c spine" matches "C-spine", "cspine").
   * Plurals are listed explicitly.
   */
  synonyms: readonly string[];
}

/** Order does not matter: the matcher prefers the longest phrase at each position. */
export const BODY_REGIONS: readonly BodyRegionEntry[] = [
  {
    regions: ['cervical spine'],
    synonyms: ['cervical spine', 'cervical', 'c spine', 'c/s', 'neck'],
  },
  {
    regions: ['thoracic spine'],
    synonyms: [
      'thoracic spine',
      'thoracic',
      't spine',
      't/s',
      'dorsal spine',
      'upper back',
      'mid back',
      'middle back',
    ],
  },
  {
    regions: ['lumbar spine'],
    synonyms: [
      'lumbar spine',
      'lumbar',
      'l spine',
      'l/s',
      'ls spine',
      'lumbosacral spine',
      'lumbosacral',
      'lumbo sacral',
      'low back',
      'lower back',
    ],
  },
  {
    regions: ['cervical spine', 'thoracic spine'],
    synonyms: ['cervicothoracic', 'cervicothoracic spine'],
  },
  {
    regions: ['thoracic spine', 'lumbar spine'],
    synonyms: ['thoracolumbar', 'thoracolumbar spine'],
  },
  { regions: ['spine'], synonyms: ['spine', 'whole spine', 'entire spine'] },
  { regions: ['back'], synonyms: ['back'] },
  {
    regions: ['sacroiliac joint'],
    synonyms: ['sacroiliac joint', 'sacroiliac joints', 'sacroiliac', 'si joint', 'si joints'],
  },
  { regions: ['coccyx'], synonyms: ['coccyx', 'tailbone', 'coccygeal'] },
  { regions: ['head'], synonyms: ['head', 'brain', 'skull'] },
  { regions: ['face'], synonyms: ['face', 'facial'] },
  {
    regions: ['jaw'],
    synonyms: ['jaw', 'tmj', 'temporomandibular joint', 'temporomandibular joints'],
  },
  { regions: ['eye'], synonyms: ['eye', 'eyes'] },
  { regions: ['ear'], synonyms: ['ear', 'ears'] },
  { regions: ['chest'], synonyms: ['chest', 'rib', 'ribs', 'thorax'] },
  { regions: ['abdomen'], synonyms: ['abdomen', 'abdominal'] },
  { regions: ['pelvis'], synonyms: ['pelvis', 'pelvic'] },
  { regions: ['shoulder'], synonyms: ['shoulder', 'shoulders', 'rotator cuff'] },
  { regions: ['elbow'], synonyms: ['elbow', 'elbows'] },
  { regions: ['forearm'], synonyms: ['forearm', 'forearms'] },
  { regions: ['wrist'], synonyms: ['wrist', 'wrists', 'carpal tunnel'] },
  { regions: ['hand'], synonyms: ['hand', 'hands'] },
  { regions: ['finger'], synonyms: ['finger', 'fingers', 'thumb', 'thumbs'] },
  {
    regions: ['upper extremity'],
    synonyms: [
      'upper extremity',
      'upper extremities',
      'upper extremeties',
      'upper limb',
      'upper limbs',
      'arm',
      'arms',
    ],
  },
  // The groin is the hip's region in the guidelines (ACOEM "Hip and Groin", ODG "Hip & Pelvis").
  { regions: ['hip'], synonyms: ['hip', 'hips', 'groin', 'groins'] },
  { regions: ['knee'], synonyms: ['knee', 'knees'] },
  { regions: ['ankle'], synonyms: ['ankle', 'ankles'] },
  { regions: ['foot'], synonyms: ['foot', 'feet', 'toe', 'toes', 'heel', 'heels'] },
  {
    regions: ['lower extremity'],
    synonyms: [
      'lower extremity',
      'lower extremities',
      'lower extremeties',
      'lower limb',
      'lower limbs',
      'leg',
      'legs',
      'lower leg',
      'lower legs',
    ],
  },
];

/**
 * Abbreviations matched case-sensitively as whole tokens (so "le" or "ue" in prose never
 * match); some carry a side as well (BUE = bilateral upper extremities).
 */
export const BODY_REGION_ABBREVIATIONS: Readonly<
  Record<string, { region: BodyRegion; side: Side | null }>
> = {
  LS: { region: 'lumbar spine', side: null },
  LSO: { region: 'lumbar spine', side: null },
  UE: { region: 'upper extremity', side: null },
  UEs: { region: 'upper extremity', side: null },
  BUE: { region: 'upper extremity', side: 'bilateral' },
  BUEs: { region: 'upper extremity', side: 'bilateral' },
  RUE: { region: 'upper extremity', side: 'right' },
  LUE: { region: 'upper extremity', side: 'left' },
  LE: { region: 'lower extremity', side: null },
  LEs: { region: 'lower extremity', side: null },
  BLE: { region: 'lower extremity', side: 'bilateral' },
  BLEs: { region: 'lower extremity', side: 'bilateral' },
  RLE: { region: 'lower extremity', side: 'right' },
  LLE: { region: 'lower extremity', side: 'left' },
};

/**
 * Phrases that contain a region word but name no region: "Follow up with spine surgeon" is
 * a specialty, "hand-held shower" a device, "face-to-face visit" a kind of visit. Matched
 * like synonyms (a space also accepts a hyphen or nothing) and skipped.
 */
export const NOT_A_REGION_PHRASES: readonly string[] = [
  'spine surgeon',
  'spine surgeons',
  'spine surgery',
  'spine surgical',
  'spine specialist',
  'spine specialists',
  'spine center',
  'hand held',
  'face to face',
  // devices named for the body part they rest on, used after an injury below it (foot, ankle)
  'knee scooter',
  'knee scooters',
  'knee walker',
  'knee walkers',
];
