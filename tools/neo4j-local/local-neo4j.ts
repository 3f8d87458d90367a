import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import neo4j from 'neo4j-driver';

/**
 * The project's own Neo4j 5.26 Community (tools/neo4j-local/, embedded behind Bolt) for machines
 * without Docker. It runs detached, so it outlives the command that started it; the data
 * directory holds its pid, port and log so that status and stop work from any process.
 */

export const DEFAULT_DATA_DIR = '.data/neo4j';
export const DEFAULT_PORT = 7687;
const HEAP = '-Xmx1g';
const READY_LINE = 'neo4j-local ready';
const WAITING_NOTE_MS = 5000;
const JAR_MARKER = 'neo4j-local.jar';
const CLASS_ARCHIVE = 'neo4j-local.jsa';
// Debian's Maven 3.8 prints colour codes even with -B.
const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

export interface LocalNeo4jOptions {
  /** Relative paths are taken from the current directory. */
  dataDir?: string;
  port?: number;
  /** The password the local server is given for the neo4j user (the caller's configuration). */
  password: string;
  /** How long to wait for Bolt logins to work; a cold JVM on 2 cores needs tens of seconds. */
  timeoutMs?: number;
  /**
   * C1-only JIT: starts about a third faster on 2 cores but runs heavy queries slower, so it
   * suits short test runs rather than loading a corpus.
   */
  quickStart?: boolean;
  /** Neo4j duration such as '60s'; none by default. */
  transactionTimeout?: string;
  /** Progress lines (the first build downloads Neo4j from Maven Central). */
  log?: (line: string) => void;
  /** Called every few seconds while Neo4j comes up, with the seconds waited so far. */
  onWaiting?: (seconds: number) => void;
}

export interface LocalNeo4jHandle {
  uri: string;
  pid: number;
}

export interface LocalNeo4jStatus {
  running: boolean;
  dataDir: string;
  logFile: string;
  pid?: number;
  port?: number;
  uri?: string;
}

interface SavedState {
  pid: number;
  port: number;
  uri: string;
}

export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

const ALTERNATIVES =
  'Either install JDK 17+ and Maven 3.8+ (Debian: apt-get install openjdk-17-jdk-headless maven), ' +
  'or run Neo4j with Docker (docker compose up -d neo4j, see docker-compose.yml), ' +
  'or set NEO4J_URI (with NEO4J_USER and NEO4J_PASSWORD) to an existing Neo4j 5 server.';

function filesOf(dataDir: string) {
  const dir = path.resolve(dataDir);
  return {
    dir,
    pidFile: path.join(dir, 'neo4j-local.pid'),
    stateFile: path.join(dir, 'neo4j-local.json'),
    logFile: path.join(dir, 'neo4j-local.log'),
  };
}

/**
 * This launcher's Maven project (pom.xml beside this file; from dist/tools/neo4j-local/ the
 * one in the package's tools/neo4j-local/). The launcher imports nothing of the product, so it
 * finds its own folder rather than asking src/ for the package root.
 */
function projectDir(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const project = path.join(dir, 'tools', 'neo4j-local');
    if (fs.existsSync(path.join(project, 'pom.xml'))) return project;
    if (path.dirname(dir) === dir)
      throw new LocalNeo4jError(`tools/neo4j-local/pom.xml not found above ${__dirname}`);
  }
}

export async function localNeo4jStatus(
  options: { dataDir?: string } = {},
): Promise<LocalNeo4jStatus> {
  const files = filesOf(options.dataDir ?? DEFAULT_DATA_DIR);
  const base = { running: false, dataDir: files.dir, logFile: files.logFile };
  const state = readState(files.stateFile);
  if (!state || !isOurProcess(state.pid, files.dir)) return base;
  return { ...base, running: true, ...state };
}

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4jHandle> {
  const files = filesOf(options.dataDir ?? DEFAULT_DATA_DIR);
  const port = options.port ?? DEFAULT_PORT;
  const password = options.password;
  const log = options.log ?? ((line: string) => process.stderr.write(line + '\n'));

  const existing = await localNeo4jStatus({ dataDir: files.dir });
  if (existing.running && existing.pid !== undefined && existing.uri !== undefined) {
    await verifyLogin(existing.uri, password, files.logFile);
    return { uri: existing.uri, pid: existing.pid };
  }

  requireTool('java', ['-version']);
  const jar = await ensureBuilt(log);
  await requireFreePort(port);

  fs.mkdirSync(files.dir, { recursive: true });
  const out = fs.openSync(files.logFile, 'w');
  const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_PASSWORD: password };
  if (options.transactionTimeout) env.NEO4J_TRANSACTION_TIMEOUT = options.transactionTimeout;
  // Detached with its own output file: it keeps running after this process exits or is
  // interrupted, which is what `imr-graph db start` promises.
  const jvmFlags = options.quickStart ? [HEAP, '-XX:TieredStopAtLevel=1'] : [HEAP];
  jvmFlags.push(classArchiveFlag(jar, files.dir));
  const child = spawn('java', [...jvmFlags, '-jar', jar, files.dir, String(port)], {
    detached: true,
    stdio: ['ignore', out, out],
    env,
  });
  fs.closeSync(out);
  let exited: string | undefined;
  child.on('exit', (code, signal) => (exited = signal ?? `code ${code}`));
  child.unref();
  if (child.pid === undefined) {
    throw new LocalNeo4jError(`could not start java; see ${files.logFile}`);
  }

  const state: SavedState = { pid: child.pid, port, uri: `bolt://127.0.0.1:${port}` };
  fs.writeFileSync(files.pidFile, `${state.pid}\n`);
  fs.writeFileSync(files.stateFile, JSON.stringify(state, null, 2) + '\n');

  try {
    await waitUntilReady(
      state,
      password,
      files.logFile,
      options.timeoutMs ?? 180_000,
      () => exited,
      options.onWaiting,
    );
  } catch (error) {
    await stopProcess(state.pid, files.dir);
    removeState(files);
    throw error;
  }
  return { uri: state.uri, pid: state.pid };
}

