import { Ctx, Query, Resolver } from 'type-graphql';
import { LIST_SIZE, listCost } from '../core/complexity';
import type { ApiContext } from '../core/context';
import { listReasons } from './reason.service';
import { Reason } from './reason.type';

@Resolver(() => Reason)
export class ReasonResolver {
  @Query(() => [Reason], {
    description:
      'The reason codes decisions in the graph are grounded on, by code, with their labels, ' +
      'definitions and the outcome each supports: the values of DecisionFilter.reason and of ' +
      'outcomeBreakdown(by: REASON).',
    complexity: listCost(LIST_SIZE.catalogue),
  })
  reasons(@Ctx() context: ApiContext) {
    return listReasons(context.scope);
  }
}
