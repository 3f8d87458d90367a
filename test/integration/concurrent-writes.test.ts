/**
 * Every write path at once against the real Neo4j: two loaders (two writers each) on
 * overlapping letters, ingests of changed letters, deletes of the same cases sent together
 * with those ingests (16 pairs), deletes of other cases that share guidelines, services and
 * reviewers with what is being written, and migrations re-running their backfill. Afterwards
 * every invariant of the model holds (graph-check.service, the same checks as `imr-graph db
 * check`) and each case is either gone or exactly one of the versions written to it, as if
 * the writes had run one after another.
 *
 * A changed letter is the same case number from another synthetic corpus (another seed): other
 * decisions, services, guidelines and reviewer, so a replacement really moves shared nodes.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Determination } from '../../loaders/determination';
import { caseKey } from '../../src/ingest/to-graph-batch';
import { loadLetters } from '../../src/ingest/load-letters';
import { parseLetterText } from '../../loaders/parse/parse-letter';
import { generateCorpus } from '../../tools/synthetic/generate-corpus';
import { checkGraph, type Violation } from '../../src/graph/check/graph-check.service';
import { DATA_MIGRATIONS, migrate } from '../../src/graph/migrate';
import type { Neo4jGateway } from '../../src/graph/neo4j-gateway';
import { deleteCases, ingestLetterText } from '../../src/ingest/ingest.service';
import {
  cleanUp,
  expectCasesAsParsed,
  openGateway,
  parseInLoadOrder,
  query,
  rows,
  seedWithHeader,
  vocabulary,
} from './load-helpers';

jest.setTimeout(900_000);

const CASES = 48;
const ROUNDS = 3;
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);
const LOADER_B = [...range(12, 24), ...range(32, 48)];

const summarise = (violations: Violation[]) =>
  violations.map((v) => `${v.invariant}: ${v.count} (${v.sample.join(', ')})`);

interface Version {
  text: string;
  determination: Determination;
}

describe('all write paths at once', () => {
  let dir: string;
  let gateway: Neo4jGateway;
  let writers: Neo4jGateway[];
  let keys: string[];
  /** versions[v][i]: case i as corpus v wrote it. */
  const versions: Version[][] = [];
  let vocabularyBefore: string[];
  let baseline: string[];

  beforeAll(async () => {
    gateway = await openGateway();
    writers = await Promise.all(range(0, 4).map(() => openGateway()));
    dir = mkdtempSync(join(tmpdir(), 'imr-concurrent-writes-'));
    for (const [v, seed] of [
      [0, 7101],
      [1, 7102],
    ]) {
      const out = join(dir, `corpus-${v}`);
      await generateCorpus({ count: CASES, seed, outDir: out });
      const parsed = await parseInLoadOrder([out]);
      if (parsed.failures.length > 0) throw new Error(`corpus ${v} did not parse`);
      versions[v] = parsed.files.map((file) => ({
        text: readFileSync(file, 'utf8'),
        determination: parsed.byFile.get(file) as Determination,
      }));
    }
    keys = versions[0].map((x) => caseKey(x.determination));
    expect(versions[1].map((x) => caseKey(x.determination))).toEqual(keys);
    const [{ present }] = await rows(
      gateway,
      'present',
      'MATCH (c:Case) WHERE c.caseNumber IN $keys RETURN count(c) AS present',
      { keys },
    );
    if ((present as number) > 0) throw new Error('the test cases are already in the graph');
    vocabularyBefore = await vocabulary(gateway);
    // Another test file's leftovers are not this test's to judge: it must add no violation.
    baseline = summarise(await checkGraph(gateway));
    if (baseline.length > 0) console.warn(`concurrent-writes: the graph starts with ${baseline}`);
    const initial = folder('initial', 0, range(0, 32));
    const loaded = await loadLetters([initial], gateway, { threads: 1, batchSize: 8 });
    expect(loaded).toMatchObject({ loaded: 32, failed: 0 });
  });

  afterAll(async () => {
    try {
      if (keys !== undefined) await cleanUp(gateway, keys, vocabularyBefore);
    } finally {
      await Promise.all([gateway, ...(writers ?? [])].map((g) => g?.close()));
      rmSync(dir, { recursive: true, force: true });
    }
  });

  /** A folder of the given cases in corpus `v`, for a loader. */
  function folder(name: string, v: number, cases: number[]): string {
    const path = join(dir, name);
    mkdirSync(path, { recursive: true });
    for (const i of cases) {
      writeFileSync(
        join(path, basename(versions[v][i].determination.source.file)),
        versions[v][i].text,
      );
    }
    return path;
  }

  /** What an older loader left: decisions and citations without their scope properties. */
  async function stripScopeProperties(): Promise<void> {
    await gateway.write(
      query(
        'stripScopeProperties',
        `MATCH (c:Case)-[:HAS_DECISION]->(d:Decision) WHERE c.caseNumber IN $keys
         OPTIONAL MATCH (d)-[r:UR_CITED|REVIEWER_CITED]->()
         REMOVE d.category, d.subcategory, r.outcome, r.category, r.subcategory`,
      ),
      { keys },
    );
    await gateway.write(query('forgetMigration', 'MATCH (m:Migration {name: $name}) DELETE m'), {
      name: DATA_MIGRATIONS[0].name,
    });
  }

  /**
   * One round. Cases 0-15: an ingest and a delete of the same case sent together (16 pairs),
   * while loader A writes version `a` of cases 0-23 and loader B version `b` of cases 12-23
   * and 32-47 (new cases among them in the first round); cases 24-31 are deleted (they share
   * guidelines, services and reviewers with the others) and 32-39 ingested in version `a`
   * meanwhile; 40-47 are deleted while loader B writes them. Returns, per case, the
   * versions some write path wrote to it this round.
   */
  async function hammer(round: number): Promise<Map<number, Set<number>>> {
    const a = round % 2;
    const b = 1 - a;
    const writes = new Map<number, Set<number>>(range(0, CASES).map((i) => [i, new Set()]));
    const wrote = (cases: number[], v: number) => cases.forEach((i) => writes.get(i)?.add(v));
    wrote(range(0, 24), a);
    wrote(LOADER_B, b);
    wrote(range(0, 16), round % 2);
    wrote(range(32, 40), a);
    // Cases 24-31 exist at the start of every round, to be deleted during it.
    const restore = folder(`round-${round}-restore`, b, range(24, 32));
    expect(await loadLetters([restore], gateway, { threads: 1 })).toMatchObject({ failed: 0 });
    const loaderA = folder(`round-${round}-a`, a, range(0, 24));
    const loaderB = folder(`round-${round}-b`, b, LOADER_B);
    const g = (i: number) => writers[i % writers.length];
    const ingest = (i: number, v: number) =>
      ingestLetterText(
        g(i),
        versions[v][i].text,
        basename(versions[v][i].determination.source.file),
      );
    const ops: Promise<unknown>[] = [
      loadLetters([loaderA], writers[0], { threads: 1, batchSize: 4, writers: 2 }),
      loadLetters([loaderB], writers[1], { threads: 1, batchSize: 4, writers: 2 }),
      ...range(0, 16).flatMap((i) => [ingest(i, round % 2), deleteCases(g(i + 1), [keys[i]])]),
      ...range(24, 32).map((i) => deleteCases(g(i), [keys[i]])),
      ...range(32, 40).map((i) => ingest(i, a)),
      deleteCases(writers[2], keys.slice(40, 44)),
      deleteCases(writers[3], keys.slice(44, 48)),
      migrate(writers[2]),
      migrate(writers[3]),
    ];
    const outcomes = await Promise.allSettled(ops);
    const failures = outcomes.filter((o) => o.status === 'rejected');
    expect(failures.map((f) => String((f as PromiseRejectedResult).reason))).toEqual([]);
    for (const o of outcomes.slice(0, 2)) {
      expect((o as PromiseFulfilledResult<{ failed: number }>).value.failed).toBe(0);
    }
    return writes;
  }

  /** Each case is gone or exactly one version written to it; every invariant holds. */
  async function expectSerialisable(writes: Map<number, Set<number>>): Promise<void> {
    expect(summarise(await checkGraph(gateway))).toEqual(baseline);
    const stored = new Map(
      (
        await rows(
          gateway,
          'storedCases',
          'MATCH (c:Case) WHERE c.caseNumber IN $keys RETURN c.caseNumber AS key, c.sha256 AS sha',
          { keys },
        )
      ).map((r) => [r.key as string, r.sha as string]),
    );
    const present: Determination[] = [];
    const kept: number[] = [];
    for (const i of range(0, CASES)) {
      const sha = stored.get(keys[i]);
      if (sha === undefined) continue;
      const v = [0, 1].find((x) => versions[x][i].determination.source.sha256 === sha);
      expect({ case: i, version: v }).toEqual({ case: i, version: expect.any(Number) });
      // Every case had a write this round: whatever the order, the last one left its version.
      const written = writes.get(i)?.has(v as number) ?? false;
      expect({ case: i, written }).toEqual({ case: i, written: true });
      kept.push(i);
      present.push(versions[v as number][i].determination);
    }
    // Cases 24-31 were only deleted: gone whatever the order.
    expect(kept.filter((i) => i >= 24 && i < 32)).toEqual([]);
    await expectCasesAsParsed(gateway, present);
  }

  test('the graph after each round is a serial outcome, and every invariant holds', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      await stripScopeProperties();
      await expectSerialisable(await hammer(round));
    }
  });
});

