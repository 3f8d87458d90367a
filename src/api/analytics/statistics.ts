/**
 * The statistics of the research queries, pure: counts in, rates, intervals and orderings out.
 * Cypher only counts; everything that needs judgement about small numbers happens here.
 */

/** z for a two-sided 95% interval. */
export const Z_95 = 1.959963984540054;

export interface Interval {
  low: number;
  high: number;
}

/** successes / trials, 0 when there were no trials. */
export function rate(successes: number, trials: number): number {
  return trials > 0 ? successes / trials : 0;
}

/**
 * Wilson score interval for a binomial proportion. Unlike the normal approximation it stays
 * inside [0, 1] and is honest about small counts (0 of 3 is not "certainly 0%"), which is
 * why rankings show it next to the rate. No trials: the whole of [0, 1].
 */
export function wilsonInterval(successes: number, trials: number, z: number = Z_95): Interval {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: at 0 of 0 the edge rules below give [0, 1] too; negative trials do not occur
  if (trials <= 0) return { low: 0, high: 1 };
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  // At 0 of n (or n of n) the bound is exactly 0 (or 1); floating point leaves ~1e-17.
  return {
    low: successes === 0 ? 0 : clamp01(centre - half),
    high: successes === trials ? 1 : clamp01(centre + half),
  };
}

/** How many times the baseline rate this rate is; null when the baseline is 0 (undefined). */
export function lift(groupRate: number, baselineRate: number): number | null {
  return baselineRate > 0 ? groupRate / baselineRate : null;
}

function clamp01(value: number): number {
  // Rounding can leave 1e-17 outside the unit interval; the interval is a probability.
  return Math.min(1, Math.max(0, value));
}

/** Counts of one group of decisions (a guideline, a bucket, a month). */
export interface OutcomeCounts {
  decisions: number;
  upheld: number;
  overturned: number;
}

export type RequestedOutcome = 'UPHELD' | 'OVERTURNED';

/** The group's numbers for the requested outcome, judged against the filtered set's baseline. */
export interface OutcomeStats extends OutcomeCounts {
  overturnRate: number;
  /** Which outcome `outcomeCount`, `rate`, the interval and `lift` are about. */
  outcome: RequestedOutcome;
  outcomeCount: number;
  rate: number;
  rateLow: number;
  rateHigh: number;
  baselineRate: number;
  lift: number | null;
}

export function outcomeCountOf(counts: OutcomeCounts, outcome: RequestedOutcome): number {
  return outcome === 'OVERTURNED' ? counts.overturned : counts.upheld;
}

/** Baseline: the requested outcome's rate over all decisions of the filtered set. */
export function baselineRateOf(totals: OutcomeCounts, outcome: RequestedOutcome): number {
  return rate(outcomeCountOf(totals, outcome), totals.decisions);
}

export function outcomeStats(
  counts: OutcomeCounts,
  outcome: RequestedOutcome,
  baselineRate: number,
): OutcomeStats {
  const outcomeCount = outcomeCountOf(counts, outcome);
  const groupRate = rate(outcomeCount, counts.decisions);
  const interval = wilsonInterval(outcomeCount, counts.decisions);
  return {
    decisions: counts.decisions,
    upheld: counts.upheld,
    overturned: counts.overturned,
    overturnRate: rate(counts.overturned, counts.decisions),
    outcome,
    outcomeCount,
    rate: groupRate,
    rateLow: interval.low,
    rateHigh: interval.high,
    baselineRate,
    lift: lift(groupRate, baselineRate),
  };
}

/**
 * The impact ranking of the contract: most decisions with the requested outcome first, then
 * the higher rate, then the key (so equal groups always come back in the same order).
 */
export function compareByImpact<T extends { key: string; stats: OutcomeStats }>(
  a: T,
  b: T,
): number {
  return (
    b.stats.outcomeCount - a.stats.outcomeCount ||
    b.stats.rate - a.stats.rate ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

/** Groups with at least `minDecisions` decisions, ranked by impact, the first `limit`. */
export function rankByImpact<T extends { key: string; stats: OutcomeStats }>(
  groups: readonly T[],
  minDecisions: number,
  limit: number,
): T[] {
  return groups
    .filter((g) => g.stats.decisions >= minDecisions)
    .sort(compareByImpact)
    .slice(0, limit);
}

/** Months 'yyyy-mm' from `first` to `last` inclusive; the trend fills gaps with zero rows. */
export function monthsBetween(first: string, last: string): string[] {
  const parse = (m: string) => {
    const [y, mm] = m.split('-').map(Number);
    return y * 12 + (mm - 1);
  };
  const months: string[] = [];
  for (let i = parse(first); i <= parse(last); i++) {
    months.push(`${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
  }
  return months;
}
