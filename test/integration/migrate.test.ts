/**
 * `migrate` brings a graph loaded by an older loader up to the current model: decisions get
 * their service's category and subcategory, citation edges their decision's outcome and
 * category (what the scope indexes and the indexed analytics read), once per database.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Determination } from '../../loaders/determination';
import { loadLetters } from '../../src/ingest/load-letters';
import { DATA_MIGRATIONS, migrate } from '../../src/graph/migrate';
import type { Neo4jGateway } from '../../src/graph/neo4j-gateway';
import {
  cleanUp,
  expectCasesAsParsed,
  openGateway,
  parseInLoadOrder,
  query,
  single,
  seedWithHeader,
  vocabulary,
} from './load-helpers';

jest.setTimeout(300_000);

const CASES: [string, string][] = [
  ['CM99-9200001', '003_76d55e3afe68ea32.txt'],
  ['CM99-9200002', '000_07751491f83a9ffc.txt'],
];
const MIGRATION = DATA_MIGRATIONS[0].name;

/** What a graph written before the scope properties existed looks like. */
async function asLoadedByAnOlderLoader(gateway: Neo4jGateway): Promise<void> {
  await gateway.write(
    query(
      'stripScopeProperties',
      `MATCH (c:Case)-[:HAS_DECISION]->(d:Decision) WHERE c.caseNumber IN $keys
       OPTIONAL MATCH (d)-[r:UR_CITED|REVIEWER_CITED]->()
       REMOVE d.category, d.subcategory, r.outcome, r.category, r.subcategory`,
    ),
    { keys: CASES.map(([key]) => key) },
  );
  await gateway.write(query('forgetMigration', 'MATCH (m:Migration {name: $name}) DELETE m'), {
    name: MIGRATION,
  });
}

const missingScope = (gateway: Neo4jGateway) =>
  single(
    gateway,
    'missingScope',
    `MATCH (c:Case)-[:HAS_DECISION]->(d:Decision) WHERE c.caseNumber IN $keys
     RETURN sum(CASE WHEN d.subcategory IS NULL THEN 1 ELSE 0 END
              + COUNT { (d)-[r:UR_CITED|REVIEWER_CITED]->() WHERE r.outcome IS NULL }) AS n`,
    { keys: CASES.map(([key]) => key) },
  );

describe('migrate: data migrations', () => {
  let gateway: Neo4jGateway;
  let dir: string;
  let vocabularyBefore: string[];
  let determinations: Determination[];

  beforeAll(async () => {
    gateway = await openGateway();
    vocabularyBefore = await vocabulary(gateway);
    dir = mkdtempSync(join(tmpdir(), 'imr-migrate-'));
    for (const [key, seed] of CASES)
      writeFileSync(join(dir, `${key}.txt`), seedWithHeader(seed, key));
    const summary = await loadLetters([dir], gateway);
    expect(summary.loaded).toBe(CASES.length);
    determinations = [...(await parseInLoadOrder([dir])).parsed.values()];
  });

  afterAll(async () => {
    await migrate(gateway);
    await cleanUp(
      gateway,
      CASES.map(([key]) => key),
      vocabularyBefore,
    );
    await gateway.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('fills in the scope properties of a graph loaded before them, exactly as the loader writes them', async () => {
    await asLoadedByAnOlderLoader(gateway);
    expect(await missingScope(gateway)).toBeGreaterThan(0);

    await migrate(gateway);

    expect(await missingScope(gateway)).toBe(0);
    await expectCasesAsParsed(gateway, determinations);
  });

  it('runs a data migration once per database', async () => {
    await migrate(gateway);
    await gateway.write(
      query('stripOneDecision', `MATCH (d:Decision {id: $id}) REMOVE d.category, d.subcategory`),
      { id: `${CASES[0][0]}#1` },
    );
    await migrate(gateway);
    expect(await missingScope(gateway)).toBe(1);
    expect(
      await single(gateway, 'markers', 'MATCH (m:Migration {name: $name}) RETURN count(m)', {
        name: MIGRATION,
      }),
    ).toBe(1);
  });
});
