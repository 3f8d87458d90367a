import { GraphQLError } from 'graphql';

/** The public error codes of the API; anything else reaching a client is masked. */
export const ApiErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  /** The request ran past its deadline (HTTP 504), or a write past its transaction timeout. */
  REQUEST_TIMEOUT: 'REQUEST_TIMEOUT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export type ApiErrorCode = (typeof ApiErrorCode)[keyof typeof ApiErrorCode];

/** A client-facing error with a code; `http` (when given) sets the response status. */
export function apiError(
  code: ApiErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
  httpStatus?: number,
): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      ...extensions,
      code,
      ...(httpStatus !== undefined ? { http: { status: httpStatus } } : {}),
    },
  });
}

export const badUserInput = (message: string, extensions?: Record<string, unknown>) =>
  apiError(ApiErrorCode.BAD_USER_INPUT, message, extensions);

/** Longest part of a client's value that an error message repeats. */
const MAX_ECHO = 64;

/**
 * A client's value as an error message repeats it: quoted, and cut (with its length said)
 * when long, so that a 100 KB id is not sent back whole.
 */
export function echo(value: string): string {
  if (value.length <= MAX_ECHO) return JSON.stringify(value);
  return `${JSON.stringify(value.slice(0, MAX_ECHO))}… (${value.length} characters)`;
}

export const notFound = (message: string) => apiError(ApiErrorCode.NOT_FOUND, message);

export const unauthenticated = () =>
  apiError(
    ApiErrorCode.UNAUTHENTICATED,
    'This operation needs an admin token: send Authorization: Bearer <IMR_GRAPH_ADMIN_TOKEN>',
  );

/** An Int argument within bounds, or BAD_USER_INPUT naming it. */
export function checkedInt(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badUserInput(`${name} must be a whole number from ${min} to ${max}, not ${value}`, {
      argument: name,
      min,
      max,
    });
  }
  return value;
}
