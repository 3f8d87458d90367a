/**
 * Memory under varied load: `connections` (16) keep-alive connections send varied questions
 * (case lookups, filtered pages, search, neighbourhoods, analytics; random variables, so most
 * miss the response cache) for `--soak-seconds` (default 180; --quick 30) to a server started
 * as `imr-graph serve` runs it, with its node flags and the default response cache, then with
 * the cache off. The server's RSS is sampled every half second: start (after warm-up), peak and
 * end, and the V8 heap in use at the same moments.
 *
 *   npm run build && npm run bench:soak [-- --quick] [--soak-seconds S] [--letters N] [--data DIR]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import autocannon from 'autocannon';
import { CATEGORIES } from '../tools/synthetic/catalogue';
import { createRng, type Rng } from '../tools/synthetic/rng';
import { SERVER_NODE_FLAGS } from '../src/cli/node-flags';
import { parseBenchArgs, type BenchArgs } from './bench-args';
import { ensureLetters, openBenchDb } from './bench-db';
import type { GraphqlRequest } from './questions';
import { spawnServer, type ServerProcess } from './server-process';

const SAMPLE_MS = 500;
const MiB = 1024 * 1024;

export interface MemoryFigures {
  start: number;
  peak: number;
  end: number;
}

export interface SoakRun {
  /** default cache (the serve default) or off */
  cache: string;
  seconds: number;
  connections: number;
  requests: number;
  requestsPerSecond: number;
  errors: number;
  non2xx: number;
  /** Resident set size of the server process, MiB. */
  rssMiB: MemoryFigures;
  /** V8 heap in use at the same samples, MiB (peak: the largest sample). */
  heapUsedMiB: MemoryFigures;
}

export interface SoakBenchResult {
  letters: number;
  nodeFlags: string[];
  runs: SoakRun[];
}

/** The soak's varied questions need variety, not size: it loads at most this many letters. */
export const SOAK_MAX_LETTERS = 10_000;

/** Peak RSS with the default cache must stay under this (issue 11, part 5). */
export const SOAK_PEAK_RSS_TARGET_MIB = 400;

const WORDS = [
  'lumbar',
  'knee',
  'shoulder',
  'opioid',
  'physical therapy',
  'MRI',
  'chiropractic',
  'acupuncture',
  'injection',
  'surgery',
  'tramadol',
  'cervical',
  'gabapentin',
  'home health',
  'psychotherapy',
];

const DECISION_FIELDS = `id ordinal outcome request decisionDate
  service { name category subcategory }
  reviewerCitations { pages guideline { key source document section } }`;

/** One question with random variables: the mix a frontend, a crawler and researchers send. */
export function variedRequest(rng: Rng, letters: number): GraphqlRequest {
  const caseNumber = `SYN-${String(rng.int(1, letters)).padStart(7, '0')}`;
  const category = CATEGORIES[rng.int(0, CATEGORIES.length - 1)].category;
  const word = WORDS[rng.int(0, WORDS.length - 1)];
  const first = rng.int(1, 50);
  // Analytics are one question in eleven: they are slow and would leave the others few turns.
  switch (Math.min(5, Math.floor(rng.int(0, 10) / 2))) {
    case 0:
      return {
        query: `query Case($caseNumber: ID!) { case(caseNumber: $caseNumber) {
          caseNumber outcome priority decisionDate summary diagnoses
          decisions { ${DECISION_FIELDS} rationale } } }`,
        variables: { caseNumber },
      };
    case 1: {
      const minAge = rng.int(18, 70);
      return {
        query: `query Cases($first: Int!, $minAge: Int!, $maxAge: Int!) {
          cases(first: $first, filter: { minAge: $minAge, maxAge: $maxAge }) {
            totalCount edges { cursor node { caseNumber outcome patientAge decisionCount } }
            pageInfo { hasNextPage endCursor } } }`,
        variables: { first, minAge, maxAge: minAge + rng.int(0, 10) },
      };
    }
    case 2:
      return {
        query: `query Decisions($category: String!, $first: Int!) {
          decisions(filter: { category: $category }, first: $first) {
            totalCount edges { cursor node { ${DECISION_FIELDS} } } } }`,
        variables: { category, first },
      };
    case 3:
      return {
        query: `query Search($text: String!, $first: Int!) { search(text: $text, first: $first) {
          field highlight kind case { caseNumber outcome } decision { id outcome } } }`,
        variables: { text: `${word} ${WORDS[rng.int(0, WORDS.length - 1)]}`, first },
      };
    case 4:
      return {
        query: `query Neighbourhood($id: ID!, $limit: Int!) { graph(id: $id, limit: $limit) {
          root truncated nodes { id caption } edges { id from caption } } }`,
        variables: { id: caseNumber, limit: rng.int(20, 200) },
      };
    default:
      return {
        query: `query Impact($category: String!, $limit: Int!) {
          guidelineImpact(filter: { category: $category }, limit: $limit) {
            guideline { key document } decisions rate } }`,
        variables: { category, limit: rng.int(1, 30) },
      };
  }
}

