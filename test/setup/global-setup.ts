import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Config } from '@jest/types';
import { DEFAULT_NEO4J_PASSWORD } from '../../src/config';
import { findFreePort, startLocalNeo4j } from '../../tools/neo4j-local/local-neo4j';

/** The jest projects that talk to a real Neo4j (displayName and folder under test/). */
const DATABASE_PROJECTS = ['integration', 'e2e'];
const STATE_KEY = '__imrGraphLocalNeo4j';

interface StartedBySetup {
  dataDir: string;
  pid: number;
}

/**
 * Gives the database tiers a Neo4j: NEO4J_URI when set, otherwise a throwaway local Neo4j in a
 * temporary directory on a free port. Workers start after this and inherit process.env.
 */
export default async function globalSetup(globalConfig: Config.GlobalConfig): Promise<void> {
  if (process.env.NEO4J_URI) return;
  if (!runsDatabaseTests(globalConfig, process.argv)) return;

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-graph-neo4j-'));
  const password = process.env.NEO4J_PASSWORD || DEFAULT_NEO4J_PASSWORD;
  process.stderr.write(`\nstarting a throwaway Neo4j in ${dataDir} for the database tests ...\n`);
  const started = Date.now();
  const port = await findFreePort();
  const { uri, pid } = await startLocalNeo4j({ dataDir, port, password, quickStart: true });
  process.stderr.write(
    `Neo4j ready at ${uri} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );

  process.env.NEO4J_URI = uri;
  process.env.NEO4J_USER = 'neo4j';
  process.env.NEO4J_PASSWORD = password;
  process.env.NEO4J_DATABASE = 'neo4j';
  // The stall test freezes this process (SIGSTOP, then SIGCONT) to play a Neo4j that hangs.
  process.env.IMR_GRAPH_TEST_NEO4J_PID = String(pid);
  (globalThis as Record<string, unknown>)[STATE_KEY] = { dataDir, pid } satisfies StartedBySetup;
  // Last resort if jest exits without running the teardown: the launcher is detached, so
  // nothing else would stop it. SIGTERM still lets it shut down cleanly.
  process.once('exit', () => {
    if (takeLocalNeo4j()) signalQuietly(pid);
  });
}

/** What the setup started, once: the teardown takes it so the exit handler does nothing. */
export function takeLocalNeo4j(): StartedBySetup | undefined {
  const global = globalThis as Record<string, unknown>;
  const value = global[STATE_KEY] as StartedBySetup | undefined;
  delete global[STATE_KEY];
  return value;
}

/**
 * True when the run includes a test file of a database project. --selectProjects and
 * --ignoreProjects reach jest 29 only through argv (globalConfig lacks them); a test path
 * pattern is matched against the files themselves, as jest does (case-insensitive).
 */
export function runsDatabaseTests(globalConfig: Config.GlobalConfig, argv: string[]): boolean {
  const selected = flagValues(argv, '--selectProjects');
  const ignored = flagValues(argv, '--ignoreProjects') ?? [];
  const projects = DATABASE_PROJECTS.filter(
    (p) => (selected === undefined || selected.includes(p)) && !ignored.includes(p),
  );
  const pattern = globalConfig.testPathPattern
    ? new RegExp(globalConfig.testPathPattern, 'i')
    : null;
  return projects.some((p) =>
    testFiles(path.join(globalConfig.rootDir, 'test', p)).some((f) => !pattern || pattern.test(f)),
  );
}

/** Values of an array flag in yargs style: `--flag a b` or `--flag=a`; undefined if absent. */
function flagValues(argv: string[], flag: string): string[] | undefined {
  let values: string[] | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i].startsWith(flag + '=')) {
      values = [...(values ?? []), argv[i].slice(flag.length + 1)];
    } else if (argv[i] === flag) {
      values ??= [];
      while (i + 1 < argv.length && !argv[i + 1].startsWith('-')) values.push(argv[++i]);
    }
  }
  return values;
}

function testFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => path.join(dir, name));
}

function signalQuietly(pid: number): void {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    // Already stopped.
  }
}
