/**
 * The query benches' own Neo4j: a fresh local server in a temporary directory (removed at the
 * end), or `--data DIR`, kept between runs so that a loaded graph is reused. Synthetic letters
 * are generated once per seed into a cache folder and loaded up to the count asked for, so a
 * scale curve grows one database: 10k, then 100k, then 1M.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadLetters } from '../src/ingest/load-letters';
import { generateLetter } from '../tools/synthetic/generate-letter';
import { folderOf, LETTERS_PER_FOLDER } from '../tools/synthetic/generate-corpus';
import { createRng, letterSeed } from '../tools/synthetic/rng';
import {
  findFreePort,
  localNeo4jStatus,
  startLocalNeo4j,
  stopLocalNeo4j,
} from '../tools/neo4j-local/local-neo4j';
import { migrate } from '../src/graph/migrate';
import { defineQuery } from '../src/graph/named-query';
import { Neo4jGateway } from '../src/graph/neo4j-gateway';

/** A kept data directory needs a password known in advance; a temporary one gets a random one. */
const KEPT_PASSWORD = 'imr-graph-bench';
/** Loading a batch on a cold JVM on 2 cores takes far longer than an API query may. */
const LOAD_TX_TIMEOUT_MS = 600_000;

export interface BenchDb {
  uri: string;
  user: string;
  password: string;
  dataDir: string;
  /** Transactions of the bench's own gateway have a long timeout (loading). */
  gateway: Neo4jGateway;
  neo4jVersion: string;
  close(): Promise<void>;
}

export interface LoadRecord {
  letters: number;
  added: number;
  seconds: number;
  lettersPerSecond: number;
}

const countSyntheticCases = defineQuery<Record<string, never>, number>(
  'bench.countSyntheticCases',
  `MATCH (c:Case) WHERE c.caseNumber STARTS WITH 'SYN-' RETURN count(c) AS n`,
  (row) => row.n as number,
);

const serverVersion = defineQuery<Record<string, never>, string>(
  'bench.serverVersion',
  `CALL dbms.components() YIELD name, versions, edition
   RETURN name + ' ' + versions[0] + ' ' + edition AS version`,
  (row) => row.version as string,
);

export async function openBenchDb(
  options: { data?: string; log?: (line: string) => void } = {},
): Promise<BenchDb> {
  const log = options.log ?? ((line: string) => console.log(line));
  const kept = options.data !== undefined;
  const dataDir = options.data ?? mkdtempSync(path.join(os.tmpdir(), 'imr-bench-neo4j-'));
  const password = kept ? KEPT_PASSWORD : randomBytes(12).toString('hex');
  const wasRunning = kept && (await localNeo4jStatus({ dataDir })).running;
  log(`${wasRunning ? 'reusing' : 'starting'} a local Neo4j in ${dataDir} ...`);
  const started = performance.now();
  const handle = await startLocalNeo4j({
    dataDir,
    port: await findFreePort(),
    password,
    log,
  });
  log(`Neo4j ready at ${handle.uri} after ${((performance.now() - started) / 1000).toFixed(0)} s`);
  const gateway = new Neo4jGateway({
    uri: handle.uri,
    user: 'neo4j',
    password,
    transactionTimeoutMs: LOAD_TX_TIMEOUT_MS,
  });
  const stop = async () => {
    await gateway.close();
    if (!wasRunning) await stopLocalNeo4j({ dataDir });
    if (!kept) rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await gateway.verify();
    await migrate(gateway);
    const [version] = await gateway.read(serverVersion, {});
    return {
      uri: handle.uri,
      user: 'neo4j',
      password,
      dataDir,
      gateway,
      neo4jVersion: version ?? 'unknown',
      close: stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Loads synthetic letters until the database holds `count` of them (never removes any). */
export async function ensureLetters(
  db: BenchDb,
  count: number,
  seed: number,
  log: (line: string) => void = console.log,
): Promise<LoadRecord> {
  const [present] = await db.gateway.read(countSyntheticCases, {});
  if (present >= count) {
    log(`${present} synthetic letters already loaded`);
    return { letters: present, added: 0, seconds: 0, lettersPerSecond: NaN };
  }
  const dir = generateLetters(count, seed, log);
  const firstFolder = Math.floor(present / LETTERS_PER_FOLDER);
  const lastFolder = Math.ceil(count / LETTERS_PER_FOLDER) - 1;
  const folders: string[] = [];
  for (let f = firstFolder; f <= lastFolder; f++) {
    folders.push(path.join(dir, folderOf(f * LETTERS_PER_FOLDER)));
  }
  log(`loading letters ${present + 1}–${count} ...`);
  let next = 10_000;
  const summary = await loadLetters(folders, db.gateway, {
    onProgress: (p) => {
      if (p.written >= next) {
        log(`  ${present + p.written} letters in the graph`);
        next += 10_000;
      }
    },
  });
  if (summary.failed > 0) {
    throw new Error(
      `${summary.failed} synthetic letters failed to load: ${summary.failures[0]?.message}`,
    );
  }
  const added = summary.loaded + summary.replaced;
  const record = {
    letters: present + added,
    added,
    seconds: summary.seconds,
    lettersPerSecond: added / summary.seconds,
  };
  log(`loaded ${added} letters in ${summary.seconds} s (${record.lettersPerSecond.toFixed(0)}/s)`);
  return record;
}

/** The letters cache: IMR_BENCH_LETTERS, else a folder per seed under the system temp dir. */
export function lettersCacheDir(seed: number, env: NodeJS.ProcessEnv = process.env): string {
  return (
    env.IMR_BENCH_LETTERS?.trim() || path.join(os.tmpdir(), 'imr-bench-letters', `seed-${seed}`)
  );
}

/**
 * Letters 0..count-1 of the seed's corpus, as generateCorpus lays them out (folders of 1,000).
 * A folder already holding all its letters is kept: letters depend only on seed and index.
 */
export function generateLetters(
  count: number,
  seed: number,
  log: (line: string) => void = console.log,
): string {
  const dir = lettersCacheDir(seed);
  const started = performance.now();
  let written = 0;
  for (let first = 0; first < count; first += LETTERS_PER_FOLDER) {
    const end = Math.min(count, first + LETTERS_PER_FOLDER);
    const folder = path.join(dir, folderOf(first));
    const have = existsSync(folder) ? readdirSync(folder).length : 0;
    if (have >= end - first) continue;
    mkdirSync(folder, { recursive: true });
    for (let index = first; index < end; index++) {
      const letter = generateLetter(createRng(letterSeed(seed, index)), index, {});
      writeFileSync(path.join(folder, letter.fileName), letter.text);
      written++;
    }
  }
  if (written > 0) {
    const seconds = (performance.now() - started) / 1000;
    log(`generated ${written} synthetic letters in ${dir} (${seconds.toFixed(1)} s)`);
  }
  return dir;
}
