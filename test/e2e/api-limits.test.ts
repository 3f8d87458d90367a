import { getIntrospectionQuery } from 'graphql';
import { Neo4jGateway } from '../../src/graph/neo4j-gateway';
import { startApiServer, type ApiServer } from '../../src/api/http/http-server';
import { silentLogger } from '../../src/api/http/logger';
import { startHarness, type ApiHarness, type Json } from './api-harness';

/** Limits (page size, depth, cost), HTTP behaviour, /healthz, and a database that is down. */
describe('GraphQL limits and HTTP over a live server', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startHarness({ letters: 3, seed: 909090 });
  });

  afterAll(async () => {
    await api?.close();
  });

  test.each([
    ['cases', '{ cases(first: 101) { totalCount } }'],
    ['decisions', '{ decisions(first: 101) { totalCount } }'],
    ['search', '{ search(text: "mri", first: 101) { score } }'],
    ['nested connection', '{ services { decisions(first: 101) { totalCount } } }'],
    ['negative first', '{ cases(first: -1) { totalCount } }'],
  ])('first over 100 (or below 0) is BAD_USER_INPUT: %s', async (_name, query) => {
    const result = await api.gql(query);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('a query nested too deep is refused before it runs: 400 QUERY_TOO_COMPLEX', async () => {
    const before = api.gateway.statementCount;
    const result = await api.gql(`{ cases { edges { node { decisions { service { decisions {
      edges { node { case { reviewer { cases { totalCount } } } } } } } } } } } }`);
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(result.errors?.[0].extensions?.maxDepth).toBe(10);
    expect(api.gateway.statementCount).toBe(before);
  });

  test('depth counts through fragments', async () => {
    const result = await api.gql(`
      query { cases { ...A } }
      fragment A on CaseConnection { edges { node { decisions { ...B } } } }
      fragment B on Decision { service { decisions { edges { node { case { reviewer { key } } } } } } }
    `);
    expect(result.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  test('a query too costly is refused before it runs: 400 QUERY_TOO_COMPLEX', async () => {
    const before = api.gateway.statementCount;
    const result = await api.gql(`{ cases(first: 100) { edges { node { decisions {
      service { decisions(first: 100) { edges { node { id request rationale } } } } } } } } }`);
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(result.errors?.[0].extensions?.complexity).toBeGreaterThan(
      result.errors?.[0].extensions?.maxComplexity,
    );
    expect(api.gateway.statementCount).toBe(before);
  });

  test('the cost uses variables: the same query is fine with a small first', async () => {
    const query = `query Q($n: Int) { cases(first: $n) { edges { node { decisions {
      service { decisions(first: $n) { edges { node { id } } } } } } } } }`;
    expect((await api.gql(query, { n: 100 })).errors?.[0].extensions?.code).toBe(
      'QUERY_TOO_COMPLEX',
    );
    expect((await api.gql(query, { n: 5 })).errors).toBeUndefined();
  });

  test('introspection (what GraphiQL sends) passes the limits', async () => {
    const result = await api.gql(getIntrospectionQuery());
    expect(result.errors).toBeUndefined();
    expect(result.data!.__schema.queryType.name).toBe('Query');
  });

  test('an unknown field is a validation error, a bad body is 400, an unknown path 404', async () => {
    const unknown = await api.gql('{ nope }');
    expect(unknown.status).toBe(400);
    expect(unknown.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

    const bad = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(bad.status).toBe(400);

    const missing = await fetch(`${api.origin}/nothing-here`);
    expect(missing.status).toBe(404);
  });

  test('GET /graphql runs a query from the URL', async () => {
    const response = await fetch(
      `${api.url}?query=${encodeURIComponent('{ specialties { name } }')}`,
      {
        headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
      },
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as Json;
    expect(Array.isArray(body.data.specialties)).toBe(true);
  });

  test('GET /healthz: ok, Neo4j up, the number of cases', async () => {
    const response = await fetch(`${api.origin}/healthz`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Json;
    expect(body).toEqual({ status: 'ok', neo4j: 'up', cases: expect.any(Number) });
    expect(body.cases).toBeGreaterThanOrEqual(3);
  });

  describe('with Neo4j unreachable', () => {
    let down: Neo4jGateway;
    let server: ApiServer;

    beforeAll(async () => {
      // Nothing listens on port 1: the driver fails at once.
      down = new Neo4jGateway({
        uri: 'bolt://127.0.0.1:1',
        user: 'neo4j',
        password: 'x',
        transactionTimeoutMs: 1000,
      });
      server = await startApiServer(api.config, down, {
        port: 0,
        host: '127.0.0.1',
        log: silentLogger,
      });
    });

    afterAll(async () => {
      await server?.close();
      await down?.close();
    });

    test('healthz answers 503 with neo4j down', async () => {
      const response = await fetch(`${server.url.replace(/\/graphql$/, '')}/healthz`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'unavailable', neo4j: 'down', cases: null });
    });

    test('a query answers DATABASE_UNAVAILABLE, with no driver detail', async () => {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ specialties { name } }' }),
      });
      const body = (await response.json()) as Json;
      expect(body.errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
      expect(body.errors[0].message).not.toMatch(/127\.0\.0\.1|bolt/);
    });
  });
});
