import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { DecisionConnection } from '../decision/decision-connection.type';
import { loadDecisionsCitingGuideline } from '../decision/decision.service';
import { LIST_SIZE, listCost, pagedCost } from '../schema/complexity';
import { PageArgs } from '../schema/page.args';
import type { ApiContext } from '../server/context';
import { CitedBy, GuidelineSource } from '../shared/enums';
import { listGuidelines, loadGuideline } from './guideline.service';
import { Guideline } from './guideline.type';

@Resolver(() => Guideline)
export class GuidelineResolver {
  @Query(() => [Guideline], {
    description: 'Guideline sections, optionally of one source or document.',
    complexity: listCost(LIST_SIZE.catalogue),
  })
  guidelines(
    @Arg('source', () => GuidelineSource, { nullable: true }) source: GuidelineSource | null,
    @Arg('document', () => String, { nullable: true }) document: string | null,
    @Ctx() context: ApiContext,
  ) {
    return listGuidelines(context, source, document);
  }

  @Query(() => Guideline, { nullable: true })
  guideline(@Arg('key', () => ID) key: string, @Ctx() context: ApiContext) {
    return loadGuideline(context, key);
  }

  @FieldResolver(() => DecisionConnection, {
    description: 'Decisions citing this guideline; citedBy narrows to one party.',
    complexity: pagedCost,
  })
  decisions(
    @Root() parent: Guideline,
    @Arg('citedBy', () => CitedBy, { nullable: true }) citedBy: CitedBy | null,
    @Args() { first, after }: PageArgs,
    @Ctx() context: ApiContext,
  ) {
    return loadDecisionsCitingGuideline(context, parent.key, citedBy, first, after);
  }
}
