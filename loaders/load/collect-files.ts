import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

const LETTER_EXTENSIONS = new Set(['.pdf', '.txt']);

/**
 * Files to load: named files as given (any extension), folders walked recursively for .pdf
 * and .txt, in a stable sorted order so that reruns and progress are reproducible.
 */
export async function* collectLetterFiles(paths: readonly string[]): AsyncGenerator<string> {
  for (const path of paths) {
    const info = await stat(path);
    if (info.isDirectory()) yield* walk(path);
    else yield path;
  }
}

async function* walk(dir: string): AsyncGenerator<string> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile() && LETTER_EXTENSIONS.has(extname(entry.name).toLowerCase())) yield full;
  }
}
