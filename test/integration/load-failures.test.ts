/**
 * Failures during a load. Bad letters are reported (file and code) and the good ones still
 * load. A write that fails inside its transaction (here: forced by a uniqueness conflict, and
 * by a transaction blocked on a lock until its timeout) rolls the whole batch back: no partial
 * case, a case being replaced keeps its previous version, earlier batches stay committed; and
 * rerunning the same load finishes the job.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Determination } from '../../loaders/determination';
import { LoadAbortedError, loadLetters, type LoadSummary } from '../../src/ingest/load-letters';
import { isFailure, parseLetterFile } from '../../loaders/read/read-letter';
import type { Neo4jGateway } from '../../src/graph/neo4j-gateway';
import {
  cleanUp,
  expectCasesAsParsed,
  openGateway,
  orphanKeys,
  query,
  rows,
  seedWithHeader,
  snapshotGraph,
  vocabulary,
} from './load-helpers';

jest.setTimeout(300_000);

const A = 'CM99-9100001';
const E = 'CM99-9100002';
const F = 'CM99-9100003';
const G = 'CM99-9100004';
const CASES = [A, E, F, G];
/** A stray node holding the id G's second decision will need: the write fails on it. */
const STRAY_ID = `${G}#2`;
const STRAY_OWNER = 'stray-of-load-failures-test';

async function parse(file: string): Promise<Determination> {
  const result = await parseLetterFile(file);
  if (isFailure(result)) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result;
}

async function caseState(gateway: Neo4jGateway) {
  return rows(
    gateway,
    'caseState',
    `UNWIND $keys AS key
     OPTIONAL MATCH (c:Case {caseNumber: key})
     OPTIONAL MATCH (d:Decision) WHERE d.caseNumber = key AND d.id <> $stray
     RETURN key, c.sha256 AS sha256, count(DISTINCT d) AS decisions ORDER BY key`,
    { keys: CASES, stray: STRAY_ID },
  );
}

