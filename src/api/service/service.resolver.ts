import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { LIST_SIZE, listCost } from '../core/complexity';
import type { ApiContext } from '../core/context';
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
    return listServices(context.scope, category, subcategory);
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
    return loadService(context.scope, name);
  }
}
