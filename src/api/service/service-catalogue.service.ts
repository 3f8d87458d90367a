import { defineLoader, oneByKey } from '../core/request-loaders';
import type { ServiceScope } from '../core/service-scope';
import * as q from './service.queries';
import type { Service } from './service.type';

const serviceByName = defineLoader<string, Service | null>(
  'service.byName',
  async (gateway, keys) =>
    oneByKey(
      keys,
      await gateway.read(q.servicesByName, { keys }),
      (s) => s.name,
      (s) => s,
    ),
);

export function listServices(
  scope: ServiceScope,
  category: string | null | undefined,
  subcategory: string | null | undefined,
): Promise<Service[]> {
  return scope.gateway.read(q.listServices, {
    category: category ?? null,
    subcategory: subcategory ?? null,
  });
}

export function loadService(scope: ServiceScope, name: string): Promise<Service | null> {
  return scope.loaders.get(serviceByName).load(name);
}
