/**
 * Parse throughput in letters per second over the real corpus, all methods in one run and
 * taking turns round by round (a busy machine slows them alike):
 *
 *  - text: the corpus letters' extracted text held in memory, parsed with parseLetterText on
 *    this thread (one core), repeated to at least 10,000 letters per round;
 *  - PDF: read + extract + parse on the project's worker pool (LetterPool, one worker per core);
 *  - poppler `pdftotext -layout`, one process per file, one at a time and two at a time, text
 *    extraction only (no parse), on the same PDFs.
 *
 *   npm run build && npm run bench:parse [-- --rounds 3 --corpus DIR --out DIR]
 *
 * Targets: text ≥ 5,000 letters/s on one core; PDF (full path) ≥ pdftotext at the same
 * parallelism. Writes OUT/parse.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { basename } from 'node:path';
import { isFailure, sha256 } from '../loaders/read/read-letter';
import { LetterPool } from '../src/ingest/letter-pool';
import { extractPdfText } from '../loaders/read/pdf-text';
import { parseLetterText } from '../loaders/parse/parse-letter';
import { clearParseMemos } from '../loaders/text/memo';
import { parseBenchArgs, type BenchArgs } from './bench-args';
import { findPdfs, hasPdftotext, machineInfo, pdftotext, type MachineInfo } from './machine';
import { formatSpread, padTable, spread, type Spread } from './stats';

export const TEXT_TARGET_LETTERS_PER_S = 5_000;
export const MIN_TEXT_LETTERS_PER_ROUND = 10_000;

export interface Target {
  name: string;
  goal: string;
  value: string;
  met: boolean;
}

export interface ParseBenchResult {
  machine: MachineInfo;
  corpus: { dir: string; pdfs: number; parsed: number; failed: { file: string; code: string }[] };
  rounds: number;
  textLettersPerRound: number;
  poolThreads: number;
  /** letters/s by method name */
  rates: Record<string, Spread>;
  targets: Target[];
}

interface Letter {
  file: string;
  hash: string;
  text: string;
}

export const METHOD = {
  text: 'text: parseLetterText, 1 core',
  pool: 'PDF: read+extract+parse, LetterPool',
  pdftotext1: 'pdftotext -layout, 1 process at a time',
  pdftotext2: 'pdftotext -layout, 2 processes at a time',
} as const;

export async function runParseBench(
  args: Pick<BenchArgs, 'corpus' | 'rounds' | 'out' | 'quick'>,
  log: (line: string) => void = console.log,
): Promise<ParseBenchResult> {
  const rounds = args.rounds ?? (args.quick ? 2 : 3);
  const files = findPdfs(args.corpus);
  if (files.length === 0) {
    throw new Error(`no PDFs under ${args.corpus}; pass --corpus DIR or set IMR_CORPUS_DIR`);
  }
  log(`parse bench: ${files.length} PDFs from ${args.corpus}, ${rounds} rounds`);
  const { letters, failed } = await extractAll(files);
  if (letters.length === 0) throw new Error('no corpus letter parsed from its text');
  const repeat = Math.ceil(MIN_TEXT_LETTERS_PER_ROUND / letters.length);

  const pool = new LetterPool();
  const poolThreads = pool.threads;
  const rates: Record<string, number[]> = { [METHOD.text]: [], [METHOD.pool]: [] };
  const methods: { name: string; round: () => Promise<number> }[] = [
    { name: METHOD.text, round: async () => parseTexts(letters, repeat) },
    { name: METHOD.pool, round: () => parseOnPool(pool, files) },
  ];
  if (hasPdftotext()) {
    for (const parallel of [1, 2] as const) {
      const name = parallel === 1 ? METHOD.pdftotext1 : METHOD.pdftotext2;
      rates[name] = [];
      methods.push({ name, round: () => pdftotext(files, parallel).then(() => files.length) });
    }
  } else {
    log('pdftotext not found: poppler rows skipped');
  }
  try {
    // Round -1 warms up the JIT, pdf.js in each worker and the page cache; it is not counted.
    for (let round = -1; round < rounds; round++) {
      for (const method of methods) {
        const started = performance.now();
        const letterCount = await method.round();
        const rate = letterCount / ((performance.now() - started) / 1000);
        if (round >= 0) rates[method.name].push(rate);
      }
    }
  } finally {
    await pool.close();
  }

  const spreads = Object.fromEntries(Object.entries(rates).map(([k, v]) => [k, spread(v)]));
  const result: ParseBenchResult = {
    machine: machineInfo(),
    corpus: { dir: args.corpus, pdfs: files.length, parsed: letters.length, failed },
    rounds,
    textLettersPerRound: letters.length * repeat,
    poolThreads,
    rates: spreads,
    targets: parseTargets(spreads),
  };
  log(renderParseTable(result));
  mkdirSync(args.out, { recursive: true });
  writeFileSync(path.join(args.out, 'parse.json'), JSON.stringify(result, null, 2) + '\n');
  log(`wrote ${path.join(args.out, 'parse.json')}`);
  return result;
}

