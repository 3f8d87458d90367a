/**
 * `imr-graph load` as a user runs it (the built CLI in dist/, a child process): `--json` prints
 * the summary as one JSON object on stdout, the exit code is 1 when any letter failed, and
 * `--dry-run` parses and maps without writing (nor even connecting).
 */
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Neo4jGateway } from '../../src/graph/neo4j-gateway';
import {
  CLI,
  type CliRun,
  cleanUp,
  openGateway,
  PROJECT_ROOT,
  runCli,
  rows,
  seedWithHeader,
  snapshotGraph,
  vocabulary,
} from './load-helpers';

jest.setTimeout(300_000);

if (
  existsSync(CLI) &&
  statSync(CLI).mtimeMs < statSync(join(PROJECT_ROOT, 'src/ingest/load-letters.ts')).mtimeMs
)
  console.warn('load-cli: dist/ is older than the loader sources; run npm run build');

const CASES = ['CM99-9400001', 'CM99-9400002', 'CM99-9400003'];

const cli = runCli;

/** stdout must be exactly one JSON object: the summary, with the contract's keys only. */
function summaryOf(run: CliRun) {
  const lines = run.stdout.trim().split('\n');
  expect(lines).toHaveLength(1);
  const summary = JSON.parse(lines[0]);
  expect(Object.keys(summary).sort()).toEqual(
    ['failed', 'failures', 'files', 'loaded', 'replaced', 'seconds', 'unchanged'].sort(),
  );
  expect(typeof summary.seconds).toBe('number');
  for (const failure of summary.failures) {
    expect(Object.keys(failure).sort()).toEqual(['code', 'file', 'message']);
  }
  return summary;
}

describe('imr-graph load (CLI)', () => {
  let gateway: Neo4jGateway;
  let dir: string;
  let vocabularyBefore: string[];

  beforeAll(async () => {
    gateway = await openGateway();
    const [{ present }] = await rows(
      gateway,
      'present',
      'MATCH (c:Case) WHERE c.caseNumber IN $keys RETURN count(c) AS present',
      { keys: CASES },
    );
    if ((present as number) > 0) throw new Error('the test cases are already in the graph');
    vocabularyBefore = await vocabulary(gateway);
    dir = mkdtempSync(join(tmpdir(), 'imr-load-cli-'));
    writeFileSync(join(dir, 'a.txt'), seedWithHeader('000_07751491f83a9ffc.txt', CASES[0]));
    writeFileSync(join(dir, 'b.txt'), seedWithHeader('002_7dc7a3174c2fbe3d.txt', CASES[1]));
    writeFileSync(join(dir, 'c-bad.txt'), 'Not a determination letter at all.\n');
  });

  afterAll(async () => {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
    if (gateway === undefined) return;
    try {
      await cleanUp(gateway, CASES, vocabularyBefore);
    } finally {
      await gateway.close();
    }
  });

  const casesInGraph = async () =>
    (
      await rows(
        gateway,
        'casesInGraph',
        'MATCH (c:Case) WHERE c.caseNumber IN $keys RETURN c.caseNumber AS key ORDER BY key',
        { keys: CASES },
      )
    ).map((r) => r.key);

  test('--json prints the summary; a failed letter makes the exit code 1', async () => {
    const run = await cli(['load', dir, '--json']);
    expect(run.code).toBe(1);
    const summary = summaryOf(run);
    expect(summary).toMatchObject({ files: 3, loaded: 2, unchanged: 0, replaced: 0, failed: 1 });
    expect(summary.failures).toEqual([
      {
        file: join(dir, 'c-bad.txt'),
        code: expect.any(String),
        message: expect.stringContaining('c-bad.txt'),
      },
    ]);
    expect(await casesInGraph()).toEqual(CASES.slice(0, 2));
  });

  test('a rerun without the bad letter finds both unchanged and exits 0', async () => {
    rmSync(join(dir, 'c-bad.txt'));
    const run = await cli(['load', dir, '--json']);
    expect(run.code).toBe(0);
    expect(summaryOf(run)).toMatchObject({
      files: 2,
      loaded: 0,
      unchanged: 2,
      replaced: 0,
      failed: 0,
      failures: [],
    });
  });

  test('--dry-run parses and maps but writes nothing, and needs no database', async () => {
    writeFileSync(join(dir, 'c.txt'), seedWithHeader('004_50284ec567ae815c.txt', CASES[2]));
    const before = await snapshotGraph(gateway);
    // An unreachable database: a dry run must not even try to connect.
    const run = await cli(['load', dir, '--json', '--dry-run'], {
      NEO4J_URI: 'bolt://127.0.0.1:9',
    });
    expect(run.code).toBe(0);
    expect(summaryOf(run)).toMatchObject({ files: 3, failed: 0 });
    const after = await snapshotGraph(gateway);
    expect(after.checksum).toBe(before.checksum);
    expect(after.elementIds).toEqual(before.elementIds);
    expect(await casesInGraph()).toEqual(CASES.slice(0, 2));
  });

  test('the same load without --dry-run writes the new letter', async () => {
    const run = await cli(['load', dir, '--json']);
    expect(run.code).toBe(0);
    expect(summaryOf(run)).toMatchObject({ files: 3, loaded: 1, unchanged: 2, failed: 0 });
    expect(await casesInGraph()).toEqual(CASES);
  });

  test('an unreachable database is an error exit, with nothing on stdout', async () => {
    const run = await cli(['load', dir, '--json'], { NEO4J_URI: 'bolt://127.0.0.1:9' });
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/not reachable|unavailable|ECONNREFUSED/i);
  });
});
