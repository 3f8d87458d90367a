import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { loadConfig } from '../../src/config';
import { connectDatabase } from '../../src/cli/connect';
import { Neo4jGateway } from '../../src/graph/neo4j-gateway';
import { defineQuery, type Row } from '../../src/graph/named-query';
import { loadLetters } from '../../src/ingest/load-letters';
import { deleteCases } from '../../src/ingest/ingest.service';
import { type ApiServer, startApiServer } from '../../src/api/http/http-server';
import { EXPLORER_CSP } from '../../src/api/http/explorer';
import { corpusDir, seedsDir } from '../helpers/corpus';
import { loadSyntheticLetters, type LoadedLetters } from './synthetic-letters';

/**
 * The explorer as a reader uses it, in Debian's headless Chromium with every other host
 * blocked, against a real Neo4j holding the published letters (the seeds and the DWC corpus)
 * and a few synthetic ones: the opening view answers the mission question and its chart shows
 * guidelineImpact's numbers; a case found by the search box, a decision selected and its
 * rationale read in the panel, a node expanded in place; the URL reloads to the same view;
 * a refused query and an unavailable database show in the page (Try again draws once the
 * database is back); the taxonomy controls narrow; labels at default zoom do not overlap;
 * every kind of node links a playground question the API answers. Screenshots go to docs/;
 * first paint and the frame time of panning a 2,000-node view are printed (measured, not
 * asserted).
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const DOCS = join(__dirname, '../../docs');
const FAILURE_SCREENSHOT = '/tmp/explorer-failure.png';
const PARSE_AND_LOAD_MS = 900_000;

/*
 * Browser-side code is passed as strings: this file is compiled for Node, without the DOM's
 * types. The page keeps a handle on its Cytoscape instance for this (window.imrExplorer).
 */
const CY = 'window.imrExplorer.cy';
const FOCUSED = 'document.activeElement?.id ?? null';
/** Taps a node as a click would; returns nothing (a collection would be serialised whole). */
const tap = (id: string) => `void ${CY}.getElementById(${JSON.stringify(id)}).emit('tap')`;

/**
 * 2,000 nodes (a sunflower spiral of decisions and services, a tree of edges) drawn through the
 * page's own drawing.show, as a neighbourhood from the API would be.
 */
const BIG_VIEW = `(() => {
  const nodes = [];
  const edges = [];
  for (let i = 0; i < 2000; i++) {
    const angle = i * 2.399963;
    const r = Math.sqrt(i);
    const label = i % 3 === 2 ? 'Service' : 'Decision';
    nodes.push({
      id: 'n' + i, key: String(i), label, caption: label + ' ' + i, depth: 1, degree: 1,
      size: 10 + (i % 7), x: r * Math.cos(angle), y: r * Math.sin(angle),
      properties: label === 'Decision' ? { outcome: i % 3 === 0 ? 'OVERTURNED' : 'UPHELD' } : {},
    });
    if (i > 0) edges.push({ id: 'e' + i, source: 'n' + i, target: 'n' + Math.floor(i / 3), type: 'T', caption: '' });
  }
  window.imrExplorer.drawing.show({ root: 'n0', truncated: false, nodes, edges }, 'neighbourhood');
  return ${CY}.nodes().length;
})()`;

/** Frame times: the gaps between animation frames, from now until FRAMES_STOP. */
const FRAMES_START = `(() => {
  window.frameGaps = [];
  window.recording = true;
  let last = performance.now();
  const step = (now) => {
    window.frameGaps.push(now - last);
    last = now;
    if (window.recording) requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
})()`;
const FRAMES_STOP = `(window.recording = false, window.frameGaps.slice(1))`;

/** A pan moved by the page itself, a step each frame: every frame a full redraw. */
const SCRIPTED_PAN = `new Promise((resolve) => {
  const end = performance.now() + 3000;
  const step = (now) => {
    ${CY}.panBy({ x: 6, y: 3 });
    if (now < end) requestAnimationFrame(step);
    else resolve();
  };
  requestAnimationFrame(step);
})`;

