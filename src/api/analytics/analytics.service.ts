import { checkedInt, echo, NotFound } from '../core/domain-error';
import type { ServiceScope } from '../core/service-scope';
import type { DecisionFilter } from '../core/decision-filter.input';
import { CitedBy, Dimension, Outcome } from '../core/enums';
import * as q from './analytics.queries';
import type { CitationAgreement } from './citation-agreement.type';
import { decisionScopeCypher } from '../core/decision-scope.cypher';
import type { GuidelineImpact } from './guideline-impact.type';
import type { OutcomeBucket } from './outcome-bucket.type';
import type { SimilarCase } from './similar-case.type';
import { SIMILAR_FANOUT, SIMILARITY_WEIGHTS } from './similarity';
import {
  baselineRateOf,
  monthsBetween,
  outcomeStats,
  rankByImpact,
  type OutcomeCounts,
  type OutcomeStats,
} from './statistics';

export const MAX_ANALYTICS_LIMIT = 100;

const toBucket = (key: string, stats: OutcomeStats): OutcomeBucket => ({
  key,
  ...stats,
  outcome: stats.outcome as Outcome,
});

const ZERO: OutcomeCounts = { decisions: 0, upheld: 0, overturned: 0 };

export interface ImpactArgs {
  filter: DecisionFilter | null;
  outcome: Outcome;
  citedBy: CitedBy;
  minDecisions: number;
  limit: number;
}

/** Guidelines ranked by how often decisions citing them had the requested outcome. */
export async function guidelineImpact(
  scope: ServiceScope,
  args: ImpactArgs,
): Promise<GuidelineImpact[]> {
  const limit = checkedInt('limit', args.limit, 1, MAX_ANALYTICS_LIMIT);
  const minDecisions = checkedInt('minDecisions', args.minDecisions, 0, Number.MAX_SAFE_INTEGER);
  const selected = decisionScopeCypher(args.filter);
  const { totals, groups } = q.readGrouped(
    await scope.gateway.read(q.guidelineImpactQuery(selected, args.citedBy), selected.params),
    minDecisions,
  );
  const baseline = baselineRateOf(totals, args.outcome);
  const ranked = rankByImpact(
    groups.map((g) => ({
      key: g.group.key,
      guideline: g.group,
      stats: outcomeStats(g, args.outcome, baseline),
    })),
    minDecisions,
    limit,
  );
  return ranked.map((r) => ({ ...toBucket(r.key, r.stats), guideline: r.guideline }));
}

export interface BreakdownArgs {
  by: Dimension;
  filter: DecisionFilter | null;
  outcome: Outcome;
  citedBy: CitedBy;
}

async function countBy(
  scope: ServiceScope,
  args: BreakdownArgs,
): Promise<{ totals: OutcomeCounts; buckets: OutcomeBucket[] }> {
  const selected = decisionScopeCypher(args.filter);
  const { totals, groups } = q.readGrouped(
    await scope.gateway.read(q.outcomeBreakdownQuery(selected, args.by, args.citedBy), {
      ...selected.params,
      noneKey: q.NONE_KEY,
    }),
  );
  const baseline = baselineRateOf(totals, args.outcome);
  return {
    totals,
    buckets: groups.map((g) => toBucket(g.group, outcomeStats(g, args.outcome, baseline))),
  };
}

const byKey = (a: OutcomeBucket, b: OutcomeBucket) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** Buckets of one dimension; months in calendar order, everything else largest first. */
export async function outcomeBreakdown(
  scope: ServiceScope,
  args: BreakdownArgs,
): Promise<OutcomeBucket[]> {
  const { buckets } = await countBy(scope, args);
  return args.by === Dimension.DECISION_MONTH
    ? buckets.sort(byKey)
    : buckets.sort((a, b) => b.decisions - a.decisions || byKey(a, b));
}

/** Reviewer specialties by the requested outcome's rate, highest first; thin groups hidden. */
export async function specialtyOverturnRates(
  scope: ServiceScope,
  args: { filter: DecisionFilter | null; outcome: Outcome; minDecisions: number },
): Promise<OutcomeBucket[]> {
  const minDecisions = checkedInt('minDecisions', args.minDecisions, 0, Number.MAX_SAFE_INTEGER);
  const { buckets } = await countBy(scope, {
    by: Dimension.SPECIALTY,
    filter: args.filter,
    outcome: args.outcome,
    citedBy: CitedBy.REVIEWER,
  });
  return buckets
    .filter((b) => b.decisions >= minDecisions)
    .sort((a, b) => b.rate - a.rate || b.decisions - a.decisions || byKey(a, b));
}

