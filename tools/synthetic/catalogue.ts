/**
 * Data tables of the synthetic corpus: the DWC service categories with their share of disputed
 * items and overturn rates, body regions, and (from the catalogue-*.ts tables) the services a
 * letter can dispute. Names are the canonical vocabulary of ../shared/spec/taxonomy.md, so the
 * generator's intended facts compare with the parser's output.
 */
import { DRUG_SERVICES } from './catalogue-drugs';
import { DIAGNOSTIC_SERVICES } from './catalogue-diagnostics';
import { SURGERY_SERVICES } from './catalogue-surgery';
import { THERAPY_SERVICES } from './catalogue-therapies';
import { VISIT_SERVICES } from './catalogue-visits';
import type { Category, ServiceSpec } from './service-spec';

export interface CategorySpec {
  category: Category;
  /** Percent of all disputed items (DWC IMR reports, rounded). */
  share: number;
  /** Share of this category's items that IMR overturns. */
  overturnRate: number;
}

export const CATEGORIES: readonly CategorySpec[] = [
  { category: 'Pharmaceuticals', share: 45, overturnRate: 0.09 },
  { category: 'Rehabilitation', share: 14, overturnRate: 0.14 },
  { category: 'Diagnostic Testing', share: 12, overturnRate: 0.11 },
  { category: 'DMEPOS', share: 9, overturnRate: 0.07 },
  { category: 'Injection', share: 7, overturnRate: 0.12 },
  { category: 'Surgery', share: 6, overturnRate: 0.13 },
  { category: 'Evaluation & Management', share: 4, overturnRate: 0.15 },
  { category: 'Psych Services', share: 2, overturnRate: 0.12 },
  { category: 'Programs', share: 0.5, overturnRate: 0.1 },
  { category: 'Home Health', share: 0.3, overturnRate: 0.1 },
  { category: 'Transportation', share: 0.2, overturnRate: 0.1 },
];

/** Items per letter: 1 to 8, mean about 2.3 (the corpus average). */
export const ITEMS_PER_LETTER: ReadonlyArray<readonly [number, number]> = [
  [1, 42],
  [2, 24],
  [3, 14],
  [4, 9],
  [5, 5],
  [6, 3],
  [7, 2],
  [8, 1],
];

/** Share of all items told as a partial authorisation (UR approved part of the request). */
export const PARTIAL_SHARE = 0.08;

export const SERVICES: readonly ServiceSpec[] = [
  ...DRUG_SERVICES,
  ...THERAPY_SERVICES,
  ...DIAGNOSTIC_SERVICES,
  ...SURGERY_SERVICES,
  ...VISIT_SERVICES,
];

/** Specialties fit to review a subcategory; any other item goes to the general pool. */
export const REVIEWER_AFFINITY: Readonly<Record<string, readonly string[]>> = {
  Chiropractic: ['Chiropractor', 'Physical Medicine & Rehabilitation'],
  Acupuncture: ['Acupuncturist', 'Physical Medicine & Rehabilitation'],
  Spine: ['Orthopedic Surgery', 'Neurological Surgery'],
  'Arthroscopic Surgery': ['Orthopedic Surgery'],
  'Non-arthroscopic Surgery': ['Orthopedic Surgery', 'Hand Surgery'],
  'Adjunct Surgical Services': ['Orthopedic Surgery', 'Surgery'],
  'Surgical Consult': ['Orthopedic Surgery', 'Neurological Surgery'],
  Therapies: ['Psychologist', 'Psychiatry'],
  'Evaluation & Management': ['Psychologist', 'Psychiatry'],
};
