/**
 * Extracts text from many PDFs in parallel on worker threads (one per core by default), each
 * running pdf.js as in pdf-text.ts. A worker that crashes, or is still busy after the document
 * deadline plus a grace period, is stopped: only the document it held fails, and a fresh worker
 * takes its place. (The worker's own deadline is checked between pages; this hard stop covers
 * a page that never ends.) Idle workers do not keep the process alive; close() stops them.
 *
 * Workers run the compiled pdf-pool.worker.js next to this file (dist/loaders/read/). From the
 * TypeScript sources (ts-jest) there is no compiled worker, so the worker transpiles the .ts
 * files on load with the project's `typescript` (a dev dependency); nothing is built for it.
 */
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { LetterError } from '../../loaders/determination';
import type { PdfJobMessage, PdfReplyMessage } from './pdf-pool.worker';
import { DEFAULT_PDF_TIMEOUT_MS } from '../../loaders/read/pdf-text';

export interface PdfPoolOptions {
  /** Worker threads; default: the cores available. */
  size?: number;
  /** Per-document deadline, as in extractPdfText. */
  timeoutMs?: number;
}

export type PdfTextResult =
  | { file: string; index: number; text: string }
  | { file: string; index: number; error: LetterError };

interface Job {
  id: number;
  data: Uint8Array;
  resolve: (text: string) => void;
  reject: (error: LetterError) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  timer: NodeJS.Timeout | undefined;
  /** Set by the worker's first reply: by then its thread and pdf.js are loaded. */
  started: boolean;
  stopped: boolean;
}

/** Time a worker gets past the document deadline to report before its thread is stopped. */
const STOP_GRACE_MS = 2_000;
/** Extra time for a fresh worker's first document: starting the thread and loading pdf.js. */
const WORKER_START_MS = 30_000;

export class PdfTextPool {
  readonly size: number;
  private readonly timeoutMs: number;
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 0;
  private closed = false;

  constructor({
    size = availableParallelism(),
    timeoutMs = DEFAULT_PDF_TIMEOUT_MS,
  }: PdfPoolOptions = {}) {
    this.size = Math.max(1, Math.floor(size));
    this.timeoutMs = timeoutMs;
  }

  /** The text of one PDF (see extractPdfText); rejects with LetterError UNREADABLE. */
  extract(data: Uint8Array): Promise<string> {
    if (this.closed) return Promise.reject(new LetterError('UNREADABLE', 'the PDF pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, data, resolve, reject });
      this.dispatch();
    });
  }

  /**
   * Extracts every file, calling onResult as each finishes (completion order; `index` is the
   * file's position in `files`). Per-file failures come as results, never as a rejection.
   * At most two files per worker are read into memory at a time.
   */
  async extractMany(
    files: readonly string[],
    onResult: (result: PdfTextResult) => void,
  ): Promise<void> {
    let next = 0;
    const drain = async (): Promise<void> => {
      while (next < files.length) {
        const index = next++;
        onResult(await this.extractFile(files[index], index));
      }
    };
    const lanes = Math.min(files.length, this.size * 2);
    await Promise.all(Array.from({ length: lanes }, drain));
  }

  /** Stops the workers; documents not finished by then fail. */
  async close(): Promise<void> {
    this.closed = true;
    const closedError = new LetterError(
      'UNREADABLE',
      'the PDF pool was closed before the PDF was read',
    );
    for (const job of this.queue.splice(0)) job.reject(closedError);
    await Promise.all([...this.slots].map((slot) => this.stop(slot, closedError)));
  }

  private async extractFile(file: string, index: number): Promise<PdfTextResult> {
    let data: Uint8Array;
    try {
      data = await readFile(file);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? String(error);
      return {
        file,
        index,
        error: new LetterError('UNREADABLE', `cannot read the file (${reason})`),
      };
    }
    try {
      return { file, index, text: await this.extract(data) };
    } catch (error) {
      return { file, index, error: error as LetterError };
    }
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = this.slots.find((s) => s.job === null) ?? this.spawn();
      if (!slot) return;
      this.run(slot, this.queue.shift() as Job);
    }
  }

  private run(slot: Slot, job: Job): void {
    slot.job = job;
    slot.worker.ref();
    const limit = this.timeoutMs + STOP_GRACE_MS + (slot.started ? 0 : WORKER_START_MS);
    slot.timer = setTimeout(() => {
      const error = new LetterError(
        'UNREADABLE',
        `PDF text extraction did not finish in ${limit} ms`,
      );
      void this.stop(slot, error);
    }, limit);
    // A copy the worker can own: transferring it costs nothing and leaves the caller's bytes alone.
    const data = new Uint8Array(job.data);
    const message: PdfJobMessage = { id: job.id, data, timeoutMs: this.timeoutMs };
    slot.worker.postMessage(message, [data.buffer]);
  }

  private spawn(): Slot | null {
    if (this.closed || this.slots.length >= this.size) return null;
    const slot: Slot = {
      worker: startWorker(),
      job: null,
      timer: undefined,
      started: false,
      stopped: false,
    };
    slot.worker.unref();
    slot.worker.on('message', (reply: PdfReplyMessage) => this.finish(slot, reply));
    slot.worker.on('error', (error: Error) => {
      void this.stop(
        slot,
        new LetterError('UNREADABLE', `the PDF worker crashed: ${error.message}`),
      );
    });
    slot.worker.on('exit', (code: number) => {
      void this.stop(
        slot,
        new LetterError('UNREADABLE', `the PDF worker stopped (exit code ${code})`),
      );
    });
    this.slots.push(slot);
    return slot;
  }

  private finish(slot: Slot, reply: PdfReplyMessage): void {
    const job = slot.job;
    if (!job || job.id !== reply.id) return;
    slot.started = true;
    clearTimeout(slot.timer);
    slot.job = null;
    slot.worker.unref();
    if ('text' in reply) job.resolve(reply.text);
    else job.reject(new LetterError(reply.error.code, reply.error.message));
    this.dispatch();
  }

  /** Ends a worker, failing the job it held; queued jobs go to a fresh worker. */
  private async stop(slot: Slot, error: LetterError): Promise<void> {
    if (slot.stopped) return;
    slot.stopped = true;
    clearTimeout(slot.timer);
    const at = this.slots.indexOf(slot);
    if (at >= 0) this.slots.splice(at, 1);
    const job = slot.job;
    slot.job = null;
    job?.reject(error);
    this.dispatch();
    await slot.worker.terminate();
  }
}

/** Transpiles the worker's .ts sources on require; only used when running from sources. */
const TS_BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const ts = require(workerData.typescript);
const compilerOptions = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true };
require.extensions['.ts'] = (module, filename) => {
  const { outputText } = ts.transpileModule(readFileSync(filename, 'utf8'), { fileName: filename, compilerOptions });
  module._compile(outputText, filename);
};
require(workerData.entry);
`;

function startWorker(): Worker {
  if (__filename.endsWith('.ts')) {
    const workerData = {
      entry: join(__dirname, 'pdf-pool.worker.ts'),
      typescript: require.resolve('typescript'),
    };
    return new Worker(TS_BOOTSTRAP, { eval: true, workerData });
  }
  return new Worker(join(__dirname, 'pdf-pool.worker.js'));
}
