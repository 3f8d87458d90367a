import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { LIST_SIZE, listCost } from '../core/complexity';
import type { ApiContext } from '../core/context';
import { listSpecialties, loadReviewersOfSpecialty } from './reviewer.service';
import { Reviewer, Specialty } from './reviewer.type';

@Resolver(() => Specialty)
export class SpecialtyResolver {
  @Query(() => [Specialty], {
    description: 'Every reviewer specialty in the graph, by name.',
    complexity: listCost(LIST_SIZE.catalogue),
  })
  specialties(@Ctx() context: ApiContext) {
    return listSpecialties(context.scope);
  }

  @FieldResolver(() => [Reviewer], {
    description: 'The reviewer profiles that hold this specialty.',
    complexity: listCost(LIST_SIZE.reviewersOfSpecialty),
  })
  reviewers(@Root() parent: Specialty, @Ctx() context: ApiContext) {
    return loadReviewersOfSpecialty(context.scope, parent.name);
  }
}
