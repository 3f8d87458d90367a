import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { CaseConnection } from '../case/case-connection.type';
import { loadCasesOfReviewer } from '../case/case.service';
import { LIST_SIZE, listCost, pagedCost } from '../schema/complexity';
import { PageArgs } from '../schema/page.args';
import type { ApiContext } from '../server/context';
import { listReviewers, loadReviewer } from './reviewer.service';
import { Reviewer, Specialty, State } from './reviewer.type';

@Resolver(() => Reviewer)
export class ReviewerResolver {
  @Query(() => [Reviewer], {
    description: 'Every reviewer profile in the graph, by key.',
    complexity: listCost(LIST_SIZE.catalogue),
  })
  reviewers(@Ctx() context: ApiContext) {
    return listReviewers(context);
  }

  @Query(() => Reviewer, {
    nullable: true,
    description: 'One reviewer profile by its key; null when there is none.',
  })
  reviewer(
    @Arg('key', () => ID, {
      description: 'The profile key, e.g. "Family Practice|California;North Carolina".',
    })
    key: string,
    @Ctx() context: ApiContext,
  ) {
    return loadReviewer(context, key);
  }

  @FieldResolver(() => [Specialty], {
    description: 'The board specialties (or licences) of the profile, sorted.',
  })
  specialties(@Root() parent: Reviewer): Specialty[] {
    return parent.specialtyNames.map((name) => ({ name }));
  }

  @FieldResolver(() => [State], { description: 'The states the reviewer is licensed in, sorted.' })
  states(@Root() parent: Reviewer): State[] {
    return parent.stateNames.map((name) => ({ name }));
  }

  @FieldResolver(() => CaseConnection, {
    description: 'Cases decided by a reviewer with this profile, a page at a time.',
    complexity: pagedCost,
  })
  cases(@Root() parent: Reviewer, @Args() { first, after }: PageArgs, @Ctx() context: ApiContext) {
    return loadCasesOfReviewer(context, parent.key, first, after);
  }
}
