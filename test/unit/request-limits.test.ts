import type { ApolloServer } from '@apollo/server';
import { GraphQLError, parse } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { loadConfig } from '../../src/config';
import { StatementTimeoutError, type Neo4jGateway } from '../../src/graph/neo4j-gateway';
import { buildApiSchema } from '../../src/api/schema/build-schema';
import { databaseCostEstimators } from '../../src/api/core/complexity';
import { adminTokenWarning, isAdminRequest } from '../../src/api/http/admin-auth';
import { createApolloServer } from '../../src/api/http/apollo';
import type { ApiContext } from '../../src/api/core/context';
import { createServiceScope } from '../../src/api/core/service-scope';
import { redact, requestValues } from '../../src/api/http/error-logging';
import { formatApiError } from '../../src/api/http/format-error';
import type { Logger } from '../../src/api/http/logger';
import { readExampleTabs } from '../../src/api/http/playground-examples';
import { DEFAULT_QUERY_LIMITS, queryLimitsOf } from '../../src/api/http/query-limits';
import { RequestTimeoutError, withDeadline } from '../../src/api/core/request-deadline';
import { questions, DEFAULT_QUESTION_PARAMS } from '../../bench/questions';

/** Refusals and client mistakes happen before any resolver runs: no database here. */
describe('client mistakes through Apollo, without a database', () => {
  let apollo: ApolloServer<ApiContext>;
  const lines: string[] = [];
  const log: Logger = { info: (line) => lines.push(line), error: (line) => lines.push(line) };
  const untouchable = new Proxy({} as Neo4jGateway, {
    get: () => {
      throw new Error('the database was reached');
    },
  });

  beforeAll(async () => {
    apollo = createApolloServer(await buildApiSchema(), log);
    await apollo.start();
  });
  afterAll(async () => {
    await apollo.stop();
  });
  beforeEach(() => {
    lines.length = 0;
  });

  const run = async (query: string, variables?: Record<string, unknown>) => {
    const response = await apollo.executeOperation(
      { query, variables },
      {
        contextValue: {
          scope: createServiceScope(untouchable),
          config: loadConfig({}),
          isAdmin: false,
        },
      },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return { status: response.http.status ?? 200, errors: response.body.singleResult.errors };
  };

  const LETTER = 'Patient reports chronic lumbar pain after a fall at work';

  test.each([
    ['"NaN" for an Int', 'query Q($n: Int) { cases(first: $n) { totalCount } }', { n: 'NaN' }],
    ['1e300 for an Int', 'query Q($n: Int) { cases(first: $n) { totalCount } }', { n: 1e300 }],
    ['1.5 for an Int', 'query Q($n: Int) { cases(first: $n) { totalCount } }', { n: 1.5 }],
    ['an object for a String', 'query Q($t: String!) { search(text: $t) { score } }', { t: {} }],
    [
      'a letter as an array',
      'query Q($t: String!) { search(text: $t) { score } }',
      { t: [LETTER] },
    ],
    ['a missing required variable', 'query Q($t: String!) { search(text: $t) { score } }', {}],
    ['a bad enum', 'query Q($d: Dimension!) { outcomeBreakdown(by: $d) { key } }', { d: 'NOPE' }],
    [
      'an unknown filter field',
      'query Q($f: DecisionFilter) { decisions(filter: $f) { totalCount } }',
      { f: { nope: LETTER } },
    ],
  ])('%s: 400 BAD_USER_INPUT, nothing logged', async (_name, query, variables) => {
    const { status, errors } = await run(query, variables);
    expect(status).toBe(400);
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(lines).toEqual([]);
  });

  test('an operation over the complexity library node limit: 400 GRAPHQL_VALIDATION_FAILED', async () => {
    const fields = Array.from({ length: 12_000 }, () => 'key').join(' ');
    const { status, errors } = await run(`{ specialties { ${fields} } }`);
    expect(status).toBe(400);
    expect(errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errors?.[0].extensions?.limit).toBe('maxSelections');
    expect(lines).toEqual([]);
  });

  test('fragments spread many times count at each spread', async () => {
    const fields = Array.from({ length: 100 }, () => 'key').join(' ');
    const spreads = Array.from({ length: 100 }, () => '...F').join(' ');
    const { status, errors } = await run(
      `{ specialties { ${spreads} } } fragment F on Specialty { ${fields} }`,
    );
    expect(status).toBe(400);
    expect(errors?.[0].extensions?.limit).toBe('maxSelections');
  });

  const aliases = (count: number, field: string) =>
    `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

  test('thousands of aliases of an analytic field: 400 GRAPHQL_VALIDATION_FAILED, root field cap', async () => {
    const { status, errors } = await run(aliases(3000, 'citationAgreement { decisions }'));
    expect(status).toBe(400);
    expect(errors?.[0].extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      limit: 'maxRootFields',
      maxRootFields: DEFAULT_QUERY_LIMITS.maxRootFields,
    });
  });

  test('root fields are counted through fragments', async () => {
    const inFragment = `{ ...R } fragment R on Query { ${aliases(30, 'specialties { name }').slice(1, -1)} }`;
    expect((await run(inFragment)).errors?.[0].extensions?.limit).toBe('maxRootFields');
  });

  test('fragments spreading fragments are refused quickly, not walked exponentially', async () => {
    const spreads = (name: string) => Array.from({ length: 30 }, () => `...${name}`).join(' ');
    const levels = Array.from({ length: 8 }, (_, i) => `F${i}`);
    const fragments = levels
      .map((name, i) =>
        i < levels.length - 1
          ? `fragment ${name} on Query { ${spreads(levels[i + 1])} }`
          : `fragment ${name} on Query { specialties { name } }`,
      )
      .join('\n');
    const { status, errors } = await run(`{ ...F0 }\n${fragments}`);
    expect(status).toBe(400);
    expect(errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  test('aliases below the root are capped too', async () => {
    const { status, errors } = await run(`{ specialties ${aliases(60, 'name')} }`);
    expect(status).toBe(400);
    expect(errors?.[0].extensions).toMatchObject({ limit: 'maxAliases', aliases: 60 });
  });

  test('the caps come from the configuration', () => {
    const config = loadConfig({ IMR_GRAPH_MAX_ROOT_FIELDS: '3', IMR_GRAPH_MAX_ALIASES: '7' });
    expect(queryLimitsOf(config)).toMatchObject({ maxRootFields: 3, maxAliases: 7 });
    expect(() => loadConfig({ IMR_GRAPH_REQUEST_TIMEOUT_MS: 'soon' })).toThrow(
      /IMR_GRAPH_REQUEST_TIMEOUT_MS/,
    );
    expect(loadConfig({}).requests).toEqual({
      timeoutMs: 15000,
      maxSessions: 4,
      maxRootFields: 20,
      maxAliases: 50,
    });
  });

  test('ten analytics in one operation cost more than the limit; twenty lookups do not', async () => {
    const analytics = await run(aliases(10, 'citationAgreement { decisions }'));
    expect(analytics.status).toBe(400);
    expect(analytics.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    const lookups = aliases(20, 'case(caseNumber: "CM16-0213037") { caseNumber outcome }');
    const schema = await buildApiSchema();
    const cost = getComplexity({
      schema,
      query: parse(lookups),
      estimators: databaseCostEstimators(),
    });
    expect(cost).toBeLessThan(DEFAULT_QUERY_LIMITS.maxComplexity);
  });
});

describe('the cost model', () => {
  const costOf = async (query: string, variables: Record<string, unknown> = {}) =>
    getComplexity({
      schema: await buildApiSchema(),
      query: parse(query),
      variables,
      estimators: databaseCostEstimators(),
    });

  test('an analytic field costs far more than reading a property; a traversal grows with depth', async () => {
    const lookup = await costOf('{ case(caseNumber: "x") { caseNumber } }');
    const analytic = await costOf('{ citationAgreement { decisions } }');
    expect(analytic).toBeGreaterThan(50 * lookup);
    const shallow = await costOf('{ graph(id: "x", depth: 1, limit: 10) { truncated } }');
    const deep = await costOf('{ graph(id: "x", depth: 3, limit: 10) { truncated } }');
    expect(deep).toBeGreaterThan(20 * shallow);
  });

  test('every playground example and bench question passes the limits', async () => {
    const operations = [
      ...readExampleTabs().map((tab) => ({ query: tab.query, variables: {} })),
      ...questions({ ...DEFAULT_QUESTION_PARAMS, caseNumber: 'SYN-0000001' }).map((q) => q.ours),
    ];
    for (const { query, variables } of operations) {
      expect(await costOf(query, variables)).toBeLessThanOrEqual(
        DEFAULT_QUERY_LIMITS.maxComplexity,
      );
    }
  });
});

describe('what reaches the log', () => {
  test('request values are redacted from a logged message, as written and as JSON quotes them', () => {
    const values = requestValues(
      { t: ['line one\nline two'], n: 1e300, nested: { 'odd key!': 'x' } },
      parse('{ search(text: "inline secret") { score } }'),
    );
    const message =
      'Variable "$t" got invalid value ["line one\\nline two"]; 1e+300; inline secret; odd key!';
    expect(redact(message, values)).toBe(
      'Variable "$t" got invalid value ["<value>"]; <value>; <value>; <value>',
    );
  });
});

describe('timeouts and deadlines', () => {
  const formatted = (error: Error) =>
    formatApiError(
      { message: error.message, extensions: {} },
      new GraphQLError(error.message, { originalError: error }),
    );

  test('a timed-out write advises a retry, not fewer items', () => {
    const write = formatted(
      new StatementTimeoutError(
        'WRITE',
        'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
      ),
    );
    expect(write.extensions?.code).toBe('REQUEST_TIMEOUT');
    expect(write.message).not.toMatch(/first|fewer items/);
    expect(write.message).toMatch(/nothing was changed/);
    const read = formatted(
      new StatementTimeoutError('READ', 'Neo.ClientError.Transaction.TransactionTimedOut'),
    );
    expect(read.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  test('withDeadline rejects at the deadline and aborts the work', async () => {
    let aborted: unknown;
    const never = withDeadline(30, (signal) => {
      signal.addEventListener('abort', () => (aborted = signal.reason));
      return new Promise<never>(() => undefined);
    });
    await expect(never).rejects.toBeInstanceOf(RequestTimeoutError);
    expect(aborted).toBeInstanceOf(RequestTimeoutError);
    await expect(withDeadline(10_000, async () => 'done')).resolves.toBe('done');
  });
});

describe('admin token at start', () => {
  test('unset, or one no header can carry, is warned about; a good one is not', () => {
    expect(adminTokenWarning(null)).toMatch(/IMR_GRAPH_ADMIN_TOKEN is not set/);
    expect(adminTokenWarning('two words')).toMatch(/whitespace/);
    expect(isAdminRequest('Bearer two words', 'two words')).toBe(false);
    expect(adminTokenWarning('s3cret-token-0123456789')).toBeNull();
  });
});
