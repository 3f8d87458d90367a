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
import { DEFAULT_QUESTION_PARAMS, questions } from '../../bench/questions';
import { REFERENCE_TYPE_DEFS } from '../../bench/reference-server';
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
    });
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