const SEEDS = [
  '000_07751491f83a9ffc.txt',
  '001_d97560119e8eea04.txt',
  '002_7dc7a3174c2fbe3d.txt',
  '003_76d55e3afe68ea32.txt',
  '004_50284ec567ae815c.txt',
];
const PAIR_ROUNDS = 8;

/**
 * The second report: case A, the only case citing some guidelines (a seed letter's
 * own sections), is deleted while case B, the same letter under another case number and so
 * citing exactly those guidelines, is ingested. Whatever the order, B keeps every citation
 * and nothing is left orphaned. Five such pairs at once, eight rounds.
 */
describe('a delete and an ingest that share guidelines', () => {
  let gateway: Neo4jGateway;
  let others: Neo4jGateway[];
  let vocabularyBefore: string[];
  const written: string[] = [];

  beforeAll(async () => {
    gateway = await openGateway();
    others = await Promise.all([openGateway(), openGateway()]);
    vocabularyBefore = await vocabulary(gateway);
  });

  afterAll(async () => {
    try {
      await cleanUp(gateway, written, vocabularyBefore);
    } finally {
      await Promise.all([gateway, ...(others ?? [])].map((g) => g?.close()));
    }
  });

  const caseNumber = (round: number, seed: number, which: 0 | 1) =>
    `CM99-960${String(round).padStart(2, '0')}${seed}${which}`;
  const parsed = (text: string, file: string) =>
    parseLetterText(text, {
      file,
      sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
      format: 'text',
    });

  test('B keeps every citation and no shared node is orphaned', async () => {
    const baseline = summarise(await checkGraph(gateway));
    for (let round = 0; round < PAIR_ROUNDS; round++) {
      const a = SEEDS.map((_, s) => caseNumber(round, s, 0));
      const b = SEEDS.map((_, s) => caseNumber(round, s, 1));
      written.push(...a, ...b);
      for (const [s, seed] of SEEDS.entries()) {
        await ingestLetterText(gateway, seedWithHeader(seed, a[s]), `${a[s]}.txt`);
      }
      const texts = SEEDS.map((seed, s) => seedWithHeader(seed, b[s]));
      await Promise.all(
        SEEDS.flatMap((_, s) => [
          deleteCases(others[0], [a[s]]),
          ingestLetterText(others[1], texts[s], `${b[s]}.txt`),
        ]),
      );
      await expectCasesAsParsed(
        gateway,
        texts.map((text, s) => parsed(text, `${b[s]}.txt`)),
      );
      expect(summarise(await checkGraph(gateway))).toEqual(baseline);
      await deleteCases(gateway, b);
    }
  });
});
