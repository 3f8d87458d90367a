import { defineQuery } from '../../src/graph/named-query';
import { NODE_KEY_PROPERTY, type NodeLabel } from '../../src/api/graph-view/node-ref';
import { RANKED_BUCKET_MAX } from '../../src/api/graph-view/graph-view.queries';
import { startHarness, type ApiHarness, type Json } from './api-harness';
import { nodeKeyCypher } from '../helpers/node-key';
import { COUNTED_TYPES } from '../../src/graph/model/graph-model';

/**
 * The graph feed against Neo4j. Hubs in graph(): a node's neighbours that do not fit come as one Group node, and the
 * arithmetic is checked against counts taken here with Cypher, independently of the view's
 * own statements. Synthetic letters share services, guidelines and specialties, so hubs of
 * a few hundred members exist.
 */

const VIEW = `query V($id: ID!, $depth: Int, $limit: Int) {
  graph(id: $id, depth: $depth, limit: $limit) {
    root truncated
    nodes { id label count caption group depth color size x y properties }
    edges { id type source target weight }
  }
}`;

/** Relationships of a node by type and direction (from the node's side): the true buckets. */
const bucketsOf = defineQuery<
  { label: string; key: string; property: string },
  { bucket: string; n: number }
>(
  'test.bucketsOf',
  `MATCH (x) WHERE $label IN labels(x) AND x[$property] = $key
   MATCH (x)-[r]-()
   RETURN CASE WHEN startNode(r) = x THEN type(r) + '>' ELSE '<' + type(r) END AS bucket,
          count(*) AS n`,
  (row) => ({ bucket: row.bucket as string, n: row.n as number }),
);

/** Neighbour ids (Label:key) of a node along one type and direction. */
const neighboursOf = defineQuery<
  { label: string; key: string; type: string; out: boolean },
  { id: string }
>(
  'test.neighboursOf',
  `MATCH (x) WHERE $label IN labels(x) AND x.name = $key
   MATCH (x)-[r]-(y) WHERE type(r) = $type AND (startNode(r) = x) = $out
   RETURN head(labels(y)) + ':' + ${nodeKeyCypher('y')} AS id`,
  (row) => ({ id: row.id as string }),
);

const largestService = defineQuery<Record<string, never>, { name: string; n: number }>(
  'test.largestService',
  `MATCH (s:Service) WITH s, COUNT { (s)<-[:FOR_SERVICE]-() } AS n
   RETURN s.name AS name, n ORDER BY n DESC, name LIMIT 1`,
  (row) => ({ name: row.name as string, n: row.n as number }),
);

/** The true buckets of the node a view id names. */
function trueBuckets(api: ApiHarness, id: string) {
  const [label, ...rest] = id.split(':');
  const property = NODE_KEY_PROPERTY[label as NodeLabel];
  expect(property).toBeDefined();
  return api.gateway.read(bucketsOf, { label, key: rest.join(':'), property });
}

/** The members of one bucket of a view's root that the view shows (groups left out). */
const shownOf = (g: Json, bucket: { type: string; out: boolean }): string[] =>
  g.edges
    .filter((e: Json) => e.type === bucket.type && (e.source === g.root) === bucket.out)
    .map((e: Json) => (bucket.out ? e.target : e.source) as string)
    .filter((id: string) => !id.startsWith('Group:'));

const bucketOf = (edge: Json, nodeId: string) =>
  edge.source === nodeId ? `${edge.type}>` : `<${edge.type}`;

/** A node's members along one type and direction, with their keys and degrees. */
const membersOf = defineQuery<
  { root: string; type: string; out: boolean },
  { id: string; key: string; degree: number; outcome: string | null }
