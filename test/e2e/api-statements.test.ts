import { startHarness, type ApiHarness } from './api-harness';

/**
 * No N+1: a nested query's Cypher statements depend on its shape, not on how many cases it
 * returns. Each field level below the page is one DataLoader batch, one UNWIND statement.
 */
const NESTED = `query Nested($numbers: [ID!], $first: Int) {
  cases(filter: { caseNumbers: $numbers }, first: $first) {
    totalCount
    edges {
      node {
        caseNumber outcome diagnoses
        reviewer { key specialties { name } }
        decisions {
          id outcome request
          details { bodyRegions sessions }
          service { name category subcategory }
          urCitations { pages edition guideline { key document } }
          reviewerCitations { text guideline { key source section } }
          dependsOn { id }
          case { caseNumber }
        }
      }
    }
  }
}`;

describe('GraphQL statement count', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    // Statements of computed requests: the response cache (response-cache.test.ts) is off.
    api = await startHarness({
      letters: 60,
      seed: 424242,
      config: { responseCache: { maxMb: 0, revisionPollMs: 500 } },
    });
  });

  afterAll(async () => {
    await api?.close();
  });

  async function statementsFor(count: number) {
    const numbers = api.caseNumbers.slice(0, count);
    const before = api.gateway.statementCount;
    const result = await api.gql(NESTED, { numbers, first: count });
    const statements = api.gateway.statementCount - before;
    expect(result.errors).toBeUndefined();
    const edges = result.data!.cases.edges as { node: { decisions: unknown[] } }[];
    expect(edges).toHaveLength(count);
    const decisions = edges.reduce((n, e) => n + e.node.decisions.length, 0);
    return { statements, decisions };
  }

  test('10 and 50 cases with decisions, services and citations take the same few statements', async () => {
    await statementsFor(3); // warm-up: the first Cypher compilations
    const ten = await statementsFor(10);
    const fifty = await statementsFor(50);
    process.stderr.write(
      `statements: 10 cases (${ten.decisions} decisions) → ${ten.statements}, ` +
        `50 cases (${fifty.decisions} decisions) → ${fifty.statements}\n`,
    );
    expect(fifty.decisions).toBeGreaterThan(ten.decisions);
    expect(fifty.statements).toBe(ten.statements);
    // page, decisions, services, citations, dependsOn, reviewer, diagnoses (a decision's
    // case comes from the page already read)
    expect(fifty.statements).toBeLessThanOrEqual(7);
  });

  test('connections inside lists batch too: services → decisions(first) is one statement per level', async () => {
    const query = `query {
      services { name decisions(first: 3) { totalCount edges { node { id service { name } } } } }
    }`;
    await api.gql(query);
    const before = api.gateway.statementCount;
    const result = await api.gql(query);
    const statements = api.gateway.statementCount - before;
    expect(result.errors).toBeUndefined();
    expect((result.data!.services as unknown[]).length).toBeGreaterThan(5);
    process.stderr.write(`statements: services with paged decisions → ${statements}\n`);
    expect(statements).toBeLessThanOrEqual(3);
  });
});
