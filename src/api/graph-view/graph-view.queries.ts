import { defineQuery, type NamedQuery, type Row } from '../../graph/named-query';
import { OVERTURNED_COUNTS } from '../../graph/model/graph-model';
import { NODE_KEY_PROPERTY, NODE_LABELS } from './node-ref';
import {
  BUCKETS,
  bucketName,
  farKeyProperty,
  farLabel,
  nearLabel,
  type Bucket,
} from './relationships';

/** The counts kept on hubs are the server's bookkeeping, not the node's data: left out of views. */
const HIDDEN_COUNTS = Object.values(OVERTURNED_COUNTS)
  .map((name) => `${name}: null`)
  .join(', ');

/**
 * The statements of graph(): find the start node by its key, then per level the sizes of
 * the frontier's buckets and the members the grouping rule (grouping.ts) makes room for.
 * Labels, key properties and relationship types come from NODE_KEY_PROPERTY and
 * the model's RELATIONSHIPS; keys, element ids and counts are parameters.
 */

export interface RootMatch {
  label: string;
  key: string;
  elementId: string;
}

/** The node with this key under `$label`, or under every label when `$label` is null:
 * one index seek per label. Rows in lookup priority order. */
export const findRoot = defineQuery<{ key: string; label: string | null }, RootMatch>(
  'graphView.findRoot',
  `CALL () {
${NODE_LABELS.map(
  (label, i) =>
    `  MATCH (n:${label} {${NODE_KEY_PROPERTY[label]}: $key}) WHERE $label IS NULL OR $label = '${label}'
  RETURN ${i} AS priority, '${label}' AS label, elementId(n) AS elementId`,
).join('\n  UNION ALL\n')}
}
RETURN label, $key AS key, elementId
ORDER BY priority`,
  (row) => ({
    label: row.label as string,
    key: row.key as string,
    elementId: row.elementId as string,
  }),
);

/** A node as the expansion returns it: graph-internal element id, labels, properties
 * without the long texts, its degree in the whole graph and, when asked for, the sizes of its
 * buckets (BUCKETS order). */
export interface RawNode {
  elementId: string;
  labels: string[];
  properties: Row;
  degree: number;
  sizes: number[] | null;
}

export interface RawEdge {
  elementId: string;
  type: string;
  source: string;
  target: string;
}

/** Bucket sizes of `n` in BUCKETS order, counted for the buckets `counted` keeps (0 else). */
const sizesOf = (n: string, counted: (b: Bucket) => boolean) =>
  `[${BUCKETS.map((b) => (counted(b) ? `COUNT { (${n})${b.out ? '' : '<'}-[:${b.type}]-${b.out ? '>' : ''}() }` : '0')).join(', ')}]`;

/**
 * The size of every bucket of `n`, counted only for those its label can have (a
 * relationship type joins two labels): one degree count per relationship type and direction,
 * which Neo4j answers from the node's relationship counts without reading a neighbour, so a
 * hub costs what a leaf costs. Types are the constants of the model's RELATIONSHIPS.
 */
const SIZES = (n: string) => `CASE
${NODE_LABELS.map((label) => `    WHEN ${n}:${label} THEN ${sizesOf(n, (b) => nearLabel(b) === label)}`).join('\n')}
    ELSE ${sizesOf(n, () => true)}
  END`;

/** One bucket to read: the node, the bucket, which members (by position) and whom to skip. */
export interface MemberRequest {
  id: number;
  node: string;
  bucket: string;
  /** Element id of a member to leave out (the node this one was reached from), or null. */
  except: string | null;
  skip: number;
  take: number;
}

export interface MemberPage {
  id: number;
  members: { node: RawNode; edge: RawEdge }[];
  /** Members after the page, and how many of them are decisions overturned or upheld. */
  rest: number;
  restOverturned: number;
  restUpheld: number;
}

