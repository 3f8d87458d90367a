import type { Driver } from 'neo4j-driver';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The process's Prometheus metrics, served at GET /metrics (prom-client). One registry for the
 * process: any module counts into the named metrics below (e.g. a limit that refuses an
 * operation calls `metrics.refusals.inc({ reason: 'cost' })`). Labels carry operation names,
 * codes and reasons, never request values; operation names are client-chosen, so they are
 * checked and capped (operationLabel) to keep the number of series bounded.
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry, prefix: 'imr_graph_' });

const PREFIX = 'imr_graph_';

export const metrics = {
  requests: new Counter({
    name: `${PREFIX}graphql_requests_total`,
    help: 'GraphQL requests answered, by operation name and outcome code (OK or the first error code)',
    labelNames: ['operation', 'code'] as const,
    registers: [metricsRegistry],
  }),
  requestSeconds: new Histogram({
    name: `${PREFIX}graphql_request_duration_seconds`,
    help: 'Time from receiving a GraphQL request to sending its response, by operation name',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15, 30],
    registers: [metricsRegistry],
  }),
  inFlight: new Gauge({
    name: `${PREFIX}graphql_requests_in_flight`,
    help: 'GraphQL requests being answered now',
    registers: [metricsRegistry],
  }),
  statements: new Counter({
    name: `${PREFIX}neo4j_statements_total`,
    help: 'Cypher statements run for GraphQL requests, by operation name',
    labelNames: ['operation'] as const,
    registers: [metricsRegistry],
  }),
  responseCache: new Counter({
    name: `${PREFIX}response_cache_requests_total`,
    help: 'Queries looked up in the response cache, by result (hit or miss)',
    labelNames: ['result'] as const,
    registers: [metricsRegistry],
  }),
  /** Requests refused by a limit or the deadline; `reason` e.g. cost, aliases, depth, deadline. */
  refusals: new Counter({
    name: `${PREFIX}refusals_total`,
    help: 'Operations refused by a request limit or stopped by the request deadline, by reason',
    labelNames: ['reason'] as const,
    registers: [metricsRegistry],
  }),
  loaderLetters: new Counter({
    name: `${PREFIX}loader_letters_total`,
    help: 'Letters read by the loader in this process, by outcome (loaded, replaced, unchanged, failed)',
    labelNames: ['outcome'] as const,
    registers: [metricsRegistry],
  }),
  loaderFailures: new Counter({
    name: `${PREFIX}loader_failures_total`,
    help: 'Letters and paths the loader could not load, by code',
    labelNames: ['code'] as const,
    registers: [metricsRegistry],
  }),
};

/** The loader's summary as counters (the CLI calls it after a load; loaders/ stays below src/). */
export function recordLoad(summary: {
  loaded: number;
  replaced: number;
  unchanged: number;
  failed: number;
  failures: readonly { code: string }[];
}): void {
  for (const outcome of ['loaded', 'replaced', 'unchanged', 'failed'] as const) {
    if (summary[outcome] > 0) metrics.loaderLetters.inc({ outcome }, summary[outcome]);
  }
  for (const failure of summary.failures) metrics.loaderFailures.inc({ code: failure.code });
}

const MAX_OPERATION_NAMES = 200;
const seenOperations = new Set<string>();

/**
 * An operation name as a label: a valid GraphQL name of at most 64 characters, one of the
 * first 200 seen; anything else is `other`, anonymous operations `anonymous`.
 */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  if (!/^[_A-Za-z][_0-9A-Za-z]{0,63}$/.test(name)) return 'other';
  if (seenOperations.has(name)) return name;
  if (seenOperations.size >= MAX_OPERATION_NAMES) return 'other';
  seenOperations.add(name);
  return name;
}

interface PoolInternals {
  _activeResourceCounts?: Record<string, number>;
  _pools?: Record<string, { length?: number }>;
  _acquireRequests?: Record<string, unknown[]>;
  acquire?: (...args: unknown[]) => Promise<unknown>;
}

const acquireSeconds = new Histogram({
  name: `${PREFIX}neo4j_connection_acquisition_seconds`,
  help: 'Time to get a connection from the Neo4j driver pool',
  buckets: [0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 30],
  registers: [metricsRegistry],
});

const poolGauge = (name: string, help: string, read: (pool: PoolInternals) => number) =>
  new Gauge({
    name: `${PREFIX}neo4j_pool_${name}`,
    help,
    registers: [metricsRegistry],
    collect() {
      if (observedPool) this.set(read(observedPool));
    },
  });

/** The pool of the driver last observed (a process serves one gateway; tests start several). */
let observedPool: PoolInternals | undefined;
const timedPools = new WeakSet<object>();
const sum = (values: Record<string, { length?: number } | number> | undefined) =>
  Object.values(values ?? {}).reduce<number>(
    (total, value) => total + (typeof value === 'number' ? value : (value.length ?? 0)),
    0,
  );

poolGauge('connections_in_use', 'Neo4j connections lent out now', (p) =>
  sum(p._activeResourceCounts),
);
poolGauge('connections_idle', 'Neo4j connections idle in the pool', (p) => sum(p._pools));
poolGauge('acquisitions_waiting', 'Sessions waiting now for a free connection', (p) =>
  sum(p._acquireRequests),
);

/**
 * neo4j-driver 6 exposes no pool statistics, so these read its pool's fields (pinned driver
 * version; if the fields move, the gauges stay empty and nothing else changes) and time its
 * `acquire`. The pool exists once the driver has opened its first session.
 */
export function observeNeo4jPool(driver: Driver): void {
  const provider = (driver as unknown as { _connectionProvider?: { _connectionPool?: unknown } })
    ._connectionProvider;
  const pool = provider?._connectionPool as PoolInternals | undefined;
  if (!pool || typeof pool.acquire !== 'function') return;
  observedPool = pool;
  if (timedPools.has(pool)) return;
  timedPools.add(pool);
  const acquire = pool.acquire.bind(pool);
  pool.acquire = async (...args: unknown[]) => {
    const stop = acquireSeconds.startTimer();
    try {
      return await acquire(...args);
    } finally {
      stop();
    }
  };
}
