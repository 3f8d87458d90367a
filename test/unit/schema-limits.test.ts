import { ApolloServer } from '@apollo/server';
import { GraphQLError, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { loadConfig } from '../../src/config';
import { DatabaseUnavailableError, type Neo4jGateway } from '../../src/graph/neo4j-gateway';
import { buildApiSchema } from '../../src/api/schema/build-schema';
import { isAdminRequest } from '../../src/api/http/admin-auth';
import { createApolloServer } from '../../src/api/http/apollo';
import type { ApiContext } from '../../src/api/core/context';
import { createServiceScope } from '../../src/api/core/service-scope';
import { formatApiError } from '../../src/api/http/format-error';
import { silentLogger, type Logger } from '../../src/api/http/logger';
import { operationDepth } from '../../src/api/http/query-limits';

const operationOf = (source: string) => {
  const document = parse(source);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  return { document, operation };
};

describe('operation depth', () => {
  test('counts field nesting, through inline and named fragments', () => {
    const plain = operationOf('{ cases { edges { node { caseNumber } } } }');
    expect(operationDepth(plain.document, plain.operation)).toBe(4);
    const fragments = operationOf(`
      { cases { ...A } }
      fragment A on CaseConnection { edges { node { ... on Case { decisions { id } } } } }`);
    expect(operationDepth(fragments.document, fragments.operation)).toBe(5);
  });

  test('does not count introspection fields', () => {
    const intro = operationOf(
      '{ __schema { types { fields { type { ofType { ofType { name } } } } } } }',
    );
    expect(operationDepth(intro.document, intro.operation)).toBe(0);
    const type = operationOf('{ __type(name: "Case") { fields { type { ofType { name } } } } }');
    expect(operationDepth(type.document, type.operation)).toBe(0);
    const typename = operationOf('{ cases { edges { __typename node { __typename } } } }');
    expect(operationDepth(typename.document, typename.operation)).toBe(3);
  });

  test('counts the operation that runs, not the others in the document', () => {
    const { document } = operationOf(
      'query Shallow { cases { totalCount } } query Deep { cases { edges { node { caseNumber } } } }',
    );
    const shallow = document.definitions.find(
      (d): d is OperationDefinitionNode =>
        d.kind === Kind.OPERATION_DEFINITION && d.name?.value === 'Shallow',
    )!;
    expect(operationDepth(document, shallow)).toBe(2);
  });
});

/** Refusals happen before any resolver runs, so the API needs no database here. */
describe('limits through Apollo, without a database', () => {
  let apollo: ApolloServer<ApiContext>;
  const context: ApiContext = {
    scope: createServiceScope({} as Neo4jGateway),
    config: loadConfig({}),
    isAdmin: false,
  };

  beforeAll(async () => {
    apollo = createApolloServer(await buildApiSchema(), silentLogger);
    await apollo.start();
  });
  afterAll(async () => {
    await apollo.stop();
  });

  const run = async (query: string, variables?: Record<string, unknown>) => {
    const response = await apollo.executeOperation(
      { query, variables },
      { contextValue: { ...context, scope: createServiceScope(context.scope.gateway) } },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return { http: response.http, result: response.body.singleResult };
  };

  test('too deep: QUERY_TOO_COMPLEX with status 400', async () => {
    const { http, result } = await run(`{ cases { edges { node { decisions { service {
      decisions { edges { node { case { reviewer { key } } } } } } } } } } }`);
    expect(result.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(http.status).toBe(400);
  });

  test('too costly: QUERY_TOO_COMPLEX, and the cost reads first from variables', async () => {
    const query = `query Q($n: Int) { cases(first: $n) { edges { node { decisions {
      service { decisions(first: $n) { edges { node { id request } } } } } } } } }`;
    const costly = await run(query, { n: 100 });
    expect(costly.result.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(costly.result.errors?.[0].extensions?.complexity).toBeGreaterThan(50_000);
  });

  test('mutations are refused without admin rights, before touching the database', async () => {
    const { result } = await run('mutation { deleteCase(caseNumber: "CM15-0000001") }');
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('error masking', () => {
  const formatted = (error: unknown, code?: string) =>
    formatApiError(
      { message: (error as Error).message, extensions: code ? { code, stacktrace: ['x'] } : {} },
      new GraphQLError((error as Error).message, { originalError: error as Error }),
    );

  test('client errors keep their message and code, without a stack trace', () => {
    const out = formatted(new Error('first must be from 0 to 100'), 'BAD_USER_INPUT');
    expect(out).toEqual({
      message: 'first must be from 0 to 100',
      locations: undefined,
      path: undefined,
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  test('unexpected errors become a bare INTERNAL_SERVER_ERROR', () => {
    const out = formatted(
      new Error('Cypher syntax near "MATCH (secret)"'),
      'INTERNAL_SERVER_ERROR',
    );
    expect(out.message).toBe('Internal server error');
    expect(out.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  test('database outages and timeouts get their own codes and advice', () => {
    expect(formatted(new DatabaseUnavailableError('bolt://10.0.0.1 down')).extensions?.code).toBe(
      'DATABASE_UNAVAILABLE',
    );
    const timeout = Object.assign(new Error('terminated'), {
      code: 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
    });
    expect(formatted(timeout).extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });
});

describe('error logging', () => {
  test('an unexpected error is logged once, with the operation name and message, never variables', async () => {
    const lines: string[] = [];
    const log: Logger = { info: () => undefined, error: (line) => lines.push(line) };
    const apollo = createApolloServer(await buildApiSchema(), log);
    await apollo.start();
    try {
      const broken = {
        read: async () => {
          throw new Error('boom');
        },
      } as unknown as Neo4jGateway;
      const response = await apollo.executeOperation(
        {
          query: 'query Secretive($t: String!) { search(text: $t) { score } }',
          variables: { t: 'patient name' },
        },
        {
          contextValue: {
            scope: createServiceScope(broken),
            config: loadConfig({}),
            isAdmin: false,
          },
        },
      );
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      expect(response.body.singleResult.errors?.[0].message).toBe('Internal server error');
    } finally {
      await apollo.stop();
    }
    expect(lines).toEqual(['graphql internal error in Secretive: boom']);
    expect(lines.join('\n')).not.toContain('patient');
  });
});

describe('admin token check', () => {
  test('only the exact bearer token passes; no configured token refuses all', () => {
    expect(isAdminRequest('Bearer s3cret', 's3cret')).toBe(true);
    expect(isAdminRequest('bearer s3cret', 's3cret')).toBe(true);
    expect(isAdminRequest('Bearer s3cre', 's3cret')).toBe(false);
    expect(isAdminRequest('Bearer s3cret2', 's3cret')).toBe(false);
    expect(isAdminRequest('s3cret', 's3cret')).toBe(false);
    expect(isAdminRequest(undefined, 's3cret')).toBe(false);
    expect(isAdminRequest('Bearer ', null)).toBe(false);
    expect(isAdminRequest('Bearer null', null)).toBe(false);
  });
});
