import type { AppConfig } from '../config';
import { localNeo4jStatus, startLocalNeo4j } from '../../tools/neo4j-local/local-neo4j';
import { migrate } from '../graph/migrate';
import { Neo4jGateway } from '../graph/neo4j-gateway';
import { schemaInPlace } from '../graph/schema-state';

export interface ConnectOptions {
  /** Apply the schema (idempotent) before returning. */
  migrate?: boolean;
  log?: (line: string) => void;
}

/**
 * The gateway for this run: NEO4J_URI when set, otherwise the project's local Neo4j, started
 * in the background if it is not running yet.
 */
export async function connectDatabase(
  config: AppConfig,
  options: ConnectOptions = {},
): Promise<Neo4jGateway> {
  let uri = config.neo4j.uri;
  if (uri === null) {
    const { running } = await localNeo4jStatus({ dataDir: config.neo4j.dataDir });
    const log = options.log;
    log?.(
      running
        ? `using the local Neo4j already running (data in ${config.neo4j.dataDir})`
        : `starting the local Neo4j (data in ${config.neo4j.dataDir}) ...`,
    );
    const local = await startLocalNeo4j({
      dataDir: config.neo4j.dataDir,
      port: config.neo4j.port,
      password: config.neo4j.password,
      ...(log && { log, onWaiting: (s: number) => log(`waiting for Neo4j to come up (${s} s)`) }),
    });
    uri = local.uri;
    log?.(`local Neo4j ready at ${uri}`);
  }
  const gateway = new Neo4jGateway({
    uri,
    user: config.neo4j.user,
    password: config.neo4j.password,
    database: config.neo4j.database,
    transactionTimeoutMs: config.queryTimeoutMs,
  });
  try {
    await gateway.verify();
    if (options.migrate) {
      if (await schemaInPlace(gateway)) options.log?.('the schema is in place');
      else {
        options.log?.('applying the schema (constraints and indexes) ...');
        await migrate(gateway);
      }
    }
  } catch (error) {
    await gateway.close();
    throw error;
  }
  return gateway;
}