const caseNumbersQuery = defineQuery<Record<string, never>, Row>(
  'test.explorer.caseNumbers',
  'MATCH (c:Case) RETURN c.caseNumber AS caseNumber',
  (row) => row,
);

interface ImpactRow {
  key: string;
  decisions: number;
  outcomeCount: number;
  rate: number;
  rateLow: number;
  rateHigh: number;
  lift: number | null;
}

const IMPACT = `query($filter: DecisionFilter) {
  guidelineImpact(filter: $filter, outcome: OVERTURNED, citedBy: REVIEWER, minDecisions: 2, limit: 12) {
    key decisions outcomeCount rate rateLow rateHigh lift
  }
}`;

/** The chart's printed numbers, written out here independently of the page's code. */
function printed(row: ImpactRow): string {
  const pc = (rate: number) => `${(rate * 100).toFixed(1)}%`;
  const lift = row.lift === null ? '–' : row.lift.toFixed(2);
  return (
    `${pc(row.rate)} [${pc(row.rateLow)}–${pc(row.rateHigh)}] · ` +
    `${row.outcomeCount}/${row.decisions} decisions · lift ${lift}`
  );
}

interface Session {
  page: Page;
  blocked: string[];
  problems: string[];
}

describe('the explorer page', () => {
  let gateway: Neo4jGateway;
  let server: ApiServer;
  let synthetic: LoadedLetters;
  let browser: Browser;
  let origin: string;
  let added: string[] = [];

  const api = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const answer = (await response.json()) as { data: T; errors?: unknown[] };
    expect(answer.errors).toBeUndefined();
    return answer.data;
  };

  beforeAll(async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium`);
    // The page's bundle, as npm run build makes it (the server reads dist/explorer).
    execFileSync('npm', ['run', '--silent', 'build:explorer'], { stdio: 'ignore' });
    const config = { ...loadConfig(), logLevel: 'silent' as const };
    gateway = await connectDatabase({ ...config, queryTimeoutMs: 300_000 }, { migrate: true });
    const before = new Set((await gateway.read(caseNumbersQuery, {})).map((r) => r.caseNumber));
    const summary = await loadLetters([seedsDir(), corpusDir()], gateway, { batchSize: 5 });
    expect(summary.loaded + summary.unchanged + summary.replaced).toBeGreaterThan(100);
    added = (await gateway.read(caseNumbersQuery, {}))
      .map((r) => String(r.caseNumber))
      .filter((n) => !before.has(n));
    synthetic = await loadSyntheticLetters(12);
    server = await startApiServer(config, gateway, { port: 0, host: '127.0.0.1' });
    origin = new URL(server.url).origin;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    const schema = await api<{
      __schema: { queryType: { fields: { name: string }[] } };
      node: { fields: { name: string }[] };
    }>(
      '{ __schema { queryType { fields { name } } } node: __type(name: "GraphNode") { fields { name } } }',
    );
    // The page draws impactGraph and pages groups (GraphNode.count): this API must have both,
    // or every test below would check a page that shows a note instead.
    expect(schema.__schema.queryType.fields.map((f) => f.name)).toContain('impactGraph');
    expect(schema.node.fields.map((f) => f.name)).toContain('count');
    mkdirSync(DOCS, { recursive: true });
  }, PARSE_AND_LOAD_MS);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await synthetic?.remove();
    if (gateway) {
      await deleteCases(gateway, added);
      await gateway.close();
    }
  });

  async function open(path: string, at = origin): Promise<Session> {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    // A step that never comes fails with Playwright's account of what it waited for.
    page.setDefaultTimeout(30_000);
    const session: Session = { page, blocked: [], problems: [] };
    await page.route('**/*', (route) => {
      const target = route.request().url();
      if (new URL(target).origin === at) return route.continue();
      session.blocked.push(target);
      return route.abort();
    });
    page.on('pageerror', (error) => session.problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') session.problems.push(`console: ${message.text()}`);
    });
    await page.goto(at + path, { waitUntil: 'load' });
    await ready(page);
    return session;
  }

  const ready = (page: Page) =>
    page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
  const nodeCount = (page: Page) => page.evaluate<number>(`${CY}.nodes().length`);

  async function finish(session: Session, run: () => Promise<void>): Promise<void> {
    try {
      await run();
    } catch (error) {
      await session.page.screenshot({ path: FAILURE_SCREENSHOT });
      throw new Error(
        `${(error as Error).message}\nbrowser problems: ${session.problems.join('; ') || 'none'}`,
      );
    } finally {
      await session.page.close();
    }
    expect(session.blocked).toEqual([]);
    expect(session.problems).toEqual([]);
  }

  test('GET / links the explorer; /explore is served offline under a self-only policy', async () => {
    const index = await fetch(origin + '/', { headers: { accept: 'text/html' } });
    expect(index.status).toBe(200);
    const indexHtml = await index.text();
    expect(indexHtml).toContain('href="/explore"');
    expect(indexHtml).toContain('href="/graphql"');
    const response = await fetch(origin + '/explore');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(EXPLORER_CSP);
    const html = await response.text();
    expect(html).not.toMatch(/https?:\/\//);
    const assets = [...html.matchAll(/(?:src|href)="(\/explore\/[^"]+)"/g)].map((m) => m[1]);
    expect(assets).toHaveLength(2);
    for (const path of assets) {
      const asset = await fetch(origin + path);
      expect(asset.status).toBe(200);
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    }
    // An API client asking for / still gets the JSON pointer to /graphql.
    const json = await fetch(origin + '/', { headers: { accept: 'application/json' } });
    expect(json.status).toBe(404);
  });

  test('the opening view answers the mission question; its chart is guidelineImpact', async () => {
    const started = Date.now();
    const session = await open('/explore');
    const { page } = session;
    await finish(session, async () => {
      const firstView = await page.evaluate<number | null>(
        `performance.getEntriesByName('explorer-first-view')[0]?.startTime ?? null`,
      );
      process.stdout.write(
        `explorer: opening view drawn ${firstView === null ? '?' : Math.round(firstView)} ms after navigation start ` +
          `(${Date.now() - started} ms in the test, corpus of published letters)\n`,
      );
      expect(firstView).not.toBeNull();
      const filter = { subcategory: 'Chiropractic', synthetic: false };
      const { guidelineImpact } = await api<{ guidelineImpact: ImpactRow[] }>(IMPACT, { filter });
      expect(guidelineImpact.length).toBeGreaterThan(0);
      const rows = page.locator('#chart .impact-row');
      expect(await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-key')))).toEqual(
        guidelineImpact.map((row) => row.key),
      );
      expect(await page.locator('#chart .row-numbers').allTextContents()).toEqual(
        guidelineImpact.map(printed),
      );
      expect(await nodeCount(page)).toBeGreaterThan(1);
      await page.screenshot({ path: join(DOCS, 'explorer.png') });
      const labels = await labelOverlaps(page);
      expect(labels.labelled).toBeGreaterThan(0);
      expect(labels.overlaps).toEqual([]);
      expect(await lowContrast(page)).toEqual([]);

      // A control redraws the chart (and the graph): all letters, synthetic ones included.
      await page.selectOption('#letters', 'all');
      await page.waitForURL(/letters=all/);
      await ready(page);
      const all = await api<{ guidelineImpact: ImpactRow[] }>(IMPACT, {
        filter: { subcategory: 'Chiropractic' },
      });
      expect(await page.locator('#chart .row-numbers').allTextContents()).toEqual(
        all.guidelineImpact.map(printed),
      );
      // Back: the published letters again, from the URL.
      await page.goBack();
      await ready(page);
      expect(await page.inputValue('#letters')).toBe('published');
      expect(await page.locator('#chart .row-numbers').allTextContents()).toEqual(
        guidelineImpact.map(printed),
      );
      // The taxonomy narrows: a category lists only its subcategories and services; a service
      // chosen keeps the subcategory it lies in; another category clears what is not in it.
      const { services } = await api<{
        services: { name: string; category: string | null; subcategory: string | null }[];
      }>('{ services { name category subcategory } }');
      const listed = (id: string) =>
        page
          .locator(`#${id} option`)
          .evaluateAll((els) =>
            els.map((el) => (el as unknown as { value: string }).value).filter((v) => v !== ''),
          );
      const names = (values: (string | null)[]) =>
        [...new Set(values.filter((v): v is string => !!v))].sort((a, b) => a.localeCompare(b));
      const chiropractic = services.find((s) => s.name === 'Chiropractic manipulation');
      expect(chiropractic?.category).toBeTruthy();
      const category = chiropractic!.category!;
      expect(await listed('subcategory')).toEqual(names(services.map((s) => s.subcategory)));
      await page.selectOption('#category', category);
      await page.waitForURL(/category=/);
      await ready(page);
      const inCategory = services.filter((s) => s.category === category);
      expect(await page.inputValue('#subcategory')).toBe('Chiropractic');
      expect(await listed('subcategory')).toEqual(names(inCategory.map((s) => s.subcategory)));
      expect(await listed('service')).toEqual(
        names(inCategory.filter((s) => s.subcategory === 'Chiropractic').map((s) => s.name)),
      );
      expect((await listed('subcategory')).length).toBeLessThan(
        names(services.map((s) => s.subcategory)).length,
      );
      await page.selectOption('#service', 'Chiropractic manipulation');
      await page.waitForURL(/service=Chiropractic/);
      await ready(page);
      expect(await page.inputValue('#subcategory')).toBe('Chiropractic');
      expect(await page.inputValue('#category')).toBe(category);
      const byService = await api<{ guidelineImpact: ImpactRow[] }>(IMPACT, {
        filter: { service: 'Chiropractic manipulation', synthetic: false },
      });
      expect(await page.locator('#chart .row-numbers').allTextContents()).toEqual(
        byService.guidelineImpact.map(printed),
      );
      const other = names(services.map((s) => s.category)).find((c) => c !== category);
      expect(other).toBeDefined();
      await page.selectOption('#category', other!);
      await page.waitForURL((u) => u.searchParams.get('category') === other);
      await ready(page);
      expect(await page.inputValue('#subcategory')).toBe('');
      expect(await page.inputValue('#service')).toBe('');
      const inOther = services.filter((s) => s.category === other);
      expect(await listed('subcategory')).toEqual(names(inOther.map((s) => s.subcategory)));
      expect(await listed('service')).toEqual(names(inOther.map((s) => s.name)));
    });
  });

  test('search a case, select a decision, read its rationale, expand in place, reload', async () => {
    // A decision whose reasons were read: the panel marks them in the rationale.
    const { decisions } = await api<{
      decisions: {
        edges: {
          node: {
            id: string;
            rationale: string;
            reasons: { start: number }[];
            case: { caseNumber: string };
          };
        }[];
      };
    }>(`{ decisions(filter: { subcategory: "Chiropractic", synthetic: false }, first: 50) {
      edges { node { id rationale reasons { start } case { caseNumber } } } } }`);
    const decision = (decisions.edges.find((e) => e.node.reasons.length > 0) ?? decisions.edges[0])
      .node;
    expect(decision.reasons.length).toBeGreaterThan(0);
    const caseNumber = decision.case.caseNumber;
    const session = await open('/explore');
    const { page } = session;
    await finish(session, async () => {
      // Free text and names: services by name, cases and decisions through search.
      await page.fill('#search', 'chiropractic');
      const suggestions = page.locator('#suggestions button.suggestion');
      await suggestions.first().waitFor();
      const offered = await suggestions.evaluateAll((els) =>
        els.map((el) => el.getAttribute('data-id')),
      );
      expect(offered).toContain('Service:Chiropractic manipulation');
      expect(offered.some((id) => /^(Case|Decision):/.test(id ?? ''))).toBe(true);
      await page.keyboard.press('Escape');
      expect(await suggestions.count()).toBe(0);

      // The search shortcut, then the case number and Enter.
      await page.keyboard.press('/');
      expect(await page.evaluate(FOCUSED)).toBe('search');
      await page.keyboard.type(caseNumber);
      await page.keyboard.press('Enter');
      await page.waitForURL(new RegExp(`root=Case%3A${caseNumber}`));
      await ready(page);
      const caseLabels = await labelOverlaps(page);
      expect(caseLabels.labelled).toBeGreaterThan(0);
      expect(caseLabels.overlaps).toEqual([]);
      const decisionNode = `Decision:${decision.id}`;
      // Click the decision where the canvas draws it.
      const at = await page.evaluate<{ x: number; y: number }>(`(() => {
        const node = ${CY}.getElementById(${JSON.stringify(decisionNode)});
        const box = ${CY}.container().getBoundingClientRect();
        const p = node.renderedPosition();
        return { x: box.left + p.x, y: box.top + p.y };
      })()`);
      await page.mouse.click(at.x, at.y);
      await page.waitForURL(/select=Decision/);
      const rationale = page.locator('#panel .rationale p');
      await rationale.waitFor();
      expect((await rationale.textContent())?.trim()).toBe(decision.rationale.trim());
      expect(await page.locator('#panel').innerText()).toMatch(/IMR reviewer cited/);
      expect(await page.locator('#panel .rationale mark.reason').count()).toBeGreaterThan(0);
      // Tab reaches the panel's items; the arrow keys walk them.
      await page.focus('#expand-node');
      await page.keyboard.press('ArrowDown');
      expect(await page.evaluate(FOCUSED)).toBe('explore-node');
      await page.keyboard.press('ArrowUp');
      expect(await page.evaluate(FOCUSED)).toBe('expand-node');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(FOCUSED)).toBe('playground-link');

      // Expand the decision in place: new nodes join, the drawn ones stay where they were.
      const before = await positions(page);
      await page.click('#expand-node');
      await page.waitForURL(/expand=Decision/);
      await ready(page);
      const after = await positions(page);
      expect(Object.keys(after).length).toBeGreaterThan(Object.keys(before).length);
      for (const [id, p] of Object.entries(before)) expect(after[id]).toEqual(p);
      // The picture shows the grounds marked in the rationale (the panel scrolled to them).
      await page.locator('#panel .rationale mark.reason').first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(DOCS, 'explorer-decision.png') });
      expect(await lowContrast(page)).toEqual([]);

      // The URL is the view: a reload draws the same nodes with the same selection.
      const url = page.url();
      await page.reload();
      await ready(page);
      await rationale.waitFor();
      expect(page.url()).toBe(url);
      expect(Object.keys(await positions(page)).sort()).toEqual(Object.keys(after).sort());
      expect((await rationale.textContent())?.trim()).toBe(decision.rationale.trim());

      // Escape clears the selection; back brings it again.
      await page.locator('h1').click();
      await page.keyboard.press('Escape');
      await page.waitForURL((u) => !u.searchParams.has('select'));
      await page.goBack();
      await page.waitForURL(/select=Decision/);
      await rationale.waitFor();

      // Every kind of node drawn has a playground link whose question the API answers.
      const kinds = await page.evaluate<Record<string, string>>(`(() => {
        const out = {};
        for (const node of ${CY}.nodes().toArray()) out[node.data('kind')] ??= node.id();
        return out;
      })()`);
      expect(Object.keys(kinds)).toEqual(expect.arrayContaining(['Case', 'Decision', 'Service']));
      for (const id of Object.values(kinds)) {
        await page.evaluate(tap(id));
        await page.waitForURL((u) => u.searchParams.get('select') === id);
        await page.locator('#panel #playground-link').waitFor();
        const href = await page.getAttribute('#playground-link', 'href');
        const asked = new URL(href!, origin).searchParams;
        const answer = await fetch(server.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: asked.get('query'),
            variables: JSON.parse(asked.get('variables') ?? '{}') as unknown,
          }),
        });
        const body = (await answer.json()) as { data?: unknown; errors?: unknown[] };
        expect({ id, errors: body.errors }).toEqual({ id, errors: undefined });
      }
      await page.evaluate(tap(decisionNode));
      await page.waitForURL(/select=Decision/);
      await rationale.waitFor();

      // The same question in the playground.
      const link = await page.getAttribute('#playground-link', 'href');
      expect(link).toMatch(/^\/graphql\?query=/);
      await page.goto(origin + link!, { waitUntil: 'load' });
      await page.waitForSelector('.graphiql-query-editor .CodeMirror');
      const editor = await page.$eval('.graphiql-query-editor .CodeMirror', (el) =>
        (el as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue(),
      );
      expect(editor).toContain('query ExplorerDecision');
    });
  });

  test('a hub beyond the limit comes as a group; paging it adds its members in place', async () => {
    const { decisions } = await api<{
      decisions: { edges: { node: { case: { caseNumber: string; decisionCount: number } } }[] };
    }>(`{ decisions(filter: { subcategory: "Chiropractic", synthetic: false }, first: 1) {
      edges { node { case { caseNumber decisionCount } } } } }`);
    const { caseNumber, decisionCount } = decisions.edges[0].node.case;
    expect(decisionCount).toBeGreaterThan(4);
    // Six nodes cannot hold the case, its reviewer, diagnoses and every decision.
    const session = await open(`/explore?root=Case%3A${caseNumber}&limit=6`);
    const { page } = session;
    await finish(session, async () => {
      const drawn = await nodeCount(page);
      expect(drawn).toBeLessThanOrEqual(6);
      const group = await page.evaluate<string>(`${CY}.nodes('.group').first().id()`);
      expect(group).toMatch(/^Group:/);
      await page.evaluate(tap(group));
      await page.waitForURL(/select=Group/);
      expect(await page.locator('#panel .kind').first().innerText()).toMatch(/Group of \d+/i);
      const before = await positions(page);
      await page.click('#expand-node');
      await page.waitForURL(/expand=Group/);
      await ready(page);
      // The group gives way to its members (and a group for the page after them); the nodes
      // drawn before stay where they were.
      const after = await positions(page);
      expect(after[group]).toBeUndefined();
      expect(Object.keys(after).length).toBeGreaterThan(Object.keys(before).length - 1);
      for (const [id, p] of Object.entries(before)) if (id !== group) expect(after[id]).toEqual(p);
      await page.screenshot({ path: join(DOCS, 'explorer-group.png') });
      // And the URL replays the paging.
      await page.reload();
      await ready(page);
      expect(Object.keys(await positions(page)).sort()).toEqual(Object.keys(after).sort());
    });
  });

  test('an API refusal shows in the page, not only in the console', async () => {
    const session = await open('/explore?root=Service%3AChiropractic%20manipulation&depth=9');
    const { page } = session;
    const alert = page.locator('#status[role="alert"]');
    await alert.waitFor();
    // Depth 9 is refused by the cost limit before the depth check: either says why.
    expect(await alert.innerText()).toMatch(/QUERY_TOO_COMPLEX|depth/);
    // Asking again would be refused again: the way on is the opening view.
    expect(await page.locator('#try-again').count()).toBe(0);
    await page.click('#back-to-start');
    await page.waitForURL((u) => u.search === '');
    await ready(page);
    await page.waitForSelector('#status:not([role="alert"])');
    expect(await page.locator('#chart .impact-row').count()).toBeGreaterThan(0);
    await page.close();
    expect(session.blocked).toEqual([]);
  });

  test('an unavailable database shows in the page, and Try again draws once it is back', async () => {
    // The API talks to the test Neo4j through a proxy this test can cut and restore.
    const neo4jUri = new URL(loadConfig().neo4j.uri ?? '');
    const proxy = await boltProxy(neo4jUri.hostname, Number(neo4jUri.port));
    const config = { ...loadConfig(), logLevel: 'silent' as const };
    const throughProxy = new Neo4jGateway({
      uri: `bolt://127.0.0.1:${proxy.port}`,
      user: config.neo4j.user,
      password: config.neo4j.password,
      transactionTimeoutMs: 30_000,
    });
    const flaky = await startApiServer(config, throughProxy, { port: 0, host: '127.0.0.1' });
    const at = new URL(flaky.url).origin;
    try {
      proxy.cut();
      const session = await open('/explore', at);
      const { page } = session;
      await finish(session, async () => {
        const alert = page.locator('#status[role="alert"]');
        await alert.waitFor();
        const text = await alert.innerText();
        expect(text).toMatch(/database is unavailable/i);
        expect(text).toMatch(/DATABASE_UNAVAILABLE/);
        expect(text).not.toMatch(/bolt|127\.0\.0\.1|ServiceUnavailable/);
        expect(await page.locator('#chart .impact-row').count()).toBe(0);
        // The browser notes each failed answer in its console; nothing else may be there.
        session.problems = session.problems.filter(
          (problem) =>
            !/Failed to load resource: the server responded with a status of 5\d\d/.test(problem),
        );
        await page.screenshot({ path: join(DOCS, 'explorer-unavailable.png') });

        proxy.restore();
        await page.click('#try-again');
        await page.waitForSelector('#status:not([role="alert"])');
        await ready(page);
        expect(await page.locator('#chart .impact-row').count()).toBeGreaterThan(0);
        expect(await nodeCount(page)).toBeGreaterThan(1);
        // The taxonomy that failed at first came with the retry.
        expect(await page.locator('#subcategory option').count()).toBeGreaterThan(2);
      });
    } finally {
      await flaky.close();
      await throughProxy.close();
      await proxy.close();
    }
  });

  test('bench: panning a 2,000-node view (printed, not asserted)', async () => {
    const session = await open('/explore');
    const { page } = session;
    await finish(session, async () => {
      expect(await page.evaluate<number>(BIG_VIEW)).toBe(2000);
      // Let the first full draw finish.
      await page.waitForTimeout(500);
      const pan = () => page.evaluate<{ x: number; y: number }>(`${CY}.pan()`);

      // A reader's pan: the mouse held down on the background and dragged for 3 s, one
      // move at a time (Cytoscape's viewport options apply to such gestures only).
      const box = (await page.locator('#graph').boundingBox())!;
      const before = await pan();
      let [x, y, dx] = [box.x + 6, box.y + 6, 5];
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.evaluate(FRAMES_START);
      for (const until = Date.now() + 3000; Date.now() < until;) {
        x += dx;
        y += 2;
        if (x > box.x + box.width - 20 || x < box.x + 6) dx = -dx;
        if (y > box.y + box.height - 20) y = box.y + 6;
        await page.mouse.move(x, y);
      }
      const dragged = await page.evaluate<number[]>(FRAMES_STOP);
      await page.mouse.up();
      expect(await pan()).not.toEqual(before);

      await page.evaluate(FRAMES_START);
      await page.evaluate(SCRIPTED_PAN);
      const scripted = await page.evaluate<number[]>(FRAMES_STOP);
      const load = `load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`;
      process.stdout.write(
        `explorer: panning 2000 nodes by mouse drag: ${frameStats(dragged)}; ` +
          `scripted pan (a full redraw each frame): ${frameStats(scripted)} (${load})\n`,
      );
      expect(dragged.length).toBeGreaterThan(1);
      expect(scripted.length).toBeGreaterThan(1);
    });
  });
});

