import { SYNTHETIC_CASE_PREFIX } from '../../../loaders';
import type { DecisionFilter } from './decision-filter.input';

export interface FilterCypher {
  /** Cypher lines that bind `d` (Decision) and narrow it; starts with MATCH. */
  text: string;
  params: Record<string, unknown>;
}

const isoDate = (value: Date | string): string =>
  value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);

/**
 * The condition of a `synthetic` filter on the case number of `alias` (a Case or a Decision):
 * true keeps the generator's SYN- letters, false the published ones. Sets its parameter.
 */
export function syntheticWhere(
  alias: string,
  synthetic: boolean,
  params: Record<string, unknown>,
): string {
  params.fSynthetic = SYNTHETIC_CASE_PREFIX;
  return `${synthetic ? '' : 'NOT '}${alias}.caseNumber STARTS WITH $fSynthetic`;
}

/**
 * A DecisionFilter as fixed Cypher fragments with parameters: user input never becomes Cypher
 * text. The fragments bind `d:Decision`; later clauses of a query build on it.
 */
export function decisionFilterCypher(filter: DecisionFilter | null | undefined): FilterCypher {
  const f = filter ?? {};
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  const lines: string[] = ['MATCH (d:Decision)'];
  if (f.caseNumber) {
    where.push('d.caseNumber = $fCase');
    params.fCase = f.caseNumber;
  }
  if (f.synthetic !== undefined && f.synthetic !== null)
    where.push(syntheticWhere('d', f.synthetic, params));
  if (f.outcome) {
    where.push('d.outcome = $fOutcome');
    params.fOutcome = f.outcome;
  }
  if (f.decidedFrom) {
    where.push('d.decisionDate >= date($fFrom)');
    params.fFrom = isoDate(f.decidedFrom);
  }
  if (f.decidedTo) {
    where.push('d.decisionDate <= date($fTo)');
    params.fTo = isoDate(f.decidedTo);
  }
  if (f.bodyRegion) {
    where.push('$fRegion IN d.bodyRegions');
    params.fRegion = f.bodyRegion.toLowerCase();
  }
  if (f.service) {
    where.push('EXISTS { MATCH (d)-[:FOR_SERVICE]->(s:Service) WHERE s.name = $fService }');
    params.fService = f.service;
  }
  // A decision carries its service's category and subcategory (written by the loader).
  if (f.category) {
    where.push('d.category = $fCategory');
    params.fCategory = f.category;
  }
  if (f.subcategory) {
    where.push('d.subcategory = $fSubcategory');
    params.fSubcategory = f.subcategory;
  }
  if (f.guidelineDocument) {
    where.push(
      'EXISTS { MATCH (d)-[:UR_CITED|REVIEWER_CITED]->(g:Guideline) WHERE g.document = $fDocument }',
    );
    params.fDocument = f.guidelineDocument;
  }
  if (f.specialty || f.licensedState) {
    const reviewerWhere: string[] = [];
    if (f.specialty) {
      reviewerWhere.push('$fSpecialty IN r.specialties');
      params.fSpecialty = f.specialty;
    }
    if (f.licensedState) {
      reviewerWhere.push('$fState IN r.licensedStates');
      params.fState = f.licensedState;
    }
    where.push(
      `EXISTS { MATCH (d)<-[:HAS_DECISION]-(:Case)-[:REVIEWED_BY]->(r:Reviewer) WHERE ${reviewerWhere.join(' AND ')} }`,
    );
  }
  if (where.length > 0) lines.push(`WHERE ${where.join('\n  AND ')}`);
  return { text: lines.join('\n'), params };
}
