import type * as http from 'node:http';
import { metricsRegistry } from './metrics';

/** GET /metrics: the registry in Prometheus' text format. */
export async function serveMetrics(res: http.ServerResponse): Promise<void> {
  const body = await metricsRegistry.metrics();
  res.statusCode = 200;
  res.setHeader('content-type', metricsRegistry.contentType);
  res.setHeader('cache-control', 'no-store');
  res.end(body);
}
