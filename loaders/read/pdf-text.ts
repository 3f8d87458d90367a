/**
 * PDF to text for determination letters, with pdf.js running in the calling thread (no
 * worker). For many files at once src/ingest/letter-pool.ts runs this on worker threads.
 */
import { LetterError } from '../determination';
import { layOutLetter } from './letter-layout';
import { loadPdfJs } from './pdfjs-runtime';
import type { TextRun } from './text-layout';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api';

export interface PdfTextOptions {
  /** Give up on a document after this long (it then fails as UNREADABLE). */
  timeoutMs?: number;
}

/** Letters take tens of milliseconds; a document still busy after this is not a letter. */
export const DEFAULT_PDF_TIMEOUT_MS = 15_000;

/**
 * Options for text extraction only: no font faces, no eval'd glyph code, no system fonts or
 * standard font files (the corpus fonts are not embedded; /Widths give the positions), and
 * pdf.js silent (verbosity 0: no warnings on the console). Errors pdf.js can recover from
 * (stopAtErrors false) do not fail a letter whose text is otherwise there.
 */
const DOCUMENT_OPTIONS = {
  verbosity: 0,
  disableFontFace: true,
  useSystemFonts: false,
  isEvalSupported: false,
  isOffscreenCanvasSupported: false,
  isImageDecoderSupported: false,
  enableXfa: false,
  stopAtErrors: false,
} as const;

/** Unicode normalisation stays on (ligatures such as U+FB01 become `fi`); it costs under 1%. */
const TEXT_OPTIONS = { disableNormalization: false, includeMarkedContent: false } as const;

/** Extracts a letter's text (see letter-layout.ts for its shape). Throws LetterError UNREADABLE. */
export async function extractPdfText(
  data: Uint8Array,
  options: PdfTextOptions = {},
): Promise<string> {
  const text = layOutLetter(await readTextRuns(data, options));
  if (text === '') {
    throw new LetterError(
      'UNREADABLE',
      'the PDF has no text layer (a scanned image?); it needs OCR',
    );
  }
  return text;
}

/** The text runs of every page, in page order. */
export async function readTextRuns(
  data: Uint8Array,
  { timeoutMs = DEFAULT_PDF_TIMEOUT_MS }: PdfTextOptions = {},
): Promise<TextRun[][]> {
  if (!hasPdfSignature(data)) {
    throw new LetterError('UNREADABLE', 'not a PDF: no %PDF- signature at the start of the file');
  }
  const pdfjs = await loadPdfJs();
  // A plain Uint8Array copy: pdf.js detaches the buffer it is given and refuses Buffers.
  const task = pdfjs.getDocument({ ...DOCUMENT_OPTIONS, data: new Uint8Array(data) });
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new LetterError('UNREADABLE', `PDF text extraction gave up after ${timeoutMs} ms`));
      task.destroy().catch(() => undefined);
    }, timeoutMs);
  });
  try {
    return await Promise.race([readPages(task.promise), deadline]);
  } catch (error) {
    throw toLetterError(error);
  } finally {
    clearTimeout(timer);
    await task.destroy().catch(() => undefined);
  }
}

async function readPages(opening: Promise<PDFDocumentProxy>): Promise<TextRun[][]> {
  const doc = await opening;
  const pages: TextRun[][] = [];
  for (let number = 1; number <= doc.numPages; number++) {
    const page = await doc.getPage(number);
    const content = await page.getTextContent(TEXT_OPTIONS);
    const runs: TextRun[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str === '') continue;
      const [, , c, d, x, y] = item.transform as number[];
      runs.push({ text: item.str, x, y, width: item.width, fontSize: Math.hypot(c, d) });
    }
    pages.push(runs);
    page.cleanup();
    // pdf.js without a worker runs on promise jobs only: let timers (the deadline) in.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return pages;
}

const PDF_SIGNATURE = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/** PDF readers accept the signature anywhere in the first 1024 bytes. */
export function hasPdfSignature(data: Uint8Array): boolean {
  const end = Math.min(data.length, 1024) - PDF_SIGNATURE.length;
  for (let i = 0; i <= end; i++) {
    if (PDF_SIGNATURE.every((byte, k) => data[i + k] === byte)) return true;
  }
  return false;
}

/** pdf.js errors as UNREADABLE, with a message that says what is wrong with the file. */
function toLetterError(error: unknown): LetterError {
  if (error instanceof LetterError) return error;
  const { name, message } = (error ?? {}) as { name?: string; message?: string };
  switch (name) {
    case 'InvalidPDFException':
      return new LetterError('UNREADABLE', `not a readable PDF (damaged or truncated): ${message}`);
    case 'PasswordException':
      return new LetterError('UNREADABLE', 'the PDF needs a password to open');
    default:
      return new LetterError(
        'UNREADABLE',
        `pdf.js could not read the PDF: ${name ?? 'Error'}: ${message ?? error}`,
      );
  }
}
