import { defineQuery, type Row } from '../../graph/named-query';
import type { Service } from './service.type';

export const SERVICE_PROJECTION = 's { .name, .category, .subcategory, .drug }';

export function toService(value: unknown): Service {
  const s = value as Row;
  return {
    name: s.name as string,
    category: (s.category as string | null) ?? null,
    subcategory: (s.subcategory as string | null) ?? null,
    drug: (s.drug as string | null) ?? null,
  };
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
