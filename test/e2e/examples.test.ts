import 'reflect-metadata';
import { Kind, parse, validate, type GraphQLSchema } from 'graphql';
import { loadConfig } from '../../src/config';
import { connectDatabase } from '../../src/cli/connect';
import type { Neo4jGateway } from '../../src/graph/neo4j-gateway';
import { buildApiSchema } from '../../src/api/schema/build-schema';
import { type ApiServer, startApiServer } from '../../src/api/http/http-server';
import { readExampleTabs, splitExamples } from '../../src/api/http/playground-examples';
import {
  loadPublishedLetters,
  loadSyntheticLetters,
  type LoadedLetters,
} from './synthetic-letters';

/**
 * schema/examples.graphql is what a newcomer runs first in the playground: every operation
 * must be valid against the schema and answer without errors on real data.
 */
const tabs = readExampleTabs();

describe('schema/examples.graphql', () => {
  let schema: GraphQLSchema;
  let gateway: Neo4jGateway;
  let server: ApiServer;
  let letters: LoadedLetters;
  let published: LoadedLetters;

  beforeAll(async () => {
    schema = await buildApiSchema();
    letters = await loadSyntheticLetters(300);
    // The research tabs ask about the published letters (synthetic: false), as npm start has them.
    published = await loadPublishedLetters();
    const config = { ...loadConfig(), logLevel: 'silent' as const };
    gateway = await connectDatabase(config);
    server = await startApiServer(config, gateway, { port: 0, host: '127.0.0.1' });
  });

  afterAll(async () => {
    await server?.close();
    await gateway?.close();
    await letters?.remove();
    await published?.remove();
  });

  test('splits into named operations, each with its comment line', () => {
    expect(tabs.length).toBeGreaterThanOrEqual(8);
    const names = tabs.map((tab) => tab.name);
    expect(new Set(names).size).toBe(names.length);
    for (const tab of tabs) {
      expect(tab.query).toMatch(/^# \S/);
      const operations = parse(tab.query).definitions.filter(
        (d) => d.kind === Kind.OPERATION_DEFINITION,
      );
      expect(operations).toHaveLength(1);
    }
  });

  test('cover the research questions the API exists for', () => {
    const rootFields = new Set(
      tabs.flatMap((tab) =>
        parse(tab.query).definitions.flatMap((definition) =>
          definition.kind === Kind.OPERATION_DEFINITION
            ? definition.selectionSet.selections.flatMap((selection) =>
                selection.kind === Kind.FIELD ? [selection.name.value] : [],
              )
            : [],
        ),
      ),
    );
    expect([...rootFields].sort()).toEqual(
      expect.arrayContaining([
        'case', // one case with its decisions and citations
        'citationAgreement', // UR versus IMR
        'decisions', // a filtered page
        'graph', // a neighbourhood to draw
        'guidelineImpact', // the mission question
        'outcomeTrend', // month by month
        'search',
        'similarCases',
        'specialtyOverturnRates', // by reviewer specialty for a service
        'reasons', // why decisions went their way
      ]),
    );
    expect(tabs[0].query).toMatch(
      /guidelineImpact\(\s*filter: \{ subcategory: "Chiropractic", synthetic: false \}/,
    );
  });

  test('keeps comments above an operation and drops the file header', () => {
    const split = splitExamples(
      '# header\n\n# first\nquery A { a }\n\n# second\n# more\nquery B { b }\n',
    );
    expect(split).toEqual([
      { name: 'A', query: '# first\nquery A { a }\n' },
      { name: 'B', query: '# second\n# more\nquery B { b }\n' },
    ]);
  });

  test.each(tabs.map((tab) => [tab.name, tab.query]))(
    '%s is valid against the schema',
    (_, query) => {
      expect(validate(schema, parse(query)).map((error) => error.message)).toEqual([]);
    },
  );

  test.each(tabs.map((tab) => [tab.name, tab.query]))(
    '%s runs without errors and finds data',
    async (name, query) => {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query, operationName: name }),
      });
      const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
      expect(body.errors).toBeUndefined();
      expect(response.status).toBe(200);
      const [field] = Object.values(body.data ?? {});
      expect(isEmpty(field)).toBe(false);
    },
  );
});

/** null, [] or an object whose lists are all empty: the example showed nothing. */
function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') {
    const lists = Object.values(value).filter(Array.isArray);
    return lists.length > 0 && lists.every((list) => list.length === 0);
  }
  return false;
}
