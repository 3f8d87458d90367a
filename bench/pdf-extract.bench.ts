/**
 * PDF to text throughput over the corpus, steady state, all in one run: pdf.js in this thread
 * (extractPdfText), the letter pool (LetterPool, one worker per core: read, pdf.js and the parse,
 * which is a few per cent of a letter's time), and poppler's
 * `pdftotext -layout file -`, one process per file (via xargs), one at a time and two at a time.
 * Methods take turns round by round, so a busy machine slows them alike.
 *
 *   npx tsc -p tsconfig.build.json && node dist/bench/pdf-extract.bench.js [--rounds 5] [--dir D]
 *
 * The corpus comes from --dir, else IMR_CORPUS_DIR, else data/letters (the project's own).
 */
import { readFile } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import * as path from 'node:path';
import { LetterPool } from '../src/ingest/letter-pool';
import { isFailure } from '../loaders/read/read-letter';
import { findPdfs, hasPdftotext, pdftotext } from './machine';
import { extractPdfText } from '../loaders/read/pdf-text';

interface Method {
  name: string;
  round: (files: readonly string[]) => Promise<void>;
}

async function main(): Promise<void> {
  const rounds = Number(argument('--rounds') ?? 5);
  const dir =
    argument('--dir') ??
    process.env.IMR_CORPUS_DIR ??
    path.resolve(__dirname, '../../data/letters');
  const files = findPdfs(dir);
  if (files.length === 0) throw new Error(`no PDFs under ${dir}; pass --dir or set IMR_CORPUS_DIR`);

  const pool = new LetterPool();
  const methods: Method[] = [
    { name: 'pdf.js, this thread', round: (f) => inThread(f) },
    {
      name: `pdf.js + parse, LetterPool of ${pool.threads} workers`,
      round: (f) => onPool(pool, f),
    },
  ];
  if (hasPdftotext()) {
    methods.push(
      { name: 'pdftotext -layout, 1 process at a time', round: (f) => pdftotext(f, 1) },
      { name: 'pdftotext -layout, 2 processes at a time', round: (f) => pdftotext(f, 2) },
    );
  } else {
    console.log('pdftotext not found: poppler rows skipped');
  }

  console.log(
    `${files.length} PDFs from ${dir}; ${availableParallelism()} cores; Node ${process.version}`,
  );
  console.log(
    `load average before: ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
  );
  const rates = new Map<string, number[]>(methods.map((m) => [m.name, []]));
  for (let r = -1; r < rounds; r++) {
    for (const method of methods) {
      const started = performance.now();
      await method.round(files);
      const rate = files.length / ((performance.now() - started) / 1000);
      if (r >= 0) rates.get(method.name)?.push(rate); // round -1 warms up
    }
  }
  await pool.close();

  console.log(
    `load average after:  ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
  );
  console.log(`\nletters/s over ${rounds} rounds (after one warm-up round):`);
  console.log(
    `${'method'.padEnd(44)} ${'median'.padStart(7)} ${'min'.padStart(7)} ${'max'.padStart(7)}`,
  );
  for (const [name, values] of rates) {
    const sorted = [...values].sort((a, b) => a - b);
    const median = sorted[sorted.length >> 1];
    const cells = [median, sorted[0], sorted[sorted.length - 1]].map((v) =>
      v.toFixed(1).padStart(7),
    );
    console.log(`${name.padEnd(44)} ${cells.join(' ')}`);
  }
}

async function inThread(files: readonly string[]): Promise<void> {
  for (const file of files) await extractPdfText(await readFile(file));
}

async function onPool(pool: LetterPool, files: readonly string[]): Promise<void> {
  let failed = 0;
  for await (const { result } of pool.parseAll(files)) if (isFailure(result)) failed++;
  if (failed) throw new Error(`${failed} PDFs failed on the pool`);
}

function argument(flag: string): string | undefined {
  const at = process.argv.indexOf(flag);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
