import { defineQuery, type Row } from '../../graph/named-query';
import { NODE_KEY_PROPERTY, NODE_LABELS } from './node-ref';
import { BUCKETS, bucketName, farKeyProperty, farLabel } from './relationships';

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
 * without the long texts, and its degree in the whole graph. */
export interface RawNode {
  elementId: string;
  labels: string[];
  properties: Row;
  degree: number;
}

export interface RawEdge {
  elementId: string;
  type: string;
  source: string;
  target: string;
}

/** How many neighbours a node has along each bucket (BUCKETS order; 0 for none). */
export interface BucketSizes {
  elementId: string;
  sizes: number[];
}

/**
 * The size of every bucket of each node: one degree count per relationship type and
 * direction, which Neo4j answers from the node's relationship counts without reading a
 * neighbour, so a hub costs what a leaf costs. Types are the constants of the model's RELATIONSHIPS.
 */
export const bucketSizes = defineQuery<{ nodes: string[] }, BucketSizes>(
  'graphView.bucketSizes',
  `UNWIND $nodes AS eid
MATCH (x) WHERE elementId(x) = eid
RETURN eid, [${BUCKETS.map((b) => `COUNT { (x)${b.out ? '' : '<'}-[:${b.type}]-${b.out ? '>' : ''}() }`).join(',\n  ')}] AS sizes`,
  (row) => ({ elementId: row.eid as string, sizes: row.sizes as number[] }),
);

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

/** One branch per bucket: the request's bucket name selects it; the type is a constant. */
const memberBranches = BUCKETS.map(
  (b) => `  WITH x, req WHERE req.bucket = '${bucketName(b)}'
  MATCH (x)${b.out ? '' : '<'}-[r:${b.type}]-${b.out ? '>' : ''}(n)
  RETURN r, n, CASE WHEN req.take > 0 THEN n.${farKeyProperty(b)} END AS key`,
).join('\n  UNION ALL\n');

/**
 * Buckets up to this size are ordered by degree (highest first, then key); bigger ones by key
 * alone. Ranking reads every member's degree, which for a hub of thousands of decisions costs
 * more than the rest of the view: the neighbours of a big bucket then come alphabetically (by
 * case number for decisions), and the group stands for the rest as before. The size is the
 * bucket's without the request's `except`, the same for a view and for its group's pages, so
 * a bucket's order is one and pages never overlap.
 */
export const RANKED_BUCKET_MAX = 100;

/**
 * Members of buckets in the grouping order (RANKED_BUCKET_MAX: degree, highest first, then
 * key, for buckets up to that size; key alone above it; the order is total either way, so
 * pages never overlap), without the request's `except`: the page [skip, skip + take) with
 * its relationships and the members' degrees, and counts of the rest. A bucket with no member
 * left gives no row. A group-only request (take 0) reads no degree and no key: its members
 * are only counted. Long texts never leave the database.
 */
export const pullMembers = defineQuery<{ requests: MemberRequest[] }, MemberPage>(
  'graphView.pullMembers',
  `UNWIND $requests AS req
MATCH (x) WHERE elementId(x) = req.node
CALL (x, req) {
${memberBranches}
}
WITH req, r, n, key WHERE req.except IS NULL OR elementId(n) <> req.except
WITH req, collect({r: r, n: n, key: key}) AS unordered
CALL (req, unordered) {
  UNWIND unordered AS m
  WITH m, m.n AS n
  WITH m, CASE WHEN req.take > 0 AND size(unordered) <= ${RANKED_BUCKET_MAX}
    THEN COUNT { (n)--() } ELSE 0 END AS degree
  ORDER BY degree DESC, m.key ASC
  RETURN collect(m) AS members
}
WITH req, members[req.skip..req.skip + req.take] AS page, members[req.skip + req.take..] AS rest
CALL (page) {
  UNWIND page AS m
  WITH m.n AS n, m.r AS r
  RETURN collect({
    eid: elementId(n), labels: labels(n),
    props: n { .*, rationale: null, summary: null, text: null }, degree: COUNT { (n)--() },
    reid: elementId(r), type: type(r), source: elementId(startNode(r)), target: elementId(endNode(r))
  }) AS shown
}
RETURN req.id AS id, shown AS page,
  size(rest) AS rest,
  size([m IN rest WHERE m.n.outcome = 'OVERTURNED']) AS restOverturned,
  size([m IN rest WHERE m.n.outcome = 'UPHELD']) AS restUpheld`,
  // Keys are not `elementId`/`properties`: toPlain would take such a map for a Node.
  (row) => ({
    id: row.id as number,
    members: (row.page as Row[]).map((m) => ({
      node: {
        elementId: m.eid as string,
        labels: m.labels as string[],
        properties: m.props as Row,
        degree: m.degree as number,
      },
      edge: {
        elementId: m.reid as string,
        type: m.type as string,
        source: m.source as string,
        target: m.target as string,
      },
    })),
    rest: row.rest as number,
    restOverturned: row.restOverturned as number,
    restUpheld: row.restUpheld as number,
  }),
);

/** Nodes by element id, as the expansion returns them (the root of a view, a group's parent). */
export const readNodes = defineQuery<{ nodes: string[] }, RawNode>(
  'graphView.readNodes',
  `UNWIND $nodes AS eid
MATCH (n) WHERE elementId(n) = eid
RETURN eid, labels(n) AS labels, n { .*, rationale: null, summary: null, text: null } AS props,
       COUNT { (n)--() } AS degree`,
  (row) => ({
    elementId: row.eid as string,
    labels: row.labels as string[],
    properties: row.props as Row,
    degree: row.degree as number,
  }),
);

export interface OutcomeCount {
  id: number;
  overturned: number;
  upheld: number;
}

/** Buckets whose members are decisions: the only ones a group counts outcomes for. */
const DECISION_BUCKETS = BUCKETS.filter((b) => farLabel(b) === 'Decision');

/**
 * Outcomes of the decisions of group-only buckets (take 0): one property read per member,
 * no degree, no order, nothing shipped. Other buckets need no statement: their group's
 * count is the bucket's size.
 */
export const countOutcomes = defineQuery<
  { requests: Omit<MemberRequest, 'skip' | 'take'>[] },
  OutcomeCount
>(
  'graphView.countOutcomes',
  `UNWIND $requests AS req
MATCH (x) WHERE elementId(x) = req.node
CALL (x, req) {
${DECISION_BUCKETS.map(
  (b) => `  WITH x, req WHERE req.bucket = '${bucketName(b)}'
  MATCH (x)${b.out ? '' : '<'}-[:${b.type}]-${b.out ? '>' : ''}(n)
  WHERE req.except IS NULL OR elementId(n) <> req.except
  RETURN n.outcome AS o`,
).join('\n  UNION ALL\n')}
}
RETURN req.id AS id, sum(CASE o WHEN 'OVERTURNED' THEN 1 ELSE 0 END) AS overturned,
       sum(CASE o WHEN 'UPHELD' THEN 1 ELSE 0 END) AS upheld`,
  (row) => ({
    id: row.id as number,
    overturned: row.overturned as number,
    upheld: row.upheld as number,
  }),
);
