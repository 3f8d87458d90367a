import { pagedLoader, type KeyedPageRows } from '../core/paged-loader';
import {
  decodeCursor,
  encodeCursor,
  pageSize,
  toConnection,
  type ConnectionValue,
} from '../core/pagination';
import { decisionScopeCypher } from '../core/decision-scope.cypher';
import type { ApiContext } from '../core/context';
import { groupByKey, loaderFor, oneByKey } from '../core/request-loaders';
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

export function loadDecisionsOfCase(context: ApiContext, caseNumber: string): Promise<Decision[]> {
  return loaderFor<string, Decision[]>(context, 'decision.byCase', async (keys) =>
    groupByKey(
      keys,
      await context.gateway.read(q.decisionsByCase, { keys }),
      (row) => row.key,
      (row) => row.value,
    ),
  ).load(caseNumber);
}

export function loadDecision(context: ApiContext, id: string): Promise<Decision | null> {
  return loaderFor<string, Decision | null>(context, 'decision.byId', async (keys) =>
    oneByKey(
      keys,
      await context.gateway.read(q.decisionsById, { keys }),
      (d) => d.id,
      (d) => d,
    ),
  ).load(id);
}

export function loadDependency(context: ApiContext, id: string): Promise<Decision | null> {
  return loaderFor<string, Decision | null>(context, 'decision.dependsOn', async (keys) =>
    oneByKey(
      keys,
      await context.gateway.read(q.dependenciesOf, { keys }),
      (row) => row.key,
      (row) => row.value,
    ),
  ).load(id);
}

/** Citations of one party; both parties come from one statement per field level. */
export async function loadCitations(
  context: ApiContext,
  decision: Pick<Decision, 'id' | 'prefetchedCitations'>,
  party: 'UR' | 'REVIEWER',
): Promise<Citation[]> {
  const rows =
    decision.prefetchedCitations ??
    (await loaderFor<string, CitationRow[]>(context, 'decision.citations', async (keys) =>
      groupByKey(
        keys,
        await context.gateway.read(q.citationsOfDecisions, { keys }),
        (row) => row.decisionId,
        (row) => row,
      ),
    ).load(decision.id));
  return rows
    .filter((row) => row.party === party)
    .map(({ guideline, pages, edition, text }) => ({ guideline, pages, edition, text }));
}

export async function findDecisions(
  context: ApiContext,
  filter: DecisionFilter | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<ConnectionValue<Decision>> {
  const size = pageSize(first);
  // Starts from the filter's most selective index (a category's services, not every
  // overturned decision): the same decisions as decisionFilterCypher, fewer of them read.
  const { text, params, indexOnly } = decisionScopeCypher(filter);
  const [rows] = await context.gateway.read(q.decisionPage(text, indexOnly), {
    ...params,
    ...afterParams(afterDecision(after)),
    limit: size + 1,
  });
  return toConnection(rows ?? { total: 0, items: [] }, size, after, decisionCursor);
}

async function pageOf(
  context: ApiContext,
  loaderName: string,
  parent: string,
  first: number | null | undefined,
  after: string | null | undefined,
  run: (
    query: { keys: string[]; limit: number } & ReturnType<typeof afterParams>,
  ) => Promise<KeyedPageRows<Decision>[]>,
): Promise<ConnectionValue<Decision>> {
  const size = pageSize(first);
  const page = await pagedLoader<Decision>(context, loaderName, (keys, limit, key) =>
    run({ keys, limit, ...afterParams(key) }),
  ).load({ parent, limit: size + 1, after: afterDecision(after) });
  return toConnection(page, size, after, decisionCursor);
}

export function loadDecisionsOfService(
  context: ApiContext,
  serviceName: string,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<ConnectionValue<Decision>> {
  return pageOf(context, 'decision.byService', serviceName, first, after, (params) =>
    context.gateway.read(q.decisionsByService, params),
  );
}

export function loadDecisionsCitingGuideline(
  context: ApiContext,
  guidelineKey: string,
  citedBy: CitedBy | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<ConnectionValue<Decision>> {
  const which = citedBy ?? 'EITHER';
  return pageOf(context, `decision.byGuideline.${which}`, guidelineKey, first, after, (params) =>
    context.gateway.read(q.decisionsByGuideline[which], params),
  );
}
