import type { ApolloServerPlugin } from '@apollo/server';
import {
  getVariableValues,
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import type { AppConfig } from '../../config';
import { databaseCostEstimators } from '../core/complexity';
import { ApiErrorCode, apiError } from '../core/api-error';
import { DEFAULT_OPERATION_SIZE, type OperationSizeLimits } from '../core/operation-size';
import { metrics } from './metrics';

export interface QueryLimits extends OperationSizeLimits {
  /** Deepest field nesting allowed (introspection fields not counted). */
  maxDepth: number;
  /**
   * Highest estimated cost (src/api/core/complexity.ts): what the fields cost Neo4j, lists
   * multiplied by how many items they may hold.
   */
  maxComplexity: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 10,
  maxComplexity: 100_000,
  ...DEFAULT_OPERATION_SIZE,
};

/** The limits with the configured root-field and alias caps. */
export function queryLimitsOf(config: AppConfig): QueryLimits {
  return {
    ...DEFAULT_QUERY_LIMITS,
    maxRootFields: config.requests.maxRootFields,
    maxAliases: config.requests.maxAliases,
  };
}

/**
 * Refuses an operation before it runs when it nests too deep or would cost too much. Both
 * checks run once the operation is known (the cost needs the variables for `first`), and
 * answer 400 with QUERY_TOO_COMPLEX. Variables that do not fit their types are left to
 * execution, which refuses them as BAD_USER_INPUT (400): they are the client's mistake.
 */
export function queryLimitsPlugin(limits: QueryLimits = DEFAULT_QUERY_LIMITS): ApolloServerPlugin {
  const estimators = databaseCostEstimators();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, operationName, request, schema }) {
          if (!operation) return;
          const depth = operationDepth(document, operation);
          if (depth > limits.maxDepth) {
            throw tooComplex(
              `The query nests ${depth} levels deep; the limit is ${limits.maxDepth}. Split it into smaller queries.`,
              { depth, maxDepth: limits.maxDepth },
            );
          }
          const coerced = getVariableValues(
            schema,
            operation.variableDefinitions ?? [],
            request.variables ?? {},
            { maxErrors: 1 },
          );
          if (coerced.errors) return;
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              query: document,
              operationName: operationName ?? undefined,
              variables: request.variables ?? {},
              estimators,
            });
          } catch (error) {
            // Its node limit, which the operation size rule keeps it from reaching.
            if (!(error instanceof GraphQLError)) throw error;
            throw tooComplex(`The query is too large to estimate: ${error.message}`, {});
          }
          if (complexity > limits.maxComplexity) {
            throw tooComplex(
              `The query's estimated cost is ${complexity}; the limit is ${limits.maxComplexity}. Ask for fewer items (first) or fewer nested lists.`,
              { complexity, maxComplexity: limits.maxComplexity },
            );
          }
        },
      };
    },
  };
}

function tooComplex(message: string, extensions: Record<string, unknown>) {
  metrics.refusals.inc({ reason: 'depth' in extensions ? 'depth' : 'cost' });
  return apiError(ApiErrorCode.QUERY_TOO_COMPLEX, message, extensions, 400);
}

/**
 * Depth of the deepest field of the operation, following fragments (each once per path).
 * Written here rather than taken from @escape.tech/graphql-armor-max-depth 2.4.2 (MIT, kept up)
 * because that rule would change the API's answers: it runs as a validation rule (refusal code
 * GRAPHQL_VALIDATION_FAILED, no depth/maxDepth extensions), checks every operation of the
 * document rather than the one run, and counts `__typename` and `__type { ... }` as depth.
 */
export function operationDepth(document: DocumentNode, operation: OperationDefinitionNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
  }
  const depthOf = (set: SelectionSetNode, visiting: Set<string>): number => {
    let deepest = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        const below = selection.selectionSet ? depthOf(selection.selectionSet, visiting) : 0;
        deepest = Math.max(deepest, 1 + below);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet, visiting));
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        // A fragment that spreads itself is already refused by validation; guard anyway.
        if (!fragment || visiting.has(name)) continue;
        visiting.add(name);
        deepest = Math.max(deepest, depthOf(fragment.selectionSet, visiting));
        visiting.delete(name);
      }
    }
    return deepest;
  };
  return depthOf(operation.selectionSet, new Set());
}
