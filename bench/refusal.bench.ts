/**
 * The speeds the unit tests used to time with a stopwatch, measured here instead (a wall-clock
 * assertion fails on a slow or busy machine and proves nothing on a fast one):
 *
 *  - canonicaliseService over 20,000 requests (goal: under 1 s on one core);
 *  - how long the reader takes to refuse a file that is not a letter (empty, binary junk, a
 *    truncated PDF, a PDF that says something else; goal: each under 2 s);
 *  - how long extractPdfText takes to give up on a 200-page PDF with a 20 ms deadline (goal:
 *    under 2 s, i.e. the deadline is honoured while pages are still being read).
 *
 *   npm run build && node dist/bench/refusal.bench.js
 *
 * The tests keep the behaviour (the code, the message, the deadline firing with a deadline of
 * 0); `npm run bench` records the times in bench/RESULTS.md.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { canonicaliseService } from '../loaders/canonical/service';
import { isFailure, parseLetterFile } from '../loaders';
import { extractPdfText } from '../loaders/read/pdf-text';
import { loadPdfJs } from '../loaders/read/pdfjs-runtime';
import { buildPdf, type Text } from './pdf-fixture';

export const CANONICALISE_GOAL_MS = 1_000;
export const REFUSAL_GOAL_MS = 2_000;

export interface RefusalTiming {
  name: string;
  ms: number;
  goalMs: number;
  /** What the code under test said (an error code, or the number of requests). */
  outcome: string;
}

export interface RefusalBenchResult {
  timings: RefusalTiming[];
}

export async function runRefusalBench(
  log: (line: string) => void = console.log,
): Promise<RefusalBenchResult> {
  await loadPdfJs(); // the library's one-off load is not what is measured
  const timings = [timeCanonicalise(), ...(await timeRefusals()), await timeDeadline()];
  for (const t of timings) {
    log(
      `${t.name.padEnd(48)} ${t.ms.toFixed(1).padStart(8)} ms  (goal < ${t.goalMs} ms) ${t.outcome}`,
    );
  }
  return { timings };
}

function timeCanonicalise(): RefusalTiming {
  const requests = [
    'Norco 10/325mg #60',
    'MRI of the lumbar spine',
    'Physical therapy 2x6',
    'Associated surgical service: Cold therapy unit',
  ];
  const started = performance.now();
  let count = 0;
  for (let i = 0; i < 5_000; i++) {
    for (const request of requests) {
      canonicaliseService(request);
      count++;
    }
  }
  return {
    name: `canonicaliseService × ${count.toLocaleString('en-US')}`,
    ms: performance.now() - started,
    goalMs: CANONICALISE_GOAL_MS,
    outcome: `${count} requests`,
  };
}

async function timeRefusals(): Promise<RefusalTiming[]> {
  const dir = mkdtempSync(join(tmpdir(), 'imr-refusal-bench-'));
  try {
    const hello = buildPdf([[[72, 700, 'Hello']]]);
    const files: [string, Uint8Array][] = [
      ['empty.txt', new Uint8Array(0)],
      ['junk.bin', Uint8Array.from({ length: 64 * 1024 }, (_, i) => (i * 7919) % 256)],
      ['truncated.pdf', hello.slice(0, hello.length >> 1)],
      ['hello.pdf', hello],
    ];
    const timings: RefusalTiming[] = [];
    for (const [name, data] of files) {
      const file = join(dir, name);
      writeFileSync(file, data);
      const started = performance.now();
      const result = await parseLetterFile(file);
      timings.push({
        name: `parseLetterFile refuses ${name}`,
        ms: performance.now() - started,
        goalMs: REFUSAL_GOAL_MS,
        outcome: isFailure(result) ? result.error.code : 'PARSED (unexpected)',
      });
    }
    return timings;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function timeDeadline(): Promise<RefusalTiming> {
  const line =
    'A line of text long enough to keep the text layer busy for a while, again and again.';
  const page: Text[] = Array.from({ length: 50 }, (_, i) => [72, 740 - 14 * i, line]);
  const slow = buildPdf(Array.from({ length: 200 }, () => page));
  const started = performance.now();
  const outcome = await extractPdfText(slow, { timeoutMs: 20 }).then(
    () => 'FINISHED (under the deadline)',
    (e: unknown) => (e as { code?: string }).code ?? String(e),
  );
  return {
    name: 'extractPdfText gives up (200 pages, 20 ms)',
    ms: performance.now() - started,
    goalMs: REFUSAL_GOAL_MS,
    outcome,
  };
}

if (require.main === module) {
  runRefusalBench().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