/** Month by month from the first to the last month with decisions; empty months as zeros. */
export async function outcomeTrend(
  scope: ServiceScope,
  args: { filter: DecisionFilter | null; outcome: Outcome },
): Promise<OutcomeBucket[]> {
  const { buckets } = await countBy(scope, {
    by: Dimension.DECISION_MONTH,
    filter: args.filter,
    outcome: args.outcome,
    citedBy: CitedBy.REVIEWER,
  });
  const dated = buckets.filter((b) => b.key !== q.NONE_KEY).sort(byKey);
  if (dated.length === 0) return [];
  const byMonth = new Map(dated.map((b) => [b.key, b]));
  const baseline = dated[0].baselineRate;
  return monthsBetween(dated[0].key, dated[dated.length - 1].key).map(
    (month) => byMonth.get(month) ?? toBucket(month, outcomeStats(ZERO, args.outcome, baseline)),
  );
}

const sum = (rows: readonly OutcomeCounts[]): OutcomeCounts =>
  rows.reduce(
    (acc, r) => ({
      decisions: acc.decisions + r.decisions,
      upheld: acc.upheld + r.upheld,
      overturned: acc.overturned + r.overturned,
    }),
    ZERO,
  );

const AGREEMENT_GROUPS: q.AgreementGroup[] = [
  'SAME_DOCUMENT',
  'DIFFERENT_DOCUMENT',
  'UR_ONLY',
  'REVIEWER_ONLY',
  'NEITHER',
];

/** How often UR and the IMR reviewer relied on the same guideline document, and what followed. */
export async function citationAgreement(
  scope: ServiceScope,
  args: { filter: DecisionFilter | null; outcome: Outcome },
): Promise<CitationAgreement> {
  const selected = decisionScopeCypher(args.filter);
  const rows = await scope.gateway.read(q.citationAgreementQuery(selected), selected.params);
  const totals = sum(rows);
  const baseline = baselineRateOf(totals, args.outcome);
  const bucket = (key: string, subset: q.AgreementRow[]) =>
    toBucket(key, outcomeStats(sum(subset), args.outcome, baseline));
  const inGroup = (group: q.AgreementGroup) => rows.filter((r) => r.group === group);
  const both = rows.filter((r) => r.group === 'SAME_DOCUMENT' || r.group === 'DIFFERENT_DOCUMENT');
  const bothCited = sum(both).decisions;
  const sameDocument = sum(inGroup('SAME_DOCUMENT')).decisions;
  const noEvidence = rows.filter((r) => r.urNoEvidence);
  return {
    decisions: totals.decisions,
    bothCited,
    sameDocument,
    sameDocumentShare: bothCited > 0 ? sameDocument / bothCited : 0,
    sameGuideline: sum(rows.filter((r) => r.sameGuideline)).decisions,
    agree: bucket('SAME_DOCUMENT', inGroup('SAME_DOCUMENT')),
    differ: bucket('DIFFERENT_DOCUMENT', inGroup('DIFFERENT_DOCUMENT')),
    groups: AGREEMENT_GROUPS.map((group) => bucket(group, inGroup(group))),
    urCitedNoEvidence: bucket('UR_CITED_NO_EVIDENCE', noEvidence),
    urCitedNoEvidenceReviewerCited: sum(
      noEvidence.filter(
        (r) =>
          r.group === 'SAME_DOCUMENT' ||
          r.group === 'DIFFERENT_DOCUMENT' ||
          r.group === 'REVIEWER_ONLY',
      ),
    ).decisions,
    urCitedEvidence: bucket(
      'UR_CITED_EVIDENCE',
      rows.filter((r) => !r.urNoEvidence),
    ),
  };
}

/** Cases sharing the most (weighted) with the given one; NOT_FOUND for an unknown case. */
export async function similarCases(
  scope: ServiceScope,
  args: { caseNumber: string; limit: number },
): Promise<SimilarCase[]> {
  const limit = checkedInt('limit', args.limit, 1, MAX_ANALYTICS_LIMIT);
  const [hits] = await scope.gateway.read(q.similarCases, {
    ...SIMILARITY_WEIGHTS,
    caseNumber: args.caseNumber,
    limit,
    fanout: SIMILAR_FANOUT,
  });
  if (hits === undefined) {
    throw new NotFound(`No case ${echo(args.caseNumber)}: pass a case number such as CM16-0213037`);
  }
  return hits.map((hit) => ({
    caseNumber: hit.case.caseNumber,
    case: hit.case,
    score: hit.score,
    sharedServices: hit.shared.services,
    sharedGuidelines: hit.shared.guidelines,
    sharedDiagnoses: hit.shared.diagnoses,
    sharedBodyRegions: hit.shared.bodyRegions,
  }));
}
