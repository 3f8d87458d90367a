/**
 * Text parsing, this build against another, in one process: CPU time (process.cpuUsage), the
 * two taking turns pass by pass, so that a busy shared machine slows both alike. Each pass
 * empties the parser memos and parses the corpus letters' text repeated to about 2,000
 * letters, as bench:parse does. With --dump, each build's parse output for the corpus, the
 * seeds and synthetic letters is written as JSON lines, one letter a line, for a byte-for-byte
 * diff.
 *
 *   npm run build && node dist/bench/parse-ab.js --other DIR/dist [--passes 10] [--dump OUT]
 *
 * DIR/dist is another checkout's build (`git worktree add DIR main && cd DIR && npm run build`,
 * or a copy of dist/ beside a node_modules). Prints letters per CPU-second, median (min-max)
 * of each, this/other, and the load average.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import type { Determination } from '../loaders/determination';
import type { LetterSource } from '../loaders/parse/parse-letter';
import { sha256 } from '../loaders/read/read-letter';
import { extractPdfText } from '../loaders/read/pdf-text';
import { packageRoot } from '../src/package-root';
import { generateLetter } from '../tools/synthetic/generate-letter';
import { createRng, letterSeed } from '../tools/synthetic/rng';

interface Parser {
  parseLetterText(text: string, source: LetterSource): Determination;
  clearParseMemos(): void;
}

interface Letter {
  text: string;
  source: LetterSource;
}

const LETTERS_PER_PASS = 2_000;

function loadParser(dist: string): Parser {
  const load = createRequire(path.join(path.resolve(dist), 'bench'));
  const { parseLetterText } = load(path.resolve(dist, 'loaders/parse/parse-letter')) as Parser;
  const { clearParseMemos } = load(path.resolve(dist, 'loaders/text/memo')) as Parser;
  return { parseLetterText, clearParseMemos };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)],
    )
    .sort();
}

async function readLetters(dir: string, format: 'pdf' | 'text'): Promise<Letter[]> {
  const letters: Letter[] = [];
  for (const file of filesUnder(dir)) {
    if (!file.endsWith(format === 'pdf' ? '.pdf' : '.txt')) continue;
    const data = readFileSync(file);
    const text = format === 'pdf' ? await extractPdfText(data) : data.toString('utf8');
    letters.push({ text, source: { file: path.basename(file), sha256: sha256(data), format } });
  }
  return letters;
}

function syntheticLetters(count: number, seed: number): Letter[] {
  return Array.from({ length: count }, (_, index) => {
    const letter = generateLetter(createRng(letterSeed(seed, index)), index);
    const source: LetterSource = { file: letter.fileName, sha256: 'synthetic', format: 'text' };
    return { text: letter.text, source };
  });
}

/** Each letter's parse as JSON, or its error code: memos emptied first. */
function dump(parser: Parser, letters: readonly Letter[]): string {
  parser.clearParseMemos();
  const lines = letters.map((letter) => {
    try {
      return JSON.stringify(parser.parseLetterText(letter.text, letter.source));
    } catch (error) {
      return `ERROR ${(error as { code?: string }).code ?? 'ERROR'}`;
    }
  });
  return lines.join('\n') + '\n';
}

/** Letters per CPU-second of one pass. */
function pass(parser: Parser, letters: readonly Letter[], repeat: number): number {
  const before = process.cpuUsage();
  let decisions = 0;
  for (let r = 0; r < repeat; r++) {
    parser.clearParseMemos();
    for (const letter of letters)
      decisions += parser.parseLetterText(letter.text, letter.source).decisions.length;
  }
  const used = process.cpuUsage(before);
  if (decisions === 0) throw new Error('parsed no decisions');
  return (letters.length * repeat) / ((used.user + used.system) / 1e6);
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];
const figure = (values: readonly number[]) =>
  `${median(values).toFixed(0)} (${Math.min(...values).toFixed(0)}-${Math.max(...values).toFixed(0)})`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      other: { type: 'string' },
      passes: { type: 'string', default: '10' },
      dump: { type: 'string' },
      synthetic: { type: 'string', default: '2000' },
    },
    strict: true,
  });
  if (values.other === undefined) throw new Error('--other DIR/dist is required');
  const passes = Number(values.passes);
  if (!Number.isInteger(passes) || passes < 1) throw new Error('--passes must be a whole number');
  const root = packageRoot();
  const builds = {
    this: loadParser(path.join(root, 'dist')),
    other: loadParser(values.other),
  };
  const corpus = await readLetters(path.join(root, 'data/letters'), 'pdf');
  if (values.dump !== undefined) {
    const letters = [
      ...corpus,
      ...(await readLetters(path.join(root, 'data/letters'), 'text')),
      ...(await readLetters(path.join(root, '../shared/seeds'), 'text')),
      ...syntheticLetters(Number(values.synthetic), 7),
    ];
    for (const [name, parser] of Object.entries(builds))
      writeFileSync(`${values.dump}.${name}.jsonl`, dump(parser, letters));
    console.log(`wrote ${values.dump}.{this,other}.jsonl: ${letters.length} letters each`);
  }
  const repeat = Math.ceil(LETTERS_PER_PASS / corpus.length);
  const rates: Record<keyof typeof builds, number[]> = { this: [], other: [] };
  // Two passes each warm the JIT (a parser runs at full speed after about 2,000 letters).
  for (let warm = 0; warm < 2; warm++)
    for (const parser of Object.values(builds)) pass(parser, corpus, repeat);
  for (let i = 0; i < passes; i++) {
    const order = i % 2 === 0 ? (['this', 'other'] as const) : (['other', 'this'] as const);
    for (const name of order) rates[name].push(pass(builds[name], corpus, repeat));
  }
  console.log(`${corpus.length} corpus letters x ${repeat} per pass, ${passes} passes each`);
  console.log(`this:  ${figure(rates.this)} letters per CPU-second`);
  console.log(`other: ${figure(rates.other)} letters per CPU-second`);
  console.log(`this/other: ${(median(rates.this) / median(rates.other)).toFixed(3)}`);
  console.log(
    `load average: ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
