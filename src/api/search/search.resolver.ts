import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { loadCase } from '../case/case.service';
import { Case } from '../case/case.type';
import { loadDecision } from '../decision/decision.service';
import { Decision } from '../decision/decision.type';
import { pagedCost } from '../core/complexity';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../core/pagination';
import type { ApiContext } from '../core/context';
import { SearchHit } from './search-hit.type';
import { MAX_SEARCH_TERMS, MAX_SEARCH_TEXT } from './search-text';
import { search } from './search.service';

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'Full-text search of case summaries and of decision requests and rationales: e.g. ' +
      'search(text: "radiofrequency ablation"). Matches any of the words (upper or lower case, ' +
      'whole words; no operators or wildcards); texts holding every word come first. Words in ' +
      'double quotes must stand together as a phrase: search(text: "\\"lumbar radiculopathy\\""). ' +
      'A reason code or label (search(text: "NO_FUNCTIONAL_IMPROVEMENT") or "no functional ' +
      'improvement") finds the decisions grounded on that reason first (field reason, the ' +
      'sentence stating it as the highlight); words of a guideline section name find the ' +
      'decisions whose reviewer cited it.',
    complexity: pagedCost,
  })
  search(
    @Arg('text', {
      description:
        `The words to find: at most ${MAX_SEARCH_TEXT} characters; ` +
        `the first ${MAX_SEARCH_TERMS} distinct words count.`,
    })
    text: string,
    @Arg('first', () => Int, {
      nullable: true,
      defaultValue: DEFAULT_PAGE_SIZE,
      description: `How many hits, best first: 0 to ${MAX_PAGE_SIZE}.`,
    })
    first: number | null,
    @Ctx() context: ApiContext,
  ) {
    return search(context.scope, text, first);
  }

  @FieldResolver(() => Case, {
    name: 'case',
    description: 'The case that matched, or the case of the decision that matched.',
  })
  caseOf(@Root() hit: SearchHit, @Ctx() context: ApiContext) {
    return loadCase(context.scope, hit.caseNumber);
  }

  @FieldResolver(() => Decision, {
    nullable: true,
    description: 'The decision that matched (kind DECISION); null for a case summary match.',
  })
  decision(@Root() hit: SearchHit, @Ctx() context: ApiContext) {
    return hit.decisionId ? loadDecision(context.scope, hit.decisionId) : null;
  }
}
