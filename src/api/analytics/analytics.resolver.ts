import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { ComplexityEstimatorArgs } from 'graphql-query-complexity';
import type { ApiContext } from '../core/context';
import { DecisionFilter } from '../core/decision-filter.input';
import { CitedBy, Dimension, Outcome } from '../core/enums';
import {
  citationAgreement,
  guidelineImpact,
  outcomeBreakdown,
  outcomeTrend,
  similarCases,
  specialtyOverturnRates,
  MAX_ANALYTICS_LIMIT,
} from './analytics.service';
import { CitationAgreement } from './citation-agreement.type';
import { GuidelineImpact } from './guideline-impact.type';
import { OutcomeBucket } from './outcome-bucket.type';
import { SimilarCase } from './similar-case.type';

/** Lists sized by their `limit` argument; dimension lists by a generous expected size. */
const limitCost = ({ args, childComplexity }: ComplexityEstimatorArgs) =>
  1 + (typeof args.limit === 'number' ? Math.max(args.limit, 0) : 10) * childComplexity;
const bucketsCost = ({ childComplexity }: ComplexityEstimatorArgs) => 1 + 50 * childComplexity;

const filterArg = {
  nullable: true,
  description: 'Which decisions to count, e.g. {subcategory: "Chiropractic"}; all when absent.',
};
const outcomeArg = {
  nullable: true,
  defaultValue: Outcome.OVERTURNED,
  description:
    'The outcome whose rate, interval and lift are reported: OVERTURNED (the worker gets the ' +
    'item) or UPHELD (the denial stands).',
};
const limitArg = {
  nullable: true,
  defaultValue: 10,
  description: `How many rows, 1 to ${MAX_ANALYTICS_LIMIT}.`,
};

@Resolver()
export class AnalyticsResolver {
  @Query(() => [GuidelineImpact], {
    description:
      'Guidelines cited by one party, ranked by how many of the filtered decisions citing ' +
      'them had the requested outcome, then by its rate, then by key. "Which guidelines most ' +
      'often lead to overturns for chiropractic": guidelineImpact(filter: {subcategory: ' +
      '"Chiropractic"}).',
    complexity: limitCost,
  })
  guidelineImpact(
    @Arg('filter', () => DecisionFilter, filterArg) filter: DecisionFilter | null,
    @Arg('outcome', () => Outcome, outcomeArg) outcome: Outcome | null,
    @Arg('citedBy', () => CitedBy, {
      nullable: true,
      defaultValue: CitedBy.REVIEWER,
      description:
        "Whose citations to rank: the IMR reviewer's (REVIEWER) or those of the claims " +
        "administrator's utilization review (CLAIMS_ADMINISTRATOR).",
    })
    citedBy: CitedBy | null,
    @Arg('minDecisions', () => Int, {
      nullable: true,
      defaultValue: 1,
      description:
        'Hide guidelines cited in fewer decisions than this: their rates rest on too few ' +
        'decisions to trust (10 or more is a sensible start).',
    })
    minDecisions: number | null,
    @Arg('limit', () => Int, limitArg)
    limit: number | null,
    @Ctx() context: ApiContext,
  ) {
    return guidelineImpact(context.scope, {
      filter,
      outcome: outcome ?? Outcome.OVERTURNED,
      citedBy: citedBy ?? CitedBy.REVIEWER,
      minDecisions: minDecisions ?? 1,
      limit: limit ?? 10,
    });
  }

  @Query(() => [OutcomeBucket], {
    description:
      'Outcomes of the filtered decisions grouped by one dimension. Single-valued dimensions ' +
      '(CATEGORY, SUBCATEGORY, SERVICE, DECISION_MONTH) add up to the filtered total; ' +
      'multi-valued ones count a decision once under each of its values. Months in calendar ' +
      'order, else largest first.',
    complexity: bucketsCost,
  })
  outcomeBreakdown(
    @Arg('by', () => Dimension, {
      description: 'What to group by, e.g. SUBCATEGORY, SPECIALTY or DECISION_MONTH.',
    })
    by: Dimension,
    @Arg('filter', () => DecisionFilter, filterArg) filter: DecisionFilter | null,
    @Arg('outcome', () => Outcome, outcomeArg) outcome: Outcome | null,
    @Arg('citedBy', () => CitedBy, {
      nullable: true,
      defaultValue: CitedBy.REVIEWER,
      description: 'Whose citations GUIDELINE and GUIDELINE_DOCUMENT group by.',
    })
    citedBy: CitedBy | null,
    @Ctx() context: ApiContext,
  ) {
    return outcomeBreakdown(context.scope, {
      by,
      filter,
      outcome: outcome ?? Outcome.OVERTURNED,
      citedBy: citedBy ?? CitedBy.REVIEWER,
    });
  }

  @Query(() => CitationAgreement, {
    description:
      'How often the IMR reviewer cited the same guideline document as the claims administrator ' +
      '(UR), and the outcomes when they agree, differ, or UR cited no evidence.',
  })
  citationAgreement(
    @Arg('filter', () => DecisionFilter, filterArg) filter: DecisionFilter | null,
    @Arg('outcome', () => Outcome, outcomeArg) outcome: Outcome | null,
    @Ctx() context: ApiContext,
  ) {
    return citationAgreement(context.scope, { filter, outcome: outcome ?? Outcome.OVERTURNED });
  }

  @Query(() => [OutcomeBucket], {
    description:
      "The requested outcome's rate by the reviewer's board specialty (key), highest first, " +
      'for the filtered decisions: e.g. filter: {service: "MRI"} or {subcategory: ' +
      '"Chiropractic"}.',
    complexity: bucketsCost,
  })
  specialtyOverturnRates(
    @Arg('filter', () => DecisionFilter, filterArg) filter: DecisionFilter | null,
    @Arg('outcome', () => Outcome, outcomeArg) outcome: Outcome | null,
    @Arg('minDecisions', () => Int, {
      nullable: true,
      defaultValue: 1,
      description:
        'Hide specialties with fewer decisions than this (their rates rest on too few to trust).',
    })
    minDecisions: number | null,
    @Ctx() context: ApiContext,
  ) {
    return specialtyOverturnRates(context.scope, {
      filter,
      outcome: outcome ?? Outcome.OVERTURNED,
      minDecisions: minDecisions ?? 1,
    });
  }

  @Query(() => [OutcomeBucket], {
    description:
      'Month by month (key yyyy-mm, by decision date) from the first to the last month with ' +
      'decisions; months without decisions have zeros.',
    complexity: bucketsCost,
  })
  outcomeTrend(
    @Arg('filter', () => DecisionFilter, filterArg) filter: DecisionFilter | null,
    @Arg('outcome', () => Outcome, outcomeArg) outcome: Outcome | null,
    @Ctx() context: ApiContext,
  ) {
    return outcomeTrend(context.scope, { filter, outcome: outcome ?? Outcome.OVERTURNED });
  }

  @Query(() => [SimilarCase], {
    description:
      'Cases sharing services, reviewer-cited guideline sections, diagnoses and body regions ' +
      'with the given one, by weighted overlap (see SimilarCase.score).',
    complexity: limitCost,
  })
  similarCases(
    @Arg('caseNumber', () => ID, {
      description: 'The case to compare with, e.g. CM16-0213037; NOT_FOUND when there is none.',
    })
    caseNumber: string,
    @Arg('limit', () => Int, limitArg)
    limit: number | null,
    @Ctx() context: ApiContext,
  ) {
    return similarCases(context.scope, { caseNumber, limit: limit ?? 10 });
  }
}
