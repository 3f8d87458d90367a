/**
 * The API's services without GraphQL: a scope built from a gateway alone (as a test or a
 * command would) reads, batches and refuses as the API does. Three seed letters are loaded
 * through the ingest service under case numbers of this file's own and removed afterwards.
 */
import { parseLetterText, type Determination } from '../../loaders';
import { findCases, loadCase, loadDiagnoses } from '../../src/api/case/case.service';
import { InvalidArgument, NotFound } from '../../src/api/core/domain-error';
import { createServiceScope, type ServiceScope } from '../../src/api/core/service-scope';
import {
  findDecisions,
  loadCitations,
  loadDecision,
  loadDecisionsOfCase,
} from '../../src/api/decision/decision.service';
import { similarCases } from '../../src/api/analytics/analytics.service';
import { deleteCase, ingestCase } from '../../src/api/ingest/case-ingest.service';
import type { Neo4jGateway } from '../../src/graph/neo4j-gateway';
import { IngestRefusedError } from '../../src/ingest/ingest.service';
import { citedKeys, cleanUp, openGateway, seedWithHeader, vocabulary } from './load-helpers';

jest.setTimeout(300_000);

const LETTERS: [seed: string, caseNumber: string][] = [
  ['000_07751491f83a9ffc.txt', 'CM98-7100001'],
  ['001_d97560119e8eea04.txt', 'CM98-7100002'],
  ['003_76d55e3afe68ea32.txt', 'CM98-7100003'],
];
const CASES = LETTERS.map(([, caseNumber]) => caseNumber);

