/**
 * Helpers shared by the service tables (catalogue-*.ts): an entry is a service without its
 * category, which the table it sits in supplies.
 */
import type { ServiceSpec } from './catalogue';

export type ServiceEntry = Omit<ServiceSpec, 'category'>;

export function inCategory(
  category: ServiceSpec['category'],
  entries: ServiceEntry[],
): ServiceSpec[] {
  return entries.map((e) => ({ ...e, category }));
}
