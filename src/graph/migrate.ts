import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import neo4j from 'neo4j-driver';
import { isConflict, withConflictRetries } from './conflict-retry';
import { defineQuery } from './named-query';
import { CITED, REL } from './model/graph-model';
import { CITATION_SCOPE, copyScope, DECISION_SCOPE, scopeUnset } from './model/scope-cypher';
import type { Neo4jGateway } from './neo4j-gateway';
import { backfillReasons } from './backfill-reasons';
import { COUNTED_TYPES_BY_LABEL, recountAll } from './write/outcome-counts';
import { packageRoot } from '../package-root';

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

/**
 * Data migrations: properties that a newer loader writes, filled in on a graph loaded by an
 * older one. Each runs once per database (a `:Migration {name}` node records it) in batches
 * of its own transactions, so a large graph is never one huge transaction.
 */
export interface DataMigration {
  name: string;
  statements: readonly string[];
  /** Work Cypher alone cannot do (the parser's code on stored text), after the statements. */
  run?: (gateway: Neo4jGateway) => Promise<unknown>;
}

export const DATA_MIGRATIONS: readonly DataMigration[] = [
  {
    // Decisions carry their service's category and subcategory; citation edges carry those
    // and the decision's outcome (decision_*_scope and *_cited_* indexes).
    name: 'decision-scope-properties',
    // The properties are the model's SCOPE_RULES.
    statements: [
      `MATCH (d:Decision)-[:${REL.FOR_SERVICE}]->(s:Service)
       WHERE ${scopeUnset(DECISION_SCOPE, 'd', 's')}
       CALL (d, s) {
         SET ${copyScope(DECISION_SCOPE, 'd', 's')}
       } IN TRANSACTIONS OF 10000 ROWS`,
      `MATCH (d:Decision)-[r:${CITED}]->()
       WHERE ${scopeUnset(CITATION_SCOPE, 'r', 'd')}
       CALL (d, r) {
         SET ${copyScope(CITATION_SCOPE, 'r', 'd')}
       } IN TRANSACTIONS OF 10000 ROWS`,
    ],
  },
  {
    // Decisions are grounded on their reasons (Reason nodes, GROUNDED_ON edges with the
    // decision's scope), read by the parser's extraction from the stored rationale.
    name: 'decision-reasons',
    statements: [],
    run: backfillReasons,
  },
  {
    // Shared nodes keep how many of their decisions' edges come from overturned decisions
    // (the model's OVERTURNED_COUNTS), after the reasons above so GROUNDED_ON edges count.
    name: 'overturned-counts',
    statements: [...COUNTED_TYPES_BY_LABEL.keys()].map(recountAll),
  },
];

const migrationDone = defineQuery<{ name: string }, boolean>(
  'migrate.done',
  'MATCH (m:Migration {name: $name}) RETURN count(m) > 0 AS done',
  (row) => row.done === true,
);

/**
 * Applies every constraint and index (all `IF NOT EXISTS`), waits for indexes to be online,
 * then runs the data migrations this database has not had yet. Returns the schema statements.
 */
export async function migrate(gateway: Neo4jGateway): Promise<number> {
  const statements = schemaStatements();
  for (const statement of statements) await runAgainOnConflict(gateway, statement);
  await gateway.runAutoCommit('CALL db.awaitIndexes(300)');
  for (const migration of DATA_MIGRATIONS) {
    const [done] = await gateway.read(migrationDone, { name: migration.name });
    if (done) continue;
    for (const statement of migration.statements) await runAgainOnConflict(gateway, statement);
    await migration.run?.(gateway);
    await runAgainOnConflict(gateway, 'MERGE (:Migration {name: $name})', { name: migration.name });
  }
  return statements.length;
}

/** Another migrate creating the same index at the same moment, seen as already existing. */
const SCHEMA_RACE_CODES = new Set([
  'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists',
  'Neo.ClientError.Schema.IndexAlreadyExists',
  'Neo.ClientError.Schema.ConstraintAlreadyExists',
]);
/**
 * Every migration statement is idempotent (IF NOT EXISTS; backfills only touch what is still
 * unset), so one that a concurrent writer interrupted (a decision deleted under a backfill
 * batch, a deadlock, the same index created by another migrate) is simply run again; its
 * committed batches are not redone.
 */
async function runAgainOnConflict(
  gateway: Neo4jGateway,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<void> {
  await withConflictRetries(
    () => gateway.runAutoCommit(cypher, params),
    (error) =>
      neo4j.isRetryableError(error) ||
      isConflict(error) ||
      SCHEMA_RACE_CODES.has((error as { code?: string }).code ?? ''),
  );
}
