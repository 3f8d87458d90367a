/**
 * The bench modules load and their pure parts work: argument parsing, statistics, the
 * statement-counting driver, the answer normalisers and the reference server's type
 * definitions. Nothing here starts a database, a server or a load test.
 */
import * as path from 'node:path';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { Driver } from 'neo4j-driver';
import { BenchArgsError, parseBenchArgs } from '../../bench/bench-args';
import { countingDriver } from '../../bench/counting-driver';
import { machineInfo } from '../../bench/machine';
import { tooLongToLoad, type QueriesBenchResult } from '../../bench/queries.bench';
import { DEFAULT_QUESTION_PARAMS, questions } from '../../bench/questions';
import { REFERENCE_TYPE_DEFS } from '../../bench/reference-server';
import { renderJson, renderResults, type RunSummary } from '../../bench/results-md';
import { formatSpread, ratio, spread } from '../../bench/stats';

describe('bench modules', () => {
  test('load without running anything', () => {
    const modules = [
      ['parse.bench', 'runParseBench'],
      ['queries.bench', 'runQueriesBench'],
      ['run', 'runAll'],
      ['bench-db', 'openBenchDb'],
      ['server-process', 'spawnServer'],
      ['reference-server', 'startReferenceServer'],
      ['results-md', 'renderResults'],
      ['soak.bench', 'runSoakBench'],
    ] as const;
    for (const [file, name] of modules) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const loaded = require(path.join(__dirname, '../../bench', file)) as Record<string, unknown>;
      expect(typeof loaded[name]).toBe('function');
    }
  });
});

describe('parseBenchArgs', () => {
  const env = { IMR_CORPUS_DIR: '/corpus' };

  test('full-run defaults', () => {
    const args = parseBenchArgs([], env);
    expect(args).toMatchObject({
      quick: false,
      letters: 100_000,
      seconds: 10,
      rounds: undefined,
      corpus: '/corpus',
      scale: [10_000, 100_000, 1_000_000],
      connections: [1, 16],
      data: undefined,
      seed: 1,
    });
    expect(args.out.endsWith(path.join('bench', 'out'))).toBe(true);
  });

  test('--quick shrinks the run', () => {
    expect(parseBenchArgs(['--quick'], env)).toMatchObject({
      quick: true,
      letters: 10_000,
      seconds: 3,
      scale: [10_000],
      soakSeconds: 30,
    });
  });

  test('the soak lasts 180 s unless --soak-seconds says otherwise', () => {
    expect(parseBenchArgs([], env).soakSeconds).toBe(180);
    expect(parseBenchArgs(['--soak-seconds', '45'], env).soakSeconds).toBe(45);
    expect(() => parseBenchArgs(['--soak-seconds', '0'], env)).toThrow(/--soak-seconds/);
  });

  test('explicit values', () => {
    const args = parseBenchArgs(
      [
        '--letters',
        '20_000',
        '--data',
        'x/db',
        '--scale',
        '100000,10000',
        '--rounds',
        '5',
        '--connections',
        '1,4',
      ],
      env,
    );
    expect(args.letters).toBe(20_000);
    expect(args.data).toBe(path.resolve('x/db'));
    expect(args.scale).toEqual([10_000, 100_000]);
    expect(args.rounds).toBe(5);
    expect(args.connections).toEqual([1, 4]);
  });

  test('refuses unknown flags and bad numbers', () => {
    expect(() => parseBenchArgs(['--fast'], env)).toThrow(BenchArgsError);
    expect(() => parseBenchArgs(['--letters', 'many'], env)).toThrow(/--letters/);
    expect(() => parseBenchArgs(['--seconds', '0'], env)).toThrow(/positive whole number/);
  });
});

describe('stats', () => {
  test('median and spread', () => {
    const s = spread([3, 1, 2, 10]);
    expect(s).toMatchObject({ median: 2.5, min: 1, max: 10 });
    expect(formatSpread(s)).toBe('2.5 (1.0–10.0)');
    expect(formatSpread(spread([4]))).toBe('4.0');
    expect(ratio(1, 0)).toBeNaN();
  });
});

describe('countingDriver', () => {
  test('counts statements however they are run', async () => {
    const tx = { run: jest.fn(async () => ({ records: [] })) };
    const session = {
      run: jest.fn(async () => ({ records: [] })),
      executeRead: jest.fn(async (work: (t: typeof tx) => Promise<unknown>) => work(tx)),
      beginTransaction: jest.fn(() => tx),
      close: jest.fn(async () => undefined),
    };
    const inner = { session: jest.fn(() => session), close: jest.fn() } as unknown as Driver;
    const counting = countingDriver(inner);
    const s = counting.driver.session();
    await s.run('RETURN 1');
    await s.executeRead(async (t) => {
      await t.run('RETURN 2');
      await t.run('RETURN 3');
    });
    await s.beginTransaction().run('RETURN 4');
    await s.close();
    expect(counting.count).toBe(4);
  });
});

