import { DATA_MIGRATIONS, schemaStatements } from './migrate';
import { read } from './model/read';
import { defineQuery } from './named-query';
import type { Neo4jGateway } from './neo4j-gateway';

/** The name a schema statement creates (`CREATE [FULLTEXT] INDEX|CONSTRAINT name IF NOT EXISTS`). */
const CREATES = /^CREATE\s+(?:\w+\s+)?(?:INDEX|CONSTRAINT)\s+(\w+)\s+IF\s+NOT\s+EXISTS\b/i;

const names = (row: Record<string, unknown>) => read.strings(row.names);
const onlineIndexes = defineQuery<Record<string, never>, string[]>(
  'schema.onlineIndexes',
  `SHOW INDEXES YIELD name, state WHERE state = 'ONLINE' RETURN collect(name) AS names`,
  names,
);
const constraints = defineQuery<Record<string, never>, string[]>(
  'schema.constraints',
  'SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names',
  names,
);
const migrationsDone = defineQuery<Record<string, never>, string[]>(
  'schema.migrationsDone',
  'MATCH (m:Migration) RETURN collect(m.name) AS names',
  names,
);

/**
 * True when the database already has everything `migrate` would apply: every constraint and
 * index of schema/constraints.cypher by name (indexes online) and every data migration. Every
 * schema statement is IF NOT EXISTS, so running them again changes nothing, but on a Neo4j
 * that has just started they cost seconds of query planning (4.5 to 5.5 s of a restart at load
 * average 15); these three reads cost a fraction of that. False when a statement's name
 * cannot be read: then migrate runs as before.
 */
export async function schemaInPlace(gateway: Neo4jGateway): Promise<boolean> {
  const wanted = schemaStatements().map((statement) => CREATES.exec(statement)?.[1] ?? null);
  if (wanted.some((name) => name === null)) return false;
  const [[indexes], [constraintNames], [done]] = await Promise.all([
    gateway.read(onlineIndexes, {}),
    gateway.read(constraints, {}),
    gateway.read(migrationsDone, {}),
  ]);
  const have = new Set([...indexes, ...constraintNames]);
  return (
    wanted.every((name) => have.has(name!)) &&
    DATA_MIGRATIONS.every((migration) => done.includes(migration.name))
  );
}
