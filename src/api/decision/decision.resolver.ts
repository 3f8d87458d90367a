import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { LIST_SIZE, listCost, pagedCost } from '../core/complexity';
import { PageArgs } from '../core/page.args';
import type { ApiContext } from '../core/context';
import { loadService } from '../service/service-catalogue.service';
import { Service } from '../service/service.type';
import { loadReasons } from '../reason/reason.service';
import { DecisionReason } from '../reason/reason.type';
import { DecisionFilter } from '../core/decision-filter.input';
import { Citation } from './citation.type';
import { DecisionConnection } from './decision-connection.type';
import { findDecisions, loadCitations, loadDecision, loadDependency } from './decision.service';
import { Decision } from './decision.type';

@Resolver(() => Decision)
export class DecisionResolver {
  @Query(() => Decision, {
    nullable: true,
    description: 'One decision by its id; null when there is no such decision.',
  })
  decision(
    @Arg('id', () => ID, {
      description: '<caseNumber>#<ordinal>, e.g. CM16-0213037#2 (the second item of the letter).',
    })
    id: string,
    @Ctx() context: ApiContext,
  ) {
    return loadDecision(context.scope, id);
  }

  @Query(() => DecisionConnection, {
    description:
      'Decisions (disputed items) in case-number then letter order, a page at a time: e.g. the ' +
      'overturned chiropractic decisions, filter: {subcategory: "Chiropractic", outcome: ' +
      'OVERTURNED}.',
    complexity: pagedCost,
  })
  decisions(
    @Arg('filter', () => DecisionFilter, {
      nullable: true,
      description: 'Which decisions; all when absent.',
    })
    filter: DecisionFilter | null,
    @Args() { first, after }: PageArgs,
    @Ctx() context: ApiContext,
  ) {
    return findDecisions(context.scope, filter, first, after);
  }

  @FieldResolver(() => Service, {
    nullable: true,
    description:
      'The canonical service requested (e.g. MRI, Chiropractic manipulation, Tramadol) with its ' +
      'DWC category; null only when the graph holds no service for the item.',
  })
  service(@Root() parent: Decision, @Ctx() context: ApiContext) {
    if (parent.prefetchedService !== undefined) return parent.prefetchedService;
    return parent.serviceName ? loadService(context.scope, parent.serviceName) : null;
  }

  @FieldResolver(() => [Citation], {
    description:
      "Guidelines the claims administrator's utilization review (UR) cited to deny or modify " +
      'the request (the letter\'s "Claims Administrator guideline"). Empty when none.',
    complexity: listCost(LIST_SIZE.citationsOfDecision),
  })
  urCitations(@Root() parent: Decision, @Ctx() context: ApiContext) {
    return loadCitations(context.scope, parent, 'UR');
  }

  @FieldResolver(() => [Citation], {
    description:
      'Guidelines the IMR expert reviewer based the decision on (the letter\'s "MAXIMUS ' +
      'guideline"). Empty when none.',
    complexity: listCost(LIST_SIZE.citationsOfDecision),
  })
  reviewerCitations(@Root() parent: Decision, @Ctx() context: ApiContext) {
    return loadCitations(context.scope, parent, 'REVIEWER');
  }

  @FieldResolver(() => [DecisionReason], {
    description:
      'Why the decision went its way: each ground the reviewer states in the rationale, as a ' +
      'reason code with the clause it was read from (start/end are offsets into rationale), ' +
      'in rationale order. Empty only for a graph not yet migrated.',
    complexity: listCost(LIST_SIZE.reasonsOfDecision),
  })
  reasons(@Root() parent: Decision, @Ctx() context: ApiContext) {
    return loadReasons(context.scope, parent.id);
  }

  @FieldResolver(() => Decision, {
    nullable: true,
    description:
      'The item of the same letter this one follows from, when the rationale says so (e.g. ' +
      'post-operative therapy upheld because the surgery was); null otherwise.',
  })
  dependsOn(@Root() parent: Decision, @Ctx() context: ApiContext) {
    return loadDependency(context.scope, parent.id);
  }
}
