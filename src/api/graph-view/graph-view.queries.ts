import { defineQuery, type Row } from '../../graph/named-query';
import { read } from '../../graph/model/read';
import { NODE_KEY_PROPERTY, NODE_LABELS } from './node-ref';

/**
 * The two statements of graph(): find the start node by its key, then expand its
 * neighbourhood level by level with bounded work. Labels and key properties come from
 * NODE_KEY_PROPERTY; the key, depth and limit are parameters.
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
    label: read.string(row.label),
    key: read.string(row.key),
    elementId: read.string(row.elementId),
  }),
);

/** A node as the expansion returns it: graph-internal element id, labels, properties
 * without the long texts, hops from the root and its degree in the whole graph. */
export interface RawNode {
  elementId: string;
  labels: string[];
  properties: Row;
  depth: number;
  degree: number;
}

export interface RawEdge {
  elementId: string;
  type: string;
  source: string;
  target: string;
}

export interface Neighbourhood {
  nodes: RawNode[];
  edges: RawEdge[];
  /** Some node had neighbours that the bounds left out. */
  cut: boolean;
}

/** Node order key: depth in the top digits, then the rank of the node among its parent's
 * neighbours, then the parent's position; so each level is filled round-robin across the
 * level above and one hub cannot take all the places. */
const DEPTH_UNIT = 1_000_000_000_000;
const RANK_UNIT = 1_000_000;

/**
 * One level of the expansion, for level K (1..3). In: `seen` (the nodes so far, each {n, k},
 * ordered by k), `rels`, `cut`. Every node first seen at level K-1 pulls at most `$pull`
 * relationships (a LIMIT, so a hub costs no more than a leaf); seen and new nodes are
 * deduplicated by node (smallest k wins) and cut to `$limit + 1`, one more than asked so the
 * caller can tell. Relationships are kept when their own order key is within the cut: their
 * far node is then certainly kept; past the cut only back-edges are lost, and the view is
 * truncated anyway. No list is ever a grouping key (hashing lists per row is quadratic).
 */
function level(k: number): string {
  return `CALL (seen) {
  WITH seen WHERE $depth >= ${k} AND size(seen) <= $limit
  UNWIND [p IN range(0, size(seen) - 1) WHERE seen[p].k >= ${(k - 1) * DEPTH_UNIT} AND seen[p].k < ${k * DEPTH_UNIT}] AS p
  WITH p, seen[p].n AS x
  WITH p, COLLECT { MATCH (x)-[r]-(n) RETURN [r, n] LIMIT toInteger($pull) } AS pulled, COUNT { (x)--() } AS degree
  UNWIND range(0, size(pulled) - 1) AS i
  RETURN collect({n: pulled[i][1], r: pulled[i][0], k: ${k * DEPTH_UNIT} + i * ${RANK_UNIT} + p}) AS found,
         coalesce(max(degree > size(pulled)), false) AS more
}
CALL (seen, found) {
  UNWIND seen + found AS e
  WITH e.n AS n, min(e.k) AS k
  ORDER BY k
  RETURN collect({n: n, k: k}) AS merged
}
WITH rels, found, cut OR more OR size(merged) > $limit + 1 AS cut, merged[..$limit + 1] AS seen,
     size(merged) > $limit + 1 AS over
WITH cut, seen,
     rels + [f IN found WHERE NOT over OR f.k <= seen[-1].k | f.r] AS rels`;
}

/**
 * The neighbourhood of the node with element id `$root` to `$depth` (1..3) hops, at most
 * `$limit + 1` nodes (the caller drops the extra and reports truncation). Work is bounded by
 * depth × (limit + 1) × pull relationship reads whatever the degrees are. Long texts
 * (rationale, summary, citation text) never leave the database.
 */
export const expandNeighbourhood = defineQuery<
  { root: string; depth: number; limit: number; pull: number },
  Neighbourhood
>(
  'graphView.expand',
  `MATCH (root) WHERE elementId(root) = $root
WITH [{n: root, k: 0}] AS seen, [] AS rels, false AS cut
${[1, 2, 3].map(level).join('\n')}
CALL (seen) {
  UNWIND seen AS e
  WITH e.n AS n, e.k AS k
  ORDER BY k
  RETURN collect({
    eid: elementId(n), labels: labels(n),
    props: n { .*, rationale: null, summary: null, text: null },
    depth: k / ${DEPTH_UNIT}, degree: COUNT { (n)--() }
  }) AS nodes
}
RETURN nodes, cut,
       [r IN rels | {eid: elementId(r), type: type(r),
                     source: elementId(startNode(r)), target: elementId(endNode(r))}] AS edges`,
  // Keys are not `elementId`/`properties`: toPlain would take such a map for a Node.
  (row) => ({
    nodes: read.list(row.nodes, read.map).map((n) => ({
      elementId: read.string(n.eid),
      labels: read.strings(n.labels),
      properties: read.map(n.props),
      depth: read.integer(n.depth),
      degree: read.integer(n.degree),
    })),
    edges: read.list(row.edges, read.map).map((e) => ({
      elementId: read.string(e.eid),
      type: read.string(e.type),
      source: read.string(e.source),
      target: read.string(e.target),
    })),
    cut: row.cut === true,
  }),
);
