import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildApiSchema, printApiSchema, SCHEMA_FILE } from '../../src/api/schema/build-schema';

/** schema/schema.graphql is the code's schema, committed so that changes show in review. */
describe('schema/schema.graphql', () => {
  test('matches the schema the resolvers build', async () => {
    const committed = readFileSync(resolve(__dirname, '../..', SCHEMA_FILE), 'utf8');
    const built = printApiSchema(await buildApiSchema());
    if (built !== committed) {
      throw new Error(
        `${SCHEMA_FILE} is out of date with the resolver classes: run \`npm run schema:emit\` ` +
          'and review the diff (a removed or renamed field breaks clients).',
      );
    }
  });
});
