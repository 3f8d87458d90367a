import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, visit, type DocumentNode } from 'graphql';
import { classifyError } from './format-error';
import type { Logger } from './logger';

const MAX_MESSAGE = 300;
/** Shorter values are left alone: they carry little and would garble every message. */
const MIN_REDACTED_LENGTH = 3;
const REDACTED = '<value>';
const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/**
 * Logs each unexpected error once, with the operation's name and the error's message only:
 * never the query text or its variables, which may hold letter text. A message that quotes a
 * value of the request (a driver or library error may) has it replaced by <value>. Client
 * errors (bad input, refused auth, limits) are not logged; a request stopped at its deadline
 * is logged once by the HTTP layer.
 */
export function errorLoggingPlugin(log: Logger): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, operationName, request, document }) {
          let values: string[] | undefined;
          for (const error of errors) {
            const kind = classifyError(error.extensions?.code, error);
            if (kind === 'public' || kind === 'deadline') continue;
            values ??= requestValues(request.variables, document);
            const message = redact((error.originalError ?? error).message, values);
            log.error(
              `graphql ${kind} error in ${operationName ?? 'anonymous operation'}: ${message.slice(0, MAX_MESSAGE)}`,
            );
          }
        },
      };
    },
  };
}

/** Every value the client sent: variables' leaves and the document's literals, longest first. */
export function requestValues(
  variables: Record<string, unknown> | undefined,
  document: DocumentNode | undefined,
): string[] {
  const found = new Set<string>();
  const add = (value: string) => {
    if (value.length < MIN_REDACTED_LENGTH) return;
    found.add(value);
    // As JSON quotes it (graphql-js' inspect, driver messages): escapes differ from the raw.
    found.add(JSON.stringify(value).slice(1, -1));
  };
  const walk = (value: unknown): void => {
    if (typeof value === 'string') add(value);
    else if (typeof value === 'number' || typeof value === 'bigint') add(String(value));
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        // A field name is the schema's; anything else a client put in a key is a value.
        if (!GRAPHQL_NAME.test(key)) add(key);
        walk(inner);
      }
    }
  };
  walk(variables);
  if (document) {
    visit(document, {
      [Kind.STRING]: (node) => add(node.value),
      [Kind.INT]: (node) => add(node.value),
      [Kind.FLOAT]: (node) => add(node.value),
    });
  }
  return [...found].sort((a, b) => b.length - a.length);
}

/** `message` with each of `values` replaced by <value>. */
export function redact(message: string, values: readonly string[]): string {
  let out = message;
  for (const value of values) {
    if (out.includes(value)) out = out.split(value).join(REDACTED);
  }
  return out;
}
