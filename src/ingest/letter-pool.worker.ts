/**
 * Worker side of the letter pool (run by piscina): `{ path, timeoutMs }` in, the letter's
 * Determination or coded ParseFailure out. pdf.js loads as soon as the thread starts.
 */
import type { Determination, ParseFailure } from '../../loaders/determination';
import { parseLetterFile } from '../../loaders/read/read-letter';
import { loadPdfJs } from '../../loaders/read/pdfjs-runtime';

export interface LetterJob {
  path: string;
  /** The PDF deadline, as in extractPdfText. */
  timeoutMs: number;
}

// Warm up while the first letters are queued; a failure here shows again on the first PDF.
loadPdfJs().catch(() => undefined);

export default function parseLetterJob(job: LetterJob): Promise<Determination | ParseFailure> {
  return parseLetterFile(job.path, { timeoutMs: job.timeoutMs });
}
