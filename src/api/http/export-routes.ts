import type * as http from 'node:http';
import { GraphQLError } from 'graphql';
import type { AppConfig } from '../../config';
import type { Neo4jGateway } from '../../graph/neo4j-gateway';
import { ApiErrorCode } from '../core/api-error';
import type { ApiContext } from '../core/context';
import { echo, InvalidArgument } from '../core/domain-error';
import { RequestTimeoutError } from '../core/request-deadline';
import {
  toExportGraph,
  writeGexf,
  writeGraphml,
  type ExportGraph,
} from '../graph-view/graph-export';
import { graphView } from '../graph-view/graph-view.service';
import { impactGraph } from '../joins/impact-graph.service';
import type { DecisionFilter } from '../core/decision-filter.input';
import { CitedBy, Dimension, Outcome } from '../core/enums';
import { redact } from './error-logging';
import { classifyError, formatApiError } from './format-error';
import type { Logger } from './logger';
import { metrics } from './metrics';
import { createApiContext } from './request-context';

/**
 * GET /export/<view>.<format>: a graph view as a file for Gephi (gexf) or networkx/yEd
 * (graphml). A view takes its GraphQL field's arguments as query parameters and calls the
 * same service, so limits and coded errors are the field's; an error is a JSON body
 * {errors: [{message, extensions: {code}}]} with a 4xx/5xx status.
 */

const FORMATS = {
  gexf: { contentType: 'application/gexf+xml; charset=utf-8', write: writeGexf },
  graphml: { contentType: 'application/graphml+xml; charset=utf-8', write: writeGraphml },
} satisfies Record<string, { contentType: string; write: (graph: ExportGraph) => string }>;

/** Query parameters by name, each given at most once. */
class ExportParameters {
  constructor(private readonly search: URLSearchParams) {}

  text(name: string): string | undefined {
    return this.search.get(name) ?? undefined;
  }

  required(name: string, example: string): string {
    const value = this.text(name);
    if (value === undefined || value.trim() === '') {
      throw new InvalidArgument(
        `the query parameter ${name} is required, e.g. ?${name}=${example}`,
        {
          argument: name,
        },
      );
    }
    return value;
  }

  /** One of an enum's values, written as GraphQL writes them (e.g. SERVICE). */
  choice<E extends string>(name: string, values: Record<string, E>): E | undefined {
    const value = this.text(name);
    if (value === undefined) return undefined;
    const found = Object.values(values).find((v) => v === value.trim());
    if (found === undefined) {
      throw new InvalidArgument(
        `${name} must be one of ${Object.values(values).join(', ')}, not ${echo(value)}`,
        { argument: name },
      );
    }
    return found;
  }

  boolean(name: string): boolean | undefined {
    const value = this.text(name)?.trim();
    if (value === undefined) return undefined;
    if (value !== 'true' && value !== 'false') {
      throw new InvalidArgument(`${name} must be true or false, not ${echo(value)}`, {
        argument: name,
      });
    }
    return value === 'true';
  }

  /** A calendar day, YYYY-MM-DD, as the Date scalar takes it. */
  date(name: string): Date | undefined {
    const value = this.text(name)?.trim();
    if (value === undefined) return undefined;
    const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : null;
    if (day === null || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) {
      throw new InvalidArgument(`${name} must be a day such as 2016-11-01, not ${echo(value)}`, {
        argument: name,
      });
    }
    return day;
  }

  int(name: string): number | undefined {
    const value = this.text(name);
    if (value === undefined) return undefined;
    if (!/^-?\d{1,9}$/.test(value.trim())) {
      throw new InvalidArgument(`${name} must be a whole number, not ${echo(value)}`, {
        argument: name,
      });
    }
    return Number(value);
  }
}

/** An exportable view: the GraphQL field's arguments as parameters, and its service. */
interface ExportView {
  parameters: readonly string[];
  load(context: ApiContext, parameters: ExportParameters): Promise<ExportGraph>;
}

/** graph(id, depth, limit), with the field's defaults. */
const graphExport: ExportView = {
  parameters: ['id', 'depth', 'limit'],
  async load(context, p) {
    const view = await graphView(context.scope, {
      id: p.required('id', 'Service:MRI'),
      depth: p.int('depth') ?? 1,
      limit: p.int('limit') ?? 200,
    });
    return toExportGraph(view, { depth: view.depth, limit: view.limit });
  },
};

/** DecisionFilter's fields as `filter.<field>` parameters, each read as its GraphQL type. */
const FILTER_TEXT = [
  'category',
  'subcategory',
  'service',
  'guidelineDocument',
  'specialty',
  'licensedState',
  'bodyRegion',
  'caseNumber',
] as const satisfies readonly (keyof DecisionFilter)[];

function filterOf(p: ExportParameters): DecisionFilter | null {
  const filter: DecisionFilter = {};
  for (const field of FILTER_TEXT) {
    const value = p.text(`filter.${field}`);
    if (value !== undefined) filter[field] = value;
  }
  const outcome = p.choice('filter.outcome', Outcome);
  if (outcome !== undefined) filter.outcome = outcome;
  const from = p.date('filter.decidedFrom');
  if (from !== undefined) filter.decidedFrom = from;
  const to = p.date('filter.decidedTo');
  if (to !== undefined) filter.decidedTo = to;
  const synthetic = p.boolean('filter.synthetic');
  if (synthetic !== undefined) filter.synthetic = synthetic;
  return Object.keys(filter).length > 0 ? filter : null;
}

