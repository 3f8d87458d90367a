import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isAbstractType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { buildApiSchema } from '../../src/api/schema/build-schema';
import { startApiServer, type ApiServer } from '../../src/api/http/http-server';
import type { Logger } from '../../src/api/http/logger';
import { adminHeaders, startHarness, type ApiHarness, type Json } from './api-harness';

/**
 * The log never carries request values (letters hold medical information): a marker sent
 * through every argument of every root field, as a variable of the right type, of a wrong type
 * (an array, an object, a string where a number goes) and inline, must appear nowhere in what
 * the server writes: its log, Apollo's console logging, stdout and stderr.
 */
const MARKER = 'Zq7MarkerLetterText';

type Request = { name: string; query: string; variables: Record<string, unknown> };

/** A value of `type` carrying the marker wherever a string can go. */
function markerValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return markerValue(type.ofType);
  if (isListType(type)) return [markerValue(type.ofType)];
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields()).map((field) => [field.name, markerValue(field.type)]),
    );
  }
  if (isEnumType(type)) return MARKER;
  switch (type.name) {
    case 'Int':
    case 'Float':
      return MARKER;
    case 'Boolean':
      return true;
    default:
      return MARKER;
  }
}

/** A plausible literal for an argument that is not the one carrying the marker. */
function plainLiteral(arg: GraphQLArgument): string {
  const named = getNamedType(arg.type);
  if (isEnumType(named)) return named.getValues()[0].name;
  if (named.name === 'Int' || named.name === 'Float') return '1';
  if (named.name === 'Boolean') return 'true';
  if (isInputObjectType(named)) return '{}';
  return '"SYN-0000001"';
}

function selectionOf(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  return isObjectType(named) || isAbstractType(named) ? '{ __typename }' : '';
}

function requestsFor(root: GraphQLObjectType, keyword: 'query' | 'mutation'): Request[] {
  const requests: Request[] = [];
  for (const field of Object.values(root.getFields())) {
    for (const arg of field.args) {
      const others = field.args
        .filter((other) => other !== arg && isNonNullType(other.type))
        .map((other) => `${other.name}: ${plainLiteral(other)}`);
      const call = (value: string) =>
        `${field.name}(${[`${arg.name}: ${value}`, ...others].join(', ')}) ${selectionOf(field)}`;
      const withVariable = `${keyword} Probe($v: ${String(arg.type)}) { ${call('$v')} }`;
      const name = `${field.name}(${arg.name})`;
      requests.push(
        {
          name: `${name} right type`,
          query: withVariable,
          variables: { v: markerValue(arg.type) },
        },
        { name: `${name} as an array`, query: withVariable, variables: { v: [MARKER, [MARKER]] } },
        {
          name: `${name} as an object`,
          query: withVariable,
          variables: { v: { [MARKER]: MARKER } },
        },
        { name: `${name} inline`, query: `${keyword} { ${call(`"${MARKER}"`)} }`, variables: {} },
      );
    }
  }
  return requests;
}

describe('request values never reach the log', () => {
  let api: ApiHarness;
  let server: ApiServer;
  const written: string[] = [];
  let spies: jest.SpyInstance[] = [];

  beforeAll(async () => {
    api = await startHarness({ letters: 2, seed: 424_242 });
    const log: Logger = {
      info: (line) => written.push(line),
      error: (line) => written.push(line),
      request: (fields) => written.push(JSON.stringify(fields)),
    };
    server = await startApiServer(api.config, api.gateway, { port: 0, host: '127.0.0.1', log });
  });

  afterAll(async () => {
    await server?.close();
    await api?.close();
  });

  test('a marker through every argument, valid and invalid, as variables and inline', async () => {
    const schema = await buildApiSchema();
    const requests = [
      ...requestsFor(schema.getQueryType()!, 'query'),
      ...requestsFor(schema.getMutationType()!, 'mutation'),
    ];
    expect(requests.length).toBeGreaterThan(100);
    const capture = (chunk: unknown) => {
      written.push(String(chunk));
      return true;
    };
    spies = [
      jest.spyOn(process.stdout, 'write').mockImplementation(capture),
      jest.spyOn(process.stderr, 'write').mockImplementation(capture),
      ...(['log', 'info', 'warn', 'error', 'debug'] as const).map((method) =>
        jest.spyOn(console, method).mockImplementation((...args) => capture(args.join(' '))),
      ),
    ];
    const statuses = new Map<number, number>();
    try {
      for (const request of requests) {
        const response = await fetch(server.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...adminHeaders },
          body: JSON.stringify({ query: request.query, variables: request.variables }),
        });
        const body = (await response.json()) as Json;
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        // A client's mistake is never answered as a server fault.
        expect({ request: request.name, code: body.errors?.[0]?.extensions?.code }).not.toEqual({
          request: request.name,
          code: 'INTERNAL_SERVER_ERROR',
        });
      }
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    // Both kinds were sent: accepted requests and refused ones.
    expect(statuses.get(200)).toBeGreaterThan(0);
    expect(statuses.get(400)).toBeGreaterThan(0);
    // The log did see every request (one line each, and more for errors), so its silence on
    // the marker below is a finding, not an empty log.
    const requestLines = written.filter((line) => line.includes('"operation"'));
    expect(requestLines.length).toBeGreaterThanOrEqual(requests.length);
    const log = written.join('\n');
    // Not even a cut part of it.
    expect(log).not.toContain(MARKER.slice(0, 12));
  });

  test.each([
    ['deleteCase', 'mutation M($k: ID!) { deleteCase(caseNumber: $k) }'],
    ['similarCases', 'query Q($k: ID!) { similarCases(caseNumber: $k) { score } }'],
    ['graph', 'query Q($k: ID!) { graph(id: $k) { root } }'],
  ])('%s: NOT_FOUND repeats a short part of a 100 KB id, not all of it', async (_name, query) => {
    const id = `NOPE-${'x'.repeat(100_000)}`;
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...adminHeaders },
      body: JSON.stringify({ query, variables: { k: id } }),
    });
    const body = (await response.json()) as Json;
    expect(body.errors[0].extensions.code).toBe('NOT_FOUND');
    expect(body.errors[0].message.length).toBeLessThan(400);
    expect(body.errors[0].message).toContain('100005 characters');
  });
});
