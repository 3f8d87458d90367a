/**
 * Reasons in the graph (issue 15 items 2 and 3): each decision's GROUNDED_ON edges and Reason
 * nodes equal the parser's output field by field, go with their case on replacement and
 * deletion, survive `db check`, are filled in by `migrate` on a graph loaded without them, and
 * are served as Decision.reasons, outcomeBreakdown(by: REASON) and the reason filter.
 */
import 'reflect-metadata';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Determination } from '../../loaders/determination';
import { REASONS } from '../../loaders/vocab/reasons';
import { loadLetters } from '../../src/ingest/load-letters';
import { caseKey } from '../../src/ingest/to-graph-batch';
import { migrate } from '../../src/graph/migrate';
import { checkGraph } from '../../src/graph/check/graph-check.service';
import type { Neo4jGateway } from '../../src/graph/neo4j-gateway';
import { type ApiServer, startApiServer } from '../../src/api/http/http-server';
import { seedsDir } from '../helpers/corpus';
import {
  cleanUp,
  openGateway,
  parseInLoadOrder,
  query,
  rows,
  seedWithHeader,
  testConfig,
  vocabulary,
} from './load-helpers';

jest.setTimeout(300_000);

/* eslint-disable @typescript-eslint/no-explicit-any -- answers are read as plain JSON */
type Json = any;

const SEEDS = readdirSync(seedsDir())
  .filter((f) => f.endsWith('.txt'))
  .sort();
const KEYS = SEEDS.map((_, i) => `CM99-94${String(i + 1).padStart(5, '0')}`);
const VOCABULARY = new Map(REASONS.map((r) => [r.code, r]));

/** Every ground of the test's decisions as stored, in (decision, start) order. */
async function storedGrounds(gateway: Neo4jGateway, keys: readonly string[]) {
  return rows(
    gateway,
    'grounds',
    `MATCH (c:Case)-[:HAS_DECISION]->(d:Decision)-[g:GROUNDED_ON]->(r:Reason)
     WHERE c.caseNumber IN $keys
     RETURN d.id AS decision, r.code AS code, g.text AS text, g.start AS start, g.end AS end,
            g.outcome AS outcome, g.category AS category, g.subcategory AS subcategory,
            r.label AS label, r.definition AS definition, r.supports AS supports
     ORDER BY decision, start, code`,
    { keys },
  );
}

/** The same, from the parser's output alone. */
function parsedGrounds(determinations: readonly Determination[]) {
  return determinations
    .flatMap((d) =>
      d.decisions.flatMap((item) =>
        item.reasons.map((r) => ({
          decision: `${caseKey(d)}#${item.ordinal}`,
          code: r.code,
          text: r.text,
          start: r.start,
          end: r.end,
          outcome: item.outcome,
          category: item.service.category,
          subcategory: item.service.subcategory,
          label: VOCABULARY.get(r.code)?.label,
          definition: VOCABULARY.get(r.code)?.definition,
          supports: VOCABULARY.get(r.code)?.supports,
        })),
      ),
    )
    .sort((a, b) =>
      a.decision !== b.decision
        ? a.decision < b.decision
          ? -1
          : 1
        : a.start - b.start || (a.code < b.code ? -1 : 1),
    );
}

/** Reason nodes nothing points at, and codes no GROUNDED_ON reaches: both must be none. */
async function unusedReasons(gateway: Neo4jGateway): Promise<number> {
  const [row] = await rows(
    gateway,
    'unusedReasons',
    'MATCH (r:Reason) WHERE NOT EXISTS { (r)<-[:GROUNDED_ON]-() } RETURN count(r) AS n',
  );
  return row.n as number;
}

