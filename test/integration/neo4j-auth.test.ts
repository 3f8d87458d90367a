import { loadConfig } from '../../src/config';
import { connectDatabase } from '../../src/cli/connect';
import { DatabaseAuthError } from '../../src/graph/neo4j-gateway';

/** A wrong password is said to be one, with what to check: not "not reachable". */
test('a wrong Neo4j password: authentication failed, check NEO4J_USER and NEO4J_PASSWORD', async () => {
  // One attempt: Neo4j locks the user for a few seconds only after several failures.
  const config = loadConfig({ ...process.env, NEO4J_PASSWORD: 'not-the-password' });
  const failure = await connectDatabase(config).then(
    () => new Error('connected with a wrong password'),
    (error: unknown) => error,
  );
  expect(failure).toBeInstanceOf(DatabaseAuthError);
  const message = (failure as Error).message;
  expect(message).toMatch(/authentication failed/);
  expect(message).toMatch(/NEO4J_USER and NEO4J_PASSWORD/);
  expect(message).not.toMatch(/not reachable/);
  expect(message).not.toContain('not-the-password');
});
