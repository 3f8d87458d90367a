import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../../tools/synthetic/generate-corpus';
import { start, type Started } from '../../src/cli/start.command';
import { countCases } from '../../src/cli/start.queries';
import { loadConfig } from '../../src/config';
import { connectDatabase } from '../../src/cli/connect';
import type { Neo4jGateway } from '../../src/graph/neo4j-gateway';
import { deleteCases } from '../../src/ingest/ingest.service';

/**
 * `npm start` without the process around it, against the test Neo4j (NEO4J_URI is set, so
 * no local one starts): migrate, load the published letters into an empty database with a line
 * per phase, serve API, playground and health, and load nothing the second time. The letters
 * are three synthetic ones in a temporary folder standing in for data/letters (IMR_CORPUS_DIR);
 * the demo corpus (3,000 letters) is off.
 */
const CASES = ['SYN-0000001', 'SYN-0000002', 'SYN-0000003'];

describe('imr-graph start', () => {
  const dir = mkdtempSync(join(tmpdir(), 'imr-graph-start-'));
  const config = { ...loadConfig(), logLevel: 'silent' as const, corpusDir: dir };
  let gateway: Neo4jGateway;
  let started: Started | undefined;

  beforeAll(async () => {
    await generateCorpus({ count: CASES.length, seed: 7, outDir: dir });
    gateway = await connectDatabase(config, { migrate: true });
  });

  afterAll(async () => {
    await started?.close();
    try {
      await deleteCases(gateway, CASES);
    } finally {
      await gateway?.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('loads an empty database, then serves the API, the playground and /healthz', async () => {
    const [before] = await gateway.read(countCases, {});
    const lines: string[] = [];
    started = await start(config, { port: 0, demo: false, log: (line) => lines.push(line) });
    const log = lines.join('\n');
    if (before === 0) {
      expect(log).toMatch(/the database is empty/);
      expect(log).toMatch(/published letters: loading 3 from /);
      expect(log).toMatch(/published letters: 3\/3 /);
      expect(log).toMatch(/published letters: 3 loaded/);
      expect(log).toMatch(/loaded 3 published letters$/m);
      expect(log).not.toMatch(/synthetic/);
    } else {
      // Another file left cases behind: start must leave the database alone.
      expect(log).toMatch(new RegExp(`the database holds ${before} cases`));
    }
    // beforeAll applied it: a start only checks it is there.
    expect(log).toMatch(/the schema is in place/);
    expect(log).not.toMatch(/applying the schema/);
    expect(log).toMatch(/starting the API/);
    expect(log).toMatch(/ready in \d+s/);
    expect(started.url).toMatch(/^http:\/\/[^/]+:\d+\/graphql$/);

    const health = await fetch(started.url.replace(/\/graphql$/, '/healthz'));
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', neo4j: 'up' });

    const page = await fetch(started.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/id="playground-config"/);

    const response = await fetch(started.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query($n: [ID!]) { cases(filter: { caseNumbers: $n }) { totalCount } }',
        variables: { n: CASES },
      }),
    });
    const body = (await response.json()) as { data: { cases: { totalCount: number } } };
    expect(body.data.cases.totalCount).toBe(before === 0 ? CASES.length : 0);
  });

  test('the next start finds cases and loads nothing; close stops the server', async () => {
    await started?.close();
    started = undefined;
    const [cases] = await gateway.read(countCases, {});
    expect(cases).toBeGreaterThan(0);
    const lines: string[] = [];
    const again = await start(config, { port: 0, demo: false, log: (line) => lines.push(line) });
    try {
      expect(lines.join('\n')).toMatch(
        new RegExp(`the database holds ${cases} cases: nothing to load`),
      );
      expect((await gateway.read(countCases, {}))[0]).toBe(cases);
    } finally {
      await again.close();
    }
    await expect(fetch(again.url, { method: 'POST' })).rejects.toThrow();
  });
});
