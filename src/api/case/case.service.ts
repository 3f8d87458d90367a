import type { Reviewer } from '../reviewer/reviewer.type';
import { definePagedLoader } from '../core/paged-loader';
import {
  decodeCursor,
  encodeCursor,
  pageSize,
  toConnection,
  type ConnectionValue,
} from '../core/pagination';
import { defineLoader, oneByKey } from '../core/request-loaders';
import type { ServiceScope } from '../core/service-scope';
import { caseFilterCypher } from './case-filter.cypher';
import type { CaseFilter } from './case-filter.input';
import * as q from './case.queries';
import type { Case } from './case.type';

const CURSOR = 'case';
export const caseCursor = (c: Case) => encodeCursor(CURSOR, [c.caseNumber]);
const afterCase = (after: string | null | undefined) =>
  after ? (decodeCursor(CURSOR, after, 1)[0] as string) : null;

const caseByNumber = defineLoader<string, Case | null>('case.byNumber', async (gateway, keys) =>
  oneByKey(
    keys,
    await gateway.read(q.casesByNumber, { keys }),
    (c) => c.caseNumber,
    (c) => c,
  ),
);

const reviewerOfCase = defineLoader<string, Reviewer | null>(
  'case.reviewer',
  async (gateway, keys) =>
    oneByKey(
      keys,
      await gateway.read(q.reviewersByCase, { keys }),
      (row) => row.caseNumber,
      (row) => row.reviewer,
    ),
);

const diagnosesOfCase = defineLoader<string, string[]>('case.diagnoses', async (gateway, keys) =>
  oneByKey(
    keys,
    await gateway.read(q.diagnosesByCase, { keys }),
    (row) => row.caseNumber,
    (row) => row.names,
  ).map((names) => names ?? []),
);

const casesOfReviewer = definePagedLoader<Case>('case.byReviewer', (gateway, keys, limit, key) =>
  gateway.read(q.casesByReviewer, {
    keys,
    limit,
    after: key ? (key[0] as string) : null,
  }),
);

export function loadCase(scope: ServiceScope, caseNumber: string): Promise<Case | null> {
  return scope.loaders.get(caseByNumber).load(caseNumber);
}

/** The case and, in the same statement, its decisions with their services and citations. */
export async function loadCaseWithDecisions(
  scope: ServiceScope,
  caseNumber: string,
): Promise<Case | null> {
  const [found] = await scope.gateway.read(q.caseWithDecisions, { caseNumber });
  if (found) primeCases(scope, [found]);
  return found ?? null;
}

/** Cases a page already read need no second read when a decision asks for its case. */
function primeCases(scope: ServiceScope, cases: readonly Case[]): void {
  const loader = scope.loaders.get(caseByNumber);
  for (const c of cases) loader.prime(c.caseNumber, c);
}

export function loadReviewerOfCase(
  scope: ServiceScope,
  caseNumber: string,
): Promise<Reviewer | null> {
  return scope.loaders.get(reviewerOfCase).load(caseNumber);
}

export function loadDiagnoses(scope: ServiceScope, caseNumber: string): Promise<string[]> {
  return scope.loaders.get(diagnosesOfCase).load(caseNumber);
}

export async function findCases(
  scope: ServiceScope,
  filter: CaseFilter | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<ConnectionValue<Case>> {
  const size = pageSize(first);
  const { where, params } = caseFilterCypher(filter);
  const [rows] = await scope.gateway.read(q.casePage(where), {
    ...params,
    after: afterCase(after),
    limit: size + 1,
  });
  const page = rows ?? { total: 0, items: [] };
  primeCases(scope, page.items);
  return toConnection(page, size, after, caseCursor);
}

export async function loadCasesOfReviewer(
  scope: ServiceScope,
  reviewerKey: string,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<ConnectionValue<Case>> {
  const size = pageSize(first);
  const cursor = afterCase(after);
  const page = await scope.loaders
    .get(casesOfReviewer)
    .load({ parent: reviewerKey, limit: size + 1, after: cursor === null ? null : [cursor] });
  primeCases(scope, page.items);
  return toConnection(page, size, after, caseCursor);
}