export async function stopLocalNeo4j(options: { dataDir?: string } = {}): Promise<void> {
  const files = filesOf(options.dataDir ?? DEFAULT_DATA_DIR);
  const state = readState(files.stateFile);
  if (state && (await stopProcess(state.pid, files.dir))) keepClassArchive(files.dir);
  removeState(files);
}

/**
 * Class data sharing (AppCDS): the JVM maps the classes Neo4j loads from an archive instead
 * of reading and verifying them from the jars. Three alternating starts each way on a 2-core
 * machine at load average 14 took 38 s on average without it and 23 s with it. The archive
 * sits beside the jar; while there is none, a run writes one into its own data directory as
 * it exits, and a clean stop moves it beside the jar for every later start. A stale or
 * foreign archive is only a warning: the JVM then loads the classes as usual.
 */
function classArchiveFlag(jar: string, dataDir: string): string {
  const shared = classArchiveOf(jar);
  return fs.existsSync(shared)
    ? `-XX:SharedArchiveFile=${shared}`
    : `-XX:ArchiveClassesAtExit=${path.join(dataDir, CLASS_ARCHIVE)}`;
}

function keepClassArchive(dataDir: string): void {
  const written = path.join(dataDir, CLASS_ARCHIVE);
  if (!fs.existsSync(written)) return;
  const shared = classArchiveOf(path.join(projectDir(), 'target', JAR_MARKER));
  try {
    if (!fs.existsSync(shared)) {
      // Copied under a name of its own, then renamed: a start never maps half an archive.
      const partial = `${shared}.${process.pid}`;
      fs.copyFileSync(written, partial);
      fs.renameSync(partial, shared);
    }
  } finally {
    fs.rmSync(written, { force: true });
  }
}

function classArchiveOf(jar: string): string {
  return path.join(path.dirname(jar), CLASS_ARCHIVE);
}

/** A port that was free a moment ago on 127.0.0.1 (another process may still take it). */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no port assigned'))));
    });
  });
}

function requireTool(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  if (result.error) {
    throw new LocalNeo4jError(
      `'${command}' is needed to run the local Neo4j but was not found. ${ALTERNATIVES}`,
    );
  }
}

/** Builds tools/neo4j-local/ on first use, and again when its sources are newer than the jar. */
async function ensureBuilt(log: (line: string) => void): Promise<string> {
  const project = projectDir();
  const jar = path.join(project, 'target', JAR_MARKER);
  const sources = [
    path.join(project, 'pom.xml'),
    path.join(project, 'src/main/java/imrgraph/LocalNeo4j.java'),
  ];
  const built = fs.existsSync(jar) && fs.existsSync(path.join(project, 'target', 'lib'));
  if (built && sources.every((s) => !fs.existsSync(s) || mtime(s) <= mtime(jar))) return jar;

  requireTool('mvn', ['-v']);
  // Classes archived from the old jar would only be refused with a warning: start afresh.
  fs.rmSync(classArchiveOf(jar), { force: true });
  log('building neo4j-local (the first build downloads Neo4j from Maven Central) ...');
  // Quiet Maven prints nothing useful on success, so its output is kept for the error only.
  const mvn = spawn('mvn', [
    '-q',
    '-B',
    '-f',
    path.join(project, 'pom.xml'),
    'package',
    '-DskipTests',
  ]);
  let output = '';
  mvn.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  mvn.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const began = Date.now();
  const seconds = () => Math.round((Date.now() - began) / 1000);
  const ticker = setInterval(() => log(`still building neo4j-local (${seconds()} s)`), 15_000);
  const code = await new Promise<number | null>((resolve, reject) => {
    mvn.once('error', reject);
    mvn.once('close', resolve);
  }).finally(() => clearInterval(ticker));
  if (code !== 0 || !fs.existsSync(jar)) {
    const shown = output.replace(ANSI_COLOUR, '').trim().split('\n').slice(-30).join('\n');
    throw new LocalNeo4jError(
      `building neo4j-local failed (mvn exit ${code}). ${ALTERNATIVES}\n${shown}`,
    );
  }
  log(`neo4j-local built in ${seconds()} s`);
  return jar;
}