/** A bucket's relationship pattern from `x`: `(x)<-[r:FOR_SERVICE]-(n)`. */
const pattern = (b: Bucket) => `(x)${b.out ? '' : '<'}-[r:${b.type}]-${b.out ? '>' : ''}(n)`;

/**
 * Buckets up to this size are ordered by degree (highest first, then key) and read whole;
 * bigger ones (a hub's thousands of decisions) come in the database's own order of the node's
 * relationships and are read no further than the page asked for: ranking them, or sorting
 * them by key, reads every member, which for the hubs of a large graph costs more than the
 * rest of the view. The size is the bucket's without the request's `except`, the same for a
 * view and for its group's pages, so a bucket's order is one and pages never overlap.
 */
export const RANKED_BUCKET_MAX = 100;

/** A shown member `n` reached over `r` (keys are not `elementId`/`properties`: toPlain would
 * take such a map for a Node); its bucket sizes when `$withSizes`. */
const SHOWN = `{
    eid: elementId(n), labels: labels(n),
    props: n { .*, rationale: null, summary: null, text: null, ${HIDDEN_COUNTS} },
    degree: COUNT { (n)--() },
    sizes: CASE WHEN $withSizes THEN ${SIZES('n')} END,
    reid: elementId(r), type: type(r), source: elementId(startNode(r)), target: elementId(endNode(r))
  }`;

const toNode = (m: Row): RawNode => ({
  elementId: m.eid as string,
  labels: m.labels as string[],
  properties: m.props as Row,
  degree: m.degree as number,
  sizes: (m.sizes as number[] | null) ?? null,
});

const toMembers = (shown: Row[]): MemberPage['members'] =>
  shown.map((m) => ({
    node: toNode(m),
    edge: {
      elementId: m.reid as string,
      type: m.type as string,
      source: m.source as string,
      target: m.target as string,
    },
  }));

/**
 * Small buckets (up to RANKED_BUCKET_MAX members): each read whole, ordered by degree, then
 * key (a total order, so pages never overlap), without the request's `except`; the page
 * [skip, skip + take) and counts of the rest. A bucket with no member left gives no entry.
 */
const SMALL = `CALL () {
  UNWIND $small AS req
  MATCH (x) WHERE elementId(x) = req.node
  CALL (x, req) {
${BUCKETS.map(
  (b) => `    WITH x, req WHERE req.bucket = '${bucketName(b)}'
    MATCH ${pattern(b)}
    RETURN r, n, n.${farKeyProperty(b)} AS key`,
).join('\n    UNION ALL\n')}
  }
  WITH req, r, n, key WHERE req.except IS NULL OR elementId(n) <> req.except
  WITH req, collect({r: r, n: n, key: key}) AS unordered
  CALL (req, unordered) {
    UNWIND unordered AS m
    WITH m, m.n AS n
    WITH m, COUNT { (n)--() } AS degree
    ORDER BY degree DESC, m.key ASC
    RETURN collect(m) AS members
  }
  WITH req, members[req.skip..req.skip + req.take] AS page, members[req.skip + req.take..] AS rest
  CALL (page) {
    UNWIND page AS m
    WITH m.n AS n, m.r AS r
    RETURN collect(${SHOWN}) AS shown
  }
  RETURN collect({
    id: req.id, page: shown, rest: size(rest),
    restOverturned: size([m IN rest WHERE m.n.outcome = 'OVERTURNED']),
    restUpheld: size([m IN rest WHERE m.n.outcome = 'UPHELD'])
  }) AS small
}`;

/**
 * Big buckets, skip 0: the first `take` members in the database's order of the node's
 * relationships, without `except`, reading no further (at most `cap` members: a LIMIT must be
 * a constant), and how many of those are overturned decisions.
 */
