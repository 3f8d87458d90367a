/**
 * The response cache answers a repeated question without Cypher and never across a change of
 * the graph: this server's own mutations show at once, a load by another process within the
 * revision poll interval. With the cache off every request runs its statements.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadLetters } from '../../src/ingest/load-letters';
import { generateLetter } from '../../tools/synthetic/generate-letter';
import { createRng, letterSeed } from '../../tools/synthetic/rng';
import { connectDatabase } from '../../src/cli/connect';
import { startApiServer } from '../../src/api/http/http-server';
import { silentLogger } from '../../src/api/http/logger';
import { adminHeaders, startHarness, type ApiHarness, type Json } from './api-harness';

jest.setTimeout(300_000);

const POLL_MS = 100;
const CASE = `query One($n: ID!) { case(caseNumber: $n) { caseNumber outcome decisions { id outcome } } }`;
const PAGE = `{ cases(first: 100) { totalCount edges { node { caseNumber } } } }`;

describe('response cache', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startHarness({
      letters: 12,
      seed: 4242,
      config: { responseCache: { maxMb: 16, revisionPollMs: POLL_MS } },
    });
  });

  afterAll(async () => {
    await api?.close();
  });

  /** Statements the gateway ran while `work` did (the poll's probe is not counted). */
  async function statementsOf<T>(
    work: () => Promise<T>,
  ): Promise<{ result: T; statements: number }> {
    const before = api.gateway.statementCount;
    const result = await work();
    return { result, statements: api.gateway.statementCount - before };
  }

  test('a repeated question is answered from memory, identically', async () => {
    const variables = { n: api.caseNumbers[0] };
    const first = await statementsOf(() => api.gql(CASE, variables));
    const second = await statementsOf(() => api.gql(CASE, variables));
    expect(first.statements).toBeGreaterThan(0);
    expect(second.statements).toBe(0);
    expect(second.result).toEqual(first.result);
    expect(first.result.data?.case?.caseNumber).toBe(api.caseNumbers[0]);
    // Other variables are another question.
    const other = await statementsOf(() => api.gql(CASE, { n: api.caseNumbers[1] }));
    expect(other.statements).toBeGreaterThan(0);
    expect(other.result.data?.case?.caseNumber).toBe(api.caseNumbers[1]);
  });

  test("this server's own mutation shows in the very next answer", async () => {
    const gone = api.caseNumbers[2];
    const before = await api.gql(PAGE);
    expect(
      before.data?.cases.edges.map((e: { node: { caseNumber: string } }) => e.node.caseNumber),
    ).toContain(gone);
    await api.gql(PAGE); // cached now

    const deleted = await api.gql(
      `mutation D($n: ID!) { deleteCase(caseNumber: $n) }`,
      { n: gone },
      adminHeaders,
    );
    expect(deleted.data?.deleteCase).toBe(true);

    const after = await statementsOf(() => api.gql(PAGE));
    expect(after.statements).toBeGreaterThan(0);
    expect(after.result.data?.cases.totalCount).toBe(before.data?.cases.totalCount - 1);
    expect((await api.gql(CASE, { n: gone })).data?.case).toBeNull();
  });

  test('a load by another process shows once the revision poll sees it', async () => {
    const caseNumber = 'SYN-9990001';
    api.track(caseNumber);
    // Let any revision change still on its way (a poll begun before the last write) land
    // first: a change between the two asks below would rightly make the second one a miss.
    await new Promise((resolve) => setTimeout(resolve, 3 * POLL_MS));
    expect((await api.gql(CASE, { n: caseNumber })).data?.case).toBeNull();
    expect((await statementsOf(() => api.gql(CASE, { n: caseNumber }))).statements).toBe(0);

    // Another gateway (its own driver and connections), as `imr-graph load` would be.
    const dir = mkdtempSync(join(tmpdir(), 'imr-cache-e2e-'));
    const other = await connectDatabase(api.config, { migrate: false });
    try {
      const letter = generateLetter(createRng(letterSeed(4242, 9_990_000)), 9_990_000, {});
      expect(letter.text).toContain(caseNumber);
      writeFileSync(join(dir, letter.fileName), letter.text);
      const summary = await loadLetters([dir], other, { threads: 1 });
      expect(summary.loaded).toBe(1);
    } finally {
      await other.close();
      rmSync(dir, { recursive: true, force: true });
    }

    const deadline = Date.now() + 50 * POLL_MS;
    let seen: string | undefined;
    while (Date.now() < deadline && !seen) {
      seen = (await api.gql(CASE, { n: caseNumber })).data?.case?.caseNumber;
      if (!seen) await new Promise((resolve) => setTimeout(resolve, POLL_MS / 2));
    }
    expect(seen).toBe(caseNumber);
  });

  /** A POST whose response headers matter: Apollo marks a cache hit with `age`. */
  async function ask(query: string): Promise<{ age: string | null; body: Json }> {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return { age: response.headers.get('age'), body: (await response.json()) as Json };
  }

  test('errors are not cached: a hit is marked, a repeated error is computed again', async () => {
    // The same answer either way, so only the hit marker can tell: check it marks hits.
    const fine = `{ cases(first: 2) { totalCount } }`;
    expect((await ask(fine)).age).toBeNull();
    expect((await ask(fine)).age).not.toBeNull();
    // Refused while resolving (not at validation), so it reaches the cache's lookup.
    const tooMany = `{ cases(first: 101) { totalCount } }`;
    for (let i = 0; i < 2; i++) {
      const { age, body } = await ask(tooMany);
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(age).toBeNull();
    }
  });

  test('with the cache off (IMR_GRAPH_RESPONSE_CACHE_MB=0) every request runs its statements', async () => {
    const server = await startApiServer(
      { ...api.config, responseCache: { maxMb: 0, revisionPollMs: POLL_MS } },
      api.gateway,
      { port: 0, host: '127.0.0.1', log: silentLogger },
    );
    try {
      const ask = () =>
        fetch(server.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: CASE, variables: { n: api.caseNumbers[3] } }),
        }).then((r) => r.json() as Promise<Json>);
      for (let i = 0; i < 2; i++) {
        const { statements, result } = await statementsOf(ask);
        expect(statements).toBeGreaterThan(0);
        expect(result.data.case.caseNumber).toBe(api.caseNumbers[3]);
      }
    } finally {
      await server.close();
    }
  });
});
