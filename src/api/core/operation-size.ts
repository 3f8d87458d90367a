import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

/** How big one operation may be, counted on its text before anything runs. */
export interface OperationSizeLimits {
  /** Fields selected at the root of one operation (each alias counts): each is a statement. */
  maxRootFields: number;
  /** Aliased fields anywhere in one operation. */
  maxAliases: number;
  /**
   * Field selections with fragments expanded where spread (graphql-query-complexity's node
   * limit is 10,000; refusing here first makes the refusal a client error, not a fault).
   */
  maxSelections: number;
}

/** Selections (fields, spreads, inline fragments) any count visits at most. */
const MAX_VISITS = 50_000;

export const DEFAULT_OPERATION_SIZE: OperationSizeLimits = {
  maxRootFields: 20,
  maxAliases: 50,
  maxSelections: 5000,
};

/**
 * A validation rule: an operation with too many root fields, aliases or selections is refused
 * before it runs, as GRAPHQL_VALIDATION_FAILED (HTTP 400) with the limit in its extensions.
 * Several fields of the root ask for several independent statements: thousands of aliases of
 * one analytic field were one request holding the whole connection pool.
 */
export function operationSizeRule(limits: OperationSizeLimits) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) {
        fragments.set(definition.name.value, definition);
      }
    }
    return {
      OperationDefinition(operation) {
        const rootFields = countRootFields(operation.selectionSet, fragments, limits.maxRootFields);
        const size = measure(operation.selectionSet, fragments, limits.maxSelections);
        const refuse = (message: string, extensions: Record<string, unknown>) =>
          context.reportError(new GraphQLError(message, { nodes: operation, extensions }));
        if (rootFields > limits.maxRootFields) {
          refuse(
            `The operation asks for more than ${limits.maxRootFields} root fields (aliases count); send several operations instead.`,
            { limit: 'maxRootFields', maxRootFields: limits.maxRootFields },
          );
        } else if (size.selections > limits.maxSelections) {
          refuse(
            `The operation selects more than ${limits.maxSelections} fields (fragments counted where spread); split it into smaller operations.`,
            { limit: 'maxSelections', maxSelections: limits.maxSelections },
          );
        } else if (size.aliases > limits.maxAliases) {
          refuse(
            `The operation uses ${size.aliases} aliases; the limit is ${limits.maxAliases}. Send several operations instead.`,
            { limit: 'maxAliases', aliases: size.aliases, maxAliases: limits.maxAliases },
          );
        }
      },
    };
  };
}

interface OperationSize {
  aliases: number;
  selections: number;
}

/**
 * Visits the fields of `root` as executed: fragments expanded at each spread (a fragment
 * spread inside itself is refused by the standard rules; it is skipped here), inline
 * fragments entered, and fields' own selections too when `deep`. `visit` returns false to
 * stop. Returns false when it stopped after MAX_VISITS selections, so that fragments spread
 * inside fragments cannot make it slow.
 */
function visitFields(
  root: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  deep: boolean,
  visit: (field: FieldNode) => boolean,
): boolean {
  let visited = 0;
  let going = true;
  let complete = true;
  const walk = (set: SelectionSetNode, visiting: Set<string>): void => {
    for (const selection of set.selections) {
      if (!going) return;
      if (++visited > MAX_VISITS) {
        going = complete = false;
        return;
      }
      if (selection.kind === Kind.FIELD) {
        going = visit(selection);
        if (deep && selection.selectionSet) walk(selection.selectionSet, visiting);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, visiting);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || visiting.has(name)) continue;
        visiting.add(name);
        walk(fragment.selectionSet, visiting);
        visiting.delete(name);
      }
    }
  };
  walk(root, new Set());
  return complete;
}

/** Fields at the root (introspection not counted), counted until past `stopAt`. */
function countRootFields(
  root: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  stopAt: number,
): number {
  let count = 0;
  visitFields(root, fragments, false, (field) => {
    if (!field.name.value.startsWith('__')) count++;
    return count <= stopAt;
  });
  return count;
}

/**
 * Every field selected and the aliased ones, counted until past `stopAt`; an operation too
 * tangled to walk counts as past it.
 */
function measure(
  root: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  stopAt: number,
): OperationSize {
  const size: OperationSize = { aliases: 0, selections: 0 };
  const complete = visitFields(root, fragments, true, (field) => {
    size.selections++;
    if (field.alias) size.aliases++;
    return size.selections <= stopAt;
  });
  if (!complete) size.selections = Math.max(size.selections, stopAt + 1);
  return size;
}