const HUBS = (cap: number) => `CALL () {
  UNWIND $hubs AS req
  MATCH (x) WHERE elementId(x) = req.node
  CALL (x, req) {
${BUCKETS.map(
  (b) => `    WITH x, req WHERE req.bucket = '${bucketName(b)}'
    MATCH ${pattern(b)} WHERE req.except IS NULL OR elementId(n) <> req.except
    RETURN r, n LIMIT ${cap}`,
).join('\n    UNION ALL\n')}
  }
  WITH req, collect({r: r, n: n})[..req.take] AS read
  CALL (read) {
    UNWIND read AS m
    WITH m.n AS n, m.r AS r
    RETURN collect(${SHOWN}) AS shown
  }
  RETURN collect({
    id: req.id, page: shown, read: size(read),
    readOverturned: size([m IN read WHERE m.n.outcome = 'OVERTURNED'])
  }) AS hubs
}`;

/** Buckets whose members are decisions: the only ones a group counts outcomes for. */
const DECISION_BUCKETS = BUCKETS.filter((b) => farLabel(b) === 'Decision');

/** The count a shared node keeps of a bucket's overturned decisions (the model's
 * OVERTURNED_COUNTS), or undefined when it keeps none. */
export const storedOverturned = (b: Bucket): string | undefined =>
  b.out ? undefined : (OVERTURNED_COUNTS as Partial<Record<string, string>>)[b.type];

/**
 * How many decisions of each counted bucket are overturned, without the request's `except`:
 * the count its node keeps when it keeps one (a hub: one property read, whatever its size; an
 * unset count reads as 0), else one property read per member (a case's decisions, a
 * decision's dependencies). Upheld ones are the rest: a decision is one or the other.
 */
const COUNTED = `CALL () {
  UNWIND $counted AS req
  MATCH (x) WHERE elementId(x) = req.node
  CALL (x, req) {
${DECISION_BUCKETS.map((b) => {
  const stored = storedOverturned(b);
  // Grouped by the request, so that a branch the request does not select gives no row.
  return stored === undefined
    ? `    WITH x, req WHERE req.bucket = '${bucketName(b)}'
    MATCH ${pattern(b)} WHERE req.except IS NULL OR elementId(n) <> req.except
    WITH req, sum(CASE n.outcome WHEN 'OVERTURNED' THEN 1 ELSE 0 END) AS overturned
    RETURN overturned`
    : `    WITH x, req WHERE req.bucket = '${bucketName(b)}'
    OPTIONAL MATCH (e) WHERE elementId(e) = req.except
    RETURN coalesce(x.${stored}, 0) - CASE WHEN e.outcome = 'OVERTURNED' THEN 1 ELSE 0 END AS overturned`;
}).join('\n    UNION ALL\n')}
  }
  RETURN collect({id: req.id, overturned: overturned}) AS counted
}`;

/** The first members of a big bucket, as read in the database's order. */
export interface HubRead {
  id: number;
  /** The members from the request's `skip` on. */
  members: MemberPage['members'];
  /** Members read, from the first: the page and any before it. */
  read: number;
  /** Of those, decisions overturned. */
  readOverturned: number;
}

export interface OutcomeCount {
  id: number;
  /** Decisions of the bucket, without the request's `except`, that are overturned. */
  overturned: number;
}

export interface LevelParams {
  small: MemberRequest[];
  hubs: MemberRequest[];
  counted: Omit<MemberRequest, 'skip' | 'take'>[];
  /** Whether shown members come with their bucket sizes (there is a level after this one). */
  withSizes: boolean;
}

export interface LevelRead {
  small: MemberPage[];
  hubs: HubRead[];
  counted: OutcomeCount[];
}

/**
 * Places read per big bucket in one level's statement: a view's pages are at most its limit
 * (MAX_GRAPH_LIMIT, 500), and the statement reads no more than the smallest of these caps
 * that holds the largest page asked for, whatever the hub's size.
 */
export const HUB_READ_CAPS = [8, 32, 128, 512] as const;

