import { isSyntheticCaseNumber } from '../../../loaders';
import { defineQuery, type NamedQuery, type Row } from '../../graph/named-query';
import { DECISION_WITH_CITATIONS, toDecision } from '../decision/decision.queries';
import { REVIEWER_PROJECTION, toReviewer } from '../reviewer/reviewer.queries';
import type { Reviewer } from '../reviewer/reviewer.type';
import { CaseOutcome } from '../core/enums';
import type { Case } from './case.type';

/** The Case properties the API exposes, as a Cypher map projection of `c`. */
export const CASE_PROJECTION = `c { .caseNumber, .outcome, .priority, .dateAssigned, .decisionDate,
  .injuryDate, .urDenialDate, .applicationReceived, .patientAge, .patientSex, .summary,
  .priorTreatments, .sourceFile, .sha256, .decisionCount, .overturnedCount }`;

export function toCase(value: unknown): Case {
  const c = value as Row;
  return {
    caseNumber: c.caseNumber as string,
    outcome: c.outcome as CaseOutcome,
    priority: (c.priority as string | null) ?? null,
    dateAssigned: (c.dateAssigned as string | null) ?? null,
    decisionDate: (c.decisionDate as string | null) ?? null,
    injuryDate: (c.injuryDate as string | null) ?? null,
    urDenialDate: (c.urDenialDate as string | null) ?? null,
    applicationReceived: (c.applicationReceived as string | null) ?? null,
    patientAge: (c.patientAge as number | null) ?? null,
    patientSex: (c.patientSex as string | null) ?? null,
    summary: (c.summary as string | null) ?? null,
    priorTreatments: (c.priorTreatments as string[] | null) ?? [],
    sourceFile: (c.sourceFile as string | null) ?? '',
    sha256: (c.sha256 as string | null) ?? '',
    decisionCount: (c.decisionCount as number | null) ?? 0,
    overturnedCount: (c.overturnedCount as number | null) ?? 0,
    synthetic: isSyntheticCaseNumber(c.caseNumber as string),
  };
}

export const casesByNumber = defineQuery<{ keys: readonly string[] }, Case>(
  'case.byNumber',
  `UNWIND $keys AS key
   MATCH (c:Case {caseNumber: key})
   RETURN ${CASE_PROJECTION} AS c`,
  (row) => toCase(row.c),
);

/**
 * One case with its decisions (each with its service and citations) in one statement, for the
 * root `case` field when the request asks for the decisions: one round trip instead of three.
 */
export const caseWithDecisions = defineQuery<{ caseNumber: string }, Case>(
  'case.withDecisions',
  `MATCH (c:Case {caseNumber: $caseNumber})
   RETURN ${CASE_PROJECTION} AS c, COLLECT {
     MATCH (c)-[:HAS_DECISION]->(d)
     RETURN ${DECISION_WITH_CITATIONS} ORDER BY d.ordinal
   } AS decisions`,
  (row) => ({
    ...toCase(row.c),
    prefetchedDecisions: (row.decisions as unknown[]).map(toDecision),
  }),
);

export const reviewersByCase = defineQuery<
  { keys: readonly string[] },
  { caseNumber: string; reviewer: Reviewer }
>(
  'case.reviewer',
  `UNWIND $keys AS key
   MATCH (:Case {caseNumber: key})-[:REVIEWED_BY]->(r:Reviewer)
   RETURN key, ${REVIEWER_PROJECTION} AS r`,
  (row) => ({ caseNumber: row.key as string, reviewer: toReviewer(row.r) }),
);

export const diagnosesByCase = defineQuery<
  { keys: readonly string[] },
  { caseNumber: string; names: string[] }
>(
  'case.diagnoses',
  `UNWIND $keys AS key
   MATCH (:Case {caseNumber: key})-[:HAS_DIAGNOSIS]->(x:Diagnosis)
   WITH key, x ORDER BY x.name
   RETURN key AS caseNumber, collect(x.name) AS names`,
  (row) => ({ caseNumber: row.caseNumber as string, names: row.names as string[] }),
);

export interface CasePageParams {
  after: string | null;
  limit: number;
  [param: string]: unknown;
}

/**
 * A page of cases in case-number order with the total, in one statement. `where` comes from
 * caseFilterCypher: fixed text whose values are all parameters.
 */
export function casePage(
  where: string,
): NamedQuery<CasePageParams, { total: number; items: Case[] }> {
  return defineQuery(
    'case.page',
    `CALL () {
       MATCH (c:Case) WHERE ${where}
       RETURN count(c) AS total
     }
     CALL () {
       MATCH (c:Case) WHERE ${where} AND ($after IS NULL OR c.caseNumber > $after)
       WITH c ORDER BY c.caseNumber LIMIT toInteger($limit)
       RETURN collect(${CASE_PROJECTION}) AS items
     }
     RETURN total, items`,
    (row) => ({ total: row.total as number, items: (row.items as unknown[]).map(toCase) }),
  );
}

/** Cases a reviewer profile reviewed: one page per reviewer key, one statement for all keys. */
export const casesByReviewer = defineQuery<
  { keys: readonly string[]; after: string | null; limit: number },
  { key: string; total: number; items: Case[] }
>(
  'case.byReviewer',
  `UNWIND $keys AS key
   MATCH (r:Reviewer {key: key})
   CALL (r) {
     MATCH (r)<-[:REVIEWED_BY]-(c:Case)
     WHERE $after IS NULL OR c.caseNumber > $after
     WITH c ORDER BY c.caseNumber LIMIT toInteger($limit)
     RETURN collect(${CASE_PROJECTION}) AS items
   }
   RETURN key, COUNT { (r)<-[:REVIEWED_BY]-(:Case) } AS total, items`,
  (row) => ({
    key: row.key as string,
    total: row.total as number,
    items: (row.items as unknown[]).map(toCase),
  }),
);
