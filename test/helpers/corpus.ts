/**
 * Where the tests find the real letters. They stay in ../shared (never copied into the repo):
 * the five seed texts and the DWC corpus of PDFs. Environment variables point elsewhere.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** `IMR_SEEDS_DIR`, else ../shared/seeds next to the repository. */
export function seedsDir(): string {
  return process.env.IMR_SEEDS_DIR ?? resolve(__dirname, '../../../shared/seeds');
}

/** `IMR_CORPUS_DIR`, else ../shared/corpus next to the repository. */
export function corpusDir(): string {
  return process.env.IMR_CORPUS_DIR ?? resolve(__dirname, '../../../shared/corpus');
}

export function isDirectory(dir: string): boolean {
  return existsSync(dir) && statSync(dir).isDirectory();
}

/** Files under `dir` (recursively) whose names end in `ext`, sorted by path. */
export function filesUnder(dir: string, ext: string): string[] {
  if (!isDirectory(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path, ext));
    else if (entry.isFile() && entry.name.toLowerCase().endsWith(ext)) out.push(path);
  }
  return out.sort();
}

/** The seed letters (`*.txt`), or [] when the folder is absent. */
export function seedFiles(): string[] {
  return filesUnder(seedsDir(), '.txt');
}

/** The corpus letters (`*.pdf`), or [] when the folder is absent. */
export function corpusPdfs(): string[] {
  return filesUnder(corpusDir(), '.pdf');
}
