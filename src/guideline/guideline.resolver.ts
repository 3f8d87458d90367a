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
    description:
      'The guideline sections letters cite, by source, document and key; optionally of one ' +
      'source or document: e.g. guidelines(document: "Official Disability Guidelines").',
    complexity: listCost(LIST_SIZE.catalogue),
  })
  guidelines(
    @Arg('source', () => GuidelineSource, {
      nullable: true,
      description: 'Only MTUS or only NON_MTUS guidelines.',
    })
    source: GuidelineSource | null,
    @Arg('document', () => String, {
      nullable: true,
      description: 'Only this canonical document, e.g. Low Back Complaints.',
    })
    document: string | null,
    @Ctx() context: ApiContext,
  ) {
    return listGuidelines(context, source, document);
  }

  @Query(() => Guideline, {
    nullable: true,
    description: 'One guideline section by its key; null when there is none.',
  })
  guideline(
    @Arg('key', () => ID, {
      description:
        'The guideline key, source|document|normalised section, as Guideline.key gives it.',
    })
    key: string,
    @Ctx() context: ApiContext,
  ) {
    return loadGuideline(context, key);
  }

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
    return loadDecisionsCitingGuideline(context, parent.key, citedBy, first, after);
  }
}
