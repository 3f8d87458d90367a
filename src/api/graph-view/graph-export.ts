import { MultiDirectedGraph } from 'graphology';
import { write as writeGexfString } from 'graphology-gexf';
import type { Row } from '../../graph/named-query';
import { writeGraphmlString } from './graphml-writer';

/**
 * A graph view as files for the tools analysts use: GEXF 1.3 (Gephi; written by
 * graphology-gexf) and GraphML (networkx, yEd, Gephi; graphml-writer.ts). Pure: a view in,
 * a string out. Any view works (the neighbourhood of graph(), a projection), because the
 * attributes are taken from the view's elements as they come:
 * - a node's caption is its label (what the tools draw), color/size/x/y are drawn as such
 *   (GEXF viz; GraphML keys of those names), `label` is kept as `nodeLabel` (the Neo4j label),
 *   every other scalar field (depth, degree …) becomes an attribute, and so does each of the
 *   node's properties; a property whose name is taken already comes as `property_<name>`;
 * - an edge's caption is its label, its type is `relType`, a numeric `weight` is the edge
 *   weight, other scalar fields and its properties as for nodes.
 * Lists stay lists in GEXF (liststring …) and become JSON text in GraphML, which has none;
 * empty lists and nulls are left out.
 */

export type Scalar = string | number | boolean;
export type AttributeValue = Scalar | Scalar[];
export type Attributes = Record<string, AttributeValue>;

/** What both writers take: one shape, so GEXF and GraphML say the same thing. */
export interface ExportNode {
  id: string;
  label: string;
  color?: string;
  size?: number;
  x?: number;
  y?: number;
  attributes: Attributes;
}

export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  label: string;
  weight?: number;
  attributes: Attributes;
}

export interface ExportGraph {
  /** Graph-level facts (root, depth, limit, truncated …), written as GraphML graph data. */
  attributes: Attributes;
  /** One line for a file's description (GEXF meta). */
  description: string;
  nodes: ExportNode[];
  edges: ExportEdge[];
}

/** The least a view's elements carry (GraphNode / GraphEdge, or their source ViewNode …). */
export interface ExportableNode {
  id: string;
  label: string;
  caption: string;
  properties?: Row | null;
}
export interface ExportableEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  caption: string;
  properties?: Row | null;
}
export interface ExportableView {
  root: string;
  truncated: boolean;
  nodes: readonly ExportableNode[];
  edges: readonly ExportableEdge[];
}

/** Fields the files carry in a place of their own, or that repeat another field. */
const NODE_FIELDS_NOT_ATTRIBUTES = new Set([
  'id',
  'key',
  'label',
  'caption',
  'captions',
  'color',
  'size',
  'x',
  'y',
  'properties',
  'data',
  'attributes',
]);
const EDGE_FIELDS_NOT_ATTRIBUTES = new Set([
  'id',
  'key',
  'type',
  'source',
  'target',
  'from',
  'to',
  'caption',
  'weight',
  'properties',
  'data',
  'attributes',
]);
/** Attribute names the formats themselves use: properties of these names get a prefix. */
const RESERVED = new Set(['id', 'label', 'color', 'size', 'x', 'y', 'weight']);

function scalarOf(value: unknown): Scalar | undefined {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  return undefined;
}

/**
 * A value as an attribute: scalars and lists of them as they are, objects as JSON text; an
 * empty list is no value (GEXF cannot type one).
 */
function attributeValue(value: unknown): AttributeValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) {
    if (value.length === 0) return undefined;
    const items = value.map(scalarOf);
    return items.every((item) => item !== undefined) ? (items as Scalar[]) : JSON.stringify(value);
  }
  return scalarOf(value) ?? JSON.stringify(value);
}

/** The element's own scalar fields and its properties, as attributes. */
function attributesOf(
  element: object,
  skipped: ReadonlySet<string>,
  renamed: Record<string, string>,
): Attributes {
  const out: Attributes = {};
  for (const [name, value] of Object.entries(element)) {
    if (skipped.has(name) && !(name in renamed)) continue;
    const attribute = attributeValue(value);
    if (attribute !== undefined) out[renamed[name] ?? name] = attribute;
  }
  const properties = (element as { properties?: Row | null }).properties ?? {};
  for (const [name, value] of Object.entries(properties)) {
    const attribute = attributeValue(value);
    if (attribute === undefined) continue;
    const taken = RESERVED.has(name) || name in out;
    out[taken ? `property_${name}` : name] = attribute;
  }
  return out;
}

const numberOf = (value: unknown) => (typeof value === 'number' ? value : undefined);
const stringOf = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** A view as both writers take it. */
export function toExportGraph(view: ExportableView, facts: Attributes = {}): ExportGraph {
  const nodes = view.nodes.map((node): ExportNode => {
    const fields = node as unknown as Row;
    return {
      id: node.id,
      label: node.caption,
      color: stringOf(fields.color),
      size: numberOf(fields.size),
      x: numberOf(fields.x),
      y: numberOf(fields.y),
      attributes: attributesOf(node, NODE_FIELDS_NOT_ATTRIBUTES, { label: 'nodeLabel' }),
    };
  });
  const edges = view.edges.map((edge): ExportEdge => ({
    id: edge.id,
    source: edge.source,
    target: edge.target,
    label: edge.caption,
    weight: numberOf((edge as unknown as Row).weight),
    attributes: attributesOf(edge, EDGE_FIELDS_NOT_ATTRIBUTES, { type: 'relType' }),
  }));
  const attributes: Attributes = { root: view.root, truncated: view.truncated, ...facts };
  const said = Object.entries(attributes).map(([name, value]) => `${name} ${String(value)}`);
  return {
    attributes,
    description: `imr-graph: ${said.join(', ')}`,
    nodes,
    edges,
  };
}

/** GEXF 1.3, as Gephi opens it: attributes declared with their types, viz colour/size/position. */
export function writeGexf(graph: ExportGraph): string {
  const g = new MultiDirectedGraph();
  g.setAttribute('creator', 'imr-graph');
  g.setAttribute('description', graph.description);
  for (const node of graph.nodes) g.addNode(node.id, { node });
  for (const edge of graph.edges) g.addEdgeWithKey(edge.id, edge.source, edge.target, { edge });
  return writeGexfString(g, {
    version: '1.3',
    formatNode: (_key, { node }: { node?: ExportNode }) => ({
      label: node?.label,
      attributes: node?.attributes,
      viz: { color: node?.color, size: node?.size, x: node?.x, y: node?.y },
    }),
    formatEdge: (_key, { edge }: { edge?: ExportEdge }) => ({
      label: edge?.label,
      weight: edge?.weight,
      attributes: edge?.attributes,
    }),
  });
}

/** GraphML, as networkx and yEd read it: one typed <key> per attribute. */
export function writeGraphml(graph: ExportGraph): string {
  const drawn = (n: ExportNode): Attributes => {
    const out: Attributes = { label: n.label };
    for (const name of ['color', 'size', 'x', 'y'] as const) {
      const value = n[name];
      if (value !== undefined) out[name] = value;
    }
    return out;
  };
  return writeGraphmlString({
    graph: graph.attributes,
    nodes: graph.nodes.map((n) => ({ id: n.id, data: { ...drawn(n), ...n.attributes } })),
    edges: graph.edges.map((e) => ({
      id: e.id,
      source: e.source,
      target: e.target,
      data: {
        label: e.label,
        ...(e.weight !== undefined ? { weight: e.weight } : {}),
        ...e.attributes,
      },
    })),
  });
}
