import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { ApiContext } from '../core/context';
import { errorLoggingPlugin } from './error-logging';
import { formatApiError } from './format-error';
import type { Logger } from './logger';
import { operationSizeRule } from '../core/operation-size';
import { DEFAULT_QUERY_LIMITS, queryLimitsPlugin, type QueryLimits } from './query-limits';

/**
 * Apollo with the API's policies: operation size and query limits, errors masked in one place and logged once,
 * no landing page (the playground serves GET /graphql for browsers), no stack traces.
 */
export function createApolloServer(
  schema: GraphQLSchema,
  log: Logger,
  limits: QueryLimits = DEFAULT_QUERY_LIMITS,
  extraPlugins: ApolloServerPlugin<ApiContext>[] = [],
): ApolloServer<ApiContext> {
  return new ApolloServer<ApiContext>({
    schema,
    formatError: formatApiError,
    includeStacktraceInErrorResponses: false,
    // Too many root fields, aliases or selections: refused as GRAPHQL_VALIDATION_FAILED.
    validationRules: [operationSizeRule(limits)],
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // Limits first: an operation refused there is never looked up in the response cache.
      queryLimitsPlugin(limits),
      errorLoggingPlugin(log),
      ...extraPlugins,
    ],
  });
}
