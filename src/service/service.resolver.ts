import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { DecisionConnection } from '../decision/decision-connection.type';
import { loadDecisionsOfService } from '../decision/decision.service';
import { LIST_SIZE, listCost, pagedCost } from '../schema/complexity';
import { PageArgs } from '../schema/page.args';
import type { ApiContext } from '../server/context';
import { listServices, loadService } from './service-catalogue.service';
import { Service } from './service.type';

@Resolver(() => Service)
export class ServiceResolver {
  @Query(() => [Service], {
    description: 'Services by name, optionally of one category or subcategory.',
    complexity: listCost(LIST_SIZE.catalogue),
  })
  services(
    @Arg('category', () => String, { nullable: true }) category: string | null,
    @Arg('subcategory', () => String, { nullable: true }) subcategory: string | null,
    @Ctx() context: ApiContext,
  ) {
    return listServices(context, category, subcategory);
  }

  @Query(() => Service, { nullable: true })
  service(@Arg('name', () => ID) name: string, @Ctx() context: ApiContext) {
    return loadService(context, name);
  }

  @FieldResolver(() => DecisionConnection, { complexity: pagedCost })
  decisions(
    @Root() parent: Service,
    @Args() { first, after }: PageArgs,
    @Ctx() context: ApiContext,
  ) {
    return loadDecisionsOfService(context, parent.name, first, after);
  }
}