/** impactGraph(filter, citedBy, by, outcome, minDecisions, limit), with the field's defaults. */
const impactExport: ExportView = {
  parameters: [
    'citedBy',
    'by',
    'outcome',
    'minDecisions',
    'limit',
    ...[...FILTER_TEXT, 'outcome', 'decidedFrom', 'decidedTo', 'synthetic'].map(
      (field) => `filter.${field}`,
    ),
  ],
  async load(context, p) {
    const limit = p.int('limit') ?? 10;
    const view = await impactGraph(context.scope, {
      filter: filterOf(p),
      citedBy: p.choice('citedBy', CitedBy) ?? CitedBy.REVIEWER,
      by: p.choice('by', Dimension) ?? Dimension.SERVICE,
      outcome: p.choice('outcome', Outcome) ?? Outcome.OVERTURNED,
      minDecisions: p.int('minDecisions') ?? 1,
      limit,
    });
    return toExportGraph(view, { limit });
  },
};

/** The views by file name. */
const EXPORT_VIEWS: Record<string, ExportView> = { graph: graphExport, impact: impactExport };

const STATUS_OF_CODE: Record<string, number> = {
  [ApiErrorCode.BAD_USER_INPUT]: 400,
  [ApiErrorCode.QUERY_TOO_COMPLEX]: 400,
  [ApiErrorCode.UNAUTHENTICATED]: 401,
  [ApiErrorCode.NOT_FOUND]: 404,
  [ApiErrorCode.DATABASE_UNAVAILABLE]: 503,
  [ApiErrorCode.REQUEST_TIMEOUT]: 504,
};

function sendError(res: http.ServerResponse, status: number, message: string, code: string) {
  if (res.headersSent) return void res.end();
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

function unknownExport(path: string): string {
  const known = Object.keys(EXPORT_VIEWS).flatMap((view) =>
    Object.keys(FORMATS).map((format) => `/export/${view}.${format}`),
  );
  return `nothing at ${path}; exports are ${known.join(', ')}`;
}

export async function handleExport(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  config: AppConfig,
  gateway: Neo4jGateway,
  log: Logger,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const match = /^\/export\/([a-z]+)\.([a-z]+)$/.exec(url.pathname);
  const view = match ? EXPORT_VIEWS[match[1]] : undefined;
  const format = match ? FORMATS[match[2] as keyof typeof FORMATS] : undefined;
  if (!match || view === undefined || format === undefined) {
    return sendError(res, 404, unknownExport(url.pathname), ApiErrorCode.NOT_FOUND);
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    return sendError(res, 405, `${url.pathname} answers GET`, 'BAD_REQUEST');
  }
  // Counted and logged like a GraphQL request: operation, code, status, time, statements.
  const operation = `export:${match[1]}.${match[2]}`;
  const started = performance.now();
  const record = (code: string, status: number) => {
    metrics.requests.inc({ operation, code });
    const durationMs = Math.round(performance.now() - started);
    log.request?.({ operation, code, status, durationMs, statements: gateway.viewStatementCount });
  };
  try {
    const parameters = checkedParameters(url.searchParams, view);
    const context = createApiContext(config, gateway, req.headers.authorization);
    const file = format.write(await view.load(context, parameters));
    if (res.headersSent) return; // the deadline has answered
    record('OK', 200);
    res.statusCode = 200;
    res.setHeader('content-type', format.contentType);
    res.setHeader('content-disposition', `attachment; filename="${match[1]}.${match[2]}"`);
    res.setHeader('cache-control', 'no-store');
    res.end(req.method === 'HEAD' ? undefined : file);
  } catch (error) {
    if (error instanceof RequestTimeoutError) throw error;
    const { code, status, message } = publicError(error, operation, url.searchParams, log);
    record(code, status);
    sendError(res, status, message, code);
  }
}

/** The error as the client sees it: formatApiError's masking, a status per code. */
function publicError(error: unknown, operation: string, search: URLSearchParams, log: Logger) {
  const code = error instanceof GraphQLError ? error.extensions.code : undefined;
  const formatted = formatApiError(
    { message: (error as Error).message, extensions: { code } },
    error,
  );
  const publicCode = String(formatted.extensions?.code ?? ApiErrorCode.INTERNAL_SERVER_ERROR);
  if (classifyError(code, error) === 'internal') {
    // As on the GraphQL path: an unexpected error's message, the request's values redacted.
    const values = [...search.values()]
      .filter((value) => value.length >= 3) // a depth of 2 would garble the message
      .sort((a, b) => b.length - a.length);
    log.error(`${operation} failed: ${redact((error as Error).message, values).slice(0, 300)}`);
  }
  return {
    code: publicCode,
    status: STATUS_OF_CODE[publicCode] ?? 500,
    message: formatted.message,
  };
}

/** Each parameter known to the view and given once: a typo is an error, not a default. */
function checkedParameters(search: URLSearchParams, view: ExportView): ExportParameters {
  for (const name of new Set(search.keys())) {
    if (!view.parameters.includes(name)) {
      throw new InvalidArgument(
        `unknown query parameter ${echo(name)}; this export takes ${view.parameters.join(', ')}`,
      );
    }
    if (search.getAll(name).length > 1) {
      throw new InvalidArgument(`the query parameter ${name} is given more than once`, {
        argument: name,
      });
    }
  }
  return new ExportParameters(search);
}
