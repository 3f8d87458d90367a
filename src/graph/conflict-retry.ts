/**
 * Errors that a concurrent writer causes and a fresh attempt of the whole transaction
 * resolves: two writers creating the same new case (the second fails the Case key or Decision
 * id uniqueness and on retry finds the case), a node another transaction deleted while this
 * one waited for its lock (EntityNotFound), or a shared node deleted as unused between this
 * batch's look-up and its write (SharedNodeMissingError). The driver's executeWrite already
 * retries transient errors (deadlocks) within one attempt; those that outlast it are retried
 * here too. Not retried: any other constraint violation (a real fault, the same every time),
 * and LockClientStopped (the transaction's timeout or an operator's TERMINATE: both meant to
 * stop it).
 */
const CONFLICT_CODES = new Set([
  'Neo.ClientError.Statement.EntityNotFound',
  'Neo.TransientError.Transaction.DeadlockDetected',
  'Neo.TransientError.Transaction.Outdated',
]);
const CONSTRAINT_FAILED = 'Neo.ClientError.Schema.ConstraintValidationFailed';
/**
 * Neo4j 5 names the clashing key in each of its uniqueness messages ("Node(5) already exists
 * with label `Case` and property `caseNumber` = '...'", "A Node already exists with ...",
 * "Both another Node and Node(7) have the label `Case` and property ..."). Only the keys of a
 * concurrently created case qualify.
 */
const CONCURRENT_KEY_CLASH =
  /label `(?:Case` and property `caseNumber|Decision` and property `id)` = /;
const MAX_ATTEMPTS = 8;

export class SharedNodeMissingError extends Error {
  override name = 'SharedNodeMissingError';
}

/**
 * Runs `work` again (up to 8 attempts in all, after a short random pause) while it fails with
 * an error `retryable` accepts: by default a conflict with a concurrent writer (isConflict).
 */
export async function withConflictRetries<T>(
  work: () => Promise<T>,
  retryable: (error: unknown) => boolean = isConflict,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS || !retryable(error)) throw error;
      // A short random pause so that two writers that collided do not collide again.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 50 * attempt));
    }
  }
}

export function isConflict(error: unknown): boolean {
  if (error instanceof SharedNodeMissingError) return true;
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code !== 'string') return false;
  if (code === CONSTRAINT_FAILED)
    return typeof message === 'string' && CONCURRENT_KEY_CLASH.test(message);
  return CONFLICT_CODES.has(code);
}
