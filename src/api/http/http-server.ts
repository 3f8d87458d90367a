import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { AppConfig } from '../../config';
import type { Neo4jGateway } from '../../graph/neo4j-gateway';
import { buildApiSchema } from '../schema/build-schema';
import { adminTokenWarning } from './admin-auth';
import { createApolloServer } from './apollo';
import type { ApiContext } from '../core/context';
import { checkHealth } from './health';
import { createLogger, type Logger } from './logger';
import { metrics, observeNeo4jPool } from './metrics';
import { serveMetrics } from './metrics-endpoint';
import { handleExplorer } from './explorer';
import { handlePlayground } from './playground';
import { handleExport } from './export-routes';
import { createHttpMiddleware } from './http-middleware';
import { recordUnparsedRequest, requestMetricsPlugin } from './request-metrics';
import { createResponseCache } from './response-cache';
import { queryLimitsOf, type QueryLimits } from './query-limits';
import { createApiContext } from './request-context';
import {
  REQUEST_TIMEOUT_CODE,
  REQUEST_TIMEOUT_STATUS,
  RequestTimeoutError,
  withDeadline,
} from '../core/request-deadline';

/** A letter's text fits many times over; bigger bodies are refused before parsing. */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;

export interface ApiServerOptions {
  /** 0 picks a free port. Default: config.http.port. */
  port?: number;
  /** Default: config.http.host (IMR_GRAPH_HOST, else 0.0.0.0 as a container needs). */
  host?: string;
  log?: Logger;
  limits?: QueryLimits;
}

export interface ApiServer {
  /** http://host:port/graphql */
  url: string;
  port: number;
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The API over plain node:http: POST and GET /graphql through Apollo, GET /healthz, GET /metrics
 * (Prometheus), GET /export/graph.gexf|.graphml (export-routes.ts), and the
 * playground's page and assets when a browser asks; CORS and compression before all of them
 * (http-middleware.ts). The caller owns the gateway.
 */
export async function startApiServer(
  config: AppConfig,
  gateway: Neo4jGateway,
  options: ApiServerOptions = {},
): Promise<ApiServer> {
  const log = options.log ?? createLogger(config.logLevel, config.logFormat);
  const cache =
    config.responseCache.maxMb > 0
      ? createResponseCache(gateway, config.responseCache, log)
      : undefined;
  const apollo = createApolloServer(
    await buildApiSchema(),
    log,
    options.limits ?? queryLimitsOf(config),
    [requestMetricsPlugin(log), ...(cache?.plugins ?? [])],
  );
  await apollo.start();
  await cache?.start();
  observeNeo4jPool(gateway.driver);
  const tokenWarning = adminTokenWarning(config.adminToken);
  if (tokenWarning) log.info(tokenWarning);

  const middleware = createHttpMiddleware(config);
  const server = http.createServer((req, res) => {
    const routed = middleware.apply(req, res).then(async (goOn) => {
      if (goOn) await route(req, res, apollo, config, gateway, log);
    });
    routed.catch((error: unknown) => {
      if (error instanceof HttpError) {
        recordUnparsedRequest(log, 'BAD_REQUEST', error.status);
        return sendJson(res, error.status, graphqlError(error.message, 'BAD_REQUEST'));
      }
      if (error instanceof RequestTimeoutError) {
        // Apollo still answers the aborted operation, so its request line and count come from
        // the request plugin; here only the refusal is counted.
        metrics.refusals.inc({ reason: 'deadline' });
        log.info(`graphql request stopped at its ${error.timeoutMs} ms deadline`);
        const body = graphqlError(error.message, REQUEST_TIMEOUT_CODE);
        return sendJson(res, REQUEST_TIMEOUT_STATUS, body);
      }
      recordUnparsedRequest(log, 'INTERNAL_SERVER_ERROR', 500);
      log.error(`http error on ${req.method} ${pathOf(req)}: ${(error as Error).message}`);
      sendJson(res, 500, graphqlError('Internal server error', 'INTERNAL_SERVER_ERROR'));
    });
  });
  const host = options.host ?? config.http.host;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? config.http.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      cache?.stop();
      await apollo.stop();
    })();
    return closing;
  };
  return { url: `http://${shownHost}:${port}/graphql`, port, close };
}

async function route(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  apollo: ApolloServer<ApiContext>,
  config: AppConfig,
  gateway: Neo4jGateway,
  log: Logger,
): Promise<void> {
  const path = pathOf(req);
  if (path === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) {
    const health = await checkHealth(gateway);
    return sendJson(res, health.neo4j === 'up' ? 200 : 503, health);
  }
  if (path === '/metrics' && (req.method === 'GET' || req.method === 'HEAD'))
    return serveMetrics(res);
  if (handlePlayground(req, res)) return;
  if (handleExplorer(req, res)) return;
  if (path.startsWith('/export/')) {
    const { timeoutMs, maxSessions } = config.requests;
    return withDeadline(timeoutMs, (signal) =>
      handleExport(req, res, config, gateway.forRequest({ signal, maxSessions }), log),
    );
  }
  if (path === '/graphql') {
    const { timeoutMs, maxSessions } = config.requests;
    return withDeadline(timeoutMs, (signal) =>
      serveGraphql(req, res, apollo, config, gateway.forRequest({ signal, maxSessions })),
    );
  }
  sendJson(res, 404, graphqlError(`nothing at ${path}; the API is at /graphql`, 'NOT_FOUND'));
}

async function serveGraphql(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  apollo: ApolloServer<ApiContext>,
  config: AppConfig,
  gateway: Neo4jGateway,
): Promise<void> {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method: (req.method ?? 'GET').toUpperCase(),
      headers,
      search: new URL(req.url ?? '/', 'http://localhost').search,
      body: await readBody(req),
    },
    context: async () => createApiContext(config, gateway, req.headers.authorization),
  });
  // Answered already: the deadline passed (REQUEST_TIMEOUT).
  if (res.headersSent) return;
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/** The body as Apollo wants it: parsed JSON for JSON requests, else the text (or nothing). */
async function readBody(req: http.IncomingMessage): Promise<unknown> {
  if (req.method !== 'POST') return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) {
      throw new HttpError(413, `request body over ${MAX_BODY_BYTES} bytes`);
    }
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!/json/i.test(req.headers['content-type'] ?? '')) return text;
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 'the request body is not valid JSON');
  }
}

function pathOf(req: http.IncomingMessage): string {
  return new URL(req.url ?? '/', 'http://localhost').pathname;
}

function graphqlError(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(JSON.stringify(body));
}
