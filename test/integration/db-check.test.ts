/**
 * `imr-graph db check [--repair]` on a graph broken the ways lost races and old loaders break
 * it: a decision left without its case, a shared node nothing uses, a citation without its
 * scope, a doubled edge, a reviewer missing a specialty edge. The check names each (exit 1),
 * the repair mends what needs no letter and marks the case that does, and loading that
 * letter again makes the graph whole (exit 0).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadLetters } from '../../src/ingest/load-letters';
import { generateCorpus } from '../../tools/synthetic/generate-corpus';
import { SYNTHETIC_CASE_PREFIX } from '../../tools/synthetic/generate-letter';
import { checkGraph } from '../../src/graph/check/graph-check.service';
import type { Neo4jGateway } from '../../src/graph/neo4j-gateway';
import { cleanUp, openGateway, query, runCli, single, vocabulary } from './load-helpers';

jest.setTimeout(300_000);

const CASES = [1, 2, 3].map((i) => `${SYNTHETIC_CASE_PREFIX}${String(i).padStart(7, '0')}`);

/** The CLI's exit code and standard output. */
async function cli(args: string[]): Promise<{ code: number; stdout: string }> {
  const { code, stdout } = await runCli(args);
  return { code, stdout };
}

describe('imr-graph db check', () => {
  let dir: string;
  let gateway: Neo4jGateway;
  let vocabularyBefore: string[];

  beforeAll(async () => {
    gateway = await openGateway();
    vocabularyBefore = await vocabulary(gateway);
    dir = mkdtempSync(join(tmpdir(), 'imr-db-check-'));
    await generateCorpus({ count: CASES.length, seed: 4242, outDir: dir });
    expect(await loadLetters([dir], gateway, { threads: 1 })).toMatchObject({ loaded: 3 });
  });

  afterAll(async () => {
    try {
      await gateway.write(
        query('dropTestNodes', 'MATCH (n:Guideline {key: $key}) DETACH DELETE n'),
        { key: 'TEST|orphan|' },
      );
      await gateway.write(
        query(
          'dropTestVocabulary',
          `MATCH (n) WHERE n:Specialty AND n.name = 'TEST only specialty'
             OR n:State AND n.name = 'TEST only state' OR n:GuidelineDocument AND n.key = 'TEST|only'
           DETACH DELETE n`,
        ),
        {},
      );
      await cleanUp(gateway, CASES, vocabularyBefore);
    } finally {
      await gateway.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a whole graph passes: exit 0', async () => {
    expect(await checkGraph(gateway)).toEqual([]);
    const run = await cli(['db', 'check']);
    expect(run).toEqual({ code: 0, stdout: 'graph check: every invariant holds\n' });
  });

  test('a broken graph: each break is named (exit 1), --repair mends it, a reload finishes', async () => {
    const breakGraph = (name: string, cypher: string) =>
      gateway.write(query(name, cypher), { keys: CASES });
    await breakGraph(
      'strandDecision',
      `MATCH (c:Case {caseNumber: $keys[0]})-[r:HAS_DECISION]->(:Decision)
       WITH r LIMIT 1 DELETE r`,
    );
    await breakGraph(
      'orphanGuideline',
      `CREATE (:Guideline {key: 'TEST|orphan|', source: 'TEST', document: 'orphan'})`,
    );
    await breakGraph(
      'unscopedCitation',
      `MATCH (c:Case)-[:HAS_DECISION]->(:Decision)-[r:UR_CITED|REVIEWER_CITED]->()
       WHERE c.caseNumber IN $keys WITH r LIMIT 1 REMOVE r.outcome`,
    );
    await breakGraph(
      'unscopedGround',
      `MATCH (c:Case)-[:HAS_DECISION]->(:Decision)-[r:GROUNDED_ON]->()
       WHERE c.caseNumber IN $keys WITH r LIMIT 1 REMOVE r.outcome`,
    );
    await breakGraph(
      'doubleEdge',
      `MATCH (c:Case {caseNumber: $keys[1]})-[:REVIEWED_BY]->(r:Reviewer)
       CREATE (c)-[:REVIEWED_BY]->(r)`,
    );
    await breakGraph(
      'dropSpecialty',
      `MATCH (:Case {caseNumber: $keys[2]})-[:REVIEWED_BY]->(:Reviewer)-[e:CERTIFIED_IN]->()
       WITH e LIMIT 1 DELETE e`,
    );
    const broken = [
      'decision-without-case',
      'case-decision-count',
      'case-reviewer',
      'citation-scope',
      'ground-scope',
      'reviewer-profile',
      'doubled-edge',
      'orphan-Guideline',
      'guideline-document',
    ].sort();
    expect((await checkGraph(gateway)).map((v) => v.invariant).sort()).toEqual(broken);

    const check = await cli(['db', 'check']);
    expect(check.code).toBe(1);
    for (const name of broken) expect(check.stdout).toContain(`BROKEN ${name}: `);
    expect(check.stdout).toContain(`"${CASES[0]}#`);

    // Everything but the stranded case's missing decision is mended; that case is marked so
    // that loading its letter rewrites it.
    const repair = await cli(['db', 'check', '--repair']);
    expect(repair.code).toBe(1);
    expect((await checkGraph(gateway)).map((v) => v.invariant)).toEqual(['case-decision-count']);
    const reload = await loadLetters([dir], gateway, { threads: 1 });
    expect(reload).toMatchObject({ replaced: 1, unchanged: 2, failed: 0 });
    expect(await cli(['db', 'check'])).toEqual({
      code: 0,
      stdout: 'graph check: every invariant holds\n',
    });
  });

  test('a repair that unlinks the last use of a node deletes that node too', async () => {
    // Nothing is an orphan before the repair: the specialty, state and document that the
    // repair unlinks are used by nothing else, and the clean-up after it must delete them.
    await gateway.write(
      query(
        'strayProfileEdges',
        `MATCH (:Case {caseNumber: $keys[2]})-[:REVIEWED_BY]->(r:Reviewer)
       CREATE (r)-[:CERTIFIED_IN]->(:Specialty {name: 'TEST only specialty'}),
              (r)-[:LICENSED_IN]->(:State {name: 'TEST only state'})`,
      ),
      { keys: CASES },
    );
    await gateway.write(
      query(
        'strayDocumentEdge',
        `MATCH (c:Case)-[:HAS_DECISION]->(:Decision)-[:UR_CITED|REVIEWER_CITED]->(g:Guideline)
       WHERE c.caseNumber IN $keys
       WITH g LIMIT 1
       CREATE (g)-[:SECTION_OF]->(:GuidelineDocument {key: 'TEST|only', source: 'TEST', name: 'only'})`,
      ),
      { keys: CASES },
    );
    expect((await checkGraph(gateway)).map((v) => v.invariant).sort()).toEqual([
      'guideline-document',
      'reviewer-profile',
    ]);
    const repair = await cli(['db', 'check', '--repair']);
    expect(repair.code).toBe(0);
    const testNodes = `MATCH (n) WHERE n:Specialty AND n.name = 'TEST only specialty'
         OR n:State AND n.name = 'TEST only state' OR n:GuidelineDocument AND n.key = 'TEST|only'
       RETURN count(n) AS n`;
    expect(await single(gateway, 'testNodes', testNodes)).toBe(0);
    expect(await cli(['db', 'check'])).toEqual({
      code: 0,
      stdout: 'graph check: every invariant holds\n',
    });
  });
});
