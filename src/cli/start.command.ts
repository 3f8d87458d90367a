import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Command } from 'commander';
import { loadLetters, type LoadSummary } from '../../loaders/load/load-letters';
import { folderOf, generateCorpus } from '../../loaders/synthetic/generate-corpus';
import { type AppConfig, loadConfig } from '../config';
import { connectDatabase } from '../db/connect';
import type { Neo4jGateway } from '../db/neo4j-gateway';
import type { ApiServer } from '../server/http-server';
import { printable } from './printable';
import { recordLoad } from '../server/metrics';
import { countCases } from './start.queries';

/** The synthetic demo corpus `npm start` loads into an empty database (deterministic). */
export const DEMO = { dir: join('.data', 'demo-letters'), count: 3000, seed: 1 };
const LOAD_TIMEOUT_MS = 10 * 60 * 1000;

interface StartOptions {
  port?: string;
  demo: boolean;
}

export type Log = (line: string) => void;

/**
 * `imr-graph start`, what `npm start` runs: the database (the local Neo4j unless NEO4J_URI is
 * set), demo data when it is empty, then the API and its playground until Ctrl-C.
 */
export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description(
      'the main job: connect to Neo4j (starting the local one when NEO4J_URI is unset), load ' +
        'demo letters into an empty database, serve the GraphQL API and its playground',
    )
    .option('--port <n>', 'HTTP port (default PORT or 4000)')
    .option('--no-demo', 'do not generate synthetic letters for an empty database')
    .action(async (options: StartOptions) => {
      const config = loadConfig();
      const port = options.port === undefined ? config.http.port : Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new Error(`--port must be a whole number from 0 to 65535, not '${options.port}'`);
      const log: Log = (line) => process.stderr.write(line + '\n');
      const started = await start(config, { port, demo: options.demo, log });
      process.stdout.write(`GraphQL API and playground: ${started.url}\n`);
      log(
        'Open it in a browser for GraphiQL with example queries, or POST GraphQL to the same ' +
          'URL. Ctrl-C stops the server' +
          (config.neo4j.uri === null
            ? ' (the local Neo4j keeps running: imr-graph db stop).'
            : '.'),
      );
      stopOnSignal(started.close, log);
    });
}

export interface Started {
  /** The playground and API address, http://host:port/graphql. */
  url: string;
  /** Stops the server (in-flight requests finish) and closes the driver. */
  close(): Promise<void>;
}

/**
 * The main job without the process around it: database, migration, demo data when empty,
 * then the API. The caller prints the address and decides when to close.
 */
export async function start(
  config: AppConfig,
  { port, demo, log }: { port: number; demo: boolean; log: Log },
): Promise<Started> {
  const began = Date.now();
  // Loading writes batches of hundreds of letters: the API's per-query timeout does not fit it.
  const loader = await connectDatabase(
    { ...config, queryTimeoutMs: LOAD_TIMEOUT_MS },
    { migrate: true, log },
  );
  let loaded = false;
  try {
    loaded = await loadIfEmpty(loader, config, demo, log);
  } finally {
    await loader.close();
  }
  const gateway = await connectDatabase(config);
  let server: ApiServer;
  try {
    // Loaded here, not at the top: the other commands need no Apollo.
    const { startApiServer } = await import('../server/http-server');
    server = await startApiServer(config, gateway, { port });
  } catch (error) {
    await gateway.close();
    throw error;
  }
  log(`ready in ${Math.round((Date.now() - began) / 1000)}s${loaded ? '' : ' (nothing to load)'}`);
  return {
    url: server.url.endsWith('/graphql') ? server.url : `${server.url}/graphql`,
    close: async () => {
      await server.close();
      await gateway.close();
    },
  };
}

/** An empty database gets the synthetic demo corpus (unless --no-demo) and the real letters. */
async function loadIfEmpty(
  gateway: Neo4jGateway,
  config: AppConfig,
  demo: boolean,
  log: Log,
): Promise<boolean> {
  const [cases] = await gateway.read(countCases, {});
  if (cases > 0) {
    log(`the database holds ${cases} cases`);
    return false;
  }
  log('the database is empty');
  const paths: string[] = [];
  if (demo) {
    await ensureDemoCorpus(log);
    paths.push(DEMO.dir);
  }
  paths.push(...realLetterDirs(config));
  if (paths.length === 0) {
    log('no letters to load: load some with `imr-graph load PATH...`');
    return false;
  }
  log(`loading ${paths.join(', ')} ...`);
  // Batches already written stay; a later start would see cases and load nothing, so say how
  // to finish by hand.
  const interrupted = () => {
    log(`\ninterrupted: finish the load with  npx imr-graph load ${paths.join(' ')}`);
    process.exit(130);
  };
  process.once('SIGINT', interrupted);
  let next = 1000;
  const summary = await loadLetters(paths, gateway, {
    onProgress: (p) => {
      while (p.files >= next) {
        log(`  ${p.written} letters written of ${p.files} read`);
        next += 1000;
      }
    },
  }).finally(() => process.removeListener('SIGINT', interrupted));
  recordLoad(summary);
  log(describeLoad(summary));
  return true;
}

async function ensureDemoCorpus(log: Log): Promise<void> {
  const last = `SYN-${String(DEMO.count).padStart(7, '0')}.txt`;
  if (existsSync(join(DEMO.dir, folderOf(DEMO.count - 1), last))) return;
  log(`writing ${DEMO.count} synthetic letters (seed ${DEMO.seed}) to ${DEMO.dir} ...`);
  await generateCorpus({ count: DEMO.count, seed: DEMO.seed, outDir: DEMO.dir });
}

/**
 * The published letters beside the project: IMR_CORPUS_DIR (default ../shared/corpus) and,
 * when that folder is called corpus, the seeds folder next to it.
 */
export function realLetterDirs(config: AppConfig): string[] {
  const dirs = [config.corpusDir];
  if (basename(config.corpusDir) === 'corpus') dirs.push(join(dirname(config.corpusDir), 'seeds'));
  return dirs.filter((dir) => existsSync(dir));
}

function describeLoad(summary: LoadSummary): string {
  const failures = summary.failures.slice(0, 5).map((f) => `\n  ${f.code} ${printable(f.file)}`);
  return (
    `${summary.loaded} letters loaded in ${summary.seconds}s` +
    (summary.failed > 0 ? `, ${summary.failed} could not be read:${failures.join('')}` : '')
  );
}

/** First Ctrl-C (or SIGTERM) closes the server and the driver; a second one exits at once. */
function stopOnSignal(close: () => Promise<void>, log: Log): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(130);
    stopping = true;
    log(`${signal}: stopping ...`);
    close().then(
      () => process.exit(0),
      (error: unknown) => {
        log(`error while stopping: ${(error as Error).message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
