/**
 * Load throughput: synthetic letters (text) into an empty Neo4j, end to end (read files,
 * parse on the worker pool, map, write), at 10,000 and 100,000 letters, and in the same run
 * the naive loader (bench/naive-loader.ts: one transaction per letter, one statement per node
 * and relationship) on the first 2,000 letters as the reference. Every measurement gets its
 * own fresh local Neo4j (temporary data directory, removed afterwards).
 *
 *   npm run build && npm run bench:load [-- --quick] [-- --letters N --seed S --out DIR]
 *
 * --quick: 10,000 letters (or --letters N) and the naive loader on 500. Letters are
 * generated once per seed into IMR_BENCH_LETTERS (default: the system temp dir) and reused.
 * Besides letters/s it records the loader's peak memory (RSS and V8 heap, sampled) and the CPU
 * seconds of the loader process and of Neo4j, which say where the time goes on a busy machine.
 * Targets: ≥ 3,000 letters/s; ≥ 10× the naive loader; loader memory flat as the count grows.
 * Writes OUT/load.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { DEFAULT_BATCH_SIZE, loadLetters } from '../src/ingest/load-letters';
import { folderOf, LETTERS_PER_FOLDER } from '../tools/synthetic/generate-corpus';
import { localNeo4jStatus } from '../tools/neo4j-local/local-neo4j';
import { parseBenchArgs, type BenchArgs } from './bench-args';
import { generateLetters, openBenchDb, type BenchDb } from './bench-db';
import { machineInfo, type MachineInfo } from './machine';
import { loadNaively } from './naive-loader';
import type { Target } from './parse.bench';
import { padTable } from './stats';

export const TARGET_LETTERS_PER_S = 3_000;
export const TARGET_RATIO_TO_NAIVE = 10;
/** Peak RSS at the largest count over peak RSS at the smallest: "flat" allows this much. */
export const TARGET_MEMORY_GROWTH = 1.25;
const MIB = 1024 * 1024;

export interface LoadMeasurement {
  loader: 'imr-graph load' | 'naive';
  letters: number;
  failed: number;
  seconds: number;
  lettersPerSecond: number;
  /** Cypher statements run, and per letter. */
  statements: number;
  /** RSS when the run started, after a full garbage collection: what the process holds anyway. */
  startRssMiB: number;
  /** Sampled every 100 ms while loading; RSS includes the parse worker threads. */
  peakRssMiB: number;
  peakHeapMiB: number;
  /** CPU seconds used while loading by this process (main + workers) and by Neo4j. */
  loaderCpuSeconds: number;
  neo4jCpuSeconds: number;
}

export interface LoadBenchResult {
  machine: MachineInfo;
  command: string;
  seed: number;
  batchSize: number;
  lettersDir: string;
  neo4j: string;
  runs: LoadMeasurement[];
  naive: LoadMeasurement;
  /** Loader letters/s at the smallest count over the naive loader's. */
  ratioToNaive: number;
  targets: Target[];
}

const BATCH_SIZE = DEFAULT_BATCH_SIZE;

export async function runLoadBench(
  args: Pick<BenchArgs, 'quick' | 'letters' | 'seed' | 'out'>,
  log: (line: string) => void = console.log,
): Promise<LoadBenchResult> {
  const counts = args.quick
    ? [args.letters]
    : [...new Set([10_000, args.letters])].sort((a, b) => a - b);
  const naiveCount = Math.min(args.quick ? 500 : 2_000, counts[0]);
  const machine = machineInfo();
  log(
    `load bench: ${counts.join(', ')} letters; naive loader on ${naiveCount}; ` +
      `${machine.cpus} CPUs, load average ${machine.loadAverage.join(' ')}`,
  );
  const lettersDir = generateLetters(Math.max(...counts), args.seed, log);
  const foldersFor = (count: number) => {
    const folders: string[] = [];
    for (let first = 0; first < count; first += LETTERS_PER_FOLDER) {
      folders.push(path.join(lettersDir, folderOf(first)));
    }
    return folders;
  };

  let neo4jVersion = 'unknown';
  const measure = async (
    name: string,
    work: (
      db: BenchDb,
    ) => Promise<
      Omit<
        LoadMeasurement,
        | 'startRssMiB'
        | 'peakRssMiB'
        | 'peakHeapMiB'
        | 'loaderCpuSeconds'
        | 'neo4jCpuSeconds'
        | 'lettersPerSecond'
      >
    >,
  ): Promise<LoadMeasurement> => {
    const db = await openBenchDb({ log });
    neo4jVersion = db.neo4jVersion;
    try {
      const { pid } = await localNeo4jStatus({ dataDir: db.dataDir });
      collectGarbage();
      const startRss = process.memoryUsage().rss;
      const memory = sampleMemory();
      const cpu = process.cpuUsage();
      const neo4jCpu = processCpuSeconds(pid);
      const result = await work(db);
      const used = process.cpuUsage(cpu);
      const peak = memory.stop();
      const measurement: LoadMeasurement = {
        ...result,
        lettersPerSecond: result.letters / result.seconds,
        startRssMiB: round(startRss / MIB),
        peakRssMiB: round(peak.rss / MIB),
        peakHeapMiB: round(peak.heap / MIB),
        loaderCpuSeconds: round((used.user + used.system) / 1e6),
        neo4jCpuSeconds: round(processCpuSeconds(pid) - neo4jCpu),
      };
      log(
        `${name}: ${measurement.letters} letters in ${measurement.seconds.toFixed(1)} s = ` +
          `${measurement.lettersPerSecond.toFixed(0)} letters/s ` +
          `(loader CPU ${measurement.loaderCpuSeconds} s, Neo4j CPU ${measurement.neo4jCpuSeconds} s, ` +
          `RSS ${measurement.startRssMiB} MiB at the start, peak ${measurement.peakRssMiB} MiB)`,
      );
      return measurement;
    } finally {
      await db.close();
    }
  };

  const naive = await measure(`naive loader`, async (db) => {
    const before = db.gateway.statementCount;
    const summary = await loadNaively(foldersFor(naiveCount), db.gateway, naiveCount);
    return {
      loader: 'naive',
      letters: summary.letters,
      failed: summary.failed,
      seconds: summary.seconds,
      statements: db.gateway.statementCount - before,
    };
  });

  const runs: LoadMeasurement[] = [];
  for (const count of counts) {
    runs.push(
      await measure(`imr-graph load ${count}`, async (db) => {
        const before = db.gateway.statementCount;
        let next = 10_000;
        const summary = await loadLetters(foldersFor(count), db.gateway, {
          batchSize: BATCH_SIZE,
          onProgress: (p) => {
            if (p.written >= next) {
              log(`  ${p.written} letters written`);
              next += 10_000;
            }
          },
        });
        if (summary.loaded !== count) {
          throw new Error(
            `expected ${count} letters loaded, got ${summary.loaded} (${summary.failed} failed: ${summary.failures[0]?.message ?? ''})`,
          );
        }
        return {
          loader: 'imr-graph load',
          letters: summary.loaded,
          failed: summary.failed,
          seconds: summary.seconds,
          statements: db.gateway.statementCount - before,
        };
      }),
    );
  }

  const ratioToNaive = runs[0].lettersPerSecond / naive.lettersPerSecond;
  const result: LoadBenchResult = {
    machine,
    command: `node dist/bench/load.bench.js${args.quick ? ' --quick' : ''}`,
    seed: args.seed,
    batchSize: BATCH_SIZE,
    lettersDir,
    neo4j: neo4jVersion,
    runs,
    naive,
    ratioToNaive,
    targets: loadTargets(runs, ratioToNaive),
  };
  log('');
  log(formatLoadTable(result));
  mkdirSync(args.out, { recursive: true });
  const file = path.join(args.out, 'load.json');
  writeFileSync(file, JSON.stringify(result, null, 2) + '\n');
  log(`wrote ${file}`);
  return result;
}

