import type { ApolloServerPlugin } from '@apollo/server';
import type { ApiContext } from '../core/context';
import type { Logger } from './logger';
import { metrics, operationLabel } from './metrics';

/**
 * Counts each GraphQL request into the metrics (by operation and outcome code, latency,
 * in flight, Cypher statements, response-cache hits) and writes one log line for it with the
 * operation's name, duration, code and statement count.
 */
export function requestMetricsPlugin(log: Logger): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart({ contextValue, request }) {
      const started = performance.now();
      let operation: string | null | undefined = request.operationName;
      metrics.inFlight.inc();
      let done = false;
      return {
        async didResolveOperation(context) {
          operation = context.operationName ?? operation;
        },
        async willSendResponse({ response, metrics: apolloMetrics }) {
          if (done) return;
          done = true;
          metrics.inFlight.dec();
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : [];
          const code = errors?.length ? String(errors[0].extensions?.code ?? 'ERROR') : 'OK';
          const label = operationLabel(operation);
          const seconds = (performance.now() - started) / 1000;
          metrics.requests.inc({ operation: label, code });
          metrics.requestSeconds.observe({ operation: label }, seconds);
          const statements = contextValue.scope.gateway.viewStatementCount;
          if (statements > 0) metrics.statements.inc({ operation: label }, statements);
          const cacheHit = apolloMetrics.responseCacheHit;
          if (cacheHit !== undefined)
            metrics.responseCache.inc({ result: cacheHit ? 'hit' : 'miss' });
          log.request?.({
            operation: label,
            code,
            status: response.http.status ?? (code === 'OK' ? 200 : 500),
            durationMs: Math.round(seconds * 10000) / 10,
            statements,
            ...(cacheHit === undefined ? {} : { cacheHit }),
          });
        },
      };
    },
  };
}

/**
 * A request refused before Apollo saw an operation (a body that is not JSON, or too large):
 * counted and logged like the others, as operation `none`.
 */
export function recordUnparsedRequest(log: Logger, code: string, status: number): void {
  metrics.requests.inc({ operation: 'none', code });
  log.request?.({ operation: 'none', code, status, durationMs: 0, statements: 0 });
}
