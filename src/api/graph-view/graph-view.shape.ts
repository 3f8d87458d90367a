import type { Row } from '../../graph/named-query';
import type { Neighbourhood, RawNode, RootMatch } from './graph-view.queries';
import { edgeId, isNodeLabel, NODE_KEY_PROPERTY, nodeId, type NodeLabel } from './node-ref';

/**
 * A neighbourhood as the drawing libraries take it, pure: ids that are unique across nodes
 * and edges, captions, sizes, colours and a radial layout, and the three libraries' own
 * shapes (the README, Graph visualisation, has the mapping).
 */

export interface ViewNode {
  id: string;
  key: string;
  label: string;
  labels: string[];
  caption: string;
  captions: { value: string }[];
  depth: number;
  degree: number;
  size: number;
  color: string;
  x: number;
  y: number;
  properties: Row;
  data: Row;
  attributes: Row;
}

export interface ViewEdge {
  id: string;
  key: string;
  type: string;
  source: string;
  target: string;
  from: string;
  to: string;
  caption: string;
  data: Row;
  attributes: Row;
}

export interface ViewShape {
  root: string;
  nodes: ViewNode[];
  edges: ViewEdge[];
  truncated: boolean;
}

/** Strings longer than this are cut in node properties; the full text is on the type's own query. */
export const MAX_PROPERTY_TEXT = 160;
const MAX_CAPTION = 48;

/** One colour per label (Neo4j Browser-like palette), grey for anything else. */
export const LABEL_COLORS: Record<NodeLabel, string> = {
  Case: '#4C8EDA',
  Decision: '#F79767',
  Service: '#57C7E3',
  ServiceCategory: '#8DCC93',
  Guideline: '#F16667',
  GuidelineDocument: '#D9C8AE',
  Reviewer: '#C990C0',
  Specialty: '#FFC454',
  State: '#ECB5C9',
  Diagnosis: '#6DCE9E',
  BodyRegion: '#A5ABB6',
};
const OTHER_COLOR = '#A5ABB6';

const cut = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

/** The label graph() knows a node by: the first of its labels with a key property. */
export function primaryLabel(labels: readonly string[]): string {
  return labels.find(isNodeLabel) ?? labels[0] ?? 'Node';
}

