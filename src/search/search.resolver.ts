import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { loadCase } from '../case/case.service';
import { Case } from '../case/case.type';
import { loadDecision } from '../decision/decision.service';
import { Decision } from '../decision/decision.type';
import { pagedCost } from '../schema/complexity';
import { DEFAULT_PAGE_SIZE } from '../schema/pagination';
import type { ApiContext } from '../server/context';
import { SearchHit } from './search-hit.type';
import { search } from './search.service';

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'Full-text search of case summaries and decision requests and rationales; words of the text, any of them, best matches first.',
    complexity: pagedCost,
  })
  search(
    @Arg('text') text: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE })
    first: number | null,
    @Ctx() context: ApiContext,
  ) {
    return search(context, text, first);
  }

  @FieldResolver(() => Case, { name: 'case' })
  caseOf(@Root() hit: SearchHit, @Ctx() context: ApiContext) {
    return loadCase(context, hit.caseNumber);
  }

  @FieldResolver(() => Decision, { nullable: true })
  decision(@Root() hit: SearchHit, @Ctx() context: ApiContext) {
    return hit.decisionId ? loadDecision(context, hit.decisionId) : null;
  }
}
