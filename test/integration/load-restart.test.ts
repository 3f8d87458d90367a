/**
 * Neo4j dies in the middle of a load, inside an open write transaction (killed with SIGKILL, as
 * a crash or an out-of-memory kill would), and comes back. The load must stop with an error that says how far it got; after the
 * restart every case in the graph is whole (Neo4j recovers exactly the committed batches), and
 * rerunning the same load finishes the job without duplicates or orphans.
 *
 * This test file kills a database, so it starts its own on a free port rather than the shared
 * one of the jest global setup.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { caseKey } from '../../src/ingest/to-graph-batch';
import { LoadAbortedError, loadLetters, type LoadSummary } from '../../src/ingest/load-letters';
import { generateCorpus } from '../../tools/synthetic/generate-corpus';
import { loadConfig } from '../../src/config';
import { connectDatabase } from '../../src/cli/connect';
import { findFreePort, startLocalNeo4j, stopLocalNeo4j } from '../../tools/neo4j-local/local-neo4j';
import type { Neo4jGateway } from '../../src/graph/neo4j-gateway';
import { expectCasesAsParsed, orphanKeys, parseInLoadOrder, rows, single } from './load-helpers';

jest.setTimeout(600_000);

const LETTERS = 300;
const BATCH = 30;
/** Neo4j dies inside this write transaction, after its first statements ran, before COMMIT. */
const KILLED_TRANSACTION = 4;
const PASSWORD = 'imr-graph-restart-test';

describe('a load when Neo4j is killed mid-way and restarted', () => {
  let root: string;
  let dataDir: string;
  let lettersDir: string;
  let port: number;
  const gateways: Neo4jGateway[] = [];

  const connect = async (uri: string): Promise<Neo4jGateway> => {
    const config = loadConfig({
      NEO4J_URI: uri,
      NEO4J_PASSWORD: PASSWORD,
      IMR_GRAPH_LOG: 'silent',
    });
    const gateway = await connectDatabase(
      { ...config, queryTimeoutMs: 300_000 },
      { migrate: true },
    );
    gateways.push(gateway);
    return gateway;
  };
  const start = () => startLocalNeo4j({ dataDir, port, password: PASSWORD, quickStart: true });

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'imr-load-restart-'));
    dataDir = join(root, 'neo4j');
    lettersDir = join(root, 'letters');
    port = await findFreePort();
    await generateCorpus({ count: LETTERS, seed: 7, outDir: lettersDir });
  });

  afterAll(async () => {
    await Promise.allSettled(gateways.map((g) => g.close()));
    await stopLocalNeo4j({ dataDir }).catch(() => undefined);
    rmSync(root, { recursive: true, force: true });
  });

  test('the load stops with its summary, keeps every committed case whole, and a rerun finishes', async () => {
    const first = await start();
    const gateway = await connect(first.uri);

    // Batches 1-3 commit; the fourth transaction has written part of its batch when Neo4j is
    // killed, so its writes are in the log but never committed.
    let killed = false;
    let transactions = 0;
    const writeTransaction = gateway.writeTransaction.bind(gateway);
    gateway.writeTransaction = (work, timeoutMs) => {
      if (++transactions !== KILLED_TRANSACTION) return writeTransaction(work, timeoutMs);
      return writeTransaction((run) => {
        let statements = 0;
        return work(async (query, params) => {
          const rows = await run(query, params);
          if (++statements === 2 && !killed) {
            killed = true;
            process.kill(first.pid, 'SIGKILL');
          }
          return rows;
        });
      }, timeoutMs);
    };
    let error: unknown;
    try {
      await loadLetters([lettersDir], gateway, { batchSize: BATCH, writers: 1, threads: 1 });
    } catch (caught) {
      error = caught;
    }
    expect(killed).toBe(true);
    expect(error).toBeInstanceOf(LoadAbortedError);
    const stopped = (error as LoadAbortedError).summary;
    const writtenBefore = stopped.loaded + stopped.replaced + stopped.unchanged;
    expect(writtenBefore).toBe((KILLED_TRANSACTION - 1) * BATCH);
    expect((error as Error).message).toMatch(/load stopped after 90 letters were written/);

    // Back up on the same store: Neo4j replays its transaction log.
    const second = await start();
    const after = await connect(second.uri);
    const { parsed } = await parseInLoadOrder([lettersDir]);
    const present = (
      await rows(after, 'presentCases', 'MATCH (c:Case) RETURN c.caseNumber AS key ORDER BY key')
    ).map((row) => row.key as string);
    // Exactly the committed batches: none of the killed transaction's writes survived.
    expect(present).toHaveLength(writtenBefore);
    await expectCasesAsParsed(
      after,
      present.map((key) => parsed.get(key)!),
    );
    expect(await orphanDecisions(after)).toBe(0);
    expect(await orphanKeys(after)).toEqual([]);

    // The same command again: what is in is unchanged, the rest loads.
    const rerun: LoadSummary = await loadLetters([lettersDir], after, { batchSize: BATCH });
    expect(rerun).toMatchObject({
      files: LETTERS,
      failed: 0,
      unchanged: present.length,
      loaded: LETTERS - present.length,
      replaced: 0,
    });
    const all = [...parsed.values()];
    expect(new Set(all.map(caseKey)).size).toBe(LETTERS);
    await expectCasesAsParsed(after, all);
    expect(await single(after, 'cases', 'MATCH (c:Case) RETURN count(c) AS n')).toBe(LETTERS);
    expect(await orphanDecisions(after)).toBe(0);
    expect(await orphanKeys(after)).toEqual([]);
  });
});

/** Decisions without their case: what a half-written case would leave. */
function orphanDecisions(gateway: Neo4jGateway): Promise<number> {
  return single(
    gateway,
    'orphanDecisions',
    'MATCH (d:Decision) WHERE NOT (d)<-[:HAS_DECISION]-(:Case) RETURN count(d) AS n',
  );
}
