import type { ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../core/context';
import { DecisionFilter } from '../core/decision-filter.input';
import { CitedBy, Dimension, Outcome } from '../core/enums';
import { GraphView } from '../graph-view/graph-view.type';
import { impactGraph } from './impact-graph.service';

/**
 * impactGraph joins the analytics (the numbers, as guidelineImpact and outcomeBreakdown
 * compute them) with the graph view (the drawing): it lives here, above both rooms.
 */

/** Up to `limit` guidelines, each with edges to a few dozen values at most. */
const impactCost = ({ args, childComplexity }: ComplexityEstimatorArgs) =>
  1 + 10 * (typeof args.limit === 'number' ? Math.max(args.limit, 0) : 10) * childComplexity;

@Resolver()
export class ImpactGraphResolver {
  @Query(() => GraphView, {
    description:
      'guidelineImpact as a graph: the ranked guidelines on one side, the values of `by` on ' +
      'the other, one IMPACT edge per pair with at least minDecisions decisions, its ' +
      'properties the same statistics as guidelineImpact (decisions, upheld, overturned, rate, ' +
      'Wilson bounds, lift against the filtered baseline) and its weight the decisions. ' +
      "Guideline nodes carry guidelineImpact's numbers, value nodes outcomeBreakdown's; sizes " +
      'grow with decisions, colours with the rate. root is the top guideline; truncated is ' +
      'always false (limit and minDecisions say what is left out). "Which guidelines most ' +
      'often lead to overturns for chiropractic": impactGraph(filter: {subcategory: ' +
      '"Chiropractic"}, by: SERVICE).',
    complexity: impactCost,
  })
  async impactGraph(
    @Arg('filter', () => DecisionFilter, {
      nullable: true,
      description: 'Which decisions to count, e.g. {subcategory: "Chiropractic"}; all when absent.',
    })
    filter: DecisionFilter | null,
    @Arg('citedBy', () => CitedBy, {
      nullable: true,
      defaultValue: CitedBy.REVIEWER,
      description: "Whose citations: the IMR reviewer's (REVIEWER) or the claims administrator's.",
    })
    citedBy: CitedBy | null,
    @Arg('by', () => Dimension, {
      nullable: true,
      defaultValue: Dimension.SERVICE,
      description: 'What the other side shows: SERVICE, SUBCATEGORY, SPECIALTY, BODY_REGION …',
    })
    by: Dimension | null,
    @Arg('outcome', () => Outcome, {
      nullable: true,
      defaultValue: Outcome.OVERTURNED,
      description: 'The outcome whose rate, interval, lift and colours are reported.',
    })
    outcome: Outcome | null,
    @Arg('minDecisions', () => Int, {
      nullable: true,
      defaultValue: 1,
      description:
        'Hide guidelines, and pairs, with fewer decisions than this (as in guidelineImpact).',
    })
    minDecisions: number | null,
    @Arg('limit', () => Int, {
      nullable: true,
      defaultValue: 10,
      description: 'How many guidelines, ranked as guidelineImpact ranks them (1 to 100).',
    })
    limit: number | null,
    @Ctx() context: ApiContext,
  ): Promise<GraphView> {
    return impactGraph(context.scope, {
      filter,
      citedBy: citedBy ?? CitedBy.REVIEWER,
      by: by ?? Dimension.SERVICE,
      outcome: outcome ?? Outcome.OVERTURNED,
      minDecisions: minDecisions ?? 1,
      limit: limit ?? 10,
    });
  }
}
