import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { API_RESOLVERS } from './resolvers';

let built: Promise<GraphQLSchema> | undefined;

/** The API's schema, built once per process from the resolver classes. */
export function buildApiSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers: [...API_RESOLVERS], validate: false });
  return built;
}

export const SCHEMA_FILE = 'schema/schema.graphql';

const HEADER =
  '# The imr-graph GraphQL API, generated from the resolver classes: do not edit.\n' +
  '# Regenerate with `npm run schema:emit`.\n\n';

/** The committed SDL: sorted by name so that import order never changes the file. */
export function printApiSchema(schema: GraphQLSchema): string {
  return `${HEADER}${printSchema(lexicographicSortSchema(schema))}\n`;
}
