import type { ServiceScope } from '../core/service-scope';
import { decisionScopeCypher } from '../core/decision-scope.cypher';
import { Dimension } from '../core/enums';
import { NONE_KEY } from './analytics.queries';
import { guidelineImpact, outcomeBreakdown, type ImpactArgs } from './analytics.service';
import type { GuidelineImpact } from './guideline-impact.type';
import { impactPairsQuery } from './impact-pairs.queries';
import type { OutcomeBucket } from './outcome-bucket.type';
import { outcomeStats, type OutcomeCounts, type OutcomeStats } from './statistics';

/**
 * guidelineImpact crossed with a dimension: the guidelines exactly as guidelineImpact ranks
 * them (same statement, same limit and minDecisions), the dimension's values exactly as
 * outcomeBreakdown counts them, and per (guideline, value) pair the same statistics judged
 * against the same baseline, so every number agrees with the two rankings it joins.
 */

export interface ImpactPair {
  guideline: string;
  value: string;
  stats: OutcomeStats;
}

export interface ImpactPairs {
  guidelines: GuidelineImpact[];
  /** Values with at least one pair shown, largest first. */
  values: OutcomeBucket[];
  /** Pairs of a ranked guideline with at least minDecisions decisions, most decisions first. */
  pairs: ImpactPair[];
}

export async function guidelineImpactPairs(
  service: ServiceScope,
  args: ImpactArgs & { by: Dimension },
): Promise<ImpactPairs> {
  const scope = decisionScopeCypher(args.filter);
  const [guidelines, buckets, rows] = await Promise.all([
    guidelineImpact(service, args),
    outcomeBreakdown(service, args),
    service.gateway.read(impactPairsQuery(scope, args.by, args.citedBy), {
      ...scope.params,
      noneKey: NONE_KEY,
    }),
  ]);
  const ranked = new Set(guidelines.map((g) => g.key));
  const counts = new Map<string, OutcomeCounts & { guideline: string; value: string }>();
  for (const row of rows) {
    if (!ranked.has(row.guideline)) continue;
    const id = JSON.stringify([row.guideline, row.value]);
    let c = counts.get(id);
    if (c === undefined) {
      c = { guideline: row.guideline, value: row.value, decisions: 0, upheld: 0, overturned: 0 };
      counts.set(id, c);
    }
    c.decisions += row.n;
    if (row.outcome === 'UPHELD') c.upheld += row.n;
    if (row.outcome === 'OVERTURNED') c.overturned += row.n;
  }
  const baseline = guidelines[0]?.baselineRate ?? buckets[0]?.baselineRate ?? 0;
  const pairs = [...counts.values()]
    .filter((c) => c.decisions >= args.minDecisions)
    .map((c) => ({
      guideline: c.guideline,
      value: c.value,
      stats: outcomeStats(c, args.outcome, baseline),
    }))
    .sort(
      (a, b) =>
        b.stats.decisions - a.stats.decisions ||
        (a.guideline < b.guideline ? -1 : a.guideline > b.guideline ? 1 : 0) ||
        (a.value < b.value ? -1 : a.value > b.value ? 1 : 0),
    );
  const used = new Set(pairs.map((p) => p.value));
  return { guidelines, values: buckets.filter((b) => used.has(b.key)), pairs };
}
