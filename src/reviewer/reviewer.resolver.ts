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
  @Query(() => [Reviewer], { complexity: listCost(LIST_SIZE.catalogue) })
  reviewers(@Ctx() context: ApiContext) {
    return listReviewers(context);
  }

  @Query(() => Reviewer, { nullable: true })
  reviewer(@Arg('key', () => ID) key: string, @Ctx() context: ApiContext) {
    return loadReviewer(context, key);
  }

  @FieldResolver(() => [Specialty])
  specialties(@Root() parent: Reviewer): Specialty[] {
    return parent.specialtyNames.map((name) => ({ name }));
  }

  @FieldResolver(() => [State], { description: 'States the reviewer is licensed in.' })
  states(@Root() parent: Reviewer): State[] {
    return parent.stateNames.map((name) => ({ name }));
  }

  @FieldResolver(() => CaseConnection, { complexity: pagedCost })
  cases(@Root() parent: Reviewer, @Args() { first, after }: PageArgs, @Ctx() context: ApiContext) {
    return loadCasesOfReviewer(context, parent.key, first, after);
  }
}