const levelQueries = new Map<number, NamedQuery<LevelParams, LevelRead>>();

/**
 * One level of graph() in one statement (a statement costs a round trip and, on a busy
 * server, some milliseconds of its own): the pages of small buckets (SMALL), the first
 * members of big ones (HUBS), the overturned counts of decision buckets shown in part or
 * grouped whole (COUNTED), and with every member shown the sizes of its buckets for the next
 * level. Long texts never leave the database.
 */
export function expandLevel(
  cap: (typeof HUB_READ_CAPS)[number],
): NamedQuery<LevelParams, LevelRead> {
  let query = levelQueries.get(cap);
  if (query === undefined) {
    query = defineQuery<LevelParams, LevelRead>(
      `graphView.expandLevel.${cap}`,
      `${SMALL}
${HUBS(cap)}
${COUNTED}
RETURN small, hubs, counted`,
      (row) => ({
        small: (row.small as Row[]).map((p) => ({
          id: p.id as number,
          members: toMembers(p.page as Row[]),
          rest: p.rest as number,
          restOverturned: p.restOverturned as number,
          restUpheld: p.restUpheld as number,
        })),
        hubs: (row.hubs as Row[]).map(toHubRead),
        counted: (row.counted as Row[]).map((c) => ({
          id: c.id as number,
          overturned: c.overturned as number,
        })),
      }),
    );
    levelQueries.set(cap, query);
  }
  return query;
}

const toHubRead = (row: Row): HubRead => ({
  id: (row.id as number | null) ?? 0,
  members: toMembers(row.page as Row[]),
  read: row.read as number,
  readOverturned: row.readOverturned as number,
});

/**
 * One page of a big bucket (a group's page) and the bucket's overturned count: its members up
 * to `end` in the database's order of the node's relationships, without `except`, the page
 * being those from `skip` on. Reads `end` members, however big the hub.
 */
export const readHubPage = defineQuery<
  {
    node: string;
    bucket: string;
    except: string | null;
    skip: number;
    end: number;
    counted: LevelParams['counted'];
    withSizes: boolean;
  },
  HubRead & { overturned: number }
>(
  'graphView.readHubPage',
  `CALL () {
  MATCH (x) WHERE elementId(x) = $node
  CALL (x) {
${BUCKETS.map(
  (b) => `    WITH x WHERE $bucket = '${bucketName(b)}'
    MATCH ${pattern(b)} WHERE $except IS NULL OR elementId(n) <> $except
    RETURN r, n`,
).join('\n    UNION ALL\n')}
  }
  WITH r, n LIMIT toInteger($end)
  RETURN collect({r: r, n: n}) AS read
}
CALL (read) {
  UNWIND read[toInteger($skip)..] AS m
  WITH m.n AS n, m.r AS r
  RETURN collect(${SHOWN}) AS shown
}
${COUNTED}
RETURN shown AS page, size(read) AS read,
  size([m IN read WHERE m.n.outcome = 'OVERTURNED']) AS readOverturned,
  coalesce(counted[0].overturned, 0) AS overturned`,
  (row) => ({ ...toHubRead(row), overturned: row.overturned as number }),
);

/** Nodes by element id, as the expansion returns them (the root of a view, a group's parent),
 * with their bucket sizes. */
export const readNodes = defineQuery<{ nodes: string[] }, RawNode>(
  'graphView.readNodes',
  `UNWIND $nodes AS eid
MATCH (n) WHERE elementId(n) = eid
RETURN eid, labels(n) AS labels, n { .*, rationale: null, summary: null, text: null, ${HIDDEN_COUNTS} } AS props,
       COUNT { (n)--() } AS degree, ${SIZES('n')} AS sizes`,
  (row) => ({
    elementId: row.eid as string,
    labels: row.labels as string[],
    properties: row.props as Row,
    degree: row.degree as number,
    sizes: row.sizes as number[],
  }),
);
