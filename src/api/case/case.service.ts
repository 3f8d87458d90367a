import type { Reviewer } from '../reviewer/reviewer.type';
import { pagedLoader } from '../core/paged-loader';
import {
  decodeCursor,
  encodeCursor,
  pageSize,
  toConnection,
  type ConnectionValue,
} from '../core/pagination';
import type { ApiContext } from '../core/context';
import { loaderFor, oneByKey } from '../core/request-loaders';
import { caseFilterCypher } from './case-filter.cypher';
import type { CaseFilter } from './case-filter.input';
import * as q from './case.queries';
import type { Case } from './case.type';

const CURSOR = 'case';
export const caseCursor = (c: Case) => encodeCursor(CURSOR, [c.caseNumber]);
const afterCase = (after: string | null | undefined) =>
  after ? (decodeCursor(CURSOR, after, 1)[0] as string) : null;

function caseLoader(context: ApiContext) {
  return loaderFor<string, Case | null>(context, 'case.byNumber', async (keys) =>
    oneByKey(
      keys,
      await context.gateway.read(q.casesByNumber, { keys }),
      (c) => c.caseNumber,
      (c) => c,
    ),
  );
}

export function loadCase(context: ApiContext, caseNumber: string): Promise<Case | null> {
  return caseLoader(context).load(caseNumber);
}

/** The case and, in the same statement, its decisions with their services and citations. */
export async function loadCaseWithDecisions(
  context: ApiContext,
  caseNumber: string,
): Promise<Case | null> {
  const [found] = await context.gateway.read(q.caseWithDecisions, { caseNumber });
  if (found) primeCases(context, [found]);
  return found ?? null;
}

/** Cases a page already read need no second read when a decision asks for its case. */
function primeCases(context: ApiContext, cases: readonly Case[]): void {
  const loader = caseLoader(context);
  for (const c of cases) loader.prime(c.caseNumber, c);
}

export function loadReviewerOfCase(
  context: ApiContext,
  caseNumber: string,
): Promise<Reviewer | null> {
  return loaderFor<string, Reviewer | null>(context, 'case.reviewer', async (keys) =>
    oneByKey(
      keys,
      await context.gateway.read(q.reviewersByCase, { keys }),
      (row) => row.caseNumber,
      (row) => row.reviewer,
    ),
  ).load(caseNumber);
}

export function loadDiagnoses(context: ApiContext, caseNumber: string): Promise<string[]> {
  return loaderFor<string, string[]>(context, 'case.diagnoses', async (keys) =>
    oneByKey(
      keys,
      await context.gateway.read(q.diagnosesByCase, { keys }),
      (row) => row.caseNumber,
      (row) => row.names,
    ).map((names) => names ?? []),
  ).load(caseNumber);
}

export async function findCases(
  context: ApiContext,
  filter: CaseFilter | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<ConnectionValue<Case>> {
  const size = pageSize(first);
  const { where, params } = caseFilterCypher(filter);
  const [rows] = await context.gateway.read(q.casePage(where), {
    ...params,
    after: afterCase(after),
    limit: size + 1,
  });
  const page = rows ?? { total: 0, items: [] };
  primeCases(context, page.items);
  return toConnection(page, size, after, caseCursor);
}

export async function loadCasesOfReviewer(
  context: ApiContext,
  reviewerKey: string,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<ConnectionValue<Case>> {
  const size = pageSize(first);
  const cursor = afterCase(after);
  const page = await pagedLoader<Case>(context, 'case.byReviewer', (keys, limit, key) =>
    context.gateway.read(q.casesByReviewer, {
      keys,
      limit,
      after: key ? (key[0] as string) : null,
    }),
  ).load({ parent: reviewerKey, limit: size + 1, after: cursor === null ? null : [cursor] });
  primeCases(context, page.items);
  return toConnection(page, size, after, caseCursor);
}
