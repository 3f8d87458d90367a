import type { ApolloServerPlugin } from '@apollo/server';
import { classifyError } from './format-error';
import type { Logger } from './logger';

const MAX_MESSAGE = 300;

/**
 * Logs each unexpected error once, with the operation's name and the error's message only:
 * never the query text or its variables, which may hold letter text. Client errors (bad
 * input, refused auth, limits) are not logged.
 */
export function errorLoggingPlugin(log: Logger): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            const kind = classifyError(error.extensions?.code, error);
            if (kind === 'public') continue;
            const message = (error.originalError ?? error).message.slice(0, MAX_MESSAGE);
            log.error(
              `graphql ${kind} error in ${operationName ?? 'anonymous operation'}: ${message}`,
            );
          }
        },
      };
    },
  };
}
