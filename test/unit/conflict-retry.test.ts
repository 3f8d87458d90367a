/**
 * Which errors a writer retries (src/graph/conflict-retry.ts): the clashes a concurrent writer
 * causes, never a real constraint violation or a transaction stopped on purpose. The errors
 * are shaped like neo4j-driver's Neo4jError (`code`, `message`).
 */
import { Neo4jError } from 'neo4j-driver';
import {
  isConflict,
  SharedNodeMissingError,
  withConflictRetries,
} from '../../src/graph/conflict-retry';

const CONSTRAINT = 'Neo.ClientError.Schema.ConstraintValidationFailed';
const neo4jError = (code: string, message: string) => new Neo4jError(message, code, '', '');

describe('isConflict', () => {
  test.each([
    [
      CONSTRAINT,
      "Node(12) already exists with label `Case` and property `caseNumber` = 'CM24-0001'",
    ],
    [CONSTRAINT, "Node(40) already exists with label `Decision` and property `id` = 'CM24-0001#1'"],
    [CONSTRAINT, "A Node already exists with label `Case` and property `caseNumber` = 'CM24-0001'"],
    [
      CONSTRAINT,
      "Both another Node and Node(7) have the label `Decision` and property `id` = 'CM24-0001#2'",
    ],
    ['Neo.ClientError.Statement.EntityNotFound', 'Unable to load NODE with id 7.'],
    ['Neo.TransientError.Transaction.DeadlockDetected', 'ForsetiClient[1] can not acquire ...'],
    ['Neo.TransientError.Transaction.Outdated', 'Database elements were modified'],
  ])('retries %s: %s', (code, message) => {
    expect(isConflict(neo4jError(code, message))).toBe(true);
  });

  test.each([
    // Real violations: another attempt fails the same way.
    [CONSTRAINT, "Node(3) already exists with label `Service` and property `name` = 'MRI'"],
    [CONSTRAINT, "Node(3) already exists with label `Case` and property `sha256` = 'abc'"],
    [CONSTRAINT, 'Node(3) with label `Case` must have the property `caseNumber`'],
    [CONSTRAINT, ''],
    // A timeout or an operator's TERMINATE: meant to stop the transaction.
    ['Neo.TransientError.Transaction.LockClientStopped', 'The transaction has been terminated.'],
    ['Neo.ClientError.Transaction.TransactionTimedOut', 'The transaction has timed out.'],
    ['Neo.ClientError.Statement.SyntaxError', 'Invalid input'],
  ])('does not retry %s: %s', (code, message) => {
    expect(isConflict(neo4jError(code, message))).toBe(false);
  });

  test('a shared node deleted under the writer is a conflict; plain errors are not', () => {
    expect(isConflict(new SharedNodeMissingError('1 shared nodes vanished'))).toBe(true);
    expect(isConflict(new Error('boom'))).toBe(false);
    expect(isConflict(undefined)).toBe(false);
    expect(isConflict({ code: CONSTRAINT })).toBe(false);
  });
});

describe('withConflictRetries', () => {
  test('runs the work again after a conflict, and only once after a real violation', async () => {
    let calls = 0;
    const clash = neo4jError(
      CONSTRAINT,
      "Node(1) already exists with label `Case` and property `caseNumber` = 'X'",
    );
    await expect(
      withConflictRetries(async () => {
        calls++;
        if (calls === 1) throw clash;
        return 'done';
      }),
    ).resolves.toBe('done');
    expect(calls).toBe(2);

    calls = 0;
    const real = neo4jError(
      CONSTRAINT,
      "Node(1) already exists with label `Service` and property `name` = 'X'",
    );
    await expect(
      withConflictRetries(async () => {
        calls++;
        throw real;
      }),
    ).rejects.toBe(real);
    expect(calls).toBe(1);
  });
});
