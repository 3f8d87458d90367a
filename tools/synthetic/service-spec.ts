/**
 * What a service of the synthetic catalogue is (ServiceSpec), and how the service tables
 * (catalogue-*.ts) write one: an entry without its category, which its table supplies.
 */
import type { CitationSpec } from './citations';
import type { RegionName } from './regions';

export type Category =
  | 'Pharmaceuticals'
  | 'Rehabilitation'
  | 'Diagnostic Testing'
  | 'DMEPOS'
  | 'Injection'
  | 'Surgery'
  | 'Evaluation & Management'
  | 'Psych Services'
  | 'Programs'
  | 'Home Health'
  | 'Transportation';

/**
 * A service a letter can dispute. Request templates are plain text with placeholders that the
 * request builder fills and records as details (request.ts): {label} {strength} {qty}
 * {sessions} {freq} {region} {spine} {levels} {side}; a capitalised placeholder ({Region})
 * capitalises what it writes.
 */
export interface ServiceSpec {
  /** Canonical service name. */
  name: string;
  category: Category;
  subcategory: string;
  /** Generic drug name (lower case) for Pharmaceuticals, else null. */
  drug: string | null;
  /** Relative frequency within its category. */
  weight: number;
  templates: readonly string[];
  labels?: readonly string[];
  strengths?: readonly string[];
  /** The strength a template states in its own text (compounds: "20%, 5%"). */
  statedStrength?: string;
  quantities?: readonly number[];
  /** Regions {region} and {spine} choose from. */
  regions?: readonly RegionName[];
  /** Regions the template text names without a placeholder ("Cervical pillow"). */
  fixedRegions?: readonly RegionName[];
  /** Probability that the request is a retrospective one with a date of service. */
  retrospective?: number;
  /** Citation candidates of the claims administrator (UR) and of the expert reviewer. */
  claimsAdministrator: readonly CitationSpec[];
  reviewer: readonly CitationSpec[];
  /** What the guidelines say, for the rationale. */
  guidance: string;
  /** Follows a surgery in the same letter (Associated surgical service ...). */
  adjunct?: boolean;
}

export type ServiceEntry = Omit<ServiceSpec, 'category'>;

export function inCategory(
  category: ServiceSpec['category'],
  entries: ServiceEntry[],
): ServiceSpec[] {
  return entries.map((e) => ({ ...e, category }));
}
