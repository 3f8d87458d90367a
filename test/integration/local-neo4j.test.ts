import { randomUUID } from 'node:crypto';
import neo4j, { type Driver } from 'neo4j-driver';

// The first queries on a fresh JVM compile Cypher; on 2 busy cores that takes seconds.
jest.setTimeout(60_000);

/** The server the global setup provides (a throwaway local Neo4j, or NEO4J_URI). */
describe('the Neo4j of the database tests', () => {
  let driver: Driver;
  const database = process.env.NEO4J_DATABASE || undefined;
  const marker = `local-neo4j-test-${randomUUID()}`;

  beforeAll(() => {
    const uri = process.env.NEO4J_URI;
    if (!uri) throw new Error('NEO4J_URI is not set: the jest global setup should have set it');
    driver = neo4j.driver(
      uri,
      neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''),
    );
  });

  afterAll(async () => {
    // Only what this file created, so a shared server keeps everything else.
    await driver.executeQuery(
      'MATCH (n:LocalNeo4jProbe {marker: $marker}) DETACH DELETE n',
      { marker },
      { database },
    );
    await driver.close();
  });

  test('reports Neo4j 5.26', async () => {
    const { records } = await driver.executeQuery(
      'CALL dbms.components() YIELD name, versions RETURN name, versions',
      {},
      { database, routing: neo4j.routing.READ },
    );
    const kernel = records.find((r) => r.get('name') === 'Neo4j Kernel');
    expect(kernel?.get('versions')[0]).toMatch(/^5\.26\./);
  });

  test('writes a node in a write transaction and reads it back', async () => {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
    try {
      const created = await session.executeWrite(async (tx) => {
        const result = await tx.run(
          'CREATE (n:LocalNeo4jProbe {marker: $marker, n: 42}) RETURN n.n AS n',
          { marker },
        );
        return result.records[0].get('n');
      });
      expect(neo4j.integer.toNumber(created)).toBe(42);
    } finally {
      await session.close();
    }

    const { records } = await driver.executeQuery(
      'MATCH (n:LocalNeo4jProbe {marker: $marker}) RETURN count(n) AS count',
      { marker },
      { database, routing: neo4j.routing.READ },
    );
    expect(neo4j.integer.toNumber(records[0].get('count'))).toBe(1);
  });
});
