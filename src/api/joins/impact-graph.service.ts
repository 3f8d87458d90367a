import { guidelineImpactPairs } from '../analytics/impact-pairs.service';
import type { DecisionFilter } from '../core/decision-filter.input';
import type { CitedBy, Dimension, Outcome } from '../core/enums';
import type { ServiceScope } from '../core/service-scope';
import { toCytoscape, toGraphology, toNvl } from '../graph-view/graph-view.shape';
import type { GraphView } from '../graph-view/graph-view.type';
import { shapeImpactGraph } from './impact-graph.shape';

export interface ImpactGraphArgs {
  filter: DecisionFilter | null;
  citedBy: CitedBy;
  by: Dimension;
  outcome: Outcome;
  minDecisions: number;
  limit: number;
}

/**
 * guidelineImpact as a graph (the impactGraph field and /export/impact.*): the numbers as the
 * analytics compute them, drawn as the graph view draws.
 */
export async function impactGraph(scope: ServiceScope, args: ImpactGraphArgs): Promise<GraphView> {
  const pairs = await guidelineImpactPairs(scope, args);
  const view = shapeImpactGraph(pairs, args.by, args.outcome);
  return {
    ...view,
    alternatives: [],
    depth: 1,
    limit: args.limit,
    cytoscape: toCytoscape(view),
    graphology: toGraphology(view),
    nvl: toNvl(view),
  };
}
