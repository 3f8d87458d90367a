import type { Command } from 'commander';
import { loadConfig } from '../config';
import { connectDatabase } from '../db/connect';
import { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from '../db/local-neo4j';
import { migrate } from '../db/migrate';

interface DbOptions {
  data?: string;
  port?: string;
}

/** `imr-graph db start|stop|status|migrate`: the local Neo4j and the schema. */
export function registerDbCommand(program: Command): void {
  const db = program.command('db').description('the local Neo4j server and the graph schema');
  const withDataDir = (cmd: Command) =>
    cmd.option('--data <dir>', 'data directory of the local Neo4j (default .data/neo4j)');

  withDataDir(db.command('start'))
    .description('start the local Neo4j in the background; returns once Bolt accepts connections')
    .option('--port <n>', 'Bolt port (default 7687)')
    .action(async (options: DbOptions) => {
      const config = loadConfig();
      const started = await startLocalNeo4j({
        dataDir: options.data ?? config.neo4j.dataDir,
        port: options.port ? Number(options.port) : config.neo4j.port,
        password: config.neo4j.password,
      });
      process.stdout.write(`Neo4j running at ${started.uri} (pid ${started.pid})\n`);
    });

  withDataDir(db.command('stop'))
    .description('stop the local Neo4j cleanly')
    .action(async (options: DbOptions) => {
      const config = loadConfig();
      await stopLocalNeo4j({ dataDir: options.data ?? config.neo4j.dataDir });
      process.stdout.write('Neo4j stopped\n');
    });

  withDataDir(db.command('status'))
    .description('is the local Neo4j running, and where')
    .action(async (options: DbOptions) => {
      const config = loadConfig();
      const status = await localNeo4jStatus({ dataDir: options.data ?? config.neo4j.dataDir });
      process.stdout.write(JSON.stringify(status) + '\n');
      if (!status.running) process.exitCode = 1;
    });

  db.command('migrate')
    .description('apply the constraints and indexes of schema/constraints.cypher (idempotent)')
    .action(async () => {
      const gateway = await connectDatabase(loadConfig());
      try {
        const count = await migrate(gateway);
        process.stdout.write(`schema applied: ${count} constraints and indexes\n`);
      } finally {
        await gateway.close();
      }
    });
}
