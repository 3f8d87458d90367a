import type { Neo4jGateway } from '../graph/neo4j-gateway';
import type { Determination } from '../../loaders/determination';
import { isFailure } from '../../loaders/read/read-letter';
import { caseKey, toGraphBatch } from './to-graph-batch';
import { writeDeterminations } from './write-batch';
import { collectLetterFiles } from '../../loaders/read/collect-files';
import { LetterPool } from './letter-pool';

/**
 * One by default. Neo4j runs a transaction on one core, so two writers use a second core, but
 * a shared node's first-seen properties (a guideline section's wording) then depend on which
 * batch commits first, and the graph is no longer exactly the one a sequential load makes.
 */
export const DEFAULT_WRITERS = 1;
/** Larger batches share more per-statement and per-commit work; 1,000 letters is ~6 MB of text. */
export const DEFAULT_BATCH_SIZE = 1000;
/** A batch of letters on a busy 2-core machine can take minutes; API reads get 10 s. */
export const LOAD_TRANSACTION_TIMEOUT_MS = 600_000;
/**
 * Letters parsed ahead of the batch being filled: enough to keep the workers busy past a slow
 * letter (results come back in input order). More would only wait for the writer in memory.
 */
export const PARSE_AHEAD = 256;

export interface LoadFailure {
  file: string;
  code: string;
  message: string;
}

export interface LoadSummary {
  files: number;
  loaded: number;
  unchanged: number;
  replaced: number;
  failed: number;
  failures: LoadFailure[];
  seconds: number;
}

export interface LoadProgress {
  files: number;
  written: number;
  failed: number;
}

export interface LoadOptions {
  /** Letters per write transaction. */
  batchSize?: number;
  /** Parse and map, write nothing. */
  dryRun?: boolean;
  threads?: number;
  /** Batches written at once, each in its own transaction; see DEFAULT_WRITERS. */
  writers?: number;
  /** Per write transaction; a batch on a busy machine needs far longer than an API read. */
  transactionTimeoutMs?: number;
  onProgress?: (progress: LoadProgress) => void;
  /** Monotonic clock in ms, injectable for tests. */
  now?: () => number;
}

/**
 * `imr-graph load`: files and folders → parse on worker threads → batches of letters written
 * one transaction each. Bad letters and paths that cannot be read (missing, no permission,
 * special files, link loops) are reported and skipped; a database failure stops the
 * load after the last committed batch, and rerunning the same command finishes the job
 * (unchanged letters are skipped by their sha256).
 */
export async function loadLetters(
  paths: readonly string[],
  gateway: Neo4jGateway | null,
  options: LoadOptions = {},
): Promise<LoadSummary> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const summary: LoadSummary = {
    files: 0,
    loaded: 0,
    unchanged: 0,
    replaced: 0,
    failed: 0,
    failures: [],
    seconds: 0,
  };
  const pool = new LetterPool({ threads: options.threads });
  const writers = new BatchWriters(options.writers ?? DEFAULT_WRITERS);
  let pending: Determination[] = [];

  const write = async (batch: Determination[]) => {
    if (options.dryRun || gateway === null) {
      toGraphBatch(batch);
      summary.loaded += batch.length;
    } else {
      const outcome = await writeDeterminations(gateway, batch, {
        transactionTimeoutMs: options.transactionTimeoutMs,
      });
      summary.loaded += outcome.loaded.length;
      summary.replaced += outcome.replaced.length;
      summary.unchanged += outcome.unchanged.length;
    }
    options.onProgress?.({
      files: summary.files,
      written: written(summary),
      failed: summary.failed,
    });
  };

  try {
    // Parsing fills the next batch while earlier ones are written; when that batch is full the
    // loop waits for a writer, and only `ahead` more letters are parsed meanwhile. So the
    // letters held at once are at most (writers + 1) batches + `ahead`, however many files.
    const ahead = Math.max(2 * pool.threads, Math.min(PARSE_AHEAD, batchSize));
    // A path that cannot be read is a failure like a bad letter: reported, and the rest loads.
    const files = collectLetterFiles(paths, (failure) => {
      summary.files++;
      summary.failed++;
      summary.failures.push(failure);
    });
    for await (const { path, result } of pool.parseAll(files, ahead)) {
      summary.files++;
      if (isFailure(result)) {
        summary.failed++;
        summary.failures.push({
          file: path,
          code: result.error.code,
          message: result.error.message,
        });
      } else pending.push(result);
      if (pending.length >= batchSize) {
        const batch = pending;
        pending = [];
        await writers.start(batch.map(caseKey), () => write(batch));
      }
    }
    if (pending.length > 0) {
      const batch = pending;
      await writers.start(batch.map(caseKey), () => write(batch));
    }
    await writers.finish();
  } catch (error) {
    summary.seconds = Math.round((now() - started) / 10) / 100;
    throw new LoadAbortedError(error, summary);
  } finally {
    await pool.close();
  }
  summary.seconds = Math.round((now() - started) / 10) / 100;
  return summary;
}

/**
 * Batches in flight, each its own write transaction, at most `limit` at once. A batch that
 * shares a case number with one in flight waits for it, so a letter read later still replaces
 * one read earlier. The first failure stops new batches; what committed stays committed.
 */
class BatchWriters {
  private readonly inFlight: { keys: ReadonlySet<string>; done: Promise<void> }[] = [];
  private failure: { error: unknown } | null = null;

  constructor(private readonly limit: number) {}

  async start(keys: readonly string[], work: () => Promise<void>): Promise<void> {
    const mine = new Set(keys);
    while (this.inFlight.length >= Math.max(1, this.limit)) {
      await Promise.race(this.inFlight.map((entry) => entry.done));
    }
    for (const other of [...this.inFlight]) {
      if (keys.some((key) => other.keys.has(key))) await other.done;
    }
    await this.throwIfFailed();
    const entry = { keys: mine, done: Promise.resolve() };
    entry.done = work().then(
      () => this.remove(entry),
      (error: unknown) => {
        this.failure ??= { error };
        this.remove(entry);
      },
    );
    this.inFlight.push(entry);
  }

  async finish(): Promise<void> {
    while (this.inFlight.length > 0) await this.inFlight[0].done;
    await this.throwIfFailed();
  }

  private remove(entry: (typeof this.inFlight)[number]): void {
    this.inFlight.splice(this.inFlight.indexOf(entry), 1);
  }

  /** After a failure the batches still in flight finish first, so the summary counts them. */
  private async throwIfFailed(): Promise<void> {
    if (this.failure === null) return;
    while (this.inFlight.length > 0) await this.inFlight[0].done;
    throw this.failure.error;
  }
}

/** The database failed mid-load: what was committed stays; the summary says how far it got. */
export class LoadAbortedError extends Error {
  override name = 'LoadAbortedError';
  constructor(
    override readonly cause: unknown,
    readonly summary: LoadSummary,
  ) {
    super(
      `load stopped after ${written(summary)} letters were written: ${(cause as Error).message ?? cause}`,
    );
  }
}

function written(summary: LoadSummary): number {
  return summary.loaded + summary.replaced + summary.unchanged;
}
