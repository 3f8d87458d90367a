import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Determination, ParseFailure } from '../../loaders/determination';
import { parseLetterFile } from '../../loaders/read/read-letter';

export type ParseResult = Determination | ParseFailure;

interface Pending {
  resolve: (result: ParseResult) => void;
  path: string;
}

/**
 * Parses letters on worker threads (one per core). Results come back in input order through
 * `parseAll`, with a bounded number in flight so memory stays flat however many files there
 * are. From TypeScript sources (tests) there is no compiled worker, so it parses in-process.
 */
export class ParsePool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: { id: number; path: string }[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly busy = new Map<Worker, number>();
  private nextId = 0;

  constructor(size = Math.max(1, availableParallelism())) {
    const script = resolve(__dirname, 'parse-worker.js');
    if (!__filename.endsWith('.js') || !existsSync(script)) return;
    for (let i = 0; i < size; i++) this.spawn(script);
  }

  get threads(): number {
    return this.workers.length;
  }

  parse(path: string): Promise<ParseResult> {
    if (this.workers.length === 0) return parseLetterFile(path);
    return new Promise((resolvePromise) => {
      const id = this.nextId++;
      this.pending.set(id, { resolve: resolvePromise, path });
      this.queue.push({ id, path });
      this.dispatch();
    });
  }

  /** Yields results in input order, keeping at most `window` letters in flight. */
  async *parseAll(
    paths: Iterable<string> | AsyncIterable<string>,
    window = 256,
  ): AsyncGenerator<{ path: string; result: ParseResult }> {
    const inFlight: Promise<{ path: string; result: ParseResult }>[] = [];
    for await (const path of paths) {
      inFlight.push(this.parse(path).then((result) => ({ path, result })));
      if (inFlight.length >= window) yield await (inFlight.shift() as (typeof inFlight)[number]);
    }
    while (inFlight.length > 0) yield await (inFlight.shift() as (typeof inFlight)[number]);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
    this.workers.length = 0;
  }

  private spawn(script: string): void {
    const worker = new Worker(script);
    worker.unref();
    worker.on('message', (message: { id: number; result?: ParseResult; crash?: string }) => {
      const pending = this.pending.get(message.id);
      this.pending.delete(message.id);
      this.busy.delete(worker);
      this.idle.push(worker);
      pending?.resolve(message.result ?? crashResult(pending.path, message.crash ?? 'error'));
      this.dispatch();
    });
    worker.on('error', () => {
      // A crashed worker fails only the letter it held; a fresh worker takes its place.
      const id = this.busy.get(worker);
      this.busy.delete(worker);
      this.workers.splice(this.workers.indexOf(worker), 1);
      if (id !== undefined) {
        const pending = this.pending.get(id);
        this.pending.delete(id);
        pending?.resolve(crashResult(pending.path, 'worker crashed'));
      }
      this.spawn(script);
      this.dispatch();
    });
    this.workers.push(worker);
    this.idle.push(worker);
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop() as Worker;
      const job = this.queue.shift() as { id: number; path: string };
      this.busy.set(worker, job.id);
      worker.postMessage(job);
    }
  }
}

function crashResult(path: string, reason: string): ParseFailure {
  const file = path.split(/[\\/]/).pop() ?? path;
  return {
    source: { file },
    error: { code: 'UNREADABLE', message: `${file}: could not be parsed (${reason})` },
  };
}
