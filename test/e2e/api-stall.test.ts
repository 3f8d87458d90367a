import type { Session } from 'neo4j-driver';
import type { AppConfig } from '../../src/config';
import { connectDatabase } from '../../src/cli/connect';
import type { Neo4jGateway } from '../../src/graph/neo4j-gateway';
import { startApiServer, type ApiServer } from '../../src/api/http/http-server';
import type { Logger } from '../../src/api/http/logger';
import { adminHeaders, startHarness, type ApiHarness, type Json } from './api-harness';

/**
 * One request must not stall the API: the operation size caps, the bound on the sessions one
 * request holds, and the whole-request deadline, against the tests' real Neo4j, including
 * while it is frozen (SIGSTOP: alive, answering nothing).
 */
const DEADLINE_MS = 3000;
/** A request that never answers fails here instead of holding the test until jest's timeout. */
const CLIENT_PATIENCE_MS = 40_000;

describe('one request cannot stall the API', () => {
  let api: ApiHarness;
  let server: ApiServer;
  /** The server's own gateway: the sessions it opens are this server's only. */
  let gateway: Neo4jGateway;
  const logLines: string[] = [];

  beforeAll(async () => {
    api = await startHarness({ letters: 4, seed: 111_011 });
    const config: AppConfig = {
      ...api.config,
      responseCache: { ...api.config.responseCache, maxMb: 0 },
      requests: { ...api.config.requests, timeoutMs: DEADLINE_MS, maxSessions: 2 },
    };
    const log: Logger = { info: (l) => logLines.push(l), error: (l) => logLines.push(l) };
    gateway = await connectDatabase(config);
    server = await startApiServer(config, gateway, { port: 0, host: '127.0.0.1', log });
  });

  afterAll(async () => {
    await server?.close();
    await gateway?.close();
    await api?.close();
  });

  async function post(query: string, variables: object = {}, headers: object = {}) {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(CLIENT_PATIENCE_MS),
    });
    return { status: response.status, body: (await response.json()) as Json };
  }

  const LOOKUP = 'query Lookup($k: ID!) { case(caseNumber: $k) { caseNumber outcome } }';
  const aliases = (count: number, field: string) =>
    `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

  test('thousands of aliases of an analytic field are refused before any statement runs', async () => {
    const before = gateway.statementCount;
    const { status, body } = await post(aliases(3000, 'citationAgreement { decisions }'));
    expect(status).toBe(400);
    expect(body.errors[0].extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      limit: 'maxRootFields',
    });
    expect(gateway.statementCount).toBe(before);
  });

  test('an operation of analytics over the cost limit is refused before it runs', async () => {
    const before = gateway.statementCount;
    const { status, body } = await post(aliases(12, 'outcomeTrend { key decisions }'));
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(gateway.statementCount).toBe(before);
  });

  test('one request holds at most maxSessions database sessions at once', async () => {
    const driver = gateway.driver;
    const open = driver.session.bind(driver);
    let current = 0;
    let peak = 0;
    driver.session = ((...args: Parameters<typeof open>) => {
      const session: Session = open(...args);
      current++;
      peak = Math.max(peak, current);
      const close = session.close.bind(session);
      session.close = async () => {
        current--;
        return close();
      };
      return session;
    }) as typeof driver.session;
    try {
      const { status, body } = await post(
        aliases(8, 'specialtyOverturnRates(minDecisions: 1) { key decisions }'),
      );
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(Object.keys(body.data)).toHaveLength(8);
    } finally {
      driver.session = open;
    }
    expect(peak).toBe(2);
  });

  test('a request blocked in Neo4j past the deadline is answered 504 REQUEST_TIMEOUT, and others are answered meanwhile', async () => {
    const blocked = api.caseNumbers[2];
    const lockSession = api.gateway.driver.session({
      database: process.env.NEO4J_DATABASE || undefined,
    });
    const lock = await lockSession.beginTransaction();
    try {
      await lock.run('MATCH (c:Case {caseNumber: $k}) SET c.lockedByTest = true', { k: blocked });
      const deleting = post(
        'mutation Delete($k: ID!) { deleteCase(caseNumber: $k) }',
        { k: blocked },
        adminHeaders,
      );
      const lookup = await post(LOOKUP, { k: api.caseNumbers[0] });
      expect(lookup.status).toBe(200);
      expect(lookup.body.data.case.caseNumber).toBe(api.caseNumbers[0]);

      const { status, body } = await deleting;
      expect(status).toBe(504);
      expect(body.errors[0].extensions.code).toBe('REQUEST_TIMEOUT');
      expect(body.errors[0].message).toMatch(/time limit/);
    } finally {
      await lock.rollback();
      await lockSession.close();
    }
    expect(logLines.filter((line) => /internal/.test(line))).toEqual([]);
  });

  test('a write past its transaction timeout is rolled back and says so: retry, not "fewer items"', async () => {
    const config: AppConfig = { ...api.config, queryTimeoutMs: 1500, logLevel: 'silent' };
    const shortGateway = await connectDatabase(config);
    const shortServer = await startApiServer(config, shortGateway, {
      port: 0,
      host: '127.0.0.1',
      log: { info: () => undefined, error: (l) => logLines.push(l) },
    });
    const blocked = api.caseNumbers[3];
    const lockSession = api.gateway.driver.session({
      database: process.env.NEO4J_DATABASE || undefined,
    });
    const lock = await lockSession.beginTransaction();
    try {
      await lock.run('MATCH (c:Case {caseNumber: $k}) SET c.lockedByTest = true', { k: blocked });
      const response = await fetch(shortServer.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...adminHeaders },
        body: JSON.stringify({
          query: 'mutation Delete($k: ID!) { deleteCase(caseNumber: $k) }',
          variables: { k: blocked },
        }),
        signal: AbortSignal.timeout(CLIENT_PATIENCE_MS),
      });
      const body = (await response.json()) as Json;
      expect(body.errors[0].extensions.code).toBe('REQUEST_TIMEOUT');
      expect(body.errors[0].message).toMatch(/rolled back: nothing was changed/);
      expect(body.errors[0].message).not.toMatch(/first|fewer items/);
    } finally {
      await lock.rollback();
      await lockSession.close();
      await shortServer.close();
      await shortGateway.close();
    }
    const still = await post(LOOKUP, { k: blocked });
    expect(still.body.data.case?.caseNumber).toBe(blocked);
  });

  // The Neo4j the global setup started: with NEO4J_URI of your own there is none to freeze,
  // and the test says so rather than passing without its assertions.
  const neo4jPid = Number(process.env.IMR_GRAPH_TEST_NEO4J_PID);
  test('with Neo4j frozen, requests are answered 504 REQUEST_TIMEOUT at the deadline, and all is well once it thaws', async () => {
    if (!(neo4jPid > 0)) {
      throw new Error(
        'this test freezes the Neo4j the test setup starts: run it without NEO4J_URI',
      );
    }
    const thaw = () => process.kill(neo4jPid, 'SIGCONT');
    process.once('exit', thaw);
    process.kill(neo4jPid, 'SIGSTOP');
    try {
      const answers = await Promise.all([
        post(LOOKUP, { k: api.caseNumbers[1] }),
        post('{ outcomeTrend { key decisions } }'),
        post(aliases(8, 'specialties { name }')),
      ]);
      for (const { status, body } of answers) {
        expect(status).toBe(504);
        expect(body.errors[0].extensions.code).toBe('REQUEST_TIMEOUT');
      }
      const health = await fetch(server.url.replace(/\/graphql$/, '/healthz'), {
        signal: AbortSignal.timeout(CLIENT_PATIENCE_MS),
      });
      expect(health.status).toBe(503);
    } finally {
      thaw();
      process.off('exit', thaw);
    }
    const after = await post(LOOKUP, { k: api.caseNumbers[1] });
    expect(after.status).toBe(200);
    expect(after.body.data.case.caseNumber).toBe(api.caseNumbers[1]);
  });
});
