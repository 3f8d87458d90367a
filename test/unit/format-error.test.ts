/**
 * Error masking, code by code: what a client sees for each kind of failure. Client errors keep
 * their text; database outages and timeouts get advice; anything else says nothing.
 */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DatabaseUnavailableError } from '../../src/graph/neo4j-gateway';
import { IngestRefusedError } from '../../src/ingest/ingest.service';
import { checkedInt, InvalidArgument, NotFound } from '../../src/api/core/domain-error';
import { classifyError, formatApiError } from '../../src/api/http/format-error';

const where = { locations: [{ line: 2, column: 3 }], path: ['cases', 0, 'caseNumber'] };

function format(code: string | undefined, original: unknown, message = 'raw message') {
  const formatted: GraphQLFormattedError = {
    message,
    ...where,
    extensions: { ...(code ? { code } : {}), stacktrace: ['at secret.ts:1'], argument: 'first' },
  };
  return formatApiError(formatted, original);
}

const neo4jError = (code: string) => Object.assign(new Error('driver text'), { code });
const wrapped = (error: Error) => new GraphQLError(error.message, { originalError: error });

describe('classifyError', () => {
  test.each([
    'BAD_USER_INPUT',
    'NOT_FOUND',
    'UNAUTHENTICATED',
    'QUERY_TOO_COMPLEX',
    'DATABASE_UNAVAILABLE',
    'GRAPHQL_PARSE_FAILED',
    'GRAPHQL_VALIDATION_FAILED',
    'BAD_REQUEST',
    'OPERATION_RESOLUTION_FAILURE',
    'PERSISTED_QUERY_NOT_FOUND',
    'PERSISTED_QUERY_NOT_SUPPORTED',
  ])('%s is public', (code) => {
    expect(classifyError(code, new Error('x'))).toBe('public');
  });

  test.each([['INTERNAL_SERVER_ERROR'], ['SOMETHING_ELSE'], [undefined], [42]])(
    'code %p is internal',
    (code) => {
      expect(classifyError(code, new Error('x'))).toBe('internal');
    },
  );

  test('a DatabaseUnavailableError is the database, however deep under GraphQL wrapping', () => {
    const cause = new DatabaseUnavailableError('down');
    expect(classifyError('INTERNAL_SERVER_ERROR', cause)).toBe('database');
    expect(classifyError('INTERNAL_SERVER_ERROR', wrapped(cause))).toBe('database');
    expect(classifyError('BAD_USER_INPUT', wrapped(wrapped(cause)))).toBe('database');
  });

  test.each([
    ['ServiceUnavailable', 'database'],
    ['SessionExpired', 'database'],
    ['Neo.ClientError.Transaction.TransactionTimedOut', 'timeout'],
    ['Neo.TransientError.Transaction.TransactionTimedOutClientConfiguration', 'timeout'],
    ['Neo.ClientError.Statement.SyntaxError', 'internal'],
    ['serviceunavailable', 'internal'],
  ])('driver code %s is %s', (code, kind) => {
    expect(classifyError('INTERNAL_SERVER_ERROR', wrapped(neo4jError(code)))).toBe(kind);
  });

  test('a driver code wins over a public GraphQL code; a non-string code does not count', () => {
    expect(classifyError('BAD_USER_INPUT', neo4jError('ServiceUnavailable'))).toBe('database');
    const numeric = Object.assign(new Error('x'), { code: 7 });
    expect(classifyError('BAD_USER_INPUT', numeric)).toBe('public');
    expect(classifyError('BAD_USER_INPUT', null)).toBe('public');
    expect(classifyError('BAD_USER_INPUT', 'a string thrown')).toBe('public');
  });

  test('a GraphQLError without an original error is its own cause', () => {
    expect(classifyError('NOT_FOUND', new GraphQLError('no such case'))).toBe('public');
  });
});

