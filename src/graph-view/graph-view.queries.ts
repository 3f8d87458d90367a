import { defineQuery, type Row } from '../db/named-query';
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
    label: row.label as string,
    key: row.key as string,
    elementId: row.elementId as string,
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
 * One level of the expansion, for level K (1..3). In: `seen` (nodes so far, ordered, each
 * {n, k}), `rels`, `cut`. Each node first seen at level K-1 pulls at most `$pull`
 * relationships (LIMIT, so a hub costs no more than a leaf) and keeps its first `per`,
 * a fair share of the places; then seen + new nodes are deduplicated by node, ordered and
 * cut to `$limit + 1` (one more than asked, so the caller can tell it was cut).
 */
function level(k: number): string {
  return `CALL (seen) {
  WITH seen WHERE $depth >= ${k} AND size(seen) <= $limit
  WITH [p IN range(0, size(seen) - 1) WHERE seen[p].k >= ${(k - 1) * DEPTH_UNIT} AND seen[p].k < ${k * DEPTH_UNIT}] AS frontier, seen
  WITH seen, frontier,
       CASE size(frontier) WHEN 0 THEN 0 ELSE 2 * toInteger(ceil(toFloat($limit + 1) / size(frontier))) END AS per
  UNWIND frontier AS p
  WITH seen[p].n AS x, p, per
  WITH x, p, COLLECT { MATCH (x)-[r]-(n) RETURN [r, n] LIMIT toInteger($pull) } AS pulled, per
  WITH p, pulled[..per] AS kept, COUNT { (x)--() } > size(pulled[..per]) AS more
  UNWIND range(0, size(kept) - 1) AS i
  RETURN collect({n: kept[i][1], k: ${k * DEPTH_UNIT} + i * ${RANK_UNIT} + p}) AS found,
         collect(kept[i][0]) AS pulledRels, coalesce(max(more), false) AS more
}
UNWIND seen + found AS e
WITH rels + pulledRels AS rels, cut OR more AS cut, e.n AS n, min(e.k) AS k
ORDER BY k
WITH rels, cut, collect({n: n, k: k}) AS seen
WITH rels, cut OR size(seen) > $limit + 1 AS cut, seen[..$limit + 1] AS seen`;
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
UNWIND seen AS e
WITH rels, cut, e.n AS n, e.k AS k
ORDER BY k
WITH rels, cut, collect({
  elementId: elementId(n), labels: labels(n),
  properties: n { .*, rationale: null, summary: null, text: null },
  depth: k / ${DEPTH_UNIT}, degree: COUNT { (n)--() }
}) AS nodes
RETURN nodes, cut,
       [r IN rels | {elementId: elementId(r), type: type(r),
                     source: elementId(startNode(r)), target: elementId(endNode(r))}] AS edges`,
  (row) => ({
    nodes: row.nodes as RawNode[],
    edges: row.edges as RawEdge[],
    cut: row.cut === true,
  }),
);