describe('a load that fails', () => {
  let gateway: Neo4jGateway;
  let dir: string;
  const file = (name: string): string => join(dir, name);
  let vocabularyBefore: string[];
  let orphansBefore: string[];
  const parsed = new Map<string, Determination>();

  beforeAll(async () => {
    gateway = await openGateway();
    const [{ present }] = await rows(
      gateway,
      'present',
      'MATCH (n) WHERE n.caseNumber IN $keys OR n.id = $stray RETURN count(n) AS present',
      { keys: CASES, stray: STRAY_ID },
    );
    if ((present as number) > 0) throw new Error('the test cases are already in the graph');
    vocabularyBefore = await vocabulary(gateway);
    orphansBefore = await orphanKeys(gateway);
    dir = mkdtempSync(join(tmpdir(), 'imr-load-failures-'));
  });

  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    if (gateway === undefined) return;
    try {
      // Only the stray itself: by now the id may be G's real second decision, which the
      // case's own delete must take with its edges (a raw delete here left its service and
      // guideline behind for the next test file to find).
      await gateway.write(
        query('deleteStray', 'MATCH (d:Decision {id: $id, caseNumber: $owner}) DETACH DELETE d'),
        { id: STRAY_ID, owner: STRAY_OWNER },
      );
      await cleanUp(gateway, CASES, vocabularyBefore);
      expect(await orphanKeys(gateway)).toEqual(orphansBefore);
    } finally {
      await gateway.close();
    }
  });

  test('bad letters in the middle are listed with file and code; the good ones load', async () => {
    writeFileSync(file('a.txt'), seedWithHeader('000_07751491f83a9ffc.txt', A));
    writeFileSync(
      file('b-not-a-letter.txt'),
      'Dear colleague,\nplease find the minutes attached.\n',
    );
    writeFileSync(file('c-empty.txt'), '');
    writeFileSync(file('d-broken.pdf'), '%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage\n');
    writeFileSync(file('e.txt'), seedWithHeader('001_d97560119e8eea04.txt', E));
    const expectedFailures: [string, string][] = [];
    for (const name of ['b-not-a-letter.txt', 'c-empty.txt', 'd-broken.pdf']) {
      const result = await parseLetterFile(file(name));
      if (!isFailure(result)) throw new Error(`${name} parsed: the test needs it to fail`);
      expectedFailures.push([name, result.error.code]);
    }
    parsed.set(A, await parse(file('a.txt')));
    parsed.set(E, await parse(file('e.txt')));

    const summary = await loadLetters([dir], gateway, { threads: 1, batchSize: 1 });
    expect(summary).toMatchObject({ files: 5, loaded: 2, replaced: 0, unchanged: 0, failed: 3 });
    expect(summary.failures.map((f) => [basename(f.file), f.code])).toEqual(expectedFailures);
    expect(expectedFailures.map(([, code]) => code)).toEqual(
      expect.arrayContaining(['UNREADABLE']),
    );
    for (const failure of summary.failures) {
      expect(failure.message).toContain(basename(failure.file));
    }
    await expectCasesAsParsed(gateway, [parsed.get(A)!, parsed.get(E)!]);
  });

  describe('a write that fails inside its transaction', () => {
    let error: unknown;
    let before: Awaited<ReturnType<typeof snapshotGraph>>;
    let aBefore: string;

    beforeAll(async () => {
      // A changed (replaced in batch 1), E unchanged (batch 1), F and G new (batch 2, fails).
      writeFileSync(
        file('a.txt'),
        seedWithHeader('000_07751491f83a9ffc.txt', A, [
          [
            'Acupuncture for Low Back, 6 sessions:  Upheld',
            'Acupuncture for Low Back, 6 sessions:  Overturned',
          ],
        ]),
      );
      writeFileSync(file('f.txt'), seedWithHeader('002_7dc7a3174c2fbe3d.txt', F));
      writeFileSync(file('g.txt'), seedWithHeader('004_50284ec567ae815c.txt', G));
      for (const [key, name] of [
        [A, 'a.txt'],
        [F, 'f.txt'],
        [G, 'g.txt'],
      ]) {
        parsed.set(key, await parse(file(name)));
      }
      aBefore = (await caseState(gateway))[0].sha256 as string;
      await gateway.write(
        query('createStray', 'CREATE (:Decision {id: $id, caseNumber: $owner})'),
        { id: STRAY_ID, owner: STRAY_OWNER },
      );
      before = await snapshotGraph(gateway);
      try {
        await loadLetters([dir], gateway, { threads: 1, batchSize: 2 });
      } catch (caught) {
        error = caught;
      }
    });

    test('the load stops with LoadAbortedError and a summary of what was committed', () => {
      expect(error).toBeInstanceOf(LoadAbortedError);
      const summary = (error as LoadAbortedError).summary;
      expect(summary).toMatchObject({ loaded: 0, replaced: 1, unchanged: 1, failed: 3 });
      expect(String((error as Error).message)).toMatch(/load stopped after 2 letters/);
    });

    test('the committed batch stays; the failed batch left no trace, not even its good letter', async () => {
      expect(await caseState(gateway)).toEqual([
        { key: A, sha256: parsed.get(A)!.source.sha256, decisions: 2 },
        { key: E, sha256: parsed.get(E)!.source.sha256, decisions: 2 },
        { key: F, sha256: null, decisions: 0 },
        { key: G, sha256: null, decisions: 0 },
      ]);
      expect(parsed.get(A)!.source.sha256).not.toBe(aBefore);
      await expectCasesAsParsed(gateway, [parsed.get(A)!, parsed.get(E)!]);
      const after = await snapshotGraph(gateway);
      // Only batch 1's replacement of A changed the graph: same node and relationship counts.
      expect(after.counts).toEqual(before.counts);
      expect(await orphanKeys(gateway)).toEqual(
        [...orphansBefore, `:Decision{${STRAY_ID}}`].sort(),
      );
    });

    test('once the conflict is gone, rerunning the same load finishes the job', async () => {
      await gateway.write(query('deleteStray', 'MATCH (d:Decision {id: $id}) DETACH DELETE d'), {
        id: STRAY_ID,
      });
      const summary = await loadLetters([dir], gateway, { threads: 1, batchSize: 2 });
      expect(summary).toMatchObject({ files: 7, loaded: 2, replaced: 0, unchanged: 2, failed: 3 });
      await expectCasesAsParsed(
        gateway,
        CASES.map((k) => parsed.get(k)!),
      );
      expect(await orphanKeys(gateway)).toEqual(orphansBefore);
    });
  });

  describe('a transaction blocked mid-way until its timeout', () => {
    let summaryOrError: LoadSummary | unknown;
    let blockedStatus: string | undefined;
    let stateBefore: Awaited<ReturnType<typeof caseState>>;
    let snapshotBefore: Awaited<ReturnType<typeof snapshotGraph>>;

    beforeAll(async () => {
      // A and E both changed; one batch. E's case is locked by another transaction, so the
      // loader has already rewritten A's hash in its transaction when it waits on E.
      writeFileSync(file('a.txt'), seedWithHeader('000_07751491f83a9ffc.txt', A));
      writeFileSync(
        file('e.txt'),
        seedWithHeader('001_d97560119e8eea04.txt', E, [
          ['MRI Updated C/S:  Overturned', 'MRI Updated C/S:  Upheld'],
        ]),
      );
      parsed.set(A, await parse(file('a.txt')));
      parsed.set(E, await parse(file('e.txt')));
      stateBefore = await caseState(gateway);
      snapshotBefore = await snapshotGraph(gateway);

      const lockSession = gateway.driver.session({
        database: process.env.NEO4J_DATABASE || undefined,
      });
      const lock = await lockSession.beginTransaction();
      const shortTimeouts = await openGateway({ queryTimeoutMs: 4000 });
      try {
        await lock.run('MATCH (c:Case {caseNumber: $k}) SET c.lockedByTest = true', { k: E });
        const loading = loadLetters([file('a.txt'), file('e.txt')], shortTimeouts, {
          threads: 1,
          batchSize: 10,
        }).catch((caught: unknown) => caught);
        blockedStatus = await waitForBlockedLoader(gateway);
        summaryOrError = await loading;
      } finally {
        await lock.rollback();
        await lockSession.close();
        await shortTimeouts.close();
      }
    });

    test('the loader really was inside its transaction, blocked', () => {
      expect(blockedStatus).toMatch(/^Blocked/);
    });

    test('the timed-out batch is rolled back whole: A keeps its previous version', async () => {
      expect(summaryOrError).toBeInstanceOf(LoadAbortedError);
      expect((summaryOrError as LoadAbortedError).summary).toMatchObject({
        loaded: 0,
        replaced: 0,
        unchanged: 0,
      });
      expect(await caseState(gateway)).toEqual(stateBefore);
      const after = await snapshotGraph(gateway);
      expect(after.checksum).toBe(snapshotBefore.checksum);
    });

    test('a rerun finishes the job', async () => {
      const summary = await loadLetters([file('a.txt'), file('e.txt')], gateway, { threads: 1 });
      expect(summary).toMatchObject({ files: 2, loaded: 0, replaced: 2, unchanged: 0, failed: 0 });
      await expectCasesAsParsed(
        gateway,
        CASES.map((k) => parsed.get(k)!),
      );
      expect(await orphanKeys(gateway)).toEqual(orphansBefore);
    });
  });
});

/** Polls the server's transaction list until the loader's transaction waits on a lock. */
async function waitForBlockedLoader(gateway: Neo4jGateway): Promise<string | undefined> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const session = gateway.driver.session({ database: process.env.NEO4J_DATABASE || undefined });
    try {
      const result = await session.run(
        `SHOW TRANSACTIONS YIELD metaData, status, currentQuery
         WHERE metaData.app = 'imr-graph'
         RETURN status`,
      );
      const status = result.records
        .map((r) => r.get('status') as string)
        .find((s) => s.startsWith('Blocked'));
      if (status !== undefined) return status;
    } finally {
      await session.close();
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return undefined;
}
