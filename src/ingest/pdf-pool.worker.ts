/**
 * Worker side of the PDF text pool: `{ id, data, timeoutMs }` in, `{ id, text }` or
 * `{ id, error: { code, message } }` out. pdf.js is loaded as soon as the thread starts.
 */
import { parentPort } from 'node:worker_threads';
import { LetterError } from '../../loaders/determination';
import { extractPdfText } from '../../loaders/read/pdf-text';
import { loadPdfJs } from '../../loaders/read/pdfjs-runtime';

export interface PdfJobMessage {
  id: number;
  data: Uint8Array;
  timeoutMs: number;
}

export type PdfReplyMessage =
  | { id: number; text: string }
  | { id: number; error: { code: LetterError['code']; message: string } };

const port = parentPort;
if (port) {
  // Warm up while the pool queues work; a failure here shows again on the first job.
  loadPdfJs().catch(() => undefined);
  port.on('message', (job: PdfJobMessage) => {
    extractPdfText(job.data, { timeoutMs: job.timeoutMs }).then(
      (text) => port.postMessage({ id: job.id, text } satisfies PdfReplyMessage),
      (error: unknown) =>
        port.postMessage({ id: job.id, error: describe(error) } satisfies PdfReplyMessage),
    );
  });
}

function describe(error: unknown): { code: LetterError['code']; message: string } {
  if (error instanceof LetterError) return { code: error.code, message: error.message };
  const { name, message } = (error ?? {}) as { name?: string; message?: string };
  return {
    code: 'UNREADABLE',
    message: `PDF text extraction failed: ${name ?? 'Error'}: ${message ?? error}`,
  };
}
