/**
 * Writes a synthetic corpus: `count` letters as OUT/0000/SYN-0000001.txt ... (1,000 letters per
 * folder, so a million files never share one directory), and optionally OUT/intended.ndjson with
 * the facts each letter states, one JSON object per line in letter order. Letters are generated
 * and written one at a time, so memory stays flat whatever the count.
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { generateLetter, type LetterOptions } from './generate-letter';
import { createRng, letterSeed } from './rng';

export interface GenerateCorpusOptions extends LetterOptions {
  count: number;
  seed: number;
  outDir: string;
  /** Also write OUT/intended.ndjson: {"file": "0000/SYN-0000001.txt", ...IntendedFacts}. */
  writeIntended?: boolean;
  /** Called after every `progressEvery` letters (default 1,000) and at the end. */
  onProgress?: (done: number, total: number) => void;
  progressEvery?: number;
  /** Letters per folder (default 1,000). */
  lettersPerFolder?: number;
}

export interface GenerateCorpusResult {
  letters: number;
  folders: number;
  /** Bytes of letter text written (intended.ndjson not included). */
  bytes: number;
  intendedFile: string | null;
}

export const LETTERS_PER_FOLDER = 1000;
export const MAX_LETTERS = 9_999_999;
const NDJSON_FLUSH_BYTES = 1 << 20;

/** The folder of letter `index`, relative to the corpus root: 0000, 0001, ... */
export function folderOf(index: number, perFolder = LETTERS_PER_FOLDER): string {
  return String(Math.floor(index / perFolder)).padStart(4, '0');
}

export async function generateCorpus(
  options: GenerateCorpusOptions,
): Promise<GenerateCorpusResult> {
  const { count, seed, outDir } = options;
  if (!Number.isInteger(count) || count < 0 || count > MAX_LETTERS) {
    throw new Error(`count must be an integer from 0 to ${MAX_LETTERS}, got ${count}`);
  }
  if (!Number.isSafeInteger(seed)) throw new Error(`seed must be an integer, got ${seed}`);
  const every = Math.max(1, options.progressEvery ?? 1000);
  const perFolder = Math.max(1, options.lettersPerFolder ?? LETTERS_PER_FOLDER);
  const letterOptions: LetterOptions = { pageBreaks: options.pageBreaks };
  mkdirSync(outDir, { recursive: true });
  const intendedFile = options.writeIntended ? join(outDir, 'intended.ndjson') : null;
  const ndjson = intendedFile ? openSync(intendedFile, 'w') : null;
  let pending = '';
  let bytes = 0;
  let folders = 0;
  let folderPath = '';
  try {
    for (let index = 0; index < count; index++) {
      if (index % perFolder === 0) {
        folderPath = join(outDir, folderOf(index, perFolder));
        mkdirSync(folderPath, { recursive: true });
        folders++;
      }
      const letter = generateLetter(createRng(letterSeed(seed, index)), index, letterOptions);
      writeFileSync(join(folderPath, letter.fileName), letter.text);
      bytes += Buffer.byteLength(letter.text);
      if (ndjson !== null) {
        const file = `${folderOf(index, perFolder)}/${letter.fileName}`;
        pending += JSON.stringify({ file, ...letter.intended }) + '\n';
        if (pending.length >= NDJSON_FLUSH_BYTES) {
          writeSync(ndjson, pending);
          pending = '';
        }
      }
      if ((index + 1) % every === 0) {
        options.onProgress?.(index + 1, count);
        // Let timers and signals run during long corpora.
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    }
    if (ndjson !== null && pending) writeSync(ndjson, pending);
  } finally {
    if (ndjson !== null) closeSync(ndjson);
  }
  if (count % every !== 0 || count === 0) options.onProgress?.(count, count);
  return { letters: count, folders, bytes, intendedFile };
}
