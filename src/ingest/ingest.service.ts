import { createHash } from 'node:crypto';
import { LetterError, parseLetterText, type Determination } from '../../loaders';
import { withConflictRetries } from '../graph/conflict-retry';
import { deleteCasesInTransaction } from '../graph/write/delete-cases';
import { writeDeterminations } from './write-batch';
import type { Neo4jGateway } from '../graph/neo4j-gateway';

/** Letters arrive as text; a letter of a few pages is tens of kilobytes. */
export const MAX_INGEST_CHARS = 2_000_000;
const MAX_FILE_NAME = 255;
const DEFAULT_FILE_NAME = 'graphql-ingest.txt';

/** A letter text refused before anything was written; `parseCode` is the parser's code. */
export class IngestRefusedError extends Error {
  override name = 'IngestRefusedError';
  constructor(
    message: string,
    readonly parseCode: string,
  ) {
    super(message);
  }
}

/**
 * Parses one letter's text and writes it as the loader does (same keys, same replacement of a
 * changed letter, unchanged when the text is the same). Returns the case's key. A letter the
 * parser refuses is an IngestRefusedError with the parser's code.
 */
export async function ingestLetterText(
  gateway: Neo4jGateway,
  text: string,
  fileName: string | null | undefined,
): Promise<string> {
  if (text.length > MAX_INGEST_CHARS) {
    throw new IngestRefusedError(
      `the letter text is over ${MAX_INGEST_CHARS} characters`,
      'TOO_LARGE',
    );
  }
  const file = (fileName ?? '').trim().slice(0, MAX_FILE_NAME) || DEFAULT_FILE_NAME;
  const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
  let determination: Determination;
  try {
    determination = parseLetterText(text, { file, sha256, format: 'text' });
  } catch (error) {
    if (error instanceof LetterError) {
      throw new IngestRefusedError(
        `not a readable determination letter: ${error.message}`,
        error.code,
      );
    }
    throw error;
  }
  const outcome = await writeDeterminations(gateway, [determination]);
  const [key] = [...outcome.loaded, ...outcome.replaced, ...outcome.unchanged];
  return key;
}

/**
 * Deletes cases with their decisions and edges, then the shared nodes left unused; one
 * transaction, retried whole when a concurrent writer got in its way. Returns how many cases
 * existed.
 */
export async function deleteCases(gateway: Neo4jGateway, keys: readonly string[]): Promise<number> {
  if (keys.length === 0) return 0;
  return withConflictRetries(() =>
    gateway.writeTransaction((run) => deleteCasesInTransaction(run, keys)),
  );
}
