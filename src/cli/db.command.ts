import type { Command } from 'commander';
import { loadConfig } from '../config';
import { connectDatabase } from './connect';
import { checkGraph, repairGraph, type Violation } from '../graph/check/graph-check.service';
import {
  localNeo4jStatus,
  startLocalNeo4j,
  stopLocalNeo4j,
} from '../../tools/neo4j-local/local-neo4j';
import { migrate } from '../graph/migrate';

interface DbOptions {
  data?: string;
  port?: string;
}

/** A whole-graph check reads every node; an API read's timeout is far too short for it. */
const CHECK_TIMEOUT_MS = 600_000;

/** `imr-graph db start|stop|status|migrate|check`: the local Neo4j and the schema. */
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

  db.command('check')
    .description(
      'verify the invariants of the graph (no orphans, every decision in its case, counts, edges, unique keys); exit 1 if any is broken',
    )
    .option('--repair', 'fix what can be fixed without the letters, then check again')
    .action(async (options: { repair?: boolean }) => {
      const config = loadConfig();
      const gateway = await connectDatabase({
        ...config,
        queryTimeoutMs: Math.max(config.queryTimeoutMs, CHECK_TIMEOUT_MS),
      });
      try {
        let violations = await checkGraph(gateway);
        printViolations(violations);
        if (options.repair && violations.length > 0) {
          for (const { invariant, repaired } of await repairGraph(gateway, violations)) {
            process.stdout.write(`repaired ${invariant}: ${repaired}\n`);
          }
          violations = await checkGraph(gateway);
          process.stdout.write('after repair:\n');
          printViolations(violations);
        }
        if (violations.length > 0) process.exitCode = 1;
      } finally {
        await gateway.close();
      }
    });
}

function printViolations(violations: readonly Violation[]): void {
  if (violations.length === 0) {
    process.stdout.write('graph check: every invariant holds\n');
    return;
  }
  for (const v of violations) {
    const sample =
      v.sample.length > 0 ? ` (e.g. ${v.sample.map((k) => JSON.stringify(k)).join(', ')})` : '';
    process.stdout.write(`BROKEN ${v.invariant}: ${v.count}${sample}\n  ${v.problem}\n`);
  }
  process.stdout.write(`graph check: ${violations.length} invariants broken\n`);
}