describe('formatApiError', () => {
  test('a public error keeps message, place and extensions, minus the stack trace', () => {
    expect(format('BAD_USER_INPUT', new Error('x'), 'first must be from 0 to 100')).toEqual({
      message: 'first must be from 0 to 100',
      ...where,
      extensions: { code: 'BAD_USER_INPUT', argument: 'first' },
    });
  });

  test('a database outage says to try again, with its code only', () => {
    expect(format('INTERNAL_SERVER_ERROR', neo4jError('ServiceUnavailable'))).toEqual({
      message: 'The graph database is unavailable; try again shortly.',
      ...where,
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    });
  });

  test('a timeout says to ask for less, as QUERY_TOO_COMPLEX', () => {
    expect(
      format(
        'INTERNAL_SERVER_ERROR',
        neo4jError('Neo.ClientError.Transaction.TransactionTimedOut'),
      ),
    ).toEqual({
      message:
        'The query ran past the time limit; ask for fewer items (first) or narrower filters.',
      ...where,
      extensions: { code: 'QUERY_TOO_COMPLEX' },
    });
  });

  test('anything else is a bare internal error that leaks neither text nor extensions', () => {
    expect(
      format(undefined, new Error('Cypher near MATCH (secret)'), 'Cypher near secret'),
    ).toEqual({
      message: 'Internal server error',
      ...where,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  test('the formatted error given is not changed', () => {
    const formatted: GraphQLFormattedError = {
      message: 'm',
      extensions: { code: 'BAD_USER_INPUT', stacktrace: ['s'] },
    };
    formatApiError(formatted, new Error('m'));
    expect(formatted.extensions).toEqual({ code: 'BAD_USER_INPUT', stacktrace: ['s'] });
  });
});

/**
 * The one table from the errors below the API to what a client sees: each row is an error a
 * service (or the ingest) throws, as Apollo hands it over (wrapped by graphql-js, code not yet
 * known), and the answer the client got before services stopped throwing GraphQL errors.
 */
describe('domain errors become public answers', () => {
  const caught = (fn: () => unknown): Error => {
    try {
      fn();
    } catch (error) {
      return error as Error;
    }
    throw new Error('expected a refusal');
  };
  const rows: [string, Error, { message: string; extensions: Record<string, unknown> }][] = [
    [
      'InvalidArgument with details',
      new InvalidArgument('first must be from 0 to 100, not 101', { argument: 'first', max: 100 }),
      {
        message: 'first must be from 0 to 100, not 101',
        extensions: { argument: 'first', max: 100, code: 'BAD_USER_INPUT' },
      },
    ],
    [
      'InvalidArgument without details',
      new InvalidArgument('search text needs at least one word'),
      { message: 'search text needs at least one word', extensions: { code: 'BAD_USER_INPUT' } },
    ],
    [
      'checkedInt out of bounds',
      caught(() => checkedInt('depth', 4, 1, 3)),
      {
        message: 'depth must be a whole number from 1 to 3, not 4',
        extensions: { argument: 'depth', min: 1, max: 3, code: 'BAD_USER_INPUT' },
      },
    ],
    [
      'NotFound',
      new NotFound('no case "CM00-0000000"'),
      { message: 'no case "CM00-0000000"', extensions: { code: 'NOT_FOUND' } },
    ],
    [
      'IngestRefusedError with the parser code',
      new IngestRefusedError(
        'not a readable determination letter: no header',
        'NOT_A_DETERMINATION',
      ),
      {
        message: 'not a readable determination letter: no header',
        extensions: { parseCode: 'NOT_A_DETERMINATION', code: 'BAD_USER_INPUT' },
      },
    ],
  ];

  test.each(rows)('%s', (_name, error, answer) => {
    const thrown = wrapped(error);
    expect(classifyError(thrown.extensions.code, thrown)).toBe('public');
    const apolloFormatted: GraphQLFormattedError = {
      message: error.message,
      ...where,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
    const out = formatApiError(apolloFormatted, thrown);
    expect(out).toEqual({ ...answer, ...where });
    // Same key order as the GraphQL errors the services threw before: details, then the code.
    expect(Object.keys(out.extensions ?? {})).toEqual(Object.keys(answer.extensions));
  });

  test('an error of another kind with the same message is still masked', () => {
    const out = formatApiError(
      { message: 'no case "x"', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      wrapped(new Error('no case "x"')),
    );
    expect(out.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });
});
