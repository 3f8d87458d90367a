import { parentPort } from 'node:worker_threads';
import { parseLetterFile } from '../../loaders/read/read-letter';

/** Worker side of the parse pool: a path in, a Determination or ParseFailure out. */
parentPort?.on('message', (message: { id: number; path: string }) => {
  parseLetterFile(message.path).then(
    (result) => parentPort?.postMessage({ id: message.id, result }),
    (error: unknown) =>
      parentPort?.postMessage({
        id: message.id,
        crash: error instanceof Error ? error.name : 'error',
      }),
  );
});
