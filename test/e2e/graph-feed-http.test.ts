import { existsSync } from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { MultiDirectedGraph } from 'graphology';
import * as gexf from 'graphology-gexf';
import * as graphml from 'graphology-graphml';
import { chromium, type Browser } from 'playwright-core';
import { CORS_ALLOWED_HEADERS } from '../../src/api/http/http-middleware';
import { startHarness, type ApiHarness, type Json } from './api-harness';

/**
 * What a graph frontend on another origin and an analyst's tools get over HTTP: CORS for
 * the origins IMR_GRAPH_CORS_ORIGINS lists (from a page on another port in Chromium, and at
 * the header level), compressed answers, and the graph view as GEXF and GraphML files that
 * read back to the JSON view.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const VIEW = `query View($id: ID!, $depth: Int, $limit: Int) {
  graph(id: $id, depth: $depth, limit: $limit) {
    root truncated
    nodes { id label labels caption depth degree size color x y properties }
    edges { id type source target caption }
  }
}`;

const IMPACT = `query Impact($filter: DecisionFilter, $by: Dimension, $minDecisions: Int, $limit: Int) {
  impactGraph(filter: $filter, by: $by, minDecisions: $minDecisions, limit: $limit) {
    root truncated
    nodes { id label labels caption depth degree size color x y properties }
    edges { id type source target caption weight properties }
  }
}`;

/** A page server on its own port: another origin than the API's. */
async function startPageServer(): Promise<{ origin: string; close(): Promise<void> }> {
  const server = http.createServer((_req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end('<!doctype html><title>graph frontend</title>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A raw answer: headers and the body bytes as sent (fetch would decode them). */
function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? 'GET', headers: options.headers });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('the graph feed over HTTP', () => {
  let api: ApiHarness;
  let allowed: Awaited<ReturnType<typeof startPageServer>>;
  let other: Awaited<ReturnType<typeof startPageServer>>;
  let browser: Browser;
  let caseId: string;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium`);
    allowed = await startPageServer();
    other = await startPageServer();
    api = await startHarness({
      letters: 30,
      seed: 1313,
      config: { cors: { origins: [allowed.origin] } },
    });
    caseId = `Case:${api.caseNumbers[0]}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await allowed?.close();
    await other?.close();
  });

  const graphJson = async (variables: Record<string, unknown>) => {
    const answer = await api.gql(VIEW, variables);
    expect(answer.errors).toBeUndefined();
    return answer.data?.graph as Json;
  };

  describe('CORS', () => {
    /** A page of `origin` posts JSON to the API (a preflighted request); its outcome. */
    async function fetchFromPage(origin: string): Promise<Json> {
      const page = await browser.newPage();
      try {
        await page.goto(`${origin}/`);
        return await page.evaluate(async (url) => {
          try {
            const response = await fetch(url, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ query: '{ __typename }' }),
            });
            return { status: response.status, body: (await response.json()) as unknown };
          } catch (error) {
            return { failed: (error as Error).name };
          }
        }, api.url);
      } finally {
        await page.close();
      }
    }

    test('a page of an allowed origin calls the API from Chromium', async () => {
      expect(await fetchFromPage(allowed.origin)).toEqual({
        status: 200,
        body: { data: { __typename: 'Query' } },
      });
    });

    test('a page of any other origin is blocked by the browser', async () => {
      expect(await fetchFromPage(other.origin)).toEqual({ failed: 'TypeError' });
    });

    const preflight = (origin: string) =>
      fetch(api.url, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,authorization,apollo-require-preflight',
        },
      });

    test('the preflight of an allowed origin names the methods and headers it may send', async () => {
      const response = await preflight(allowed.origin);
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe(allowed.origin);
      expect(response.headers.get('access-control-allow-methods')?.split(',')).toEqual(
        expect.arrayContaining(['GET', 'POST']),
      );
      const headers = response.headers.get('access-control-allow-headers')?.split(',');
      expect(headers).toEqual(CORS_ALLOWED_HEADERS);
      expect(headers).toEqual(
        expect.arrayContaining(['content-type', 'authorization', 'apollo-require-preflight']),
      );
      expect(response.headers.get('vary')).toMatch(/Origin/);
    });

    test('another origin gets no CORS header, on the preflight or the answer', async () => {
      const response = await preflight(other.origin);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      expect(response.headers.get('access-control-allow-headers')).toBeNull();
      const answer = await fetch(api.url, {
        method: 'POST',
        headers: { origin: other.origin, 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(answer.headers.get('access-control-allow-origin')).toBeNull();
      expect(answer.headers.get('vary')).toMatch(/Origin/);
    });

    test("answers to an allowed origin carry its name; Apollo's CSRF prevention stays on", async () => {
      const query = `${api.url}?query=${encodeURIComponent('{ __typename }')}`;
      const simple = await fetch(query, { headers: { origin: allowed.origin } });
      expect(simple.status).toBe(400); // a GET without a preflight header: a possible CSRF
      expect(simple.headers.get('access-control-allow-origin')).toBe(allowed.origin);
      const preflighted = await fetch(query, {
        headers: { origin: allowed.origin, 'apollo-require-preflight': 'true' },
      });
      expect(preflighted.status).toBe(200);
      expect(await preflighted.json()).toEqual({ data: { __typename: 'Query' } });
    });
  });

  describe('compression', () => {
    const post = (query: string, variables: Record<string, unknown>, encoding: string) =>
      rawRequest(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-encoding': encoding },
        body: JSON.stringify({ query, variables }),
      });

    test('a large answer comes gzip or br encoded, and decodes to the same JSON', async () => {
      const variables = { id: caseId, depth: 2, limit: 200 };
      const plain = await post(VIEW, variables, 'identity');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.length).toBeGreaterThan(4096);
      const gzip = await post(VIEW, variables, 'gzip');
      expect(gzip.headers['content-encoding']).toBe('gzip');
      expect(gzip.body.length).toBeLessThan(plain.body.length / 2);
      const br = await post(VIEW, variables, 'br, gzip');
      expect(br.headers['content-encoding']).toBe('br');
      const expected = JSON.parse(plain.body.toString('utf8')) as Json;
      expect(JSON.parse(gunzipSync(gzip.body).toString('utf8'))).toEqual(expected);
      expect(JSON.parse(brotliDecompressSync(br.body).toString('utf8'))).toEqual(expected);
      expect(expected.data.graph.nodes.length).toBeGreaterThan(10);
    });

    test('a small answer is sent as it is', async () => {
      const small = await post('{ __typename }', {}, 'gzip, br');
      expect(small.headers['content-encoding']).toBeUndefined();
      expect(JSON.parse(small.body.toString('utf8'))).toEqual({ data: { __typename: 'Query' } });
    });

    test('the playground page and its assets still load, gzipped once', async () => {
      const page = await fetch(api.url, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      const html = await page.text();
      const assets = [...html.matchAll(/(?:src|href)="(\/playground\/[^"]+)"/g)].map((m) => m[1]);
      expect(assets.length).toBeGreaterThan(0);
      let compressed = 0;
      for (const path of assets) {
        const asset = await rawRequest(api.origin + path, {
          headers: { 'accept-encoding': 'gzip' },
        });
        expect(asset.status).toBe(200);
        if (asset.headers['content-encoding'] === undefined) {
          expect(asset.body.length).toBeLessThan(1024);
          continue;
        }
        expect(asset.headers['content-encoding']).toBe('gzip');
        expect(Number(asset.headers['content-length'])).toBe(asset.body.length);
        const text = gunzipSync(asset.body);
        expect(text.subarray(0, 2).toString('hex')).not.toBe('1f8b'); // not gzipped twice
        expect(text.length).toBeGreaterThan(asset.body.length);
        compressed += 1;
      }
      expect(compressed).toBeGreaterThan(0);
    });
  });

  describe('exports', () => {
    const exportUrl = (file: string, parameters: Record<string, string | number>) => {
      const search = new URLSearchParams(
        Object.entries(parameters).map(([k, v]): [string, string] => [k, String(v)]),
      );
      return `${api.origin}/export/${file}?${search.toString()}`;
    };

    /** Properties named as the formats' own fields come with a prefix (graph-export.ts). */
    const attributeName = (property: string) =>
      ['id', 'label', 'color', 'size', 'x', 'y', 'weight'].includes(property)
        ? `property_${property}`
        : property;

    /** The JSON view's nodes and edges, as the files should carry them. */
    function expectSameGraph(
      parsed: MultiDirectedGraph,
      view: Json,
      lists: (value: Json[]) => Json,
    ) {
      expect(parsed.order).toBe(view.nodes.length);
      expect(parsed.size).toBe(view.edges.length);
      for (const node of view.nodes) {
        const attributes = parsed.getNodeAttributes(node.id);
        expect(attributes.label).toBe(node.caption);
        expect(attributes.nodeLabel).toBe(node.label);
        expect(attributes.depth).toBe(node.depth);
        expect(attributes.degree).toBe(node.degree);
        expect(attributes.labels).toEqual(lists(node.labels));
        for (const [name, value] of Object.entries(node.properties as Record<string, Json>)) {
          const exported = attributes[attributeName(name)];
          if (Array.isArray(value)) {
            // An empty list is no value (GEXF cannot type one).
            expect([name, exported]).toEqual([name, value.length ? lists(value) : undefined]);
          } else expect([name, exported]).toEqual([name, value ?? undefined]); // a null is no value
        }
      }
      for (const edge of view.edges) {
        expect(parsed.source(edge.id)).toBe(edge.source);
        expect(parsed.target(edge.id)).toBe(edge.target);
        expect(parsed.getEdgeAttributes(edge.id)).toMatchObject({
          label: edge.caption,
          relType: edge.type,
        });
      }
    }

    const args = () => ({ id: caseId, depth: 2, limit: 60 });

    test('graph.gexf is GEXF 1.3 that reads back to the JSON view', async () => {
      const view = await graphJson(args());
      const response = await fetch(exportUrl('graph.gexf', args()));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/gexf\+xml/);
      const text = await response.text();
      expect(text).toMatch(/<gexf version="1\.3" xmlns="http:\/\/gexf\.net\/1\.3"/);
      expect(text).toMatch(/<attribute id="nodeLabel" title="nodeLabel" type="string"/);
      expect(text).toMatch(/<attribute id="degree" title="degree" type="integer"/);
      const parsed = gexf.parse(MultiDirectedGraph, text);
      expectSameGraph(parsed, view, (list) => list);
      for (const node of view.nodes) {
        const attributes = parsed.getNodeAttributes(node.id);
        expect(attributes).toMatchObject({ x: node.x, y: node.y, size: node.size });
        expect(String(attributes.color).toLowerCase()).toMatch(
          new RegExp(`${node.color.slice(1).toLowerCase()}|rgb`),
        );
      }
    });

    test('graph.graphml reads back to the JSON view, every attribute declared with its type', async () => {
      const view = await graphJson(args());
      const response = await fetch(exportUrl('graph.graphml', args()));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/graphml\+xml/);
      const text = await response.text();
      expect(text).toMatch(/attr\.name="degree" attr\.type="int"/);
      expect(text).toMatch(/attr\.name="x" attr\.type="double"|attr\.name="x" attr\.type="int"/);
      const parsed = graphml.parse(MultiDirectedGraph, text);
      // GraphML has no lists: they come as JSON text.
      expectSameGraph(parsed, view, (list) => JSON.stringify(list));
      for (const node of view.nodes) {
        expect(parsed.getNodeAttributes(node.id)).toMatchObject({
          x: node.x,
          y: node.y,
          size: node.size,
          color: node.color,
        });
      }
      expect(parsed.getAttribute('root')).toBe(view.root);
      expect(parsed.getAttribute('truncated')).toBe(view.truncated);
    });

    test('impact.graphml and impact.gexf read back to the JSON impactGraph, filter fields included', async () => {
      const variables = {
        filter: { synthetic: true, decidedFrom: '2000-01-01' },
        by: 'SUBCATEGORY',
        minDecisions: 1,
        limit: 8,
      };
      const answer = await api.gql(IMPACT, variables);
      expect(answer.errors).toBeUndefined();
      const view = answer.data?.impactGraph as Json;
      expect(view.edges.length).toBeGreaterThan(0);
      const parameters = {
        'filter.synthetic': 'true',
        'filter.decidedFrom': '2000-01-01',
        by: 'SUBCATEGORY',
        minDecisions: 1,
        limit: 8,
      };
      const graphmlText = await (await fetch(exportUrl('impact.graphml', parameters))).text();
      const fromGraphml = graphml.parse(MultiDirectedGraph, graphmlText);
      expectSameGraph(fromGraphml, view, (list) => JSON.stringify(list));
      for (const edge of view.edges) {
        expect(fromGraphml.getEdgeAttributes(edge.id)).toMatchObject({
          weight: edge.weight,
          decisions: edge.properties.decisions,
          overturned: edge.properties.overturned,
        });
      }
      const gexfText = await (await fetch(exportUrl('impact.gexf', parameters))).text();
      expectSameGraph(
        gexfText ? gexf.parse(MultiDirectedGraph, gexfText) : fromGraphml,
        view,
        (l) => l,
      );
      // Published letters only: none here, so no pair.
      const published = await fetch(exportUrl('impact.graphml', { 'filter.synthetic': 'false' }));
      expect(published.status).toBe(200);
      expect(graphml.parse(MultiDirectedGraph, await published.text()).size).toBe(0);
    });

    test('impact parameters are read as their GraphQL types, or refused by name', async () => {
      for (const [name, value] of [
        ['by', 'NOT_A_DIMENSION'],
        ['filter.synthetic', 'yes'],
        ['filter.decidedFrom', '2016-02-30'],
        ['filter.outcome', 'LOST'],
      ]) {
        const response = await fetch(exportUrl('impact.gexf', { [name]: value }));
        expect([name, response.status]).toEqual([name, 400]);
        const body = (await response.json()) as Json;
        expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
        expect(body.errors[0].message).toContain(name);
      }
    });

    test("without depth and limit, an export is the field's default view", async () => {
      const view = await graphJson({ id: caseId });
      const response = await fetch(exportUrl('graph.graphml', { id: caseId }));
      const parsed = graphml.parse(MultiDirectedGraph, await response.text());
      expectSameGraph(parsed, view, (list) => JSON.stringify(list));
      expect(parsed.getAttributes()).toMatchObject({ depth: 1, limit: 200 });
    });

    test("errors are the GraphQL field's, with its code and a 4xx status", async () => {
      const ROOT_ONLY =
        'query V($id: ID!, $depth: Int, $limit: Int) { graph(id: $id, depth: $depth, limit: $limit) { root } }';
      const cases: [Record<string, string | number>, number][] = [
        [{ id: caseId, limit: 0 }, 400],
        [{ id: caseId, limit: 501 }, 400],
        [{ id: caseId, depth: 4 }, 400],
        [{ id: 'Case:NO-SUCH-CASE' }, 404],
      ];
      for (const [parameters, status] of cases) {
        const expected = (await api.gql(ROOT_ONLY, parameters)).errors?.[0];
        expect(expected?.extensions?.code).toBe(status === 404 ? 'NOT_FOUND' : 'BAD_USER_INPUT');
        for (const file of ['graph.gexf', 'graph.graphml']) {
          const response = await fetch(exportUrl(file, parameters));
          expect(response.status).toBe(status);
          const body = (await response.json()) as Json;
          expect(body.errors[0].message).toBe(expected?.message);
          expect(body.errors[0].extensions.code).toBe(expected?.extensions?.code);
        }
      }
    });

    test('parameters that are not numbers, unknown or missing are refused by name', async () => {
      const refusals: [string, RegExp][] = [
        [exportUrl('graph.gexf', { id: caseId, depth: 'two' }), /depth must be a whole number/],
        [exportUrl('graph.gexf', { id: caseId, deep: 2 }), /unknown query parameter "deep"/],
        [exportUrl('graph.graphml', {}), /the query parameter id is required/],
      ];
      for (const [url, message] of refusals) {
        const response = await fetch(url);
        expect(response.status).toBe(400);
        const body = (await response.json()) as Json;
        expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
        expect(body.errors[0].message).toMatch(message);
      }
      const unknown = await fetch(`${api.origin}/export/graph.csv?id=${caseId}`);
      expect(unknown.status).toBe(404);
      expect(((await unknown.json()) as Json).errors[0].message).toMatch(/graph\.gexf/);
    });
  });
});
