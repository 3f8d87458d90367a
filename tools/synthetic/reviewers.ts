/**
 * The fixed pool of expert reviewer profiles of the synthetic corpus (about 60, like the set of
 * anonymous reviewers a year of real letters shows). Built once from a fixed seed, so every corpus
 * draws on the same pool whatever its own seed.
 */
import type { ReviewerProfile } from '../../loaders/determination';
import { REVIEWER_AFFINITY } from './catalogue';
import { createRng, WeightedTable, type Rng } from './rng';

/** Specialty sets as the credentials block writes them, and how many reviewers hold each. */
const SPECIALTY_SETS: ReadonlyArray<readonly [readonly string[], number]> = [
  [['Preventive Medicine', 'Occupational Medicine'], 9],
  [['Family Practice'], 8],
  [['Physical Medicine & Rehabilitation', 'Pain Management'], 5],
  [['Physical Medicine & Rehabilitation'], 4],
  [['Internal Medicine'], 4],
  [['Orthopedic Surgery', 'Sports Medicine'], 3],
  [['Orthopedic Surgery'], 3],
  [['Emergency Medicine'], 2],
  [['Anesthesiology', 'Pain Management'], 2],
  [['Neurology', 'Pain Management'], 1],
  [
    ['Preventive Medicine', 'Occupational Medicine', 'Public Health & General Preventive Medicine'],
    2,
  ],
  [['Preventive Medicine', 'Occupational Medicine', 'Medical Toxicology'], 1],
  [['Internal Medicine', 'Rheumatology'], 1],
  [['Family Practice', 'Sports Medicine'], 1],
  [['Orthopedic Surgery', 'Hand Surgery', 'Sports Medicine'], 1],
  [['Neurological Surgery'], 1],
  [['Surgery'], 1],
  [['Psychiatry'], 1],
  [['Psychologist'], 3],
  [['Chiropractor'], 4],
  [['Acupuncturist'], 3],
];

const OTHER_STATES = [
  'Arizona',
  'Colorado',
  'Connecticut',
  'District of Columbia',
  'Florida',
  'Georgia',
  'Illinois',
  'Indiana',
  'Iowa',
  'Kansas',
  'Louisiana',
  'Maryland',
  'Massachusetts',
  'Michigan',
  'Mississippi',
  'Missouri',
  'Montana',
  'Nevada',
  'New Jersey',
  'New Mexico',
  'New York',
  'North Carolina',
  'Ohio',
  'Oklahoma',
  'Oregon',
  'Pennsylvania',
  'South Carolina',
  'Tennessee',
  'Texas',
  'Utah',
  'Virginia',
  'Washington',
  'West Virginia',
  'Wyoming',
];

/** Physicians who review anything that has no specialty of its own. */
const GENERALISTS = new Set([
  'Preventive Medicine',
  'Family Practice',
  'Physical Medicine & Rehabilitation',
  'Internal Medicine',
  'Emergency Medicine',
  'Anesthesiology',
  'Neurology',
  'Orthopedic Surgery',
]);

const POOL_SEED = 0x1a2b3c4d;

function buildPool(): ReviewerProfile[] {
  const rng = createRng(POOL_SEED);
  const pool: ReviewerProfile[] = [];
  for (const [specialties, count] of SPECIALTY_SETS) {
    for (let i = 0; i < count; i++)
      pool.push({ specialties: [...specialties], licensedStates: chooseStates(rng) });
  }
  return pool;
}

function chooseStates(rng: Rng): string[] {
  const n = new WeightedTable<number>([
    [1, 45],
    [2, 38],
    [3, 17],
  ]).pick(rng);
  const states = rng.chance(0.75) ? ['California'] : [];
  while (states.length < n) {
    const s = rng.pick(OTHER_STATES);
    if (!states.includes(s)) states.push(s);
  }
  // California is often listed after other states; keep the written order varied.
  return rng.chance(0.4) ? states.reverse() : states;
}

export const REVIEWER_POOL: readonly ReviewerProfile[] = buildPool();

const GENERAL_POOL = REVIEWER_POOL.filter((r) => r.specialties.some((s) => GENERALISTS.has(s)));

const POOL_BY_SUBCATEGORY = new Map<string, readonly ReviewerProfile[]>(
  Object.entries(REVIEWER_AFFINITY).map(([subcategory, fits]) => [
    subcategory,
    REVIEWER_POOL.filter((r) => r.specialties.some((s) => fits.includes(s))),
  ]),
);

/** A reviewer fit for the letter's first disputed item (a chiropractor for chiropractic ...). */
export function chooseReviewer(rng: Rng, subcategory: string): ReviewerProfile {
  const fit = POOL_BY_SUBCATEGORY.get(subcategory);
  return rng.pick(fit?.length && rng.chance(0.85) ? fit : GENERAL_POOL);
}
