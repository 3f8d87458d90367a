import { definePagedLoader, type PageKey } from '../core/paged-loader';
import {
  decodeCursor,
  encodeCursor,
  pageSize,
  toConnection,
  type ConnectionValue,
  type PageRows,
} from '../core/pagination';
import { decisionScopeCypher } from '../core/decision-scope.cypher';
import { defineLoader, groupByKey, oneByKey, type RequestLoader } from '../core/request-loaders';
import type { ServiceScope } from '../core/service-scope';
import type { DecisionFilter } from '../core/decision-filter.input';
import { CitedBy } from '../core/enums';
import type { Citation } from './citation.type';
import * as q from './decision.queries';
import type { CitationRow, Decision } from './decision.type';

const CURSOR = 'decision';
export const decisionCursor = (d: Decision) => encodeCursor(CURSOR, [d.caseNumber, d.ordinal]);

function afterDecision(after: string | null | undefined): [string, number] | null {
  if (!after) return null;
  const [caseNumber, ordinal] = decodeCursor(CURSOR, after, 2);
  return [String(caseNumber), Number(ordinal)];
}

const afterParams = (key: readonly (string | number)[] | null) => ({
  afterCase: key ? String(key[0]) : null,
  afterOrdinal: key ? Number(key[1]) : null,
});

const decisionsOfCase = defineLoader<string, Decision[]>('decision.byCase', async (gateway, keys) =>
  groupByKey(
    keys,
    await gateway.read(q.decisionsByCase, { keys }),
    (row) => row.key,
    (row) => row.value,
  ),
);

const decisionById = defineLoader<string, Decision | null>('decision.byId', async (gateway, keys) =>
  oneByKey(
    keys,
    await gateway.read(q.decisionsById, { keys }),
    (d) => d.id,
    (d) => d,
  ),
);

const dependencyOf = defineLoader<string, Decision | null>(
  'decision.dependsOn',
  async (gateway, keys) =>
    oneByKey(
      keys,
      await gateway.read(q.dependenciesOf, { keys }),
      (row) => row.key,
      (row) => row.value,
    ),
);

const citationsOf = defineLoader<string, CitationRow[]>(
  'decision.citations',
  async (gateway, keys) =>
    groupByKey(
      keys,
      await gateway.read(q.citationsOfDecisions, { keys }),
      (row) => row.decisionId,
      (row) => row,
    ),
);

/** Every paged decision query (by service, by guideline) takes the same parameters. */
type DecisionPageQuery = typeof q.decisionsByService;

/** A page of decisions per parent, one statement per field level; named as its query. */
const decisionPages = (query: DecisionPageQuery) =>
  definePagedLoader<Decision>(query.name, (gateway, keys, limit, key) =>
    gateway.read(query, { keys, limit, ...afterParams(key) }),
  );

const decisionsOfService = decisionPages(q.decisionsByService);

const decisionsCitingGuideline = {
  [CitedBy.REVIEWER]: decisionPages(q.decisionsByGuideline[CitedBy.REVIEWER]),
  [CitedBy.CLAIMS_ADMINISTRATOR]: decisionPages(
    q.decisionsByGuideline[CitedBy.CLAIMS_ADMINISTRATOR],
  ),
  EITHER: decisionPages(q.decisionsByGuideline.EITHER),
};

export function loadDecisionsOfCase(scope: ServiceScope, caseNumber: string): Promise<Decision[]> {
  return scope.loaders.get(decisionsOfCase).load(caseNumber);
}

export function loadDecision(scope: ServiceScope, id: string): Promise<Decision | null> {
  return scope.loaders.get(decisionById).load(id);
}

export function loadDependency(scope: ServiceScope, id: string): Promise<Decision | null> {
  return scope.loaders.get(dependencyOf).load(id);
}

/** Citations of one party; both parties come from one statement per field level. */
export async function loadCitations(
  scope: ServiceScope,
  decision: Pick<Decision, 'id' | 'prefetchedCitations'>,
  party: 'UR' | 'REVIEWER',
): Promise<Citation[]> {
  const rows =
    decision.prefetchedCitations ?? (await scope.loaders.get(citationsOf).load(decision.id));
  return rows
    .filter((row) => row.party === party)
    .map(({ guideline, pages, edition, text, start, end }): Citation => ({
      guideline,
      pages,
      edition,
      text,
      span: q.toSpan(start, end),
    }));
}

export async function findDecisions(
  scope: ServiceScope,
  filter: DecisionFilter | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<ConnectionValue<Decision>> {
  const size = pageSize(first);
  // Starts from the filter's most selective index (a category's services, not every
  // overturned decision): the same decisions as decisionFilterCypher, fewer of them read.
  const { text, params, indexOnly } = decisionScopeCypher(filter);
  const [rows] = await scope.gateway.read(q.decisionPage(text, indexOnly), {
    ...params,
    ...afterParams(afterDecision(after)),
    limit: size + 1,
  });
  return toConnection(rows ?? { total: 0, items: [] }, size, after, decisionCursor);
}

async function pageOf(
  scope: ServiceScope,
  loader: RequestLoader<PageKey, PageRows<Decision>, string>,
  parent: string,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<ConnectionValue<Decision>> {
  const size = pageSize(first);
  const page = await scope.loaders
    .get(loader)
    .load({ parent, limit: size + 1, after: afterDecision(after) });
  return toConnection(page, size, after, decisionCursor);
}

export function loadDecisionsOfService(
  scope: ServiceScope,
  serviceName: string,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<ConnectionValue<Decision>> {
  return pageOf(scope, decisionsOfService, serviceName, first, after);
}

export function loadDecisionsCitingGuideline(
  scope: ServiceScope,
  guidelineKey: string,
  citedBy: CitedBy | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<ConnectionValue<Decision>> {
  return pageOf(scope, decisionsCitingGuideline[citedBy ?? 'EITHER'], guidelineKey, first, after);
}
