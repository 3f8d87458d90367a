import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Case } from '../case/case.type';
import { loadCase } from '../case/case.service';
import { LIST_SIZE, listCost, pagedCost } from '../schema/complexity';
import { PageArgs } from '../schema/page.args';
import type { ApiContext } from '../server/context';
import { loadService } from '../service/service-catalogue.service';
import { Service } from '../service/service.type';
import { DecisionFilter } from '../shared/decision-filter.input';
import { Citation } from './citation.type';
import { DecisionConnection } from './decision-connection.type';
import { findDecisions, loadCitations, loadDecision, loadDependency } from './decision.service';
import { Decision } from './decision.type';

@Resolver(() => Decision)
export class DecisionResolver {
  @Query(() => Decision, { nullable: true, description: 'One decision by its id, <case>#<n>.' })
  decision(@Arg('id', () => ID) id: string, @Ctx() context: ApiContext) {
    return loadDecision(context, id);
  }

  @Query(() => DecisionConnection, {
    description: 'Decisions in case then ordinal order, filtered.',
    complexity: pagedCost,
  })
  decisions(
    @Arg('filter', () => DecisionFilter, { nullable: true }) filter: DecisionFilter | null,
    @Args() { first, after }: PageArgs,
    @Ctx() context: ApiContext,
  ) {
    return findDecisions(context, filter, first, after);
  }

  @FieldResolver(() => Case, { name: 'case' })
  caseOf(@Root() parent: Decision, @Ctx() context: ApiContext) {
    return loadCase(context, parent.caseNumber);
  }

  @FieldResolver(() => Service, { nullable: true })
  service(@Root() parent: Decision, @Ctx() context: ApiContext) {
    if (parent.prefetchedService !== undefined) return parent.prefetchedService;
    return parent.serviceName ? loadService(context, parent.serviceName) : null;
  }

  @FieldResolver(() => [Citation], {
    description: "Guidelines the claims administrator's utilization review cited.",
    complexity: listCost(LIST_SIZE.citationsOfDecision),
  })
  urCitations(@Root() parent: Decision, @Ctx() context: ApiContext) {
    return loadCitations(context, parent, 'UR');
  }

  @FieldResolver(() => [Citation], {
    description: 'Guidelines the expert reviewer cited.',
    complexity: listCost(LIST_SIZE.citationsOfDecision),
  })
  reviewerCitations(@Root() parent: Decision, @Ctx() context: ApiContext) {
    return loadCitations(context, parent, 'REVIEWER');
  }

  @FieldResolver(() => Decision, {
    nullable: true,
    description: 'The decision of the same letter this one follows from, if any.',
  })
  dependsOn(@Root() parent: Decision, @Ctx() context: ApiContext) {
    return loadDependency(context, parent.id);
  }
}
