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
    description:
      'The canonical services in the graph, by name, optionally of one DWC category or ' +
      'subcategory: e.g. services(subcategory: "Opioids").',
    complexity: listCost(LIST_SIZE.catalogue),
  })
  services(
    @Arg('category', () => String, {
      nullable: true,
      description: 'Only this DWC category, exactly as written, e.g. Rehabilitation.',
    })
    category: string | null,
    @Arg('subcategory', () => String, {
      nullable: true,
      description: 'Only this DWC subcategory, exactly as written, e.g. Chiropractic.',
    })
    subcategory: string | null,
    @Ctx() context: ApiContext,
  ) {
    return listServices(context, category, subcategory);
  }

  @Query(() => Service, {
    nullable: true,
    description: 'One service by its canonical name; null when there is none.',
  })
  service(
    @Arg('name', () => ID, { description: 'The canonical name, e.g. MRI (case-sensitive).' })
    name: string,
    @Ctx() context: ApiContext,
  ) {
    return loadService(context, name);
  }

  @FieldResolver(() => DecisionConnection, {
    description: 'Decisions that requested this service, a page at a time.',
    complexity: pagedCost,
  })
  decisions(
    @Root() parent: Service,
    @Args() { first, after }: PageArgs,
    @Ctx() context: ApiContext,
  ) {
    return loadDecisionsOfService(context, parent.name, first, after);
  }
}
