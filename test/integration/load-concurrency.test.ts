/**
 * Two loaders on the same files at the same time (separate gateways, so separate connection
 * pools and transactions): no duplicate node or relationship, every letter counted as loaded by
 * exactly one of them, and the graph identical to what one load makes. Then both replace the
 * same changed letters at once.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Determination } from '../../loaders/determination';
import { caseKey } from '../../src/ingest/to-graph-batch';
import { loadLetters } from '../../src/ingest/load-letters';
import { generateCorpus } from '../../tools/synthetic/generate-corpus';
import type { Neo4jGateway } from '../../src/graph/neo4j-gateway';
import {
  cleanUp,
  countsFromParse,
  countsInGraph,
  expectCasesAsParsed,
  openGateway,
  orphanKeys,
  parseInLoadOrder,
  rows,
  seedWithHeader,
  snapshotGraph,
  vocabulary,
  type GraphSnapshot,
} from './load-helpers';
import { nodeKeyCypher } from '../helpers/node-key';

jest.setTimeout(600_000);

const LETTERS = 150;
const SEEDS = [
  '000_07751491f83a9ffc.txt',
  '001_d97560119e8eea04.txt',
  '002_7dc7a3174c2fbe3d.txt',
  '003_76d55e3afe68ea32.txt',
  '004_50284ec567ae815c.txt',
];
const seedCase = (i: number) => `CM99-92000${i}`;

/** Shared nodes with the same key twice, and relationships doubled between the same nodes. */
async function duplicates(gateway: Neo4jGateway) {
  return rows(
    gateway,
    'duplicates',
    `CALL () {
       MATCH (n) WITH labels(n) AS labels, ${nodeKeyCypher('n')} AS key,
         count(*) AS n WHERE n > 1
       RETURN 'node ' + reduce(s = '', l IN labels | s + ':' + l) + ' ' + key AS what, n
     UNION ALL
       MATCH (a)-[r]->(b) WITH a, b, type(r) AS type, count(r) AS n WHERE n > 1
       RETURN 'rel ' + type + ' ' + ${nodeKeyCypher('a')} AS what, n
     }
     RETURN what, n LIMIT 20`,
  );
}

describe('two loaders on the same files at once', () => {
  let dir: string;
  let gateway: Neo4jGateway;
  let expected: Determination[];
  let keys: string[];
  let vocabularyBefore: string[];
  let orphansBefore: string[];
  let concurrent: GraphSnapshot;

  beforeAll(async () => {
    gateway = await openGateway();
    dir = mkdtempSync(join(tmpdir(), 'imr-load-concurrency-'));
    await generateCorpus({ count: LETTERS, seed: 20260, outDir: join(dir, 'synthetic') });
    SEEDS.forEach((seed, i) =>
      writeFileSync(join(dir, `seed-${i}.txt`), seedWithHeader(seed, seedCase(i))),
    );
    const parsed = await parseInLoadOrder([dir]);
    if (parsed.failures.length > 0)
      throw new Error(`letters failed to parse: ${parsed.failures[0].code}`);
    expected = [...parsed.parsed.values()];
    keys = expected.map(caseKey);
    const [{ present }] = await rows(
      gateway,
      'present',
      'MATCH (c:Case) WHERE c.caseNumber IN $keys RETURN count(c) AS present',
      { keys },
    );
    if ((present as number) > 0) throw new Error('the test cases are already in the graph');
    vocabularyBefore = await vocabulary(gateway);
    orphansBefore = await orphanKeys(gateway);
  });

  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    if (gateway === undefined) return;
    try {
      if (keys !== undefined) await cleanUp(gateway, keys, vocabularyBefore);
    } finally {
      await gateway.close();
    }
  });

  test('each letter is loaded by exactly one loader and the graph holds it once', async () => {
    const [g1, g2] = await Promise.all([openGateway(), openGateway()]);
    try {
      const [s1, s2] = await Promise.all([
        loadLetters([dir], g1, { threads: 1, batchSize: 10 }),
        loadLetters([dir], g2, { threads: 1, batchSize: 10 }),
      ]);
      for (const s of [s1, s2]) {
        expect(s).toMatchObject({ files: expected.length, replaced: 0, failed: 0 });
        expect(s.loaded + s.unchanged).toBe(expected.length);
      }
      expect(s1.loaded + s2.loaded).toBe(expected.length);
      expect(s1.unchanged + s2.unchanged).toBe(expected.length);
    } finally {
      await Promise.all([g1.close(), g2.close()]);
    }
    expect(await duplicates(gateway)).toEqual([]);
    expect(await countsInGraph(gateway, keys)).toEqual(countsFromParse(expected));
    await expectCasesAsParsed(gateway, expected);
    expect(await orphanKeys(gateway)).toEqual(orphansBefore);
    concurrent = await snapshotGraph(gateway);
  });

  test('the graph is the one a single load makes', async () => {
    await cleanUp(gateway, keys, vocabularyBefore);
    const single = await loadLetters([dir], gateway, { threads: 1, batchSize: 10 });
    expect(single).toMatchObject({ loaded: expected.length, unchanged: 0, failed: 0 });
    const once = await snapshotGraph(gateway);
    expect(concurrent.counts).toEqual(once.counts);
    expect(concurrent.checksum).toBe(once.checksum);
  });

  test('both replacing the same changed letters at once: the graph holds the new version once', async () => {
    const edits: [string, string][][] = [
      [
        [
          'Acupuncture for Low Back, 6 sessions:  Upheld',
          'Acupuncture for Low Back, 6 sessions:  Overturned',
        ],
      ],
      [['MRI Updated C/S:  Overturned', 'MRI Updated C/S:  Upheld']],
      [
        [
          'Post injection physical therapy (PT) times 8:  Upheld',
          'Post injection physical therapy (PT) times 8:  Overturned',
        ],
      ],
      [['Pain Cream: Upheld', 'Pain Cream: Overturned']],
      [['Chiropractic treatment x three:  Overturned', 'Chiropractic treatment x three:  Upheld']],
    ];
    SEEDS.forEach((seed, i) =>
      writeFileSync(join(dir, `seed-${i}.txt`), seedWithHeader(seed, seedCase(i), edits[i])),
    );
    const changed = [...(await parseInLoadOrder([dir])).parsed.values()];
    const [g1, g2] = await Promise.all([openGateway(), openGateway()]);
    try {
      const [s1, s2] = await Promise.all([
        loadLetters([dir], g1, { threads: 1, batchSize: 3 }),
        loadLetters([dir], g2, { threads: 1, batchSize: 3 }),
      ]);
      for (const s of [s1, s2]) {
        expect(s).toMatchObject({ files: expected.length, loaded: 0, failed: 0 });
        expect(s.replaced + s.unchanged).toBe(expected.length);
      }
      // Each changed letter is replaced at least once (a loader that came second may replace
      // it again with the same content); the synthetic letters are unchanged for both.
      expect(s1.replaced + s2.replaced).toBeGreaterThanOrEqual(SEEDS.length);
      expect(s1.replaced + s2.replaced).toBeLessThanOrEqual(2 * SEEDS.length);
    } finally {
      await Promise.all([g1.close(), g2.close()]);
    }
    expect(await duplicates(gateway)).toEqual([]);
    expect(await countsInGraph(gateway, keys)).toEqual(countsFromParse(changed));
    await expectCasesAsParsed(gateway, changed);
    expect(await orphanKeys(gateway)).toEqual(orphansBefore);
  });
});