function requireFreePort(port: number): Promise<void> {
  // Checked first, or a stranger on the port could answer the login check in our place.
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', () =>
      reject(
        new LocalNeo4jError(
          `port ${port} on 127.0.0.1 is in use; choose another (IMR_GRAPH_NEO4J_PORT) or stop what uses it`,
        ),
      ),
    );
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });
}

async function waitUntilReady(
  state: SavedState,
  password: string,
  logFile: string,
  timeoutMs: number,
  exited: () => string | undefined,
  onWaiting?: (seconds: number) => void,
): Promise<void> {
  const began = Date.now();
  const deadline = began + timeoutMs;
  let nextNote = began + WAITING_NOTE_MS;
  // The launcher prints its ready line only after the password is set; logging in earlier
  // would fail and count towards Neo4j's lock-out after repeated failures.
  while (!readText(logFile).includes(READY_LINE)) {
    const how = exited();
    if (how !== undefined) {
      throw new LocalNeo4jError(
        `the local Neo4j exited (${how}) before it was ready; see ${logFile}\n${tail(logFile)}`,
      );
    }
    if (Date.now() > deadline) {
      throw new LocalNeo4jError(
        `the local Neo4j was not ready after ${timeoutMs / 1000} s; see ${logFile}\n${tail(logFile)}`,
      );
    }
    if (onWaiting && Date.now() >= nextNote) {
      onWaiting(Math.round((Date.now() - began) / 1000));
      nextNote += WAITING_NOTE_MS;
    }
    await sleep(200);
  }
  await verifyLogin(state.uri, password, logFile);
}

async function verifyLogin(uri: string, password: string, logFile: string): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password));
  try {
    await driver.verifyConnectivity();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new LocalNeo4jError(
      `the local Neo4j at ${uri} refused the login (${reason}); see ${logFile}`,
    );
  } finally {
    await driver.close();
  }
}

/**
 * SIGTERM runs the launcher's shutdown hook (a clean store); SIGKILL only if that hangs.
 * True when the process was ours and exited cleanly on SIGTERM.
 */
async function stopProcess(pid: number, dataDir: string): Promise<boolean> {
  if (!isOurProcess(pid, dataDir)) return false;
  signal(pid, 'SIGTERM');
  if (await waitForExit(pid, dataDir, 60_000)) return true;
  signal(pid, 'SIGKILL');
  await waitForExit(pid, dataDir, 5_000);
  return false;
}

async function waitForExit(pid: number, dataDir: string, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (isOurProcess(pid, dataDir)) {
    if (Date.now() > deadline) return false;
    await sleep(100);
  }
  return true;
}

/**
 * Alive and still our launcher for this data directory. On Linux the command line is checked
 * too, so a stale pid file never leads to signalling a process that reused the pid; a zombie
 * has an empty command line and counts as gone.
 */
function isOurProcess(pid: number, dataDir: string): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const cmdline = `/proc/${pid}/cmdline`;
  if (!fs.existsSync('/proc/self/cmdline')) return true;
  const args = readText(cmdline).split('\0');
  return args.some((a) => a.endsWith(JAR_MARKER)) && args.includes(path.resolve(dataDir));
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // Already gone: the goal of the signal.
  }
}

function readState(stateFile: string): SavedState | null {
  try {
    const value = JSON.parse(fs.readFileSync(stateFile, 'utf8')) as Partial<SavedState>;
    if (
      typeof value.pid === 'number' &&
      typeof value.port === 'number' &&
      typeof value.uri === 'string'
    ) {
      return { pid: value.pid, port: value.port, uri: value.uri };
    }
  } catch {
    // Missing or half-written: treated as not running.
  }
  return null;
}

function removeState(files: { pidFile: string; stateFile: string }): void {
  fs.rmSync(files.pidFile, { force: true });
  fs.rmSync(files.stateFile, { force: true });
}

function readText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function tail(file: string, lines = 15): string {
  return readText(file).trimEnd().split('\n').slice(-lines).join('\n');
}

function mtime(file: string): number {
  return fs.statSync(file).mtimeMs;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
