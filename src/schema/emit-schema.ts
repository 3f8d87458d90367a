import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { packageRoot } from '../db/migrate';
import { buildApiSchema, printApiSchema, SCHEMA_FILE } from './build-schema';

/** `npm run schema:emit`: writes schema/schema.graphql from the code. */
async function main(): Promise<void> {
  const file = resolve(packageRoot(), SCHEMA_FILE);
  writeFileSync(file, printApiSchema(await buildApiSchema()));
  process.stdout.write(`wrote ${file}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`schema:emit: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
