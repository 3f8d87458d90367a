/**
 * Which files a load reads, on a real file system: every path that cannot be read is reported
 * with its code and the walk goes on; FIFOs are refused without being opened; links to files
 * and folders are followed, each real file once, and a link back up is reported as a loop.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectLetterFiles, type PathFailure } from '../../loaders/read/collect-files';
import { isFailure, parseLetterFile } from '../../loaders/read/read-letter';
import { asUnprivileged } from '../helpers/unprivileged';

let root: string;
const at = (...parts: string[]) => join(root, ...parts);

async function collect(paths: string[]) {
  const files: string[] = [];
  const failures: PathFailure[] = [];
  for await (const file of collectLetterFiles(paths, (failure) => failures.push(failure)))
    files.push(file);
  return { files, failures };
}

function mkfifo(path: string): void {
  execFileSync('mkfifo', [path]);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'imr-collect-'));
  chmodSync(root, 0o755);
  mkdirSync(at('letters'));
  writeFileSync(at('letters', 'a.txt'), 'a');
  writeFileSync(at('letters', 'b.pdf'), 'b');
  writeFileSync(at('letters', 'notes.md'), 'not a letter');
});

afterEach(() => {
  chmodSync(root, 0o755);
  rmSync(root, { recursive: true, force: true });
});

test('a FIFO given as a path is refused at once, and the other paths are read', async () => {
  mkfifo(at('pipe.txt'));
  const { files, failures } = await collect([at('pipe.txt'), at('letters')]);
  expect(files).toEqual([at('letters', 'a.txt'), at('letters', 'b.pdf')]);
  expect(failures).toEqual([
    { file: at('pipe.txt'), code: 'NOT_A_FILE', message: expect.stringMatching(/FIFO/) },
  ]);
});

test('a FIFO inside a folder is reported, not skipped silently nor opened', async () => {
  mkfifo(at('letters', 'c.txt'));
  const { files, failures } = await collect([at('letters')]);
  expect(files).toEqual([at('letters', 'a.txt'), at('letters', 'b.pdf')]);
  expect(failures.map((f) => [f.file, f.code])).toEqual([[at('letters', 'c.txt'), 'NOT_A_FILE']]);
});

test('reading a FIFO as a letter fails at once instead of waiting for a writer', async () => {
  mkfifo(at('pipe.txt'));
  const result = await parseLetterFile(at('pipe.txt'));
  expect(isFailure(result) && result.error).toEqual({
    code: 'UNREADABLE',
    message: expect.stringMatching(/not a regular file/),
  });
});

test('a nonexistent path among good ones is reported and the good ones are read', async () => {
  writeFileSync(at('single.txt'), 's');
  const { files, failures } = await collect([at('missing'), at('letters'), at('single.txt')]);
  expect(files).toEqual([at('letters', 'a.txt'), at('letters', 'b.pdf'), at('single.txt')]);
  expect(failures).toEqual([
    { file: at('missing'), code: 'NOT_FOUND', message: expect.stringContaining('ENOENT') },
  ]);
});

test('an unreadable subfolder is reported and the rest of the folder is read', async () => {
  mkdirSync(at('letters', 'locked'));
  writeFileSync(at('letters', 'locked', 'hidden.txt'), 'h');
  mkdirSync(at('letters', 'open'));
  writeFileSync(at('letters', 'open', 'c.txt'), 'c');
  chmodSync(at('letters', 'locked'), 0o000);
  const { files, failures } = await asUnprivileged(() => collect([at('letters')]));
  expect(files).toEqual([
    at('letters', 'a.txt'),
    at('letters', 'b.pdf'),
    at('letters', 'open', 'c.txt'),
  ]);
  expect(failures).toEqual([
    {
      file: at('letters', 'locked'),
      code: 'UNREADABLE',
      message: expect.stringContaining('EACCES'),
    },
  ]);
});

test('a link to a file outside the folder is followed', async () => {
  writeFileSync(at('elsewhere.txt'), 'e');
  symlinkSync(at('elsewhere.txt'), at('letters', 'linked.txt'));
  const { files, failures } = await collect([at('letters')]);
  expect(files).toEqual([
    at('letters', 'a.txt'),
    at('letters', 'b.pdf'),
    at('letters', 'linked.txt'),
  ]);
  expect(failures).toEqual([]);
});

test('a link to a folder is followed, and a folder reached twice is walked once', async () => {
  mkdirSync(at('more'));
  writeFileSync(at('more', 'm.txt'), 'm');
  symlinkSync(at('more'), at('letters', 'more-link'));
  symlinkSync(at('more'), at('letters', 'same-again'));
  const { files, failures } = await collect([at('letters')]);
  expect(files).toEqual([
    at('letters', 'a.txt'),
    at('letters', 'b.pdf'),
    at('letters', 'more-link', 'm.txt'),
  ]);
  expect(failures).toEqual([]);
});

test('a link back to a folder above is reported as a loop and followed no further', async () => {
  mkdirSync(at('letters', 'sub'));
  writeFileSync(at('letters', 'sub', 's.txt'), 's');
  symlinkSync(at('letters'), at('letters', 'sub', 'up'));
  symlinkSync(at('letters', 'self.txt'), at('letters', 'self.txt'));
  const { files, failures } = await collect([at('letters')]);
  expect(files).toEqual([
    at('letters', 'a.txt'),
    at('letters', 'b.pdf'),
    at('letters', 'sub', 's.txt'),
  ]);
  expect(failures.map((f) => [f.file, f.code])).toEqual([
    [at('letters', 'self.txt'), 'SYMLINK_LOOP'],
    [at('letters', 'sub', 'up'), 'SYMLINK_LOOP'],
  ]);
});

test('without a callback the first unreadable path is thrown, as callers of old expect', async () => {
  await expect(collect0([at('missing')])).rejects.toThrow(/ENOENT/);
});

async function collect0(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for await (const file of collectLetterFiles(paths)) files.push(file);
  return files;
}
