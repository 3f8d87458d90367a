import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { LIST_SIZE, listCost } from '../core/complexity';
import type { ApiContext } from '../core/context';
import { listReviewers, loadReviewer } from './reviewer.service';
import { Reviewer, Specialty, State } from './reviewer.type';

@Resolver(() => Reviewer)
export class ReviewerResolver {
  @Query(() => [Reviewer], {
    description: 'Every reviewer profile in the graph, by key.',
    complexity: listCost(LIST_SIZE.catalogue),
  })
  reviewers(@Ctx() context: ApiContext) {
    return listReviewers(context.scope);
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
    return loadReviewer(context.scope, key);
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
}