>(
  'test.membersOf',
  `MATCH (x) WHERE head(labels(x)) + ':' + ${nodeKeyCypher('x')} = $root
   MATCH (x)-[r]-(y) WHERE type(r) = $type AND (startNode(r) = x) = $out
   WITH y, ${nodeKeyCypher('y')} AS key
   RETURN head(labels(y)) + ':' + key AS id, key, COUNT { (y)--() } AS degree, y.outcome AS outcome`,
  (row) => ({
    id: row.id as string,
    key: row.key as string,
    degree: row.degree as number,
    outcome: (row.outcome as string | null) ?? null,
  }),
);

/** The biggest bucket of decisions behind a hub's kept overturned count (services, guidelines,
 * body regions, reasons), and its node: the bucket whose group caption comes from that count. */
const biggestBucket = defineQuery<
  { types: readonly string[] },
  { root: string; type: string; out: boolean; n: number }
>(
  'test.biggestBucket',
  `MATCH (x)-[r]-(:Decision) WHERE type(r) IN $types AND NOT x:Decision
   WITH head(labels(x)) + ':' + ${nodeKeyCypher('x')} AS root,
        type(r) AS type, startNode(r) = x AS out, count(*) AS n
   RETURN root, type, out, n ORDER BY n DESC, root, type LIMIT 1`,
  (row) => ({
    root: row.root as string,
    type: row.type as string,
    out: row.out as boolean,
    n: row.n as number,
  }),
);

let api: ApiHarness;
let hub: { name: string; n: number };

beforeAll(async () => {
  // No response cache: a repeated question must be computed again to prove determinism.
  api = await startHarness({
    letters: 400,
    seed: 1313,
    config: { responseCache: { maxMb: 0, revisionPollMs: 500 } },
  });
  [hub] = await api.gateway.read(largestService, {});
}, 600_000);

afterAll(async () => {
  await api?.close();
});

const view = async (id: string, depth: number, limit: number) => {
  const res = await api.gql(VIEW, { id, depth, limit });
  expect(res.errors).toBeUndefined();
  return res.data!.graph as Json;
};

