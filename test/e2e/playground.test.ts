import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { loadConfig } from '../../src/config';
import { connectDatabase } from '../../src/db/connect';
import type { Neo4jGateway } from '../../src/db/neo4j-gateway';
import { type ApiServer, startApiServer } from '../../src/server/http-server';
import { PLAYGROUND_CSP } from '../../src/server/playground';
import { loadSyntheticLetters, type LoadedLetters } from './synthetic-letters';

/**
 * The playground as a person uses it: Debian's Chromium opens /graphql with every request to
 * another host blocked (it must work offline), a query is typed into GraphiQL's editor and run,
 * and the answer appears in the result pane.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOT = '/tmp/playground.png';
const FAILURE_SCREENSHOT = '/tmp/playground-failure.png';

describe('the GraphQL playground', () => {
  let gateway: Neo4jGateway;
  let server: ApiServer;
  let letters: LoadedLetters;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium`);
    letters = await loadSyntheticLetters(12);
    const config = { ...loadConfig(), logLevel: 'silent' as const };
    gateway = await connectDatabase(config);
    server = await startApiServer(config, gateway, { port: 0, host: '127.0.0.1' });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await gateway?.close();
    await letters?.remove();
  });

  test('a browser gets the page, with a strict Content-Security-Policy', async () => {
    const response = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toBe(PLAYGROUND_CSP);
    const html = await response.text();
    expect(html).not.toMatch(/https?:\/\//); // nothing from a CDN
    const assets = [...html.matchAll(/(?:src|href)="(\/playground\/[^"]+)"/g)].map((m) => m[1]);
    expect(assets).toHaveLength(6);
    const origin = new URL(server.url).origin;
    for (const path of assets) {
      const asset = await fetch(origin + path);
      expect(asset.status).toBe(200);
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(asset.headers.get('content-type')).toMatch(/^text\/(javascript|css)/);
      const again = await fetch(origin + path, {
        headers: { 'if-none-match': asset.headers.get('etag') ?? '' },
      });
      expect(again.status).toBe(304);
    }
  });

  test('API clients still get GraphQL at the same URL', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  test('runs a typed query offline and shows the answer', async () => {
    const origin = new URL(server.url).origin;
    const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
    const blocked: string[] = [];
    const problems: string[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (new URL(url).origin === origin) return route.continue();
      blocked.push(url);
      return route.abort();
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    try {
      await page.goto(server.url, { waitUntil: 'load' });
      await page.waitForSelector('.graphiql-container .graphiql-query-editor .CodeMirror');
      const [first, second, third] = letters.caseNumbers;
      await typeQuery(
        page,
        `{ cases(filter: { caseNumbers: ["${first}", "${second}", "${third}"] }, first: 2) { totalCount } }`,
      );
      await page.keyboard.press('Shift+Control+P'); // prettify, for a readable screenshot
      await page.keyboard.press('Escape'); // and close the autocompletion list it may open
      await page.click('.graphiql-execute-button');
      await page
        .locator('.graphiql-response', { hasText: /"totalCount": \d+/ })
        .waitFor({ timeout: 30_000 });
      const result = await page.locator('.graphiql-response .CodeMirror').innerText();
      expect(result).toMatch(/"totalCount": 3\b/);
      expect(await page.title()).toMatch(/imr-graph/);
      await page.screenshot({ path: SCREENSHOT });
    } catch (error) {
      await page.screenshot({ path: FAILURE_SCREENSHOT });
      throw error;
    } finally {
      await page.close();
    }
    expect(blocked).toEqual([]);
    expect(problems).toEqual([]);
  });
});

/** Replaces the editor's text by typing, as a person would (GraphiQL closes brackets itself). */
async function typeQuery(page: Page, query: string): Promise<void> {
  await page.click('.graphiql-query-editor .CodeMirror-scroll');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(query);
}