describe('services called with a gateway alone', () => {
  let gateway: Neo4jGateway;
  let before: string[];
  const parsed = new Map<string, Determination>();

  /** A scope over a request view of the gateway, so its own statements can be counted. */
  const scope = (): ServiceScope =>
    createServiceScope(
      gateway.forRequest({ signal: new AbortController().signal, maxSessions: 4 }),
    );
  const statementsOf = (s: ServiceScope) => s.gateway.viewStatementCount;

  beforeAll(async () => {
    gateway = await openGateway();
    before = await vocabulary(gateway);
    const loading = scope();
    for (const [seed, caseNumber] of LETTERS) {
      const text = seedWithHeader(seed, caseNumber);
      parsed.set(caseNumber, parseLetterText(text, { file: seed, sha256: '0', format: 'text' }));
      const loaded = await ingestCase(loading, text, seed);
      expect(loaded.caseNumber).toBe(caseNumber);
    }
  });

  afterAll(async () => {
    await cleanUp(gateway, CASES, before);
    await gateway.close();
  });

  test('cases load in one statement for a whole field level, and each scope reads for itself', async () => {
    const s = scope();
    const cases = await Promise.all(CASES.map((n) => loadCase(s, n)));
    expect(cases.map((c) => c?.caseNumber)).toEqual(CASES);
    expect(statementsOf(s)).toBe(1);
    // Cached for the rest of this scope; a new scope has its own cache and reads again.
    await loadCase(s, CASES[0]);
    expect(statementsOf(s)).toBe(1);
    const other = scope();
    await loadCase(other, CASES[0]);
    expect(statementsOf(other)).toBe(1);
    expect(await loadCase(s, 'CM98-7199999')).toBeNull();
  });

  test('decisions of every case in one statement; citations of all of them in one more', async () => {
    const s = scope();
    const decisions = await Promise.all(CASES.map((n) => loadDecisionsOfCase(s, n)));
    expect(decisions.map((list) => list.length)).toEqual(
      CASES.map((n) => parsed.get(n)!.decisions.length),
    );
    // A case's decisions come with their citations: asking for them reads nothing more.
    await Promise.all(decisions.flat().map((d) => loadCitations(s, d, 'REVIEWER')));
    expect(statementsOf(s)).toBe(1);
    // Decisions known only by id (a search hit's, a page's): one statement for all citations.
    const bare = scope();
    const ids = decisions.flat().map((d) => ({ id: d.id }));
    const reviewer = await Promise.all(ids.map((d) => loadCitations(bare, d, 'REVIEWER')));
    const ur = await Promise.all(ids.map((d) => loadCitations(bare, d, 'UR')));
    expect(statementsOf(bare)).toBe(1);
    const keysOf = (citations: { guideline: { key: string } }[]) =>
      [...new Set(citations.map((c) => c.guideline.key))].sort();
    expect(ids.map((_, i) => [keysOf(reviewer[i]), keysOf(ur[i])])).toEqual(
      CASES.flatMap((n) =>
        parsed
          .get(n)!
          .decisions.map((d) => [citedKeys(d.reviewer), citedKeys(d.claimsAdministrator)]),
      ),
    );
    expect(reviewer.flat().length).toBeGreaterThan(0);
  });

  test('decisions and citations come with the spans the parser read them from', async () => {
    const s = scope();
    for (const caseNumber of CASES) {
      const expected = parsed.get(caseNumber)!.decisions;
      const decisions = await loadDecisionsOfCase(s, caseNumber);
      expect(decisions.map((d) => d.requestSpan)).toEqual(expected.map((d) => d.requestSpan));
      for (const [i, decision] of decisions.entries()) {
        // One edge per guideline, carrying the text and span of the party's first citation of it.
        const got = await loadCitations(s, decision, 'REVIEWER');
        const read = expected[i].reviewer.citations.map((c) => ({ text: c.text, span: c.span }));
        expect(got.map((c) => ({ text: c.text, span: c.span }))).toEqual(
          expect.arrayContaining(got.length > 0 ? [read[0]] : []),
        );
        for (const c of got) expect(read).toContainEqual({ text: c.text, span: c.span });
        expect(got.every((c) => c.span !== null)).toBe(true);
      }
    }
  });

  test('a case filter pages through the cases in order, cursor by cursor', async () => {
    const s = scope();
    const first = await findCases(s, { caseNumbers: CASES }, 2, null);
    expect(first.totalCount).toBe(3);
    expect(first.edges.map((e) => e.node.caseNumber)).toEqual(CASES.slice(0, 2));
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await findCases(s, { caseNumbers: CASES }, 2, first.pageInfo.endCursor);
    expect(rest.edges.map((e) => e.node.caseNumber)).toEqual(CASES.slice(2));
    expect(rest.pageInfo.hasNextPage).toBe(false);
    // The page primed the case loader: asking for a listed case reads nothing more.
    const read = statementsOf(s);
    await loadCase(s, CASES[0]);
    expect(statementsOf(s)).toBe(read);
  });

  test('decisions of one case through the decision filter, with their diagnoses', async () => {
    const s = scope();
    const [caseNumber] = CASES;
    const page = await findDecisions(s, { caseNumber }, 100, null);
    const expected = parsed.get(caseNumber)!.decisions;
    expect(page.totalCount).toBe(expected.length);
    expect(page.edges.map((e) => e.node.id)).toEqual(
      expected.map((_, i) => `${caseNumber}#${i + 1}`),
    );
    const one = await loadDecision(s, page.edges[0].node.id);
    expect(one?.request).toBe(page.edges[0].node.request);
    expect(await loadDiagnoses(s, caseNumber)).toEqual(
      expect.arrayContaining([expect.any(String)]),
    );
  });

  test('refusals are domain errors a caller can tell apart, with what to change', async () => {
    const s = scope();
    const badCursor = findCases(s, null, 5, 'garbage');
    await expect(badCursor).rejects.toBeInstanceOf(InvalidArgument);
    await expect(badCursor).rejects.toMatchObject({ details: { argument: 'after' } });
    await expect(findDecisions(s, null, 101, null)).rejects.toMatchObject({
      message: 'first must be from 0 to 100, not 101',
      details: { argument: 'first', max: 100 },
    });
    await expect(similarCases(s, { caseNumber: 'CM98-7199999', limit: 5 })).rejects.toBeInstanceOf(
      NotFound,
    );
    await expect(deleteCase(s, 'CM98-7199999')).rejects.toThrow(
      new NotFound('no case "CM98-7199999"'),
    );
    await expect(ingestCase(s, 'not a letter at all', null)).rejects.toBeInstanceOf(
      IngestRefusedError,
    );
    // Nothing refused reached the database but the lookups that found nothing.
    expect(await loadCase(s, CASES[0])).not.toBeNull();
  });
});
