import { isSyntheticCaseNumber } from '../../../loaders';
import { defineQuery, type NamedQuery } from '../../graph/named-query';
import { REL } from '../../graph/model/graph-model';
import { nodeView, read } from '../../graph/model/read';
import { DECISION_WITH_CITATIONS, toDecision } from '../decision/decision.queries';
import { REVIEWER_PROJECTION, toReviewer } from '../reviewer/reviewer.queries';
import type { Reviewer } from '../reviewer/reviewer.type';
import type { CaseOutcome } from '../core/enums';
import type { Case } from './case.type';

/** The Case properties the API exposes. */
const CASE = nodeView('Case', [
  'caseNumber',
  'outcome',
  'priority',
  'dateAssigned',
  'decisionDate',
  'injuryDate',
  'urDenialDate',
  'applicationReceived',
  'patientAge',
  'patientSex',
  'summary',
  'priorTreatments',
  'sourceFile',
  'sha256',
  'decisionCount',
  'overturnedCount',
]);

/** The Case properties the API exposes, as a Cypher map projection of `c`. */
export const CASE_PROJECTION = CASE.projection('c');

export function toCase(value: unknown): Case {
  const c = CASE.read(value);
  return {
    ...c,
    outcome: c.outcome as CaseOutcome,
    synthetic: isSyntheticCaseNumber(c.caseNumber),
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
     MATCH (c)-[:${REL.HAS_DECISION}]->(d)
     RETURN ${DECISION_WITH_CITATIONS} ORDER BY d.ordinal
   } AS decisions`,
  (row) => ({
    ...toCase(row.c),
    prefetchedDecisions: read.list(row.decisions, toDecision),
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
  (row) => ({ caseNumber: read.string(row.key), reviewer: toReviewer(row.r) }),
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
  (row) => ({ caseNumber: read.string(row.caseNumber), names: read.strings(row.names) }),
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
    (row) => ({ total: read.integer(row.total), items: read.list(row.items, toCase) }),
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
    key: read.string(row.key),
    total: read.integer(row.total),
    items: read.list(row.items, toCase),
  }),
);
