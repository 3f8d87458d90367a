/**
 * What an operator sees, over HTTP against the real Neo4j: GET /metrics in Prometheus' text
 * format with the counters moving after requests (by operation and code, latency, statements,
 * response-cache hits, refusals, the Neo4j pool), and one JSON log line per request with the
 * operation, duration, code and statement count, never a request's values.
 */
import { createLogger } from '../../src/api/http/logger';
import { startApiServer, type ApiServer } from '../../src/api/http/http-server';
import { startHarness, type ApiHarness, type Json } from './api-harness';

jest.setTimeout(180_000);

const MARKER = 'zq-marker-7b1e4c';

/** Prometheus text → value of the series `name{labels}` (labels in any order), or 0. */
function valueOf(text: string, name: string, labels: Record<string, string> = {}): number {
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = Object.fromEntries(
      [...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]),
    );
    if (Object.entries(labels).every(([key, value]) => present[key] === value))
      return Number(match[3]);
  }
  return 0;
}

describe('GET /metrics and the request log', () => {
  let api: ApiHarness;
  let server: ApiServer;
  const lines: string[] = [];

  async function post(query: string, variables: Record<string, unknown> = {}) {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as Json };
  }

  async function scrape(): Promise<string> {
    const response = await fetch(server.url.replace(/\/graphql$/, '/metrics'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return response.text();
  }

  beforeAll(async () => {
    api = await startHarness({ letters: 3, seed: 515151 });
    // A server of its own, with the default response cache and a JSON log captured here.
    server = await startApiServer(
      { ...api.config, responseCache: { maxMb: 64, revisionPollMs: 500 } },
      api.gateway,
      {
        port: 0,
        host: '127.0.0.1',
        log: createLogger('info', 'json', (line) => lines.push(line)),
      },
    );
  });

  afterAll(async () => {
    await server?.close();
    await api?.close();
  });

  test('counters move with requests: by operation and code, latency, statements, cache, refusals', async () => {
    const before = await scrape();
    const lookup = `query CaseLookup($caseNumber: ID!) { case(caseNumber: $caseNumber) { caseNumber outcome decisions { id } } }`;
    expect((await post(lookup, { caseNumber: api.caseNumbers[0] })).body.data.case).not.toBeNull();
    expect((await post(lookup, { caseNumber: api.caseNumbers[0] })).body.data.case).not.toBeNull();
    expect((await post(lookup, { caseNumber: `${MARKER}` })).body.data.case).toBeNull();
    const tooDeep =
      await post(`query TooDeep { cases { edges { node { decisions { service { decisions {
      edges { node { case { reviewer { cases { totalCount } } } } } } } } } } } }`);
    expect(tooDeep.status).toBe(400);
    const notJson = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `{"query": "${MARKER}`,
    });
    expect(notJson.status).toBe(400);
    const badInput = await post(`query Paged { cases(first: 101) { totalCount } }`);
    expect(badInput.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const after = await scrape();

    const delta = (name: string, labels: Record<string, string> = {}) =>
      valueOf(after, name, labels) - valueOf(before, name, labels);
    expect(delta('imr_graph_graphql_requests_total', { operation: 'CaseLookup', code: 'OK' })).toBe(
      3,
    );
    expect(
      delta('imr_graph_graphql_requests_total', {
        operation: 'TooDeep',
        code: 'QUERY_TOO_COMPLEX',
      }),
    ).toBe(1);
    expect(
      delta('imr_graph_graphql_requests_total', { operation: 'Paged', code: 'BAD_USER_INPUT' }),
    ).toBe(1);
    expect(
      delta('imr_graph_graphql_requests_total', { operation: 'none', code: 'BAD_REQUEST' }),
    ).toBe(1);
    expect(
      delta('imr_graph_graphql_request_duration_seconds_count', { operation: 'CaseLookup' }),
    ).toBe(3);
    expect(
      delta('imr_graph_graphql_request_duration_seconds_sum', { operation: 'CaseLookup' }),
    ).toBeGreaterThan(0);
    // The second lookup was a cache hit; the first, the third and Paged were looked up and
    // missed; TooDeep was refused before the cache was asked.
    expect(delta('imr_graph_response_cache_requests_total', { result: 'hit' })).toBe(1);
    expect(delta('imr_graph_response_cache_requests_total', { result: 'miss' })).toBe(3);
    expect(delta('imr_graph_neo4j_statements_total', { operation: 'CaseLookup' })).toBeGreaterThan(
      0,
    );
    expect(delta('imr_graph_refusals_total', { reason: 'depth' })).toBe(1);
    expect(valueOf(after, 'imr_graph_graphql_requests_in_flight')).toBe(0);
    // The driver's pool holds the connections the lookups used, idle or lent out.
    expect(
      valueOf(after, 'imr_graph_neo4j_pool_connections_idle') +
        valueOf(after, 'imr_graph_neo4j_pool_connections_in_use'),
    ).toBeGreaterThan(0);
    expect(after).toMatch(/^imr_graph_neo4j_pool_acquisitions_waiting 0$/m);
    expect(delta('imr_graph_neo4j_connection_acquisition_seconds_count')).toBeGreaterThan(0);
    expect(after).toMatch(/^imr_graph_process_resident_memory_bytes \d+/m);
    expect(after).not.toContain(MARKER);
  });

  test('one JSON log line per request, with operation, duration, code and statements, no values', async () => {
    lines.length = 0;
    const search = `query FindIt($text: String!) { search(text: $text) { field } }`;
    await post(search, { text: `${MARKER} knee` });
    await post(`query Paged($first: Int!) { cases(first: $first) { totalCount } }`, { first: 101 });
    await post(`{ case(caseNumber: "${MARKER}") { caseNumber } }`);
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const requests = entries.filter((entry) => entry.msg === 'request');
    expect(requests).toHaveLength(3);
    expect(requests[0]).toEqual({
      time: expect.any(String),
      level: 'info',
      msg: 'request',
      operation: 'FindIt',
      code: 'OK',
      status: 200,
      durationMs: expect.any(Number),
      // The text index, the guideline sections whose names hold every word, and the reasons
      // (their codes and labels, to match the words against).
      statements: 3,
      cacheHit: false,
    });
    expect(requests[1]).toMatchObject({
      operation: 'Paged',
      code: 'BAD_USER_INPUT',
      statements: 0,
    });
    expect(requests[2]).toMatchObject({ operation: 'anonymous', code: 'OK' });
    for (const line of lines) expect(line).not.toContain(MARKER);
  });
});
