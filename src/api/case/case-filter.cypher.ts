import { InvalidArgument } from '../core/domain-error';
import { syntheticWhere } from '../core/decision-filter.cypher';
import type { CaseFilter } from './case-filter.input';

export const MAX_CASE_NUMBERS = 1000;

export interface CaseFilterCypher {
  /** Conditions on `c` (Case), joined with AND; 'true' when there are none. */
  where: string;
  params: Record<string, unknown>;
}

const isoDate = (value: Date | string): string =>
  value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);

/** A CaseFilter as fixed Cypher conditions with parameters: input never becomes Cypher. */
export function caseFilterCypher(filter: CaseFilter | null | undefined): CaseFilterCypher {
  const f = filter ?? {};
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (f.caseNumbers) {
    if (f.caseNumbers.length > MAX_CASE_NUMBERS) {
      throw new InvalidArgument(`caseNumbers takes at most ${MAX_CASE_NUMBERS} case numbers`);
    }
    where.push('c.caseNumber IN $fCaseNumbers');
    params.fCaseNumbers = f.caseNumbers;
  }
  if (f.synthetic !== undefined && f.synthetic !== null)
    where.push(syntheticWhere('c', f.synthetic, params));
  if (f.outcome) {
    where.push('c.outcome = $fOutcome');
    params.fOutcome = f.outcome;
  }
  if (f.priority) {
    where.push('c.priority = $fPriority');
    params.fPriority = f.priority;
  }
  if (f.decidedFrom) {
    where.push('c.decisionDate >= date($fFrom)');
    params.fFrom = isoDate(f.decidedFrom);
  }
  if (f.decidedTo) {
    where.push('c.decisionDate <= date($fTo)');
    params.fTo = isoDate(f.decidedTo);
  }
  if (f.patientSex) {
    where.push('c.patientSex = $fSex');
    params.fSex = f.patientSex.toLowerCase();
  }
  if (f.minAge !== undefined && f.minAge !== null) {
    where.push('c.patientAge >= $fMinAge');
    params.fMinAge = f.minAge;
  }
  if (f.maxAge !== undefined && f.maxAge !== null) {
    where.push('c.patientAge <= $fMaxAge');
    params.fMaxAge = f.maxAge;
  }
  if (f.diagnosis) {
    where.push('EXISTS { MATCH (c)-[:HAS_DIAGNOSIS]->(:Diagnosis {name: $fDiagnosis}) }');
    params.fDiagnosis = f.diagnosis;
  }
  if (f.specialty || f.licensedState) {
    const reviewer: string[] = [];
    if (f.specialty) {
      reviewer.push('$fSpecialty IN r.specialties');
      params.fSpecialty = f.specialty;
    }
    if (f.licensedState) {
      reviewer.push('$fState IN r.licensedStates');
      params.fState = f.licensedState;
    }
    where.push(`EXISTS { MATCH (c)-[:REVIEWED_BY]->(r:Reviewer) WHERE ${reviewer.join(' AND ')} }`);
  }
  return { where: where.length > 0 ? where.join('\n  AND ') : 'true', params };
}
