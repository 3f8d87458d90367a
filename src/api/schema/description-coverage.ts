import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';

/** The kinds of schema element that carry a description in the documentation pane. */
export const ELEMENT_KINDS = ['types', 'fields', 'arguments', 'inputFields', 'enumValues'] as const;
export type ElementKind = (typeof ELEMENT_KINDS)[number];

export interface KindCoverage {
  total: number;
  described: number;
}

export interface DescriptionCoverage {
  schemaDescribed: boolean;
  byKind: Record<ElementKind, KindCoverage>;
  /** Coordinates of every element without a description: `Type`, `Type.field`,
   * `Type.field(arg:)`, `Enum.VALUE`; `schema` for the schema itself. */
  missing: string[];
  /** Coordinates of descriptions with a line break inside a paragraph, which GraphiQL shows
   * as a break: a description's paragraphs are single lines (list items may follow). */
  brokenLines: string[];
}

const hasText = (description: string | null | undefined): boolean =>
  typeof description === 'string' && description.trim() !== '';

/** A newline that neither ends a paragraph nor starts a list item. */
const LINE_BREAK_IN_PARAGRAPH = /(?<!\n)\n(?!\n|- )/;

/**
 * Which elements of the schema a reader of GraphiQL's documentation pane finds explained:
 * every type (object, interface, input, enum, custom scalar), field, argument, input field
 * and enum value. GraphQL's own scalars and introspection types are explained by the spec.
 */
export function describeCoverage(schema: GraphQLSchema): DescriptionCoverage {
  const byKind = Object.fromEntries(
    ELEMENT_KINDS.map((kind) => [kind, { total: 0, described: 0 }]),
  ) as Record<ElementKind, KindCoverage>;
  const missing: string[] = [];
  const brokenLines: string[] = [];
  const check = (coordinate: string, description: string | null | undefined): boolean => {
    if (!hasText(description)) return false;
    if (LINE_BREAK_IN_PARAGRAPH.test(description ?? '')) brokenLines.push(coordinate);
    return true;
  };
  const count = (kind: ElementKind, coordinate: string, description: string | null | undefined) => {
    byKind[kind].total += 1;
    if (check(coordinate, description)) byKind[kind].described += 1;
    else missing.push(coordinate);
  };
  const countArguments = (at: string, args: readonly GraphQLArgument[]) => {
    for (const arg of args) count('arguments', `${at}(${arg.name}:)`, arg.description);
  };
  const countFields = (typeName: string, fields: GraphQLField<unknown, unknown>[]) => {
    for (const field of fields) {
      count('fields', `${typeName}.${field.name}`, field.description);
      countArguments(`${typeName}.${field.name}`, field.args);
    }
  };

  const schemaDescribed = check('schema', schema.description);
  if (!schemaDescribed) missing.push('schema');
  const types = Object.values(schema.getTypeMap())
    .filter((type) => !isIntrospectionType(type) && !isSpecifiedScalarType(type))
    .sort((a, b) => a.name.localeCompare(b.name));
  for (const type of types) {
    count('types', type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      countFields(type.name, Object.values(type.getFields()));
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        count('inputFields', `${type.name}.${field.name}`, field.description);
      }
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) {
        count('enumValues', `${type.name}.${value.name}`, value.description);
      }
    }
  }
  return { schemaDescribed, byKind, missing, brokenLines };
}

/** One line per kind: `fields 210/210 described`, and the schema's own description. */
export function formatCoverage(coverage: DescriptionCoverage): string {
  const lines = ELEMENT_KINDS.map((kind) => {
    const { total, described } = coverage.byKind[kind];
    return `${kind.padEnd(12)} ${String(described).padStart(4)}/${total} described`;
  });
  lines.push(`schema       ${coverage.schemaDescribed ? 'described' : 'no description'}`);
  return lines.join('\n');
}
