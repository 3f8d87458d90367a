import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { LIST_SIZE, listCost } from '../schema/complexity';
import type { ApiContext } from '../server/context';
import { listSpecialties, loadReviewersOfSpecialty } from './reviewer.service';
import { Reviewer, Specialty } from './reviewer.type';

@Resolver(() => Specialty)
export class SpecialtyResolver {
  @Query(() => [Specialty], { complexity: listCost(LIST_SIZE.catalogue) })
  specialties(@Ctx() context: ApiContext) {
    return listSpecialties(context);
  }

  @FieldResolver(() => [Reviewer], { complexity: listCost(LIST_SIZE.reviewersOfSpecialty) })
  reviewers(@Root() parent: Specialty, @Ctx() context: ApiContext) {
    return loadReviewersOfSpecialty(context, parent.name);
  }
}
