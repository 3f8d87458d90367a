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

/**
 * A client-facing error with a code, for the API layer's own refusals (limits, rights);
 * services throw domain errors (domain-error.ts) instead. `http` (when given) sets the
 * response status.
 */
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

export const unauthenticated = () =>
  apiError(
    ApiErrorCode.UNAUTHENTICATED,
    'This operation needs an admin token: send Authorization: Bearer <IMR_GRAPH_ADMIN_TOKEN>',
  );