describe('graph(): hubs as groups', () => {
  it('shows plus grouped is the true neighbourhood of the root, bucket by bucket', async () => {
    expect(hub.n).toBeGreaterThan(30);
    const id = `Service:${hub.name}`;
    const g = await view(id, 1, 20);
    expect(g.nodes.length).toBeLessThanOrEqual(20);
    expect(g.truncated).toBe(false);
    const truth = await trueBuckets(api, id);
    const groups = new Map<string, Json>(
      g.nodes.filter((n: Json) => n.label === 'Group').map((n: Json) => [n.id, n]),
    );
    const seen = new Map<string, number>();
    for (const e of g.edges) {
      const other = e.source === id ? e.target : e.source;
      const bucket = bucketOf(e, id);
      const group = groups.get(other);
      seen.set(bucket, (seen.get(bucket) ?? 0) + (group ? group.count : 1));
      expect(e.weight).toBe(group ? group.count : 1);
    }
    expect(Object.fromEntries(seen)).toEqual(Object.fromEntries(truth.map((t) => [t.bucket, t.n])));
    const decisions = [...groups.values()].find((n) => n.properties.memberLabel === 'Decision');
    expect(decisions.caption).toBe(
      `${decisions.count} Decisions · ${decisions.properties.overturned} overturned`,
    );
    expect(decisions.properties.overturned + decisions.properties.upheld).toBe(decisions.count);
  });

  it('at depth 2, every group counts exactly the members it stands for', async () => {
    const g = await view(`Service:${hub.name}`, 2, 120);
    expect(g.nodes.length).toBeLessThanOrEqual(120);
    const groups = g.nodes.filter((n: Json) => n.label === 'Group');
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups) {
      const p = group.properties;
      const truth = await trueBuckets(api, String(p.of));
      const bucket = p.direction === 'OUT' ? `${p.relationship}>` : `<${p.relationship}`;
      const total = truth.find((t) => t.bucket === bucket)?.n ?? 0;
      // The group's page starts at its offset; the node the parent was reached from is left out.
      const except = JSON.parse(Buffer.from(group.id.slice(6), 'base64url').toString()).except;
      expect(group.count).toBe(total - p.offset - (except === null ? 0 : 1));
    }
    // Decisions are classed and coloured by outcome.
    for (const d of g.nodes.filter((n: Json) => n.label === 'Decision')) {
      expect(['UPHELD', 'OVERTURNED']).toContain(d.group);
      expect(d.caption).toMatch(/^SYN-\d+ #\d+ · /);
    }
  });

  it('pages through a group: every member exactly once, and with the shown ones, all', async () => {
    const id = `Service:${hub.name}`;
    const first = await view(id, 1, 12);
    const group = first.nodes.find(
      (n: Json) => n.label === 'Group' && n.properties.relationship === 'FOR_SERVICE',
    );
    const shown = first.nodes
      .filter((n: Json) => n.label === 'Decision')
      .map((n: Json) => n.id as string);
    const paged: string[] = [];
    let next: string | undefined = group.id;
    let pages = 0;
    while (next !== undefined) {
      const page = await view(next, 1, 10);
      expect(page.root).toBe(id);
      expect(page.nodes.length).toBeLessThanOrEqual(10);
      paged.push(...page.nodes.filter((n: Json) => n.label === 'Decision').map((n: Json) => n.id));
      next = page.nodes.find((n: Json) => n.label === 'Group')?.id;
      pages++;
      expect(pages).toBeLessThan(200);
    }
    expect(paged.length).toBe(group.count);
    expect(new Set(paged).size).toBe(paged.length);
    const all = await api.gateway.read(neighboursOf, {
      label: 'Service',
      key: hub.name,
      type: 'FOR_SERVICE',
      out: false,
    });
    expect(new Set([...shown, ...paged])).toEqual(new Set(all.map((a) => a.id)));
  });

  it('shows the first members of a small bucket in the documented order (degree, then key)', async () => {
    const bucket = { root: `Service:${hub.name}`, type: 'FOR_SERVICE', out: false };
    expect(hub.n).toBeLessThanOrEqual(RANKED_BUCKET_MAX);
    const g = await view(bucket.root, 1, 12);
    const shown = shownOf(g, bucket);
    expect(shown.length).toBeGreaterThan(0);
    const members = await api.gateway.read(membersOf, bucket);
    const byKey = (a: { key: string }, b: { key: string }) =>
      a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    const ordered = [...members].sort((a, b) => b.degree - a.degree || byKey(a, b));
    // The members shown are the first ones of that order (edges come in no set order).
    expect(shown.sort()).toEqual(
      ordered
        .slice(0, shown.length)
        .map((m) => m.id)
        .sort(),
    );
  });

  it('pages through a big bucket (read a page at a time): every member once, outcomes adding up', async () => {
    const big = (await api.gateway.read(biggestBucket, { types: COUNTED_TYPES }))[0];
    expect(big.n).toBeGreaterThan(RANKED_BUCKET_MAX);
    const members = await api.gateway.read(membersOf, big);
    const outcomeOf = new Map(members.map((m) => [m.id, m.outcome]));
    const first = await view(big.root, 1, 12);
    const shown = shownOf(first, big);
    expect(shown.length).toBeGreaterThan(0);
    const groupOf = (g: Json) =>
      g.nodes.find(
        (n: Json) =>
          n.label === 'Group' &&
          n.properties.relationship === big.type &&
          (n.properties.direction === 'OUT') === big.out,
      );
    const paged: string[] = [];
    let group = groupOf(first);
    expect(group.count).toBe(big.n - shown.length);
    let pages = 0;
    while (group !== undefined) {
      // The group stands for exactly the members not yet seen, and counts their outcomes.
      const rest = members.filter((m) => !shown.includes(m.id) && !paged.includes(m.id));
      expect(group.count).toBe(rest.length);
      expect(rest.every((m) => outcomeOf.get(m.id) !== null)).toBe(true);
      const overturned = rest.filter((m) => m.outcome === 'OVERTURNED').length;
      expect(group.properties.overturned).toBe(overturned);
      expect(group.properties.upheld).toBe(rest.length - overturned);
      expect(group.caption).toBe(`${rest.length} Decisions · ${overturned} overturned`);
      const page = await view(group.id, 1, 40);
      expect(page.root).toBe(big.root);
      paged.push(...shownOf(page, big));
      group = groupOf(page);
      pages++;
      expect(pages).toBeLessThan(100);
    }
    expect(new Set(paged).size).toBe(paged.length);
    expect(new Set([...shown, ...paged])).toEqual(new Set(members.map((m) => m.id)));
    expect(shown.length + paged.length).toBe(big.n);
  });

  it('is truncated only when something is neither shown nor grouped', async () => {
    const id = `Service:${hub.name}`;
    const buckets = (await trueBuckets(api, id)).length;
    expect(buckets).toBeGreaterThan(1);
    // The root and one group per bucket fit: complete.
    expect((await view(id, 1, buckets + 1)).truncated).toBe(false);
    // One place short: a bucket is left out.
    const short = await view(id, 1, buckets);
    expect(short.truncated).toBe(true);
    expect(short.nodes.length).toBeLessThanOrEqual(buckets);
  });

  it('lays out the same answer the same way', async () => {
    const a = await view(`Service:${hub.name}`, 2, 80);
    const b = await view(`Service:${hub.name}`, 2, 80);
    expect(b.nodes.map((n: Json) => [n.id, n.x, n.y])).toEqual(
      a.nodes.map((n: Json) => [n.id, n.x, n.y]),
    );
    expect(new Set(a.nodes.map((n: Json) => `${n.x},${n.y}`)).size).toBeGreaterThan(1);
  });

  it('takes back every id it gives, whatever the keys hold (: # | /)', async () => {
    const g = await view(`Service:${hub.name}`, 2, 150);
    // A decision's own view shows the guidelines it cites (keys with |) at depth 1.
    const decision = g.nodes.find((n: Json) => n.label === 'Decision').id;
    const own = await view(decision, 1, 60);
    const ids: string[] = [...g.nodes, ...own.nodes].map((n: Json) => n.id);
    expect(ids.some((i) => i.includes('#'))).toBe(true);
    expect(ids.some((i) => i.includes('|'))).toBe(true);
    for (const id of ids.filter((i) => /[#|/]|:.*:/.test(i)).slice(0, 25)) {
      const back = await view(id, 1, 5);
      if (id.startsWith('Group:')) {
        const of = JSON.parse(Buffer.from(id.slice(6), 'base64url').toString()).of;
        expect(back.root).toBe(of);
      } else expect(back.root).toBe(id);
    }
    const refused = await api.gql(VIEW, { id: 'Group:e30', depth: 1, limit: 5 });
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

const largestSubcategory = defineQuery<
  Record<string, never>,
  { subcategory: string; category: string }
>(
  'test.largestSubcategory',
  `MATCH (d:Decision) WHERE d.subcategory IS NOT NULL AND d.category IS NOT NULL
   RETURN d.subcategory AS subcategory, d.category AS category, count(*) AS n
   ORDER BY n DESC, subcategory LIMIT 1`,
  (row) => ({ subcategory: row.subcategory as string, category: row.category as string }),
);

const STATS = 'decisions upheld overturned outcomeCount rate rateLow rateHigh baselineRate lift';
const IMPACT = `query I($filter: DecisionFilter, $by: Dimension, $outcome: Outcome) {
  impactGraph(filter: $filter, by: $by, outcome: $outcome, minDecisions: 1, limit: 8) {
    root truncated
    nodes { id label caption size color x y properties }
    edges { id type source target weight properties }
  }
}`;
const RANKING = `query R($filter: DecisionFilter, $outcome: Outcome) {
  guidelineImpact(filter: $filter, outcome: $outcome, minDecisions: 1, limit: 100) { key ${STATS} }
}`;
const BREAKDOWN = `query B($filter: DecisionFilter, $by: Dimension!, $outcome: Outcome) {
  outcomeBreakdown(filter: $filter, by: $by, outcome: $outcome) { key ${STATS} }
}`;

const pick = (row: Json) => Object.fromEntries(STATS.split(' ').map((k) => [k, row[k] ?? null]));

describe('impactGraph: the numbers of guidelineImpact, drawn', () => {
  let scope: { subcategory: string; category: string };

  beforeAll(async () => {
    [scope] = await api.gateway.read(largestSubcategory, {});
  });

  const ask = async (query: string, variables: Record<string, unknown>) => {
    const res = await api.gql(query, variables);
    expect(res.errors).toBeUndefined();
    return res.data as Json;
  };

  it.each([
    ['SERVICE', 'service', 'OVERTURNED'],
    ['SUBCATEGORY', 'subcategory', 'UPHELD'],
  ])(
    "by %s: nodes and edges carry the rankings' numbers (%s filter, %s)",
    async (by, field, outcome) => {
      // SUBCATEGORY under a category filter takes the index-only path; SERVICE the general one.
      const filter =
        by === 'SERVICE' ? { subcategory: scope.subcategory } : { category: scope.category };
      const { impactGraph: g } = await ask(IMPACT, { filter, by, outcome });
      const { guidelineImpact: ranked } = await ask(RANKING, { filter, outcome });
      const guidelines = g.nodes.filter((n: Json) => n.label === 'Guideline');
      expect(guidelines.length).toBeGreaterThan(0);
      // The same guidelines in the same order, with the same numbers.
      expect(guidelines.map((n: Json) => [n.id, pick(n.properties)])).toEqual(
        ranked.slice(0, 8).map((r: Json) => [`Guideline:${r.key}`, pick(r)]),
      );
      expect(g.root).toBe(guidelines[0].id);
      const { outcomeBreakdown: buckets } = await ask(BREAKDOWN, { filter, by, outcome });
      const byKey = new Map(buckets.map((b: Json) => [b.key, pick(b)]));
      const values = g.nodes.filter((n: Json) => n.label !== 'Guideline');
      expect(values.length).toBeGreaterThan(0);
      for (const v of values) expect(pick(v.properties)).toEqual(byKey.get(v.properties.value));
      // Each edge: guidelineImpact narrowed to the value has the pair's counts and interval.
      expect(g.edges.length).toBeGreaterThan(0);
      for (const e of g.edges.slice(0, 12)) {
        const value = values.find((v: Json) => v.id === e.target).properties.value;
        const narrowed = await ask(RANKING, { filter: { ...filter, [field]: value }, outcome });
        const row = narrowed.guidelineImpact.find((r: Json) => `Guideline:${r.key}` === e.source);
        expect(row).toBeDefined();
        for (const k of [
          'decisions',
          'upheld',
          'overturned',
          'outcomeCount',
          'rate',
          'rateLow',
          'rateHigh',
        ]) {
          expect([k, e.properties[k]]).toEqual([k, row[k]]);
        }
        expect(e.weight).toBe(row.decisions);
        // Lift is judged against the whole filter's baseline, as the guideline nodes' is.
        expect(e.properties.baselineRate).toBe(guidelines[0].properties.baselineRate);
      }
    },
  );

  it('lays out the same answer the same way, colours by rate', async () => {
    const variables = { filter: { subcategory: scope.subcategory }, by: 'SERVICE' };
    const a = (await ask(IMPACT, variables)).impactGraph;
    const b = (await ask(IMPACT, variables)).impactGraph;
    expect(b.nodes.map((n: Json) => [n.id, n.x, n.y])).toEqual(
      a.nodes.map((n: Json) => [n.id, n.x, n.y]),
    );
    for (const n of a.nodes) expect(n.color).toMatch(/^#[0-9A-F]{6}$/);
  });
});
