import type { ApiContext } from '../core/context';
import { loaderFor, oneByKey } from '../core/request-loaders';
import * as q from './service.queries';
import type { Service } from './service.type';

export function listServices(
  context: ApiContext,
  category: string | null | undefined,
  subcategory: string | null | undefined,
): Promise<Service[]> {
  return context.gateway.read(q.listServices, {
    category: category ?? null,
    subcategory: subcategory ?? null,
  });
}

export function loadService(context: ApiContext, name: string): Promise<Service | null> {
  return loaderFor<string, Service | null>(context, 'service.byName', async (keys) =>
    oneByKey(
      keys,
      await context.gateway.read(q.servicesByName, { keys }),
      (s) => s.name,
      (s) => s,
    ),
  ).load(name);
}
