import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { packageRoot } from '../../package-root';
import { buildApiSchema, printApiSchema, SCHEMA_FILE } from './build-schema';
import { describeCoverage, formatCoverage } from './description-coverage';

/** `npm run schema:emit`: writes schema/schema.graphql from the code and reports how much of
 * it the documentation pane explains (test/unit/schema-descriptions.test.ts requires all). */
async function main(): Promise<void> {
  const file = resolve(packageRoot(), SCHEMA_FILE);
  const schema = await buildApiSchema();
  writeFileSync(file, printApiSchema(schema));
  process.stdout.write(`wrote ${file}\n${formatCoverage(describeCoverage(schema))}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`schema:emit: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
