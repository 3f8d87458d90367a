import type { Neo4jGateway } from '../db/neo4j-gateway';
import { countCases } from './health.queries';

export interface Health {
  status: 'ok' | 'unavailable';
  neo4j: 'up' | 'down';
  cases: number | null;
}

/** GET /healthz: the server is up; Neo4j answers and how many cases it holds. */
export async function checkHealth(gateway: Neo4jGateway): Promise<Health> {
  try {
    const [cases] = await gateway.read(countCases, {});
    return { status: 'ok', neo4j: 'up', cases: cases ?? 0 };
  } catch {
    return { status: 'unavailable', neo4j: 'down', cases: null };
  }
}
