import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { API_RESOLVERS } from './resolvers';
import { withDescriptions } from './schema-description';

let built: Promise<GraphQLSchema> | undefined;

/** The API's schema, built once per process from the resolver classes, with the schema's
 * own description (type-graphql sets none). */
export function buildApiSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers: [...API_RESOLVERS], validate: false }).then(withDescriptions);
  return built;
}

export const SCHEMA_FILE = 'schema/schema.graphql';

const HEADER =
  '# The imr-graph GraphQL API, generated from the resolver classes: do not edit.\n' +
  '# Regenerate with `npm run schema:emit`.\n\n';

/** The committed SDL: sorted by name so that import order never changes the file. graphql 16
 * prints the `schema { … }` block (and so its description) whenever the schema has one. */
export function printApiSchema(schema: GraphQLSchema): string {
  return `${HEADER}${printSchema(lexicographicSortSchema(schema))}\n`;
}
