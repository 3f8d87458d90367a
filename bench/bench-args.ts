/**
 * Command-line options shared by the bench scripts. Parsing is strict: an unknown flag or a
 * malformed number is an error with a message, never a silently ignored setting.
 *
 *   --quick            short run (fewer letters, shorter load tests; about two minutes in all)
 *   --letters N        letters in the database for the query bench (default 100,000; quick 10,000)
 *   --data DIR         reuse (or create and keep) this local Neo4j data directory
 *   --seconds S        seconds per load test (default 10; quick 3)
 *   --rounds R         repeated runs per figure (default 3; quick: 2 for parse, 1 for queries)
 *   --corpus DIR       PDFs for the parse bench (default IMR_CORPUS_DIR, else data/letters)
 *   --scale LIST       letter counts for the scale curve, e.g. 10000,100000,1000000
 *   --connections LIST concurrent connections of the load tests (default 1,16)
 *   --max-load-minutes M  skip a scale point whose letters would take longer to load (default 45)
 *   --seed S           seed of the synthetic letters (default 1)
 *   --soak-seconds S   length of each memory soak (default 180; quick 30)
 *   --profile          the query bench's servers write V8 CPU profiles to OUT/profiles
 *   --only LIST        the query bench's question groups to run: compare (ours against the
 *                      Neo4j GraphQL Library, and the scale curve), feed (the graph feed's and
 *                      the reasons' questions, ours only); default both
 *   --out DIR          where the JSON results go (default bench/out)
 */
import { parseArgs } from 'node:util';
import * as path from 'node:path';
import { packageRoot } from '../src/package-root';

export interface BenchArgs {
  quick: boolean;
  letters: number;
  data: string | undefined;
  seconds: number;
  /** Unset: each bench's own default (see above). */
  rounds: number | undefined;
  corpus: string;
  scale: number[];
  connections: number[];
  maxLoadMinutes: number;
  out: string;
  profile: boolean;
  /** Seed of the synthetic letters; the same seed gives the same corpus. */
  seed: number;
  /** Seconds of each memory soak (soak.bench). */
  soakSeconds: number;
  /** The query bench's question groups (--only). */
  only: QuestionGroup[];
}

export const QUESTION_GROUPS = ['compare', 'feed'] as const;
export type QuestionGroup = (typeof QUESTION_GROUPS)[number];

export class BenchArgsError extends Error {
  override name = 'BenchArgsError';
}

/** The package root, from bench/ (ts) or dist/bench/ (js). */
export const benchPackageRoot = packageRoot;

export function defaultCorpusDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.IMR_CORPUS_DIR?.trim() || path.resolve(benchPackageRoot(), 'data/letters');
}

export function parseBenchArgs(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): BenchArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        quick: { type: 'boolean', default: false },
        profile: { type: 'boolean', default: false },
        letters: { type: 'string' },
        data: { type: 'string' },
        seconds: { type: 'string' },
        rounds: { type: 'string' },
        corpus: { type: 'string' },
        scale: { type: 'string' },
        connections: { type: 'string' },
        out: { type: 'string' },
        'max-load-minutes': { type: 'string' },
        seed: { type: 'string' },
        'soak-seconds': { type: 'string' },
        only: { type: 'string' },
      },
    }));
  } catch (error) {
    throw new BenchArgsError((error as Error).message);
  }
  const quick = values.quick ?? false;
  const letters = count('--letters', values.letters, quick ? 10_000 : 100_000);
  const scale = values.scale
    ? values.scale.split(',').map((part) => count('--scale', part.trim(), 0))
    : quick
      ? [10_000]
      : [10_000, 100_000, 1_000_000];
  return {
    quick,
    letters,
    data: values.data ? path.resolve(values.data) : undefined,
    seconds: count('--seconds', values.seconds, quick ? 3 : 10),
    rounds: values.rounds === undefined ? undefined : count('--rounds', values.rounds, 1),
    corpus: values.corpus ? path.resolve(values.corpus) : defaultCorpusDir(env),
    scale: [...new Set(scale)].sort((a, b) => a - b),
    connections: values.connections
      ? values.connections.split(',').map((part) => count('--connections', part.trim(), 1))
      : [1, 16],
    maxLoadMinutes: count('--max-load-minutes', values['max-load-minutes'], 45),
    out: path.resolve(values.out ?? path.join(benchPackageRoot(), 'bench', 'out')),
    profile: values.profile ?? false,
    seed: count('--seed', values.seed, 1),
    soakSeconds: count('--soak-seconds', values['soak-seconds'], quick ? 30 : 180),
    only: groups(values.only),
  };
}

function groups(raw: string | undefined): QuestionGroup[] {
  if (raw === undefined) return [...QUESTION_GROUPS];
  const asked = raw.split(',').map((part) => part.trim());
  for (const group of asked) {
    if (!(QUESTION_GROUPS as readonly string[]).includes(group)) {
      throw new BenchArgsError(
        `--only takes ${QUESTION_GROUPS.join(', ')} (comma-separated), not '${group}'`,
      );
    }
  }
  return QUESTION_GROUPS.filter((group) => asked.includes(group));
}

function count(flag: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw.replace(/_/g, ''));
  if (!Number.isInteger(value) || value < 1) {
    throw new BenchArgsError(`${flag} takes a positive whole number, not '${raw}'`);
  }
  return value;
}