/** The node's key property value; a node without one falls back to its element id. */
export function nodeKeyOf(label: string, properties: Row, elementId: string): string {
  const property = isNodeLabel(label) ? NODE_KEY_PROPERTY[label] : undefined;
  const value = property === undefined ? undefined : properties[property];
  return typeof value === 'string' && value !== '' ? value : elementId;
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;

/** A short human caption per label, from the node's own properties. */
export function captionOf(label: string, p: Row, key: string): string {
  switch (label) {
    case 'Decision': {
      const what = text(p.serviceName) ?? text(p.request) ?? key;
      return cut(`#${p.ordinal ?? '?'} ${what}`, MAX_CAPTION);
    }
    case 'Guideline': {
      const section = text(p.section);
      return cut(section ? `${p.document}: ${section}` : String(p.document ?? key), MAX_CAPTION);
    }
    case 'Reviewer': {
      const specialties = Array.isArray(p.specialties) ? (p.specialties as string[]) : [];
      return cut(specialties.length > 0 ? specialties.join(', ') : key, MAX_CAPTION);
    }
    case 'Case':
      return key;
    default:
      return cut(text(p.name) ?? key, MAX_CAPTION);
  }
}

/** Properties without nulls (the long texts come back as null) and with long strings cut. */
export function visibleProperties(properties: Row): Row {
  const out: Row = {};
  for (const [name, value] of Object.entries(properties)) {
    if (value === null || value === undefined) continue;
    if (typeof value === 'string') out[name] = cut(value, MAX_PROPERTY_TEXT);
    else if (Array.isArray(value)) {
      out[name] = value.map((v) => (typeof v === 'string' ? cut(v, MAX_PROPERTY_TEXT) : v));
    } else out[name] = value;
  }
  return out;
}

/** Node size for the libraries (pixels-ish): grows with the log of the degree. */
export function sizeOf(degree: number): number {
  return Math.round((6 + 4 * Math.log2(1 + Math.max(degree, 0))) * 10) / 10;
}

/** Radial layout: the root at the centre, each depth on its own ring, evenly spaced. */
export function radialLayout(depths: readonly number[]): { x: number; y: number }[] {
  const perDepth = new Map<number, number>();
  for (const d of depths) perDepth.set(d, (perDepth.get(d) ?? 0) + 1);
  const seen = new Map<number, number>();
  return depths.map((d) => {
    const index = seen.get(d) ?? 0;
    seen.set(d, index + 1);
    if (d === 0) return { x: 0, y: 0 };
    const count = perDepth.get(d) ?? 1;
    // A ring wide enough for its nodes (about 30 units each), never inside the previous one.
    const radius = Math.max(d * 150, (count * 30) / (2 * Math.PI));
    const angle = (2 * Math.PI * index) / count + d * 0.35;
    return {
      x: Math.round(radius * Math.cos(angle) * 10) / 10,
      y: Math.round(radius * Math.sin(angle) * 10) / 10,
    };
  });
}

function toViewNode(raw: RawNode, position: { x: number; y: number }): ViewNode {
  const label = primaryLabel(raw.labels);
  const key = nodeKeyOf(label, raw.properties, raw.elementId);
  const id = nodeId(label, key);
  const caption = captionOf(label, raw.properties, key);
  const size = sizeOf(raw.degree);
  const color = isNodeLabel(label) ? LABEL_COLORS[label] : OTHER_COLOR;
  const properties = visibleProperties(raw.properties);
  return {
    id,
    key: id,
    label,
    labels: raw.labels,
    caption,
    captions: [{ value: caption }],
    depth: raw.depth,
    degree: raw.degree,
    size,
    color,
    ...position,
    properties,
    // Cytoscape reads `data`; its stylesheets usually show data(label).
    data: {
      id,
      label: caption,
      type: label,
      nodeKey: key,
      depth: raw.depth,
      degree: raw.degree,
      size,
      color,
    },
    // graphology/sigma: `label` is what sigma draws; x, y and size are required to draw.
    attributes: {
      label: caption,
      nodeLabel: label,
      nodeKey: key,
      x: position.x,
      y: position.y,
      size,
      color,
      depth: raw.depth,
      degree: raw.degree,
    },
  };
}

/**
 * The view: at most `limit` nodes in the order the expansion found them (root first), and
 * the relationships whose both ends are among them, once each.
 */
export function shapeView(root: RootMatch, hood: Neighbourhood, limit: number): ViewShape {
  const kept = hood.nodes.slice(0, limit);
  const positions = radialLayout(kept.map((n) => n.depth));
  const nodes = kept.map((n, i) => toViewNode(n, positions[i]));
  const idOf = new Map(kept.map((n, i) => [n.elementId, nodes[i].id]));
  const edges: ViewEdge[] = [];
  const seen = new Set<string>();
  for (const rel of hood.edges) {
    const source = idOf.get(rel.source);
    const target = idOf.get(rel.target);
    if (source === undefined || target === undefined || seen.has(rel.elementId)) continue;
    seen.add(rel.elementId);
    const id = edgeId(rel.type, source, target);
    edges.push({
      id,
      key: id,
      type: rel.type,
      source,
      target,
      from: source,
      to: target,
      caption: rel.type,
      data: { id, source, target, label: rel.type, type: rel.type },
      attributes: { label: rel.type, type: 'arrow', relType: rel.type },
    });
  }
  return {
    root: nodes[0]?.id ?? nodeId(root.label, root.key),
    nodes,
    edges,
    truncated: hood.cut || hood.nodes.length > limit,
  };
}

/** Cytoscape.js elements: `cytoscape({ elements })` or `cy.add(elements)`. */
export function toCytoscape(view: ViewShape): Row[] {
  return [
    ...view.nodes.map((n) => ({ group: 'nodes', data: n.data, position: { x: n.x, y: n.y } })),
    ...view.edges.map((e) => ({ group: 'edges', data: e.data })),
  ];
}

/** graphology's serialised graph: `Graph.from(json)` / `graph.import(json)`, then sigma. */
export function toGraphology(view: ViewShape): Row {
  return {
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    attributes: { root: view.root, truncated: view.truncated },
    nodes: view.nodes.map((n) => ({ key: n.key, attributes: n.attributes })),
    edges: view.edges.map((e) => ({
      key: e.key,
      source: e.source,
      target: e.target,
      attributes: e.attributes,
    })),
  };
}

/** Neo4j NVL: `new NVL(container, nvl.nodes, nvl.relationships)`. */
export function toNvl(view: ViewShape): Row {
  return {
    nodes: view.nodes.map((n) => ({
      id: n.id,
      captions: n.captions,
      size: n.size,
      color: n.color,
    })),
    relationships: view.edges.map((e) => ({
      id: e.id,
      from: e.from,
      to: e.to,
      type: e.type,
      captions: [{ value: e.caption }],
    })),
  };
}
