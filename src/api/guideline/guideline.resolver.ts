import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { LIST_SIZE, listCost } from '../core/complexity';
import type { ApiContext } from '../core/context';
import { GuidelineSource } from '../core/enums';
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
    return listGuidelines(context.scope, source, document);
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
    return loadGuideline(context.scope, key);
  }
}