describe('questions', () => {
  const asked = questions({ ...DEFAULT_QUESTION_PARAMS, caseNumber: 'SYN-0000001' });

  test('three questions with the same parameters on both sides', () => {
    expect(asked.map((q) => q.id)).toEqual(['case', 'overturnedPage', 'guidelineImpact']);
    for (const q of asked) expect(q.ours.variables).toEqual(q.theirs.variables);
  });

  test('equivalent answers normalise alike', () => {
    const guideline = { key: 'MTUS|ACOEM|x', source: 'MTUS', document: 'ACOEM', section: 'x' };
    const ours = {
      case: {
        caseNumber: 'SYN-0000001',
        outcome: 'UPHELD',
        decisions: [
          {
            id: 'SYN-0000001#1',
            ordinal: 1,
            outcome: 'UPHELD',
            service: { name: 'MRI' },
            reviewerCitations: [{ pages: null, guideline }],
            urCitations: [],
          },
        ],
      },
    };
    const theirs = {
      cases: [
        {
          caseNumber: 'SYN-0000001',
          outcome: 'UPHELD',
          decisions: [
            {
              id: 'SYN-0000001#1',
              ordinal: 1,
              outcome: 'UPHELD',
              service: [{ name: 'MRI' }],
              reviewerCitedConnection: {
                edges: [{ properties: { pages: null }, node: guideline }],
              },
              urCitedConnection: { edges: [] },
            },
          ],
        },
      ],
    };
    expect(asked[0].normaliseOurs(ours)).toEqual(asked[0].normaliseTheirs(theirs));
    expect(
      asked[2].normaliseOurs({ guidelineImpact: [{ guideline, decisions: 3, overturned: 2 }] }),
    ).toEqual(
      asked[2].normaliseTheirs({
        guidelineImpact: [{ ...guideline, decisions: 3, overturned: 2 }],
      }),
    );
  });
});

describe('reference server', () => {
  test('its type definitions make a schema with the three questions', async () => {
    const schema = await new Neo4jGraphQL({ typeDefs: REFERENCE_TYPE_DEFS }).getSchema();
    const fields = schema.getQueryType()?.getFields() ?? {};
    expect(Object.keys(fields)).toEqual(
      expect.arrayContaining(['cases', 'decisionsConnection', 'guidelineImpact']),
    );
    expect(schema.getMutationType()).toBeFalsy();
  });
});

