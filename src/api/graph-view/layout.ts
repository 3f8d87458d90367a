import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';

/**
 * Positions from ForceAtlas2 (graphology-layout-forceatlas2), deterministic: the start is the
 * radial layout (no randomness), the iteration count depends only on the node count, and
 * the algorithm itself is deterministic, so the same view always gets the same positions.
 * Work is O(iterations × n²) without Barnes-Hut; the iteration count is capped so that
 * work stays under LAYOUT_WORK whatever the limit, which keeps a 500-node view within the
 * request budget (tens of milliseconds). Bigger or denser pictures are better laid out by
 * the client (README: Graph visualisation).
 */

export const MAX_LAYOUT_ITERATIONS = 100;
export const MIN_LAYOUT_ITERATIONS = 5;
/** Node pairs visited over all iterations: about 5 ms of CPU on a quiet core (20 ns a pair). */
export const LAYOUT_WORK = 800_000;

export interface LayoutNode {
  id: string;
  x: number;
  y: number;
  size: number;
}

export interface LayoutEdge {
  source: string;
  target: string;
  weight: number;
}

/** Iterations for n nodes: MAX for small views, fewer as n² grows, never under MIN. */
export function layoutIterations(nodeCount: number): number {
  if (nodeCount <= 1) return 0;
  const affordable = Math.floor(LAYOUT_WORK / (nodeCount * nodeCount));
  return Math.max(MIN_LAYOUT_ITERATIONS, Math.min(MAX_LAYOUT_ITERATIONS, affordable));
}

const round = (v: number) => Math.round(v * 10) / 10;

/** ForceAtlas2 positions, in the nodes' order, rounded to a tenth. */
export function forceLayout(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
): { x: number; y: number }[] {
  const iterations = layoutIterations(nodes.length);
  if (iterations === 0) return nodes.map((n) => ({ x: round(n.x), y: round(n.y) }));
  const graph = new Graph({ type: 'undirected', multi: true, allowSelfLoops: true });
  for (const n of nodes) graph.mergeNode(n.id, { x: n.x, y: n.y, size: n.size });
  for (const e of edges) {
    if (e.source !== e.target) graph.addEdge(e.source, e.target, { weight: e.weight });
  }
  const positions = forceAtlas2(graph, {
    iterations,
    getEdgeWeight: 'weight',
    settings: {
      ...forceAtlas2.inferSettings(graph),
      // Hubs repel by degree; scaling keeps leaves from piling on them; weights tamed.
      adjustSizes: false,
      edgeWeightInfluence: 0.5,
      barnesHutOptimize: false,
    },
  });
  return nodes.map((n) => {
    const p = positions[n.id];
    return { x: round(p.x), y: round(p.y) };
  });
}
