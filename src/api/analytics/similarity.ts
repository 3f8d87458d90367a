import type { SimilarityWeights } from './analytics.queries';

/**
 * Weights of similarCases' overlap score, per shared thing:
 * - service 3: the disputed treatment is what makes two IMR cases comparable at all;
 * - guideline 2: the same guideline section cited by the reviewer means the same reasoning
 *   was applied (sections are specific: "manual therapy and manipulation", not "ODG");
 * - diagnosis 2: the same clinical picture, as the case summary names it;
 * - body region 1: coarse (lumbar spine is in a large share of letters), so it only breaks
 *   ties between cases that already share something more specific, and cannot make a case
 *   similar on its own.
 */
export const SIMILARITY_WEIGHTS: SimilarityWeights = {
  service: 3,
  guideline: 2,
  diagnosis: 2,
  bodyRegion: 1,
};

/**
 * Candidates taken per shared thing. Rare things (a drug, a specific guideline section) are
 * expanded in full; a hub contributes this many cases, which bounds the statement's work at
 * (shared things × SIMILAR_FANOUT) candidates whatever the size of the graph.
 */
export const SIMILAR_FANOUT = 300;
