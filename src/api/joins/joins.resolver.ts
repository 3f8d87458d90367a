/**
 * The fields that reach up the entity floors: from a decision to its case, and from a
 * guideline, a service or a reviewer profile to the decisions or cases that use it. Each
 * entity folder resolves only the fields that reach down (a case's decisions, a decision's
 * service), so the entity folders never import one another in a circle; these join them.
 */
import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { CaseConnection } from '../case/case-connection.type';
import { loadCase, loadCasesOfReviewer } from '../case/case.service';
import { Case } from '../case/case.type';
import { pagedCost } from '../core/complexity';
import type { ApiContext } from '../core/context';
import { CitedBy } from '../core/enums';
import { PageArgs } from '../core/page.args';
import { DecisionConnection } from '../decision/decision-connection.type';
import { loadDecisionsCitingGuideline, loadDecisionsOfService } from '../decision/decision.service';
import { Decision } from '../decision/decision.type';
import { Guideline } from '../guideline/guideline.type';
import { Reviewer } from '../reviewer/reviewer.type';
import { Service } from '../service/service.type';

@Resolver(() => Decision)
export class DecisionCaseResolver {
  @FieldResolver(() => Case, {
    name: 'case',
    description: 'The case (letter) this item belongs to.',
  })
  caseOf(@Root() parent: Decision, @Ctx() context: ApiContext) {
    return loadCase(context.scope, parent.caseNumber);
  }
}

@Resolver(() => Guideline)
export class GuidelineDecisionsResolver {
  @FieldResolver(() => DecisionConnection, {
    description:
      'Decisions that cite this guideline section, a page at a time; citedBy narrows to one party.',
    complexity: pagedCost,
  })
  decisions(
    @Root() parent: Guideline,
    @Arg('citedBy', () => CitedBy, {
      nullable: true,
      description: 'Only decisions where this party cited it; either party when absent.',
    })
    citedBy: CitedBy | null,
    @Args() { first, after }: PageArgs,
    @Ctx() context: ApiContext,
  ) {
    return loadDecisionsCitingGuideline(context.scope, parent.key, citedBy, first, after);
  }
}

@Resolver(() => Service)
export class ServiceDecisionsResolver {
  @FieldResolver(() => DecisionConnection, {
    description: 'Decisions that requested this service, a page at a time.',
    complexity: pagedCost,
  })
  decisions(
    @Root() parent: Service,
    @Args() { first, after }: PageArgs,
    @Ctx() context: ApiContext,
  ) {
    return loadDecisionsOfService(context.scope, parent.name, first, after);
  }
}

@Resolver(() => Reviewer)
export class ReviewerCasesResolver {
  @FieldResolver(() => CaseConnection, {
    description: 'Cases decided by a reviewer with this profile, a page at a time.',
    complexity: pagedCost,
  })
  cases(@Root() parent: Reviewer, @Args() { first, after }: PageArgs, @Ctx() context: ApiContext) {
    return loadCasesOfReviewer(context.scope, parent.key, first, after);
  }
}

/** The join resolvers, registered with the schema beside the entities' own. */
export const JOIN_RESOLVERS = [
  DecisionCaseResolver,
  GuidelineDecisionsResolver,
  ServiceDecisionsResolver,
  ReviewerCasesResolver,
] as const;
