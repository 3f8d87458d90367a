/**
 * The overturned counts kept on shared nodes (the model's OVERTURNED_COUNTS), which graph()
 * reads for a hub's group caption instead of its decisions: equal to a count of the edges
 * after two loaders load the same letters at once, after both replace letters whose outcomes
 * changed, after deletions, after migrate backfills them, and mended by the db check.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { caseKey } from '../../src/ingest/to-graph-batch';
import { loadLetters } from '../../src/ingest/load-letters';
import { deleteCases } from '../../src/ingest/ingest.service';
import { migrate } from '../../src/graph/migrate';
import { checkGraph, repairGraph } from '../../src/graph/check/graph-check.service';
import { OVERTURNED_COUNTS, RELATIONSHIPS, NODES } from '../../src/graph/model/graph-model';
import { generateCorpus } from '../../tools/synthetic/generate-corpus';
import type { Neo4jGateway } from '../../src/graph/neo4j-gateway';
import {
  cleanUp,
  openGateway,
  parseInLoadOrder,
  query,
  rows,
  seedWithHeader,
  vocabulary,
} from './load-helpers';

jest.setTimeout(600_000);

const SEEDS = [
  '000_07751491f83a9ffc.txt',
  '001_d97560119e8eea04.txt',
  '002_7dc7a3174c2fbe3d.txt',
  '003_76d55e3afe68ea32.txt',
];
const seedCase = (i: number) => `CM99-93000${i}`;
/** Outcomes flipped both ways, so a replacement must take counts off and put others on. */
const FLIPS: [string, string][][] = [
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
];

type Count = { node: string; type: string; stored: number; edges: number };

/**
 * Every counted (node, type) pair of the shared nodes the given cases' decisions point at: the
 * stored count and a count of the edges from overturned decisions, taken here independently.
 */
async function countsOf(gateway: Neo4jGateway, keys: readonly string[]): Promise<Count[]> {
  const found: Count[] = [];
  for (const [type, property] of Object.entries(OVERTURNED_COUNTS)) {
    const label = RELATIONSHIPS[type as keyof typeof RELATIONSHIPS].to;
    const key = NODES[label].key;
    const result = await rows(
      gateway,
      `counts.${type}`,
      `MATCH (c:Case)-[:HAS_DECISION]->(:Decision)-[:${type}]->(n:${label})
       WHERE c.caseNumber IN $keys
       WITH DISTINCT n
       RETURN n.${key} AS node, coalesce(n.${property}, 0) AS stored,
              COUNT { (n)<-[:${type}]-(d:Decision) WHERE d.outcome = 'OVERTURNED' } AS edges
       ORDER BY node`,
      { keys },
    );
    for (const r of result) {
      found.push({
        node: `${label}:${String(r.node)}`,
        type,
        stored: r.stored as number,
        edges: r.edges as number,
      });
    }
  }
  return found;
}

/** The pairs whose stored count is not the count of their edges (none when all is well). */
const wrong = (counts: Count[]) => counts.filter((c) => c.stored !== c.edges);