/** Frame gaps as the bench prints them. */
function frameStats(gaps: number[]): string {
  const sorted = [...gaps].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return (
    `${gaps.length} frames, p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, ` +
    `max ${sorted[sorted.length - 1].toFixed(1)} ms`
  );
}

/**
 * Text whose contrast with its background is under WCAG AA's 4.5:1: the page's own text (its
 * headings, labels, legend, panel and status), as the browser computed the colours.
 */
async function lowContrast(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    const rgb = (text) => (text.match(/[0-9.]+/g) || []).map(Number);
    const lum = ([r, g, b]) => {
      const c = [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
      return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    };
    const background = (el) => {
      for (let e = el; e; e = e.parentElement) {
        const c = rgb(getComputedStyle(e).backgroundColor);
        if (c.length === 3 || (c.length === 4 && c[3] > 0)) return c.slice(0, 3);
      }
      return [255, 255, 255];
    };
    const out = [];
    for (const el of document.querySelectorAll('h1, h2, h3, label, dt, dd, li, p, a, button, span, select, input')) {
      if (!el.textContent.trim() && el.tagName !== 'INPUT') continue;
      const fg = lum(rgb(getComputedStyle(el).color));
      const bg = lum(background(el));
      const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
      if (ratio < 4.5) out.push(el.tagName + '.' + el.className + ' ' + ratio.toFixed(2));
    }
    return out;
  })()`);
}

/**
 * The labels drawn at once (the `labelled` class: by importance) as Cytoscape measures them
 * on screen: none may overlap another label or another node's shape.
 */
async function labelOverlaps(page: Page): Promise<{ labelled: number; overlaps: string[] }> {
  return page.evaluate(`(() => {
    const cy = ${CY};
    const hit = (a, b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    const labelled = cy.nodes('.labelled').filter((n) => !n.selected() && !n.hasClass('hover'));
    const labels = labelled.map((n) => ({
      id: n.id(),
      box: n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false, includeUnderlays: false }),
    }));
    const bodies = cy.nodes().map((n) => ({
      id: n.id(),
      box: n.renderedBoundingBox({ includeNodes: true, includeLabels: false, includeEdges: false, includeOverlays: false, includeUnderlays: false }),
    }));
    const overlaps = [];
    for (const [i, a] of labels.entries()) {
      for (const b of labels.slice(i + 1)) if (hit(a.box, b.box)) overlaps.push(a.id + ' label / ' + b.id + ' label');
      for (const b of bodies) if (b.id !== a.id && hit(a.box, b.box)) overlaps.push(a.id + ' label / ' + b.id);
    }
    return { labelled: labels.length, overlaps };
  })()`);
}

/**
 * A TCP proxy in front of Neo4j's Bolt port: `cut` drops every connection and refuses new
 * ones (the database is gone, as far as the API can tell), `restore` lets them through again.
 */
async function boltProxy(
  host: string,
  port: number,
): Promise<{ port: number; cut(): void; restore(): void; close(): Promise<void> }> {
  const open = new Set<Socket>();
  let up = true;
  const server: Server = createServer((client) => {
    if (!up) return client.destroy();
    const upstream = connect(port, host);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      open.delete(client);
      open.delete(upstream);
    };
    for (const socket of [client, upstream]) {
      open.add(socket);
      socket.on('error', drop);
      socket.on('close', drop);
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('proxy has no port');
  return {
    port: address.port,
    cut() {
      up = false;
      for (const socket of open) socket.destroy();
    },
    restore() {
      up = true;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Every drawn node's model position (not the rendered one: the view may pan). */
async function positions(page: Page): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate(`Object.fromEntries(${CY}.nodes().map((node) => {
    const p = node.position();
    return [node.id(), { x: Math.round(p.x * 100) / 100, y: Math.round(p.y * 100) / 100 }];
  }))`);
}
