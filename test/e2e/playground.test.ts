import { existsSync } from 'node:fs';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { loadConfig } from '../../src/config';
import { connectDatabase } from '../../src/cli/connect';
import type { Neo4jGateway } from '../../src/graph/neo4j-gateway';
import { type ApiServer, startApiServer } from '../../src/api/http/http-server';
import { PLAYGROUND_CSP } from '../../src/api/http/playground';
import { readExampleTabs } from '../../src/api/http/playground-examples';
import { SCHEMA_DESCRIPTION } from '../../src/api/schema/schema-description';
import { loadSyntheticLetters, type LoadedLetters } from './synthetic-letters';

/**
 * The playground as a person uses it: Debian's Chromium opens /graphql with every request to
 * another origin blocked (it must work offline), finds the example queries of
 * schema/examples.graphql as tabs, types a query into GraphiQL's editor, runs it with the run
 * button, and the answer appears in the result pane.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOT = '/tmp/playground.png';
const FAILURE_SCREENSHOT = '/tmp/playground-failure.png';
const DOCS_SCREENSHOT = '/tmp/playground-docs.png';
const QUERY_EDITOR = '.graphiql-container .graphiql-query-editor .CodeMirror';
const examples = readExampleTabs();

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

  test('opens offline with the example research queries as tabs', async () => {
    const session = await openPlayground(browser, server.url);
    const { page } = session;
    try {
      await page.waitForSelector(QUERY_EDITOR);
      const titles = await page.locator('.graphiql-tab').allInnerTexts();
      expect(titles.map((title) => title.trim())).toEqual(examples.map((tab) => tab.name));
      // The first tab, open on arrival, holds the mission question as written in the file.
      expect(await editorText(page)).toBe(examples[0].query);
      expect(examples[0].query).toMatch(
        /guidelineImpact\(\s*filter: \{ subcategory: "Chiropractic", synthetic: false \}/,
      );
      expect(await page.title()).toMatch(/imr-graph/);
    } finally {
      await page.close();
    }
    expect(session.blocked).toEqual([]);
    expect(session.problems).toEqual([]);
  });

  test('the documentation pane opens on the schema description', async () => {
    const session = await openPlayground(browser, server.url);
    const { page } = session;
    try {
      await page.waitForSelector(QUERY_EDITOR);
      await page.click('.graphiql-sidebar button[aria-label="Show Documentation Explorer"]');
      const explorer = page.locator('.graphiql-doc-explorer');
      await explorer.waitFor();
      // The root of the pane: its title, then the schema's description where GraphiQL would
      // otherwise say "A GraphQL schema provides a root type for each kind of operation."
      expect(await explorer.locator('.graphiql-doc-explorer-title').innerText()).toBe('Docs');
      const root = explorer.locator(
        '.graphiql-doc-explorer-content > .graphiql-markdown-description',
      );
      const shown = words(await root.first().innerText());
      expect(shown).toContain(words(plainMarkdown(SCHEMA_DESCRIPTION.split('\n\n')[0])));
      expect(shown).toContain('MAXIMUS Final Determination Letter');
      expect(shown).toContain(
        'guidelineImpact(filter: {subcategory: "Chiropractic"}, minDecisions: 10)',
      );
      expect(shown).not.toContain('A GraphQL schema provides a root type');
      await page.screenshot({ path: DOCS_SCREENSHOT });
      // One step in, the Query type explains itself too.
      await explorer.locator('a.graphiql-doc-explorer-type-name', { hasText: /^Query$/ }).click();
      await explorer.locator('.graphiql-doc-explorer-title', { hasText: /^Query$/ }).waitFor();
      expect(words(await root.first().innerText())).toMatch(/^Everything you can ask/);
    } catch (error) {
      await page.screenshot({ path: FAILURE_SCREENSHOT });
      throw error;
    } finally {
      await page.close();
    }
    expect(session.blocked).toEqual([]);
    expect(session.problems).toEqual([]);
  });

  test('runs a query typed over an example, offline, and shows the answer', async () => {
    const session = await openPlayground(browser, server.url);
    const { page } = session;
    try {
      await page.waitForSelector(QUERY_EDITOR);
      const [first, second, third] = letters.caseNumbers;
      const response = page.locator('.graphiql-response .CodeMirror');
      // Typed over the mission question and run at once with Ctrl+Enter, as a person pasting
      // a query does: GraphiQL may still hold the tab's operation name (playground-page.ts).
      await typeQuery(page, `{ cases(filter: { caseNumbers: ["${first}"] }) { totalCount } }`);
      await page.keyboard.press('Control+Enter');
      await waitForAnswer(response, session);
      expect(await response.innerText()).toMatch(/"totalCount": 1\b/);
      // Another query, run with the run button: the answer changes.
      await typeQuery(
        page,
        `{ cases(filter: { caseNumbers: ["${first}", "${second}", "${third}"] }, first: 2) { totalCount } }`,
      );
      await page.keyboard.press('Shift+Control+P'); // prettify, for a readable screenshot
      await page.keyboard.press('Escape'); // and close the autocompletion list it may open
      await page.click('.graphiql-execute-button');
      await waitForAnswer(response, session, /"totalCount": 3\b/);
      expect(await response.innerText()).toMatch(/"totalCount": 3\b/);
      await page.screenshot({ path: SCREENSHOT });
    } catch (error) {
      await page.screenshot({ path: FAILURE_SCREENSHOT });
      throw error;
    } finally {
      await page.close();
    }
    expect(session.blocked).toEqual([]);
    expect(session.problems).toEqual([]);
  });
});

interface PlaygroundSession {
  page: Page;
  /** Requests to any other origin: aborted, and a failure of the test. */
  blocked: string[];
  /** Uncaught page errors and console errors (a failed fetch logs one). */
  problems: string[];
}

/** Opens the playground with every request that does not go to the server aborted. */
async function openPlayground(browser: Browser, url: string): Promise<PlaygroundSession> {
  const origin = new URL(url).origin;
  const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
  const session: PlaygroundSession = { page, blocked: [], problems: [] };
  await page.route('**/*', (route) => {
    const target = route.request().url();
    if (new URL(target).origin === origin) return route.continue();
    session.blocked.push(target);
    return route.abort();
  });
  page.on('pageerror', (error) => session.problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') session.problems.push(`console: ${message.text()}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  return session;
}

/** Waits for an answer (data or errors) in the result pane; a timeout says what the page logged. */
async function waitForAnswer(
  response: Locator,
  session: PlaygroundSession,
  text: RegExp = /"(totalCount|errors)"/,
): Promise<void> {
  await response
    .filter({ hasText: text })
    .waitFor({ timeout: 30_000 })
    .catch((error: Error) => {
      const shown = session.problems.join('; ') || 'none';
      throw new Error(`${error.message}\nbrowser problems: ${shown}`);
    });
}

/** The query editor's whole text, from CodeMirror itself (the DOM holds only visible lines). */
async function editorText(page: Page): Promise<string> {
  return page.$eval(QUERY_EDITOR, (element) =>
    (element as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue(),
  );
}

/** Text with its runs of white space as single spaces, as a browser lays out a paragraph. */
function words(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Markdown emphasis and code marks dropped: the text a reader sees. */
function plainMarkdown(markdown: string): string {
  return markdown.replace(/\*\*|`/g, '');
}

/** Replaces the editor's text by typing, as a person would (GraphiQL closes brackets itself). */
async function typeQuery(page: Page, query: string): Promise<void> {
  await page.click('.graphiql-query-editor .CodeMirror-scroll');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(query);
}