export function loadTargets(runs: readonly LoadMeasurement[], ratioToNaive: number): Target[] {
  const targets: Target[] = runs.map((run) => ({
    name: `load: letters/s end to end at ${run.letters} letters`,
    goal: `≥ ${TARGET_LETTERS_PER_S}`,
    value: run.lettersPerSecond.toFixed(0),
    met: run.lettersPerSecond >= TARGET_LETTERS_PER_S,
  }));
  targets.push({
    name: 'load: imr-graph load / naive loader (letters/s)',
    goal: `≥ ${TARGET_RATIO_TO_NAIVE}×`,
    value: `${ratioToNaive.toFixed(1)}×`,
    met: ratioToNaive >= TARGET_RATIO_TO_NAIVE,
  });
  if (runs.length > 1) {
    const first = runs[0];
    const last = runs[runs.length - 1];
    const growth = last.peakRssMiB / first.peakRssMiB;
    targets.push({
      name: `load: loader peak RSS at ${last.letters} / at ${first.letters} letters`,
      goal: `≤ ${TARGET_MEMORY_GROWTH} (flat)`,
      value: `${growth.toFixed(2)} (${first.peakRssMiB} → ${last.peakRssMiB} MiB)`,
      met: growth <= TARGET_MEMORY_GROWTH,
    });
  }
  return targets;
}

export function formatLoadTable(result: Pick<LoadBenchResult, 'runs' | 'naive'>): string {
  const rows = [
    [
      'loader',
      'letters',
      'seconds',
      'letters/s',
      'statements/letter',
      'loader CPU s',
      'Neo4j CPU s',
      'peak RSS MiB',
      'peak heap MiB',
    ],
  ];
  for (const m of [result.naive, ...result.runs]) {
    rows.push([
      m.loader,
      String(m.letters),
      m.seconds.toFixed(1),
      m.lettersPerSecond.toFixed(0),
      (m.statements / Math.max(1, m.letters)).toPrecision(2),
      m.loaderCpuSeconds.toFixed(1),
      m.neo4jCpuSeconds.toFixed(1),
      m.peakRssMiB.toFixed(0),
      m.peakHeapMiB.toFixed(0),
    ]);
  }
  return padTable(rows);
}

/**
 * A full garbage collection before each run, so that a run's peak does not include the garbage
 * the run before it left in the heap (the naive loader's before 10k, 10k's before 100k: the
 * 100k run's first sample was that garbage). global.gc exists only under --expose-gc, which the
 * bench scripts do not pass, so the flag is set here and gc taken from a fresh context.
 */
function collectGarbage(): void {
  if (global.gc === undefined) setFlagsFromString('--expose-gc');
  const gc = global.gc ?? (runInNewContext('gc') as () => void);
  gc();
}

/** Peak RSS and heap, sampled: process.memoryUsage() has no high-water mark of its own. */
function sampleMemory(): { stop(): { rss: number; heap: number } } {
  const peak = { rss: 0, heap: 0 };
  const sample = () => {
    const usage = process.memoryUsage();
    peak.rss = Math.max(peak.rss, usage.rss);
    peak.heap = Math.max(peak.heap, usage.heapUsed);
  };
  sample();
  const timer = setInterval(sample, 100);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}

/** utime + stime of a process from /proc (Linux); NaN elsewhere. */
function processCpuSeconds(pid: number | undefined): number {
  if (pid === undefined) return NaN;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

if (require.main === module) {
  runLoadBench(parseBenchArgs(process.argv.slice(2))).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