describe('tooLongToLoad', () => {
  const loaded = { letters: 10_000, added: 10_000, seconds: 100, lettersPerSecond: 100 };

  test('skips a scale point whose load would exceed the limit, at the measured rate', () => {
    // 990,000 more letters at 100/s is 165 minutes.
    expect(tooLongToLoad(1_000_000, [loaded], 45)).toMatch(/about 165 min \(limit 45 min/);
    expect(tooLongToLoad(100_000, [loaded], 45)).toBeNull(); // 15 minutes
  });

  test('never skips before a rate was measured', () => {
    expect(tooLongToLoad(1_000_000, [], 1)).toBeNull();
    const reused = { letters: 10_000, added: 0, seconds: 0, lettersPerSecond: NaN };
    expect(tooLongToLoad(1_000_000, [reused], 1)).toBeNull();
  });
});

describe('RESULTS.md', () => {
  const f = (...runs: number[]) => spread(runs);
  const load = (p50: number, rps: number) => ({
    p50: f(p50),
    p99: f(p50 * 2),
    requestsPerSecond: f(rps),
    errors: 0,
    runs: [],
  });
  const question = (
    id: 'case' | 'overturnedPage' | 'guidelineImpact',
    ours: number,
    theirs: number,
  ) => ({
    id,
    title: id,
    sameAnswer: id !== 'overturnedPage',
    ours: { statements: 1, load: { 1: load(ours, 1000 / ours), 16: load(ours * 4, 250 / ours) } },
    oursCached: { statements: 0, load: { 1: load(1, 1000), 16: load(12, 1300) } },
    theirs: {
      statements: 1,
      load: { 1: load(theirs, 1000 / theirs), 16: load(theirs * 4, 250 / theirs) },
    },
    ratios: {
      1: { p50: ours / theirs, p99: ours / theirs, requestsPerSecond: theirs / ours },
      16: { p50: ours / theirs, p99: ours / theirs, requestsPerSecond: theirs / ours },
    },
    requests: { ours: { query: '', variables: {} }, theirs: { query: '', variables: {} } },
  });
  const machine = { ...machineInfo(), loadAverage: [1, 1, 1] };
  const queries: QueriesBenchResult = {
    machine,
    neo4j: 'Neo4j Kernel 5.26.0 community',
    letters: 10_000,
    decisions: 23_000,
    seconds: 3,
    rounds: 1,
    connections: [1, 16],
    params: { ...DEFAULT_QUESTION_PARAMS, caseNumber: 'SYN-0000003' },
    loads: [],
    questions: [
      question('case', 2, 4),
      question('overturnedPage', 8, 4),
      question('guidelineImpact', 15, 20),
    ],
    scale: [{ letters: 10_000, decisions: 23_000, ours: f(15), theirs: f(20), ratio: 0.75 }],
    skipped: ['skipped 1000000 letters: loading would take about 300 min'],
  };
  const loadJson = {
    machine,
    command: 'node dist/bench/load.bench.js --quick',
    seed: 1,
    runs: [{ loader: 'imr-graph load', letters: 10_000, lettersPerSecond: 512.345 }],
    naive: { loader: 'naive', letters: 1_000, lettersPerSecond: 20 },
    ratioToNaive: 25.6,
    targets: [{ name: 'load: letters/s', goal: '≥ 3000', value: '512', met: false }],
  };
  const run: RunSummary = {
    command: 'npm run bench -- --quick',
    startedAt: '2026-01-01T00:00:00.000Z',
    seconds: 120,
    machine,
    parse: { error: 'no corpus' },
    load: {
      command: 'node dist/bench/load.bench.js --quick',
      exitCode: 0,
      seconds: 60,
      output: 'loaded',
      json: loadJson,
    },
    queries,
    soak: {
      letters: 5000,
      nodeFlags: ['--max-old-space-size=256'],
      runs: [
        {
          cache: 'default',
          seconds: 180,
          connections: 16,
          requests: 9000,
          requestsPerSecond: 50,
          errors: 0,
          non2xx: 0,
          rssMiB: { start: 110, peak: 420, end: 300 },
          heapUsedMiB: { start: 40, peak: 150, end: 90 },
        },
      ],
    },
  };

  test('the memory soak: RSS start, peak and end, and the peak against its target', () => {
    const md = renderResults(run);
    expect(md).toContain('`--max-old-space-size=256`');
    expect(md).toContain('| default | 180 | 16 | 9000 | 50 | 0 | 110 | 420 | 300 | 150 |');
    expect(md).toMatch(
      /\| peak RSS over a 180 s soak .*\| < 400 MiB \| 420 MiB \| \*\*MISSED\*\* \|/,
    );
  });

  test("a load bench's JSON becomes tables without knowing its shape", () => {
    const lines = renderJson(loadJson);
    expect(lines).toContain('- seed: 1');
    expect(lines).toContain('- ratioToNaive: 25.60');
    expect(lines).toContain('| loader | letters | lettersPerSecond |');
    expect(lines).toContain('| imr-graph load | 10000 | 512 |');
    expect(lines).toContain('| naive | 1000 | 20 |');
    expect(lines.join('\n')).not.toMatch(/machine|targets|command/);
    expect(renderJson(null)).toEqual([]);
  });

  test('every figure, ratio and target, met or MISSED', () => {
    const md = renderResults(run);
    expect(md).toContain('Failed: no corpus');
    expect(md).toContain('| imr-graph load | 10000 | 512 |');
    expect(md).toContain('| load: letters/s | ≥ 3000 | 512 | **MISSED** |');
    // case: 2 ms against 4 ms: as fast, but far below 1,000 req/s at 16 connections.
    expect(md).toContain('| case | 1 | **ours/theirs** | | **0.50** | **0.50** | **2.00** |');
    expect(md).toContain('| case: p50 at 1 connection(s), ours/theirs |');
    expect(md).toMatch(
      /\| case: our req\/s at 16 connections at 10000 letters, every request computed .*\| 125 req\/s \| \*\*MISSED\*\* \|/,
    );
    expect(md).toMatch(
      /\| case: our req\/s at 16 connections at 10000 letters, repeated, response cache .*\| 1300 req\/s \| met \|/,
    );
    expect(md).toContain('| case | 16 | ours, response cache | 0 | 12 | 24 | 1300.0 |');
    expect(md).toMatch(
      /\| overturnedPage: same answer from both servers .*DIFFERENT \| \*\*MISSED\*\* \|/,
    );
    expect(md).toMatch(
      /\| guidelineImpact: p50 at 1 connection\(s\), ours\/theirs \| ≤ 1.00 .*\| 0.75× \| met \|/,
    );
    expect(md).toMatch(/twice as fast\) \| ≤ 0.50 \| 0.75× \| \*\*MISSED\*\* \|/);
    expect(md).toMatch(/guidelineImpact: our p50 .*computed .*\| < 20 ms \| 15 ms \| met \|/);
    expect(md).toMatch(/guidelineImpact: our p50 .*response cache .*\| < 20 ms \| 1 ms \| met \|/);
    expect(md).toContain('| 10000 | 23000 | 15 | 20 | 0.75 |');
    expect(md).toContain('- skipped 1000000 letters');
  });
});

describe('npm test', () => {
  test('runs no bench: every jest project matches test files under test/ only', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = require('../../jest.config') as { projects: { testMatch: string[] }[] };
    const patterns = config.projects.flatMap((p) => p.testMatch);
    expect(patterns.length).toBeGreaterThan(0);
    for (const pattern of patterns) expect(pattern.startsWith('<rootDir>/test/')).toBe(true);
  });
});