describe('overturned counts on shared nodes', () => {
  let dir: string;
  let gateway: Neo4jGateway;
  let keys: string[];
  let vocabularyBefore: string[];

  beforeAll(async () => {
    gateway = await openGateway();
    dir = mkdtempSync(join(tmpdir(), 'imr-overturned-counts-'));
    await generateCorpus({ count: 80, seed: 1306, outDir: join(dir, 'synthetic') });
    SEEDS.forEach((seed, i) =>
      writeFileSync(join(dir, `seed-${i}.txt`), seedWithHeader(seed, seedCase(i))),
    );
    const parsed = await parseInLoadOrder([dir]);
    if (parsed.failures.length > 0) throw new Error(`a letter failed: ${parsed.failures[0].code}`);
    keys = [...parsed.parsed.values()].map(caseKey);
    vocabularyBefore = await vocabulary(gateway);
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

  test('two loaders loading the same letters at once count every edge once', async () => {
    const [g1, g2] = await Promise.all([openGateway(), openGateway()]);
    try {
      await Promise.all([
        loadLetters([dir], g1, { threads: 1, batchSize: 7 }),
        loadLetters([dir], g2, { threads: 1, batchSize: 5 }),
      ]);
    } finally {
      await Promise.all([g1.close(), g2.close()]);
    }
    const counts = await countsOf(gateway, keys);
    // Every counted type is exercised, and many nodes hold overturned decisions.
    expect(new Set(counts.map((c) => c.type))).toEqual(new Set(Object.keys(OVERTURNED_COUNTS)));
    expect(counts.filter((c) => c.edges > 0).length).toBeGreaterThan(20);
    expect(wrong(counts)).toEqual([]);
  });

  test('two loaders replacing letters whose outcomes changed move the counts with them', async () => {
    const before = await countsOf(gateway, keys);
    SEEDS.forEach((seed, i) =>
      writeFileSync(join(dir, `seed-${i}.txt`), seedWithHeader(seed, seedCase(i), FLIPS[i])),
    );
    const [g1, g2] = await Promise.all([openGateway(), openGateway()]);
    try {
      const [s1, s2] = await Promise.all([
        loadLetters([dir], g1, { threads: 1, batchSize: 2 }),
        loadLetters([dir], g2, { threads: 1, batchSize: 3 }),
      ]);
      expect(s1.replaced + s2.replaced).toBeGreaterThanOrEqual(SEEDS.length);
    } finally {
      await Promise.all([g1.close(), g2.close()]);
    }
    const after = await countsOf(gateway, keys);
    expect(wrong(after)).toEqual([]);
    // The flips changed some counts (so the check above is not of unchanged numbers).
    const was = new Map(before.map((c) => [`${c.node}|${c.type}`, c.stored]));
    expect(after.filter((c) => was.get(`${c.node}|${c.type}`) !== c.stored).length).toBeGreaterThan(
      0,
    );
  });

  test('deleting cases takes their edges off the counts', async () => {
    const gone = keys.filter((_, i) => i % 2 === 0);
    const before = await countsOf(gateway, keys);
    expect(await deleteCases(gateway, gone)).toBe(gone.length);
    const after = await countsOf(gateway, keys);
    expect(wrong(after)).toEqual([]);
    const was = new Map(before.map((c) => [`${c.node}|${c.type}`, c.stored]));
    expect(
      after.filter((c) => c.stored < (was.get(`${c.node}|${c.type}`) ?? 0)).length,
    ).toBeGreaterThan(0);
    // Load them back for the tests below.
    await loadLetters([dir], gateway, { threads: 1 });
    expect(wrong(await countsOf(gateway, keys))).toEqual([]);
  });

  test('migrate backfills counts on a graph loaded without them', async () => {
    await gateway.write(
      query(
        'stripCounts',
        `MATCH (n) WHERE ${Object.values(OVERTURNED_COUNTS)
          .map((p) => `n.${p} IS NOT NULL`)
          .join(' OR ')}
         REMOVE ${Object.values(OVERTURNED_COUNTS)
           .map((p) => `n.${p}`)
           .join(', ')}
         WITH count(*) AS stripped
         MATCH (m:Migration {name: 'overturned-counts'}) DELETE m`,
      ),
      {},
    );
    expect(wrong(await countsOf(gateway, keys)).length).toBeGreaterThan(0);
    await migrate(gateway);
    expect(wrong(await countsOf(gateway, keys))).toEqual([]);
  });

  test('db check finds a wrong count and --repair recounts it', async () => {
    const [target] = (await countsOf(gateway, keys)).filter((c) => c.type === 'FOR_SERVICE');
    await gateway.write(
      query(
        'breakCount',
        `MATCH (n:Service {name: $name})
                 SET n.${OVERTURNED_COUNTS.FOR_SERVICE} = coalesce(n.${OVERTURNED_COUNTS.FOR_SERVICE}, 0) + 7`,
      ),
      { name: target.node.slice('Service:'.length) },
    );
    const violations = await checkGraph(gateway);
    expect(violations.map((v) => v.invariant)).toEqual(['overturned-counts']);
    expect(violations[0].sample).toEqual([target.node.replace(':', ' ')]);
    await repairGraph(gateway, violations);
    expect(await checkGraph(gateway)).toEqual([]);
    expect(wrong(await countsOf(gateway, keys))).toEqual([]);
  });
});
