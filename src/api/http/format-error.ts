import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DatabaseUnavailableError, StatementTimeoutError } from '../../graph/neo4j-gateway';
import { IngestRefusedError } from '../../ingest/ingest.service';
import { ApiErrorCode } from '../core/api-error';
import { InvalidArgument, NotFound } from '../core/domain-error';
import { RequestTimeoutError } from '../core/request-deadline';

/** What a client is told of an error from below the API: its code, message and details. */
export interface PublicAnswer {
  code: ApiErrorCode;
  message: string;
  extensions: Record<string, unknown>;
}

/**
 * The one table from the errors services (and the ingest below them) throw to the client's
 * answer; null for anything else (a GraphQL error with its own code, or an unexpected error).
 */
export function publicAnswerOf(cause: unknown): PublicAnswer | null {
  if (cause instanceof InvalidArgument) {
    return { code: ApiErrorCode.BAD_USER_INPUT, message: cause.message, extensions: cause.details };
  }
  if (cause instanceof NotFound) {
    return { code: ApiErrorCode.NOT_FOUND, message: cause.message, extensions: {} };
  }
  if (cause instanceof IngestRefusedError) {
    return {
      code: ApiErrorCode.BAD_USER_INPUT,
      message: cause.message,
      extensions: { parseCode: cause.parseCode },
    };
  }
  return null;
}

/** Codes whose messages are written for clients: ours and Apollo's request-level ones. */
const PUBLIC_CODES = new Set<string>([
  ApiErrorCode.BAD_USER_INPUT,
  ApiErrorCode.NOT_FOUND,
  ApiErrorCode.UNAUTHENTICATED,
  ApiErrorCode.QUERY_TOO_COMPLEX,
  ApiErrorCode.DATABASE_UNAVAILABLE,
  ApiErrorCode.REQUEST_TIMEOUT,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * 'timeout': a read ran past the transaction timeout (ask for less); 'write-timeout': a write
 * did and was rolled back; 'deadline': the request's deadline stopped it (the HTTP layer has
 * answered REQUEST_TIMEOUT and logged it).
 */
export type ErrorKind =
  'public' | 'database' | 'timeout' | 'write-timeout' | 'deadline' | 'internal';

/** What an error is, from the client's point of view. */
export function classifyError(code: unknown, error: unknown): ErrorKind {
  const cause = rootCause(error);
  if (publicAnswerOf(cause) !== null) return 'public';
  if (cause instanceof RequestTimeoutError) return 'deadline';
  if (cause instanceof DatabaseUnavailableError) return 'database';
  if (cause instanceof StatementTimeoutError) {
    return cause.mode === 'WRITE' ? 'write-timeout' : 'timeout';
  }
  const neo4jCode = (cause as { code?: unknown } | null)?.code;
  if (typeof neo4jCode === 'string') {
    if (neo4jCode === 'ServiceUnavailable' || neo4jCode === 'SessionExpired') return 'database';
    if (/TransactionTimedOut/.test(neo4jCode)) return 'timeout';
  }
  return typeof code === 'string' && PUBLIC_CODES.has(code) ? 'public' : 'internal';
}

/** The error a resolver (or the driver) threw, under GraphQL's wrapping. */
function rootCause(error: unknown): unknown {
  let cause = error;
  while (cause instanceof GraphQLError && cause.originalError) cause = cause.originalError;
  return cause;
}

/**
 * Apollo's formatError, the one place where errors are masked: errors from below the API get
 * their public answer (publicAnswerOf); the API's own client errors keep their message and
 * code; database outages and timeouts get a code and advice; anything else becomes a bare
 * INTERNAL_SERVER_ERROR (the plugin in error-logging.ts has logged it).
 */
export function formatApiError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const where = { locations: formatted.locations, path: formatted.path };
  const answer = publicAnswerOf(rootCause(error));
  if (answer !== null) {
    return {
      message: answer.message,
      ...where,
      extensions: { ...answer.extensions, code: answer.code },
    };
  }
  const extensions = { ...formatted.extensions };
  delete extensions.stacktrace;
  switch (classifyError(extensions.code, error)) {
    case 'public':
      return { message: formatted.message, ...where, extensions };
    case 'database':
      return {
        message: 'The graph database is unavailable; try again shortly.',
        ...where,
        extensions: { code: ApiErrorCode.DATABASE_UNAVAILABLE },
      };
    case 'timeout':
      return {
        message:
          'The query ran past the time limit; ask for fewer items (first) or narrower filters.',
        ...where,
        extensions: { code: ApiErrorCode.QUERY_TOO_COMPLEX },
      };
    case 'write-timeout':
      return {
        message:
          'The change ran past the time limit and was rolled back: nothing was changed. Try again; the database may be busy.',
        ...where,
        extensions: { code: ApiErrorCode.REQUEST_TIMEOUT },
      };
    case 'deadline':
      return {
        message: (rootCause(error) as RequestTimeoutError).message,
        ...where,
        extensions: { code: ApiErrorCode.REQUEST_TIMEOUT },
      };
    default:
      return {
        message: 'Internal server error',
        ...where,
        extensions: { code: ApiErrorCode.INTERNAL_SERVER_ERROR },
      };
  }
}
