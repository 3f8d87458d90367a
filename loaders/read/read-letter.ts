import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { LetterError, type Determination, type ParseFailure } from '../determination';
import { cleanedLetterText, parseLetterText } from '../parse/parse-letter';
import { extractPdfText, type PdfTextOptions } from './pdf-text';

/** Letters are a few hundred KB at most; anything this large is refused before it is read. */
export const MAX_LETTER_BYTES = 20 * 1024 * 1024;

export interface LetterBytes {
  file: string;
  data: Uint8Array;
}

/**
 * Opening a FIFO for reading waits for a writer, forever if none comes; O_NONBLOCK makes that
 * open return at once (and changes nothing for a regular file), so the check below refuses it.
 */
const OPEN_WITHOUT_WAITING = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Reads a file's bytes, refusing oversized, unreadable and special files (FIFOs, sockets,
 * devices) with a coded error; a special file is never read.
 */
export async function readLetterBytes(
  path: string,
  maxBytes = MAX_LETTER_BYTES,
): Promise<LetterBytes> {
  let handle;
  try {
    handle = await open(path, OPEN_WITHOUT_WAITING);
  } catch (error) {
    throw new LetterError(
      'UNREADABLE',
      `cannot open: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
    );
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new LetterError('UNREADABLE', 'not a regular file');
    if (stat.size > maxBytes) {
      throw new LetterError(
        'TOO_LARGE',
        `${(stat.size / 1048576).toFixed(1)} MB is over the ${maxBytes / 1048576} MB limit for a letter`,
      );
    }
    const data = new Uint8Array(stat.size);
    await handle.read(data, 0, stat.size, 0);
    return { file: path, data };
  } finally {
    await handle.close();
  }
}

export function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export function isPdf(data: Uint8Array): boolean {
  return data.length >= 5 && Buffer.from(data.subarray(0, 1024)).includes('%PDF-');
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Text letters must be UTF-8 (or ASCII) and look like text, not binary. */
export function decodeText(data: Uint8Array): string {
  if (data.length === 0) throw new LetterError('UNREADABLE', 'empty file');
  let text: string;
  try {
    text = utf8.decode(data);
  } catch {
    throw new LetterError('UNREADABLE', 'neither a PDF nor valid UTF-8 text');
  }
  const sample = text.slice(0, 4096);
  // eslint-disable-next-line no-control-regex
  const control = sample.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  if (control > sample.length / 100)
    throw new LetterError('UNREADABLE', 'binary data, not a PDF or text letter');
  if (text.trim() === '') throw new LetterError('UNREADABLE', 'the file holds only white space');
  return text;
}

/** The letter's text, from PDF or plain text. */
export async function letterText(
  data: Uint8Array,
  options: PdfTextOptions = {},
): Promise<{ text: string; format: 'pdf' | 'text' }> {
  if (isPdf(data)) return { text: await extractPdfText(data, options), format: 'pdf' };
  return { text: decodeText(data), format: 'text' };
}

/** Parses bytes already in memory; errors come back as values, not exceptions. */
export async function parseLetterBytes(
  letter: LetterBytes,
  options: PdfTextOptions = {},
): Promise<Determination | ParseFailure> {
  const file = basename(letter.file);
  const hash = sha256(letter.data);
  try {
    const { text, format } = await letterText(letter.data, options);
    return parseLetterText(text, { file, sha256: hash, format });
  } catch (error) {
    return toFailure(file, error, hash);
  }
}

/** Reads and parses one file; never throws for a bad letter. */
export async function parseLetterFile(
  path: string,
  options: PdfTextOptions = {},
): Promise<Determination | ParseFailure> {
  try {
    return await parseLetterBytes(await readLetterBytes(path), options);
  } catch (error) {
    return toFailure(basename(path), error);
  }
}

/** A Determination with the cleaned text its spans count in (`parse --with-text`). */
export type DeterminationWithText = Determination & { text: string };

/** Like parseLetterFile, and the result carries the cleaned text the letter was parsed from. */
export async function parseLetterFileWithText(
  path: string,
  options: PdfTextOptions = {},
): Promise<DeterminationWithText | ParseFailure> {
  const file = basename(path);
  let hash: string | undefined;
  try {
    const letter = await readLetterBytes(path);
    hash = sha256(letter.data);
    const { text, format } = await letterText(letter.data, options);
    const determination = parseLetterText(text, { file, sha256: hash, format });
    return { ...determination, text: cleanedLetterText(text) };
  } catch (error) {
    return toFailure(file, error, hash);
  }
}

export function toFailure(file: string, error: unknown, hash?: string): ParseFailure {
  if (error instanceof LetterError) {
    return {
      source: { file, ...(hash ? { sha256: hash } : {}) },
      error: { code: error.code, message: `${file}: ${error.message}` },
    };
  }
  // Anything else is a fault of ours or of the PDF library; the letter's text stays out of it.
  const kind = error instanceof Error ? error.name : typeof error;
  return {
    source: { file, ...(hash ? { sha256: hash } : {}) },
    error: { code: 'UNREADABLE', message: `${file}: could not be read (${kind})` },
  };
}

export function isFailure(result: Determination | ParseFailure): result is ParseFailure {
  return 'error' in result;
}
