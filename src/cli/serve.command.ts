import type { Command } from 'commander';
import { loadConfig } from '../config';
import { connectDatabase } from './connect';
import { createLogger } from '../api/http/logger';
import { heapLimitAdvice } from './node-flags';

interface ServeOptions {
  port?: string;
  host?: string;
}

/**
 * `imr-graph serve`: the GraphQL API over the graph as it is (no loading), until SIGINT or
 * SIGTERM, which close the server (in-flight requests finish) and the driver.
 */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('serve the GraphQL API (POST/GET /graphql, GET /healthz) over the loaded graph')
    .option('--port <n>', 'HTTP port (default PORT or 4000)')
    .option('--host <h>', 'interface to listen on (default IMR_GRAPH_HOST or 0.0.0.0)')
    .action(async (options: ServeOptions) => {
      const config = loadConfig();
      const port = options.port === undefined ? config.http.port : Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new Error(`--port must be a whole number from 0 to 65535, not '${options.port}'`);
      // Start-up and shut-down lines always show, in the log's format (JSON for a collector).
      const lines = createLogger('info', config.logFormat);
      const log = (line: string) => lines.info(line);
      const gateway = await connectDatabase(config, { migrate: true, log });
      // Loaded here, not at the top: the other commands need no Apollo.
      const { startApiServer } = await import('../api/http/http-server');
      let server;
      try {
        server = await startApiServer(config, gateway, { port, host: options.host });
      } catch (error) {
        await gateway.close();
        throw error;
      }
      process.stdout.write(`GraphQL API and playground: ${server.url}\n`);
      const advice = heapLimitAdvice(config.responseCache.maxMb);
      if (advice) log(advice);
      const running = server;
      let stopping = false;
      const stop = (signal: NodeJS.Signals) => {
        if (stopping) process.exit(130);
        stopping = true;
        log(`${signal}: stopping ...`);
        running
          .close()
          .then(() => gateway.close())
          .then(
            () => process.exit(0),
            (error: unknown) => {
              log(`error while stopping: ${(error as Error).message}`);
              process.exit(1);
            },
          );
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
}
