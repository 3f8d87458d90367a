/**
 * Errors that a concurrent writer causes and a fresh attempt of the whole transaction
 * resolves: two writers creating the same new case (the second fails the uniqueness
 * constraint and on retry finds the case), a node another transaction deleted while this one
 * waited for its lock (EntityNotFound), or a shared node deleted as unused between this batch's
 * look-up and its write (SharedNodeMissingError). The driver's executeWrite already retries
 * transient errors (deadlocks) within one attempt; those that outlast it are retried here too.
 */
const CONFLICT_CODES = new Set([
  'Neo.ClientError.Schema.ConstraintValidationFailed',
  'Neo.ClientError.Statement.EntityNotFound',
  'Neo.TransientError.Transaction.DeadlockDetected',
  'Neo.TransientError.Transaction.LockClientStopped',
  'Neo.TransientError.Transaction.Outdated',
]);
const MAX_ATTEMPTS = 8;

export class SharedNodeMissingError extends Error {
  override name = 'SharedNodeMissingError';
}

export async function withConflictRetries<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS || !isConflict(error)) throw error;
      // A short random pause so that two writers that collided do not collide again.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 50 * attempt));
    }
  }
}

export function isConflict(error: unknown): boolean {
  if (error instanceof SharedNodeMissingError) return true;
  return CONFLICT_CODES.has((error as { code?: string }).code ?? '');
}
