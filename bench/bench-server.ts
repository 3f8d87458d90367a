/**
 * One GraphQL server under test, in its own process so that it does not share an event loop
 * with the load generator or with the other servers: `ours` (startApiServer with its response
 * cache off, so every request runs its Cypher as the library's do), `ours-cached` (the same
 * with the default response cache, as `imr-graph serve` runs) or `reference` (the Neo4j
 * GraphQL Library, reference-server.ts). Started by the query bench with fork();
 * it reports `{ ready, url }`, answers `{ op: 'count' }` with the Cypher statements run so
 * far and `{ op: 'memory' }` with process.memoryUsage() (the soak's RSS samples), and exits on `{ op: 'stop' }` or when its parent goes away.
 *
 * Environment: BENCH_NEO4J_URI, BENCH_NEO4J_PASSWORD; argument: ours | reference.
 */
import neo4j from 'neo4j-driver';
import { loadConfig } from '../src/config';
import { Neo4jGateway } from '../src/graph/neo4j-gateway';
import { countingDriver } from './counting-driver';

export type ServerSide = 'ours' | 'ours-cached' | 'ours-defaults' | 'reference';

export type ServerMessage =
  | { ready: true; url: string }
  | { count: number }
  | { memory: NodeJS.MemoryUsage }
  | { error: string };

export type ParentMessage = { op: 'count' } | { op: 'memory' } | { op: 'stop' };

/** Analytic queries over a million letters can take longer than the API's default 10 s. */
export const BENCH_QUERY_TIMEOUT_MS = 120_000;

interface Running {
  url: string;
  statements: () => number;
  stop: () => Promise<void>;
}

/**
 * Our server, response cache off unless `cached`. `serveDefaults`: the timeouts `imr-graph
 * serve` has (the stall bench measures them); else long ones for analytics over a large graph.
 */
async function startOurs(
  uri: string,
  password: string,
  cached: boolean,
  serveDefaults = false,
): Promise<Running> {
  const { startApiServer } = await import('../src/api/http/http-server');
  const timeout = serveDefaults ? undefined : String(BENCH_QUERY_TIMEOUT_MS);
  const config = loadConfig({
    ...process.env,
    NEO4J_URI: uri,
    NEO4J_PASSWORD: password,
    IMR_GRAPH_LOG: 'silent',
    IMR_GRAPH_QUERY_TIMEOUT_MS: timeout,
    IMR_GRAPH_REQUEST_TIMEOUT_MS: timeout,
    // Off: every request computed. On: the serve default (unset: the configured default).
    IMR_GRAPH_RESPONSE_CACHE_MB: cached ? process.env.IMR_GRAPH_RESPONSE_CACHE_MB : '0',
  });
  const gateway = new Neo4jGateway({
    uri,
    user: config.neo4j.user,
    password,
    database: config.neo4j.database,
    transactionTimeoutMs: config.queryTimeoutMs,
  });
  const server = await startApiServer(config, gateway, { port: 0, host: '127.0.0.1' });
  return {
    url: server.url,
    statements: () => gateway.statementCount,
    stop: async () => {
      await server.close();
      await gateway.close();
    },
  };
}

async function startReference(uri: string, password: string): Promise<Running> {
  const { startReferenceServer } = await import('./reference-server');
  const inner = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), {
    logging: { level: 'error', logger: () => undefined },
  });
  const counting = countingDriver(inner);
  const server = await startReferenceServer({ driver: counting.driver, port: 0 });
  return {
    url: server.url.replace('localhost', '127.0.0.1'),
    statements: () => counting.count,
    stop: async () => {
      await server.stop();
      await inner.close();
    },
  };
}

async function main(): Promise<void> {
  const side = process.argv[2] as ServerSide;
  const uri = process.env.BENCH_NEO4J_URI ?? '';
  const password = process.env.BENCH_NEO4J_PASSWORD ?? '';
  const send = (message: ServerMessage) => process.send?.(message);
  let running: Running;
  try {
    if (side === 'ours') running = await startOurs(uri, password, false);
    else if (side === 'ours-cached') running = await startOurs(uri, password, true);
    else if (side === 'ours-defaults') running = await startOurs(uri, password, false, true);
    else if (side === 'reference') running = await startReference(uri, password);
    else throw new Error(`unknown server '${side}': ours, ours-cached or reference`);
  } catch (error) {
    send({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    process.exit(1);
  }
  const stop = async () => {
    await running.stop().catch(() => undefined);
    process.exit(0);
  };
  process.on('message', (message: ParentMessage) => {
    if (message.op === 'count') send({ count: running.statements() });
    else if (message.op === 'memory') send({ memory: process.memoryUsage() });
    else if (message.op === 'stop') void stop();
  });
  process.on('disconnect', () => void stop());
  send({ ready: true, url: running.url });
}

if (require.main === module) void main();