describe('reasons in the graph', () => {
  let gateway: Neo4jGateway;
  let dir: string;
  let vocabularyBefore: string[];
  let determinations: Determination[];

  const writeLetters = (seeds: readonly string[]) => {
    rmSync(dir, { recursive: true, force: true });
    dir = mkdtempSync(join(tmpdir(), 'imr-reasons-'));
    seeds.forEach((seed, i) =>
      writeFileSync(join(dir, `${KEYS[i]}.txt`), seedWithHeader(seed, KEYS[i])),
    );
  };

  beforeAll(async () => {
    gateway = await openGateway();
    vocabularyBefore = await vocabulary(gateway);
    dir = mkdtempSync(join(tmpdir(), 'imr-reasons-'));
    writeLetters(SEEDS);
    const summary = await loadLetters([dir], gateway);
    expect(summary.loaded).toBe(SEEDS.length);
    determinations = [...(await parseInLoadOrder([dir])).parsed.values()];
  });

  afterAll(async () => {
    await cleanUp(gateway, KEYS, vocabularyBefore);
    await gateway.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes one GROUNDED_ON edge per parsed reason, with its span, scope and Reason node', async () => {
    const expected = parsedGrounds(determinations);
    expect(expected.length).toBeGreaterThan(SEEDS.length);
    expect(await storedGrounds(gateway, KEYS)).toEqual(expected);
    expect(await checkGraph(gateway)).toEqual([]);
  });

  it('replaces a case’s reasons with its new letter’s and deletes Reason nodes left unused', async () => {
    // Case 1 now holds seed 2's letter: seed 1's grounds must all go.
    writeLetters([SEEDS[1], ...SEEDS.slice(1)]);
    const summary = await loadLetters([dir], gateway);
    expect(summary.replaced).toBe(1);
    const now = [...(await parseInLoadOrder([dir])).parsed.values()];
    expect(await storedGrounds(gateway, KEYS)).toEqual(parsedGrounds(now));
    expect(await unusedReasons(gateway)).toBe(0);
    expect(await checkGraph(gateway)).toEqual([]);

    await cleanUp(gateway, KEYS.slice(0, 2), vocabularyBefore);
    expect(await storedGrounds(gateway, KEYS.slice(0, 2))).toEqual([]);
    expect(await unusedReasons(gateway)).toBe(0);
    expect(await checkGraph(gateway)).toEqual([]);

    // Back to the original letters for the tests below.
    writeLetters(SEEDS);
    await loadLetters([dir], gateway);
    expect(await storedGrounds(gateway, KEYS)).toEqual(parsedGrounds(determinations));
  });

  it('migrate grounds a graph loaded without reasons exactly as the loader does', async () => {
    const before = await storedGrounds(gateway, KEYS);
    await gateway.write(
      query(
        'stripReasons',
        `MATCH (c:Case)-[:HAS_DECISION]->(:Decision)-[g:GROUNDED_ON]->()
         WHERE c.caseNumber IN $keys
         DELETE g
         WITH count(*) AS gone
         MATCH (r:Reason) WHERE NOT EXISTS { (r)<-[:GROUNDED_ON]-() }
         DELETE r
         WITH count(*) AS reasons
         MATCH (m:Migration {name: 'decision-reasons'}) DELETE m`,
      ),
      { keys: KEYS },
    );
    expect(await storedGrounds(gateway, KEYS)).toEqual([]);
    await migrate(gateway);
    expect(await storedGrounds(gateway, KEYS)).toEqual(before);
    expect(await checkGraph(gateway)).toEqual([]);
  });

  describe('through GraphQL', () => {
    let server: ApiServer;
    const ask = async (q: string, variables: Record<string, unknown> = {}) => {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query: q, variables }),
      });
      const body = (await response.json()) as { data?: Json; errors?: unknown };
      expect(body.errors).toBeUndefined();
      return body.data as Json;
    };

    beforeAll(async () => {
      server = await startApiServer(testConfig(), gateway, {
        port: 0,
        host: '127.0.0.1',
      });
    });
    afterAll(async () => server?.close());

    it('serves Decision.reasons with their spans into the rationale', async () => {
      const d = determinations[0];
      const data = await ask(
        `query($c: ID!) { case(caseNumber: $c) { decisions { ordinal rationale
           reasons { reason { code label definition supports } text start end } } } }`,
        { c: caseKey(d) },
      );
      const decisions: Json[] = data.case.decisions;
      expect(decisions.map((x) => [x.ordinal, x.reasons])).toEqual(
        d.decisions.map((item) => [
          item.ordinal,
          [...item.reasons]
            .sort((a, b) => a.start - b.start || (a.code < b.code ? -1 : 1))
            .map((r) => {
              const v = VOCABULARY.get(r.code)!;
              return {
                reason: {
                  code: r.code,
                  label: v.label,
                  definition: v.definition,
                  supports: v.supports,
                },
                text: r.text,
                start: r.start,
                end: r.end,
              };
            }),
        ]),
      );
      for (const x of decisions)
        for (const r of x.reasons as Json[]) expect(x.rationale.slice(r.start, r.end)).toBe(r.text);
    });

    it('counts outcomeBreakdown(by: REASON) as an independent Cypher count does', async () => {
      const { subcategory } = determinations
        .flatMap((d) => d.decisions)
        .find((x) => x.service.subcategory !== null)!.service;
      const counted = await rows(
        gateway,
        'reasonCounts',
        `MATCH (d:Decision)-[:GROUNDED_ON]->(r:Reason)
         WHERE EXISTS { (d)-[:FOR_SERVICE]->(:Service {subcategory: $sub}) }
         RETURN r.code AS key, count(d) AS decisions,
                sum(CASE d.outcome WHEN 'OVERTURNED' THEN 1 ELSE 0 END) AS overturned
         ORDER BY key`,
        { sub: subcategory },
      );
      const data = await ask(
        `query($s: String) { outcomeBreakdown(by: REASON, filter: {subcategory: $s}) {
           key decisions overturned } }`,
        { s: subcategory },
      );
      const buckets = (data.outcomeBreakdown as { key: string }[])
        .filter((b) => b.key !== '(none)')
        .sort((a, b) => (a.key < b.key ? -1 : 1));
      expect(counted.length).toBeGreaterThan(0);
      expect(buckets).toEqual(counted);
    });

    it('filters decisions by reason', async () => {
      const code = determinations[0].decisions[0].reasons[0].code;
      const expected = (
        await rows(
          gateway,
          'byReason',
          `MATCH (d:Decision)-[:GROUNDED_ON]->(:Reason {code: $code}) RETURN d.id AS id ORDER BY d.caseNumber, d.ordinal`,
          { code },
        )
      ).map((r) => r.id);
      const data = await ask(
        `query($r: String) { decisions(filter: {reason: $r}, first: 100) { totalCount
           edges { node { id reasons { reason { code } } } } } }`,
        { r: code },
      );
      const page = data.decisions as {
        totalCount: number;
        edges: { node: { id: string; reasons: { reason: { code: string } }[] } }[];
      };
      expect(page.totalCount).toBe(expected.length);
      expect(page.edges.map((e) => e.node.id)).toEqual(expected.slice(0, 100));
      for (const e of page.edges) expect(e.node.reasons.map((r) => r.reason.code)).toContain(code);
      const listed = await ask('{ reasons { code } }');
      expect((listed.reasons as { code: string }[]).map((r) => r.code)).toContain(code);
    });
  });
});
