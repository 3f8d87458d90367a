import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Neo4jGateway } from './neo4j-gateway';

/** The project root, from src/db (ts) or dist/src/db (js). */
export function packageRoot(): string {
  const here = __dirname;
  return here.includes(`${'/'}dist${'/'}`) ? resolve(here, '../../..') : resolve(here, '../..');
}

export function schemaStatements(): string[] {
  const text = readFileSync(resolve(packageRoot(), 'schema/constraints.cypher'), 'utf8');
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((statement) => statement.trim())
    .filter((statement) => statement !== '');
}

/** Applies every constraint and index (all `IF NOT EXISTS`) and waits for indexes to be online. */
export async function migrate(gateway: Neo4jGateway): Promise<number> {
  const statements = schemaStatements();
  for (const statement of statements) await gateway.runSchemaStatement(statement);
  await gateway.runSchemaStatement('CALL db.awaitIndexes(300)');
  return statements.length;
}
