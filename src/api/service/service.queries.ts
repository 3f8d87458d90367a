import { defineQuery } from '../../graph/named-query';
import { nodeView } from '../../graph/model/read';
import type { Service } from './service.type';

export const SERVICE = nodeView('Service', ['name', 'category', 'subcategory', 'drug']);

export const SERVICE_PROJECTION = SERVICE.projection('s');

export function toService(value: unknown): Service {
  return SERVICE.read(value);
}

export const listServices = defineQuery<
  { category: string | null; subcategory: string | null },
  Service
>(
  'service.list',
  `MATCH (s:Service)
   WHERE ($category IS NULL OR s.category = $category)
     AND ($subcategory IS NULL OR s.subcategory = $subcategory)
   RETURN ${SERVICE_PROJECTION} AS s
   ORDER BY s.name`,
  (row) => toService(row.s),
);

export const servicesByName = defineQuery<{ keys: readonly string[] }, Service>(
  'service.byName',
  `UNWIND $keys AS key
   MATCH (s:Service {name: key})
   RETURN ${SERVICE_PROJECTION} AS s`,
  (row) => toService(row.s),
);
