/**
 * Parses letter files (PDF or text) on worker threads, one per core by default, with piscina.
 * Every file comes back as its Determination or a coded ParseFailure, never as a rejection:
 * a worker that crashes, or is still busy after the PDF deadline plus a grace period, is
 * stopped, only the letter it held fails (UNREADABLE), and piscina starts a fresh worker.
 * (The worker's own deadline is checked between pages; the hard stop covers a page that never
 * ends.) At most one letter per thread is handed to piscina, so a letter's clock starts when
 * its work does; the rest wait here, and `parseAll` bounds how many wait.
 *
 * Workers run the compiled letter-pool.worker.js next to this file (dist/src/ingest/). From
 * the TypeScript sources (ts-jest) there is none, so each worker first loads a hook that
 * transpiles the .ts sources on require with the project's `typescript` (a dev dependency).
 */
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { Piscina } from 'piscina';
import type { Determination, ParseFailure } from '../../loaders/determination';
import { DEFAULT_PDF_TIMEOUT_MS } from '../../loaders/read/pdf-text';
import type { LetterJob } from './letter-pool.worker';

export type ParseResult = Determination | ParseFailure;

export interface LetterPoolOptions {
  /** Worker threads; default: the cores available. */
  threads?: number;
  /** Per-PDF deadline in the worker, as in extractPdfText. */
  timeoutMs?: number;
  /** When the pool stops a worker still busy with a letter; default: timeoutMs + 2 s. */
  stopAfterMs?: number;
}

/** Time a worker gets past the PDF deadline to answer before its thread is stopped. */
const STOP_GRACE_MS = 2_000;
/** Extra time for a fresh worker's first letter: starting the thread and loading pdf.js. */
const WORKER_START_MS = 30_000;
/** Letters in flight in `parseAll` unless the caller says otherwise. */
const DEFAULT_WINDOW = 256;

export class LetterPool {
  readonly threads: number;
  private readonly timeoutMs: number;
  private readonly stopAfterMs: number;
  private readonly piscina: Piscina<LetterJob, ParseResult>;
  /** Workers that have not answered yet: their first letter gets WORKER_START_MS more. */
  private freshWorkers: number;
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private closed = false;

  constructor({
    threads = availableParallelism(),
    timeoutMs = DEFAULT_PDF_TIMEOUT_MS,
    stopAfterMs = timeoutMs + STOP_GRACE_MS,
  }: LetterPoolOptions = {}) {
    this.threads = Math.max(1, Math.floor(threads));
    this.timeoutMs = timeoutMs;
    this.stopAfterMs = stopAfterMs;
    this.freshWorkers = this.threads;
    this.piscina = new Piscina({
      ...workerScript(),
      minThreads: this.threads,
      maxThreads: this.threads,
      // The worker parses asynchronously (pdf.js); Atomics.wait between tasks would stall it.
      atomics: 'disabled',
    });
    // A worker lost between letters: piscina replaces it; a letter it held fails on its own.
    this.piscina.on('error', () => undefined);
  }

  /** One letter; a failure comes back as a ParseFailure, never as a rejection. */
  async parse(path: string): Promise<ParseResult> {
    if (this.closed) return poolFailure(path, 'the letter pool is closed');
    await this.takeTurn();
    try {
      if (this.closed) return poolFailure(path, 'the letter pool was closed before it was read');
      return await this.runOnWorker(path);
    } finally {
      this.endTurn();
    }
  }

  /** Yields results in input order, keeping at most `window` letters in flight. */
  async *parseAll(
    paths: Iterable<string> | AsyncIterable<string>,
    window = DEFAULT_WINDOW,
  ): AsyncGenerator<{ path: string; result: ParseResult }> {
    const inFlight: Promise<{ path: string; result: ParseResult }>[] = [];
    for await (const path of paths) {
      inFlight.push(this.parse(path).then((result) => ({ path, result })));
      if (inFlight.length >= window) yield await (inFlight.shift() as (typeof inFlight)[number]);
    }
    while (inFlight.length > 0) yield await (inFlight.shift() as (typeof inFlight)[number]);
  }

  /** Stops the workers; letters not finished by then fail. */
  async close(): Promise<void> {
    this.closed = true;
    for (const next of this.waiting.splice(0)) next();
    await this.piscina.destroy();
  }

  private async runOnWorker(path: string): Promise<ParseResult> {
    const fresh = this.freshWorkers > 0;
    if (fresh) this.freshWorkers--;
    const limit = this.stopAfterMs + (fresh ? WORKER_START_MS : 0);
    const signal = AbortSignal.timeout(limit);
    try {
      return await this.piscina.run({ path, timeoutMs: this.timeoutMs }, { signal });
    } catch {
      // The worker is gone (stopped, crashed or closed); its replacement starts afresh.
      this.freshWorkers++;
      if (this.closed) return poolFailure(path, 'the letter pool was closed before it was read');
      return poolFailure(path, signal.aborted ? `did not finish in ${limit} ms` : 'worker crashed');
    }
  }

  /** At most `threads` letters are on the workers; the others wait here in order. */
  private async takeTurn(): Promise<void> {
    if (this.running < this.threads) {
      this.running++;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  /** Hands the turn to the next waiting letter, if any. */
  private endTurn(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }
}

function poolFailure(path: string, reason: string): ParseFailure {
  const file = basename(path);
  return {
    source: { file },
    error: { code: 'UNREADABLE', message: `${file}: could not be parsed (${reason})` },
  };
}

/**
 * Transpiles .ts on require in a worker; only loaded when running from the sources. Outputs are
 * kept in the temp folder by a hash of the source (and the compiler's version), so a worker
 * loads `typescript` only for a file it has not seen: starting workers in tests stays quick.
 * The cache is best effort: where it cannot be written, a worker transpiles without it.
 */
const TS_HOOK = `
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
const require = createRequire(TYPESCRIPT);
const version = JSON.parse(readFileSync(join(TYPESCRIPT, '../../package.json'), 'utf8')).version;
const cache = join(tmpdir(), 'imr-graph-worker-ts');
try {
  mkdirSync(cache, { recursive: true });
} catch {
  // No cache then (a folder another user made): every worker transpiles for itself.
}
let ts;
require.extensions['.ts'] = (module, filename) => {
  const source = readFileSync(filename, 'utf8');
  const file = join(cache, createHash('sha256').update(version + filename + source).digest('hex') + '.js');
  let output;
  try {
    output = readFileSync(file, 'utf8');
  } catch {
    ts ??= require(TYPESCRIPT);
    const compilerOptions = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true };
    output = ts.transpileModule(source, { fileName: filename, compilerOptions }).outputText;
    const partial = file + '.' + process.pid + '.' + Math.random().toString(36).slice(2);
    try {
      writeFileSync(partial, output);
      renameSync(partial, file);
    } catch {
      // The cache is only a speed-up: a folder this user cannot write (the tests' unprivileged
      // loads run as nobody beside root's cache) leaves the output uncached.
    }
  }
  module._compile(output, filename);
};`;

function workerScript(): { filename: string; execArgv?: string[] } {
  if (!__filename.endsWith('.ts')) return { filename: join(__dirname, 'letter-pool.worker.js') };
  const hook = TS_HOOK.replaceAll('TYPESCRIPT', JSON.stringify(require.resolve('typescript')));
  return {
    filename: join(__dirname, 'letter-pool.worker.ts'),
    execArgv: ['--import', `data:text/javascript,${encodeURIComponent(hook)}`],
  };
}
