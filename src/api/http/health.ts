import type { Neo4jGateway } from '../../graph/neo4j-gateway';
import { countCases } from './health.queries';

export interface Health {
  status: 'ok' | 'unavailable';
  neo4j: 'up' | 'down';
  cases: number | null;
}

/** A probe must answer quickly: the driver would otherwise retry for half a minute. */
export const HEALTH_TIMEOUT_MS = 3000;

/** GET /healthz: the server is up; Neo4j answers and how many cases it holds. */
export async function checkHealth(
  gateway: Neo4jGateway,
  timeoutMs = HEALTH_TIMEOUT_MS,
): Promise<Health> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), timeoutMs);
  });
  const probe = gateway.read(countCases, {});
  // Still running after a timeout: its late failure must not be an unhandled rejection.
  probe.catch(() => undefined);
  try {
    const [cases] = await Promise.race([probe, timeout]);
    return { status: 'ok', neo4j: 'up', cases: cases ?? 0 };
  } catch {
    return { status: 'unavailable', neo4j: 'down', cases: null };
  } finally {
    clearTimeout(timer);
  }
}
