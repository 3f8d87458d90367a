/**
 * The whole-request deadline. Past it the client is answered 504 REQUEST_TIMEOUT at once (as a
 * gateway answers when what stands behind it does not: here Neo4j), and the request's signal
 * aborts, so its database work stops waiting and its sessions close, even when Neo4j answers
 * nothing at all (frozen, or a network that drops packets).
 */
export class RequestTimeoutError extends Error {
  override name = 'RequestTimeoutError';
  constructor(readonly timeoutMs: number) {
    super(
      `The request ran past its ${timeoutMs / 1000} s time limit and was stopped; ask for less (fewer fields, a smaller first or limit, narrower filters) or try again later.`,
    );
  }
}

export const REQUEST_TIMEOUT_CODE = 'REQUEST_TIMEOUT';
export const REQUEST_TIMEOUT_STATUS = 504;

/**
 * Runs `work` with a signal that aborts after `timeoutMs`; rejects with RequestTimeoutError
 * then, without waiting for `work` (whose late result or failure is dropped).
 */
export async function withDeadline<T>(
  timeoutMs: number,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const reason = new RequestTimeoutError(timeoutMs);
      controller.abort(reason);
      reject(reason);
    }, timeoutMs);
  });
  const running = work(controller.signal);
  running.catch(() => undefined);
  try {
    return await Promise.race([running, expired]);
  } finally {
    clearTimeout(timer);
  }
}
