/**
 * The loader holds a bounded number of letters, however many files it is given: while a batch
 * is written it fills the next one and parses at most a little further ahead, then waits.
 * A fake gateway (slow writes, nothing stored) stands in for Neo4j; letters parse on the pool.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NamedQuery } from '../../src/graph/named-query';
import type { Neo4jGateway } from '../../src/graph/neo4j-gateway';
import { loadLetters, PARSE_AHEAD } from '../../src/ingest/load-letters';
import { LetterPool } from '../../src/ingest/letter-pool';
import { generateCorpus } from '../../tools/synthetic/generate-corpus';

const LETTERS = 120;
const BATCH = 10;

/** Answers the loader's statements as an empty graph would, each write taking a while. */
function slowEmptyGateway(onCases: (count: number) => void): Neo4jGateway {
  const run = async (query: NamedQuery<object, unknown>, params: object) => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (query.name === 'load.createCases') {
      onCases((params as { cases: unknown[] }).cases.length);
      return [{ missing: 0 }];
    }
    if (query.name === 'load.mergeSharedNodes') return [{ missing: 0 }];
    return [];
  };
  const gateway = {
    writeTransaction: (work: (r: typeof run) => Promise<unknown>) => work(run),
  };
  return gateway as unknown as Neo4jGateway;
}

describe('loadLetters memory', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'imr-graph-load-memory-'));
    await generateCorpus({ count: LETTERS, seed: 3, outDir: dir });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(() => jest.restoreAllMocks());

  test('parsed but unwritten letters stay within one batch being written, one being filled and the parse-ahead', async () => {
    let parsed = 0;
    let written = 0;
    let mostHeld = 0;
    // A letter is held from the moment the pool hands back its Determination.
    const parse = LetterPool.prototype.parse;
    jest.spyOn(LetterPool.prototype, 'parse').mockImplementation(async function (
      this: LetterPool,
      path: string,
    ) {
      const result = await parse.call(this, path);
      parsed++;
      mostHeld = Math.max(mostHeld, parsed - written);
      return result;
    });
    const gateway = slowEmptyGateway((count) => (written += count));
    const summary = await loadLetters([dir], gateway, { threads: 1, batchSize: BATCH });
    expect(summary.loaded).toBe(LETTERS);
    expect(written).toBe(LETTERS);
    // One batch in its transaction, the next one full, and the parse-ahead (here one batch).
    expect(mostHeld).toBeLessThanOrEqual(2 * BATCH + Math.min(PARSE_AHEAD, BATCH));
    expect(mostHeld).toBeGreaterThan(BATCH);
  });
});
