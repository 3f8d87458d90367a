import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadLetters } from '../../src/ingest/load-letters';
import { generateCorpus } from '../../tools/synthetic/generate-corpus';
import { type AppConfig, loadConfig } from '../../src/config';
import { connectDatabase } from '../../src/cli/connect';
import type { Neo4jGateway } from '../../src/graph/neo4j-gateway';
import { deleteCases } from '../../src/ingest/ingest.service';
import { startApiServer, type ApiServer } from '../../src/api/http/http-server';
import { createLogger, silentLogger } from '../../src/api/http/logger';

/**
 * The API over HTTP on a free port, against the database tests' Neo4j, with synthetic letters
 * loaded for the test file. `close()` deletes every case the file loaded or ingested.
 */
export const ADMIN_TOKEN = 'e2e-admin-token-0123456789';

/** JSON read back from a response: loosely typed, the assertions check its shape. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface GraphqlResponse<T = Record<string, Json>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, Json> }[];
}

export interface ApiHarness {
  url: string;
  origin: string;
  gateway: Neo4jGateway;
  config: AppConfig;
  /** The SYN-… case numbers of the generated letters. */
  caseNumbers: string[];
  /** Cases added by a test (ingest): deleted at close too. */
  track(caseNumber: string): void;
  gql<T = Record<string, Json>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphqlResponse<T>>;
  close(): Promise<void>;
}

export const synthCaseNumber = (index: number) => `SYN-${String(index + 1).padStart(7, '0')}`;

export async function startHarness(options: {
  letters: number;
  seed: number;
  config?: Partial<AppConfig>;
}): Promise<ApiHarness> {
  const base = loadConfig(process.env);
  const config: AppConfig = {
    ...base,
    adminToken: ADMIN_TOKEN,
    // A cold JVM on 2 busy cores needs more than the default 10 s for the first batch.
    queryTimeoutMs: 120_000,
    requests: { ...base.requests, timeoutMs: 120_000 },
    logLevel: 'silent',
    ...options.config,
  };
  const gateway = await connectDatabase(config, { migrate: true });
  const dir = mkdtempSync(join(tmpdir(), 'imr-api-e2e-'));
  const caseNumbers = Array.from({ length: options.letters }, (_, i) => synthCaseNumber(i));
  const tracked = new Set(caseNumbers);
  let server: ApiServer | undefined;
  try {
    if (options.letters > 0) {
      await generateCorpus({ count: options.letters, seed: options.seed, outDir: dir });
      const summary = await loadLetters([dir], gateway, { threads: 1 });
      if (summary.failed > 0)
        throw new Error(`letters failed to load: ${summary.failures[0].message}`);
    }
    // API_E2E_LOG=1 shows the server's error log while debugging a test.
    const log = process.env.API_E2E_LOG ? createLogger('info') : silentLogger;
    server = await startApiServer(config, gateway, { port: 0, host: '127.0.0.1', log });
  } catch (error) {
    await deleteCases(gateway, [...tracked]).catch(() => undefined);
    await gateway.close();
    throw error;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const running = server;
  return {
    url: running.url,
    origin: running.url.replace(/\/graphql$/, ''),
    gateway,
    config,
    caseNumbers,
    track: (caseNumber) => tracked.add(caseNumber),
    async gql(query, variables, headers = {}) {
      const response = await fetch(running.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as GraphqlResponse<Json>;
      return { ...body, status: response.status };
    },
    async close() {
      await running.close();
      try {
        await deleteCases(gateway, [...tracked]);
      } finally {
        await gateway.close();
      }
    },
  };
}

export const adminHeaders = { authorization: `Bearer ${ADMIN_TOKEN}` };
