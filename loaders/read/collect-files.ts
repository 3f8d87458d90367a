import { readdir, realpath, stat } from 'node:fs/promises';
import type { Dirent, Stats } from 'node:fs';
import { extname, join } from 'node:path';

const LETTER_EXTENSIONS = new Set(['.pdf', '.txt']);

/** Why a path given or found could not be read; the load goes on without it. */
export type PathErrorCode = 'NOT_FOUND' | 'UNREADABLE' | 'NOT_A_FILE' | 'SYMLINK_LOOP';

export interface PathFailure {
  file: string;
  code: PathErrorCode;
  message: string;
}

/** Called once for each path that is skipped because it cannot be read. */
export type OnUnreadablePath = (failure: PathFailure) => void;

/**
 * Files to load: named files as given (any extension), folders walked recursively for .pdf
 * and .txt, in a stable sorted order so that reruns and progress are reproducible.
 *
 * Symbolic links to files and folders are followed. Every folder is walked once, known by its
 * device and inode, so a link back to a folder above it is reported as a loop and a folder
 * linked twice is walked once (folders only: a set of every file would grow with the corpus,
 * and a letter read twice is only found unchanged). A path that cannot be read (missing, no permission,
 * a loop, a FIFO, socket or device, which a blocking read could wait on forever) goes to
 * `onUnreadable` and the walk goes on; without that callback it is thrown.
 */
export async function* collectLetterFiles(
  paths: readonly string[],
  onUnreadable: OnUnreadablePath = throwPathFailure,
): AsyncGenerator<string> {
  const seen = new Set<string>();
  for (const path of paths) {
    const info = await statOrReport(path, onUnreadable);
    if (info === null) continue;
    if (info.isDirectory()) yield* walk(path, info, [], seen, onUnreadable);
    else if (info.isFile()) yield path;
    else onUnreadable(specialFile(path, info));
  }
}

async function* walk(
  dir: string,
  info: Stats,
  ancestors: readonly string[],
  seen: Set<string>,
  onUnreadable: OnUnreadablePath,
): AsyncGenerator<string> {
  const id = identity(info);
  if (ancestors.includes(id)) {
    onUnreadable({
      file: dir,
      code: 'SYMLINK_LOOP',
      message: `${dir}: a link back to ${await realpathOf(dir)}, a folder above it; not followed again`,
    });
    return;
  }
  // A folder reached again by another link: its letters are already listed.
  if (!firstVisit(seen, info)) return;
  let entries: Dirent[];
  try {
    entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
      a.name.localeCompare(b.name),
    );
  } catch (error) {
    onUnreadable(failureOf(dir, error));
    return;
  }
  const inside = [...ancestors, id];
  for (const dirent of entries) {
    const { name } = dirent;
    const full = join(dir, name);
    const isLetter = LETTER_EXTENSIONS.has(extname(name).toLowerCase());
    // Other files are not looked at; links are followed (stat) to see what they point at.
    if (!isLetter && !dirent.isDirectory() && !dirent.isSymbolicLink()) continue;
    const entry = await statOrReport(full, onUnreadable);
    if (entry === null) continue;
    if (entry.isDirectory()) yield* walk(full, entry, inside, seen, onUnreadable);
    else if (!isLetter) continue;
    else if (entry.isFile()) yield full;
    else onUnreadable(specialFile(full, entry));
  }
}

async function statOrReport(path: string, onUnreadable: OnUnreadablePath): Promise<Stats | null> {
  try {
    return await stat(path);
  } catch (error) {
    onUnreadable(failureOf(path, error));
    return null;
  }
}

function identity(info: Stats): string {
  return `${info.dev}:${info.ino}`;
}

function firstVisit(seen: Set<string>, info: Stats): boolean {
  const id = identity(info);
  if (seen.has(id)) return false;
  seen.add(id);
  return true;
}

async function realpathOf(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return path;
  }
}

function specialFile(path: string, info: Stats): PathFailure {
  const kind = info.isFIFO()
    ? 'a FIFO'
    : info.isSocket()
      ? 'a socket'
      : info.isCharacterDevice() || info.isBlockDevice()
        ? 'a device'
        : 'not a regular file';
  return {
    file: path,
    code: 'NOT_A_FILE',
    message: `${path}: ${kind}, not a letter file; refused without reading`,
  };
}

function failureOf(path: string, error: unknown): PathFailure {
  const errno = (error as NodeJS.ErrnoException).code ?? 'error';
  const code: PathErrorCode =
    errno === 'ENOENT' || errno === 'ENOTDIR'
      ? 'NOT_FOUND'
      : errno === 'ELOOP'
        ? 'SYMLINK_LOOP'
        : 'UNREADABLE';
  const reason: Record<string, string> = {
    ENOENT: 'no such file or folder (or a link to nothing)',
    ENOTDIR: 'a part of the path is not a folder',
    ELOOP: 'symbolic links that point at each other',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
  };
  return {
    file: path,
    code,
    message: `${path}: cannot read (${errno}): ${reason[errno] ?? errno}`,
  };
}

function throwPathFailure(failure: PathFailure): never {
  throw Object.assign(new Error(`${failure.file}: ${failure.message}`), { code: failure.code });
}
