import type { Command } from 'commander';
import { type AppConfig, loadConfig } from '../config';
import { connectDatabase } from './connect';
import type { ApiServer } from '../api/http/http-server';
import { LOAD_TRANSACTION_TIMEOUT_MS } from '../ingest/load-letters';
import { type Log, loadLettersIfEmpty } from './start-letters';

interface StartOptions {
  port?: string;
  demo: boolean;
}

/**
 * `imr-graph start`, what `npm start` runs: the database (the local Neo4j unless NEO4J_URI is
 * set), the published letters and synthetic demo letters when it is empty, then the API and
 * its playground until Ctrl-C.
 */
export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description(
      'the main job: connect to Neo4j (starting the local one when NEO4J_URI is unset), load ' +
        'the published letters and synthetic demo letters into an empty database, serve the ' +
        'GraphQL API and its playground',
    )
    .option('--port <n>', 'HTTP port (default PORT or 4000)')
    .option(
      '--no-demo',
      'load only the published letters into an empty database, no synthetic ones',
    )
    .action(async (options: StartOptions) => {
      const config = loadConfig();
      const port = options.port === undefined ? config.http.port : Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new Error(`--port must be a whole number from 0 to 65535, not '${options.port}'`);
      // Every line says how long the start has taken so far: where the time goes shows.
      const began = Date.now();
      const log: Log = (line) =>
        process.stderr.write(`[${Math.round((Date.now() - began) / 1000)} s] ${line}\n`);
      const started = await start(config, { port, demo: options.demo, log });
      process.stdout.write(`GraphQL API and playground: ${started.url}\n`);
      log(
        'Open it in a browser for GraphiQL with example queries, or POST GraphQL to the same ' +
          'URL. Ctrl-C stops the server' +
          (config.neo4j.uri === null
            ? '; the local Neo4j keeps running (npx imr-graph db stop stops it).'
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
    { ...config, queryTimeoutMs: LOAD_TRANSACTION_TIMEOUT_MS },
    { migrate: true, log },
  );
  let loaded = false;
  try {
    loaded =
      (await loadLettersIfEmpty(loader, { lettersDir: config.corpusDir, demo, log })) !== null;
  } finally {
    await loader.close();
  }
  log('starting the API ...');
  // The API's own connection, to the Neo4j found above: no second start-up check.
  const gateway = await connectDatabase({
    ...config,
    neo4j: { ...config.neo4j, uri: loader.uri },
  });
  let server: ApiServer;
  try {
    // Loaded here, not at the top: the other commands need no Apollo.
    const { startApiServer } = await import('../api/http/http-server');
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