export async function runSoakBench(
  args: BenchArgs,
  log: (line: string) => void = console.log,
): Promise<SoakBenchResult> {
  const db = await openBenchDb({ data: args.data, log });
  try {
    const wanted = Math.min(args.letters, SOAK_MAX_LETTERS);
    const { letters } = await ensureLetters(db, wanted, args.seed, log);
    const runs: SoakRun[] = [];
    for (const cache of ['default', 'off'] as const) {
      const server = await spawnServer('ours-cached', {
        uri: db.uri,
        password: db.password,
        nodeFlags: SERVER_NODE_FLAGS,
        env: cache === 'off' ? { IMR_GRAPH_RESPONSE_CACHE_MB: '0' } : {},
      });
      try {
        const run = await soak(server, cache, letters, args, log);
        runs.push(run);
        log(
          `cache ${cache}: ${run.requests} requests (${run.requestsPerSecond.toFixed(0)}/s, ` +
            `${run.errors} errors, ${run.non2xx} non-2xx); RSS MiB start ${run.rssMiB.start}, ` +
            `peak ${run.rssMiB.peak}, end ${run.rssMiB.end}; heap used peak ${run.heapUsedMiB.peak}`,
        );
      } finally {
        await server.stop();
      }
    }
    return { letters, nodeFlags: SERVER_NODE_FLAGS, runs };
  } finally {
    await db.close();
  }
}

async function soak(
  server: ServerProcess,
  cache: string,
  letters: number,
  args: BenchArgs,
  log: (line: string) => void,
): Promise<SoakRun> {
  const connections = Math.max(...args.connections);
  const rng = createRng(args.seed);
  // Warm-up: the schema, the driver's pool and the first code paths, so `start` is the idle
  // server ready to serve rather than one still loading.
  for (let i = 0; i < 20; i++) {
    await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(variedRequest(rng, letters)),
    });
  }
  const start = await server.memory();
  const samples: NodeJS.MemoryUsage[] = [start];
  const timer = setInterval(() => {
    server.memory().then(
      (m) => samples.push(m),
      () => undefined,
    );
  }, SAMPLE_MS);
  log(`soak, cache ${cache}: ${connections} connections for ${args.soakSeconds} s ...`);
  let result;
  try {
    result = await autocannon({
      url: server.url,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      connections,
      duration: args.soakSeconds,
      timeout: 60,
      requests: [
        {
          setupRequest: (request) => ({
            ...request,
            body: JSON.stringify(variedRequest(rng, letters)),
          }),
        },
      ],
    });
  } finally {
    clearInterval(timer);
  }
  const end = await server.memory();
  samples.push(end);
  const figures = (pick: (m: NodeJS.MemoryUsage) => number): MemoryFigures => ({
    start: Math.round(pick(start) / MiB),
    peak: Math.round(Math.max(...samples.map(pick)) / MiB),
    end: Math.round(pick(end) / MiB),
  });
  return {
    cache,
    seconds: args.soakSeconds,
    connections,
    requests: result.requests.total,
    requestsPerSecond: result.requests.total / (result.duration || args.soakSeconds),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    rssMiB: figures((m) => m.rss),
    heapUsedMiB: figures((m) => m.heapUsed),
  };
}

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  const result = await runSoakBench(args);
  mkdirSync(args.out, { recursive: true });
  const file = path.join(args.out, 'soak.json');
  writeFileSync(file, JSON.stringify(result, null, 2) + '\n');
  console.log(`wrote ${file}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