export function parseTargets(rates: Record<string, Spread>): Target[] {
  const text = rates[METHOD.text]?.median ?? NaN;
  const targets: Target[] = [
    {
      name: 'parse from text, one core',
      goal: `≥ ${TEXT_TARGET_LETTERS_PER_S} letters/s`,
      value: `${text.toFixed(0)} letters/s`,
      met: text >= TEXT_TARGET_LETTERS_PER_S,
    },
  ];
  const pool = rates[METHOD.pool]?.median ?? NaN;
  for (const name of [METHOD.pdftotext2, METHOD.pdftotext1]) {
    const theirs = rates[name]?.median;
    if (theirs === undefined) continue;
    targets.push({
      name: `PDF read+extract+parse vs ${name}`,
      goal: '≥ 1.00× pdftotext',
      value: `${(pool / theirs).toFixed(2)}× (${pool.toFixed(1)} vs ${theirs.toFixed(1)} letters/s)`,
      met: pool >= theirs,
    });
  }
  return targets;
}

export function renderParseTable(result: ParseBenchResult): string {
  const rows = [['method', 'letters/s median (min–max)']];
  for (const [name, s] of Object.entries(result.rates)) rows.push([name, formatSpread(s)]);
  const lines = [
    padTable(rows),
    `text rounds parse ${result.textLettersPerRound} letters (${result.corpus.parsed} corpus letters repeated); ` +
      `pool: ${result.poolThreads} worker threads; ${result.corpus.failed.length} of ${result.corpus.pdfs} PDFs did not parse`,
    ...result.targets.map(
      (t) => `target ${t.name}: ${t.goal}: ${t.value}: ${t.met ? 'met' : 'MISSED'}`,
    ),
  ];
  return lines.join('\n');
}

/** The corpus text, extracted once with the project's own PDF path; failures are listed. */
async function extractAll(files: readonly string[]) {
  const letters: Letter[] = [];
  const failed: { file: string; code: string }[] = [];
  for (const file of files) {
    const data = await readFile(file);
    const hash = sha256(data);
    try {
      const text = await extractPdfText(data);
      parseLetterText(text, { file: basename(file), sha256: hash, format: 'pdf' });
      letters.push({ file: basename(file), hash, text });
    } catch (error) {
      failed.push({ file: basename(file), code: (error as { code?: string }).code ?? 'ERROR' });
    }
  }
  return { letters, failed };
}

/**
 * Each pass over the corpus starts with empty parser memos: the same letters read again would
 * otherwise be answered from what the previous pass remembered. A pass still profits from the
 * paragraphs its own letters repeat, as a stream of distinct letters does (more so in a year's
 * letters than in 133).
 */
function parseTexts(letters: readonly Letter[], repeat: number): number {
  let decisions = 0;
  for (let r = 0; r < repeat; r++) {
    clearParseMemos();
    for (const letter of letters) {
      const parsed = parseLetterText(letter.text, {
        file: letter.file,
        sha256: letter.hash,
        format: 'pdf',
      });
      decisions += parsed.decisions.length; // keeps the result alive
    }
  }
  if (decisions === 0) throw new Error('parsed no decisions');
  return letters.length * repeat;
}

/** Every file counts: a letter that fails is read and tried all the same. */
async function parseOnPool(pool: LetterPool, files: readonly string[]): Promise<number> {
  let decisions = 0;
  for await (const { result } of pool.parseAll(files)) {
    if (!isFailure(result)) decisions += result.decisions.length;
  }
  if (decisions === 0) throw new Error('the pool parsed no decisions');
  return files.length;
}

async function main(): Promise<void> {
  await runParseBench(parseBenchArgs(process.argv.slice(2)));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
