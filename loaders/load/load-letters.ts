import type { Neo4jGateway } from '../../src/db/neo4j-gateway';
import type { Determination } from '../determination';
import { isFailure } from '../read/read-letter';
import { toGraphBatch } from '../graph/to-graph-batch';
import { writeDeterminations } from '../graph/write-batch';
import { collectLetterFiles } from './collect-files';
import { ParsePool } from './parse-pool';

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
  /** Per write transaction; a batch on a busy machine needs far longer than an API read. */
  transactionTimeoutMs?: number;
  onProgress?: (progress: LoadProgress) => void;
  /** Monotonic clock in ms, injectable for tests. */
  now?: () => number;
}

/**
 * `imr-graph load`: files and folders → parse on worker threads → batches of letters written
 * one transaction each. Bad letters are reported and skipped; a database failure stops the
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
  const batchSize = options.batchSize ?? 500;
  const summary: LoadSummary = {
    files: 0,
    loaded: 0,
    unchanged: 0,
    replaced: 0,
    failed: 0,
    failures: [],
    seconds: 0,
  };
  const pool = new ParsePool(options.threads);
  let pending: Determination[] = [];
  let writing: Promise<void> = Promise.resolve();

  const flush = (batch: Determination[]) => {
    // Parsing goes on while the previous batch is written; writes stay strictly in order.
    writing = writing.then(async () => {
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
    });
    return writing;
  };

  try {
    for await (const { path, result } of pool.parseAll(collectLetterFiles(paths), batchSize * 2)) {
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
        await writing;
        flush(batch).catch(() => undefined); // awaited (and thrown) at the next `await writing`
      }
    }
    if (pending.length > 0) await flush(pending);
    await writing;
  } catch (error) {
    summary.seconds = Math.round((now() - started) / 10) / 100;
    throw new LoadAbortedError(error, summary);
  } finally {
    await pool.close();
  }
  summary.seconds = Math.round((now() - started) / 10) / 100;
  return summary;
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
