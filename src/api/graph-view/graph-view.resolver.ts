import type { ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../core/context';
import { graphView, MAX_GRAPH_DEPTH, MAX_GRAPH_LIMIT } from './graph-view.service';
import { GraphView } from './graph-view.type';

/** A view holds up to `limit` nodes and about as many edges. */
const viewCost = ({ args, childComplexity }: ComplexityEstimatorArgs) =>
  1 + (typeof args.limit === 'number' ? Math.max(args.limit, 0) : 200) * childComplexity;

@Resolver()
export class GraphViewResolver {
  @Query(() => GraphView, {
    description:
      'The neighbourhood of one node, for drawing. id is a node key (a case number, a ' +
      'decision id, a service name, a guideline key …) or <Label>:<key> to choose the label ' +
      '(Service:MRI, Specialty:Orthopedic Surgery); every node id in the answer is in that ' +
      'form. Where a node has more neighbours of one label than fit, the rest come as one ' +
      'Group node; passing its id draws the next page of its members (README: Graph ' +
      'visualisation).',
    complexity: viewCost,
  })
  graph(
    @Arg('id', () => ID, {
      description:
        'Where to start: a node key (CM16-0213037, CM16-0213037#1, MRI, a guideline key …) or ' +
        '<Label>:<key> (Case:CM16-0213037, Service:MRI, Specialty:Orthopedic Surgery), or a ' +
        'Group:… id from a view (its next page of members; depth is then 1).',
    })
    id: string,
    @Arg('depth', () => Int, {
      nullable: true,
      defaultValue: 1,
      description: `Hops from the node, 1 to ${MAX_GRAPH_DEPTH}.`,
    })
    depth: number | null,
    @Arg('limit', () => Int, {
      nullable: true,
      defaultValue: 200,
      description:
        `At most this many nodes (1 to ${MAX_GRAPH_LIMIT}); ` + 'truncated tells when it cut.',
    })
    limit: number | null,
    @Ctx() context: ApiContext,
  ) {
    return graphView(context.scope, { id, depth: depth ?? 1, limit: limit ?? 200 });
  }
}
