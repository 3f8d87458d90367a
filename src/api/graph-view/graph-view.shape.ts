import type { Row } from '../../graph/named-query';
import type { RawEdge, RawNode } from './graph-view.queries';
import { groupId, type GroupRef } from './group-id';
import { forceLayout } from './layout';
import { edgeId, isNodeLabel, NODE_KEY_PROPERTY, nodeId, type NodeLabel } from './node-ref';
import { farLabel, groupCaption } from './relationships';

/**
 * A neighbourhood as the drawing libraries take it, pure: ids that are unique across nodes
 * and edges, captions, classes, sizes, colours, weights and a force layout, and the three
 * libraries' own shapes (the README, Graph visualisation, has the mapping).
 */

/** A group of a node's neighbours along one bucket, as the expansion found it. */
export interface AssembledGroup {
  ref: GroupRef;
  /** Element id of the node the group hangs from. */
  parent: string;
  count: number;
  overturned: number;
  upheld: number;
  depth: number;
}

/** What the expansion found: nodes (root first) with their depth, groups, relationships. */
export interface AssembledView {
  rootId: string;
  nodes: { raw: RawNode; depth: number }[];
  groups: AssembledGroup[];
  edges: RawEdge[];
  truncated: boolean;
}

export interface ViewNode {
  id: string;
  key: string;
  label: string;
  labels: string[];
  caption: string;
  captions: { value: string }[];
  group: string;
  count: number;
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
  weight: number;
  /** The numbers of an aggregated edge (impactGraph); null for a relationship of the graph. */
  properties: Row | null;
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
  Reason: '#DA7194',
};
const OTHER_COLOR = '#A5ABB6';

/** Decisions by outcome: green when the worker gets the item, red when the denial stands. */
export const OUTCOME_COLORS = { OVERTURNED: '#2E9E5B', UPHELD: '#D64541' } as const;

/** The label of a group node, and its colour (a neutral grey, lighter than any label's). */
export const GROUP_LABEL = 'Group';
export const GROUP_COLOR = '#C8CCD2';

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
      // "CM16-0213037 #2 · MRI": the case, the item, the service; the service is what is cut.
      const what = text(p.serviceName) ?? text(p.request) ?? key;
      const item = `${text(p.caseNumber) ?? key.split('#')[0]} #${p.ordinal ?? '?'}`;
      return cut(`${item} · ${what}`, MAX_CAPTION);
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

/** Sizes stop growing here: a hub is drawn big, never big enough to cover its neighbours. */
export const MAX_NODE_SIZE = 36;

/** Node size for the libraries (pixels-ish): 6 for a leaf, the log of the degree (or of the
 * count a group stands for) above it, capped at MAX_NODE_SIZE. */
export function sizeOf(degree: number): number {
  const size = 6 + 3 * Math.log2(1 + Math.max(degree, 0));
  return Math.min(MAX_NODE_SIZE, Math.round(size * 10) / 10);
}

/** Radial layout: the root at the centre, each depth on its own ring, evenly spaced. Used as
 * the deterministic start of the force layout. */
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

/** What a node is drawn as before its position is known. */
export interface DrawnNode {
  id: string;
  label: string;
  labels: string[];
  key: string;
  caption: string;
  group: string;
  count: number;
  depth: number;
  degree: number;
  size: number;
  color: string;
  properties: Row;
}

/** The class of a node for stylesheets: a decision's outcome, else its label. */
export function classOf(label: string, properties: Row): string {
  if (
    label === 'Decision' &&
    (properties.outcome === 'UPHELD' || properties.outcome === 'OVERTURNED')
  ) {
    return properties.outcome;
  }
  return label;
}

/** Colour: a decision's by its outcome, a group's grey, any other node's by its label. */
export function colorOf(label: string, properties: Row): string {
  const group = classOf(label, properties);
  if (group === 'UPHELD' || group === 'OVERTURNED') return OUTCOME_COLORS[group];
  if (label === GROUP_LABEL) return GROUP_COLOR;
  return isNodeLabel(label) ? LABEL_COLORS[label] : OTHER_COLOR;
}

function drawNode(raw: RawNode, depth: number): DrawnNode {
  const label = primaryLabel(raw.labels);
  const key = nodeKeyOf(label, raw.properties, raw.elementId);
  return {
    id: nodeId(label, key),
    label,
    labels: raw.labels,
    key,
    caption: captionOf(label, raw.properties, key),
    group: classOf(label, raw.properties),
    count: 1,
    depth,
    degree: raw.degree,
    size: sizeOf(raw.degree),
    color: colorOf(label, raw.properties),
    properties: visibleProperties(raw.properties),
  };
}

function drawGroup(group: AssembledGroup): DrawnNode {
  const id = groupId(group.ref);
  const members = farLabel(group.ref);
  const outcomes = members === 'Decision' ? { overturned: group.overturned } : null;
  return {
    id,
    label: GROUP_LABEL,
    labels: [GROUP_LABEL],
    key: id,
    caption: groupCaption(members, group.count, outcomes),
    group: GROUP_LABEL,
    count: group.count,
    depth: group.depth,
    degree: group.count,
    size: sizeOf(group.count),
    color: GROUP_COLOR,
    properties: {
      of: group.ref.of,
      relationship: group.ref.type,
      direction: group.ref.out ? 'OUT' : 'IN',
      memberLabel: members,
      count: group.count,
      offset: group.ref.offset,
      ...(outcomes === null ? {} : { overturned: group.overturned, upheld: group.upheld }),
    },
  };
}

function toViewNode(n: DrawnNode, position: { x: number; y: number }): ViewNode {
  return {
    id: n.id,
    key: n.id,
    label: n.label,
    labels: n.labels,
    caption: n.caption,
    captions: [{ value: n.caption }],
    group: n.group,
    count: n.count,
    depth: n.depth,
    degree: n.degree,
    size: n.size,
    color: n.color,
    ...position,
    properties: n.properties,
    // Cytoscape reads `data`; its stylesheets usually show data(label).
    data: {
      id: n.id,
      label: n.caption,
      type: n.label,
      group: n.group,
      nodeKey: n.key,
      count: n.count,
      depth: n.depth,
      degree: n.degree,
      size: n.size,
      color: n.color,
    },
    // graphology/sigma: `label` is what sigma draws; x, y and size are required to draw.
    attributes: {
      label: n.caption,
      nodeLabel: n.label,
      group: n.group,
      nodeKey: n.key,
      count: n.count,
      x: position.x,
      y: position.y,
      size: n.size,
      color: n.color,
      depth: n.depth,
      degree: n.degree,
    },
  };
}

export function toViewEdge(
  type: string,
  source: string,
  target: string,
  weight: number,
  properties: Row | null = null,
): ViewEdge {
  const id = edgeId(type, source, target);
  return {
    properties,
    id,
    key: id,
    type,
    source,
    target,
    from: source,
    to: target,
    caption: type,
    weight,
    data: { ...properties, id, source, target, label: type, type, weight },
    attributes: {
      ...properties,
      label: type,
      type: 'arrow',
      relType: type,
      weight,
      size: edgeSizeOf(weight),
    },
  };
}

/** Edge width for sigma: 1 for one relationship, growing with the log of an aggregate's weight. */
export function edgeSizeOf(weight: number): number {
  return Math.min(8, Math.round((1 + Math.log2(Math.max(weight, 1))) * 10) / 10);
}

/**
 * The view: nodes in the order the expansion found them (root first), then the groups; the
 * relationships whose both ends are among them, once each; a parent-to-group edge per group
 * (its weight: the members it stands for); positions from the force layout.
 */
export function shapeView(view: AssembledView): ViewShape {
  const drawn = [...view.nodes.map((n) => drawNode(n.raw, n.depth)), ...view.groups.map(drawGroup)];
  const idOf = new Map(view.nodes.map((n, i) => [n.raw.elementId, drawn[i].id]));
  const edges: ViewEdge[] = [];
  const seen = new Set<string>();
  for (const rel of view.edges) {
    const source = idOf.get(rel.source);
    const target = idOf.get(rel.target);
    if (source === undefined || target === undefined || seen.has(rel.elementId)) continue;
    seen.add(rel.elementId);
    edges.push(toViewEdge(rel.type, source, target, 1));
  }
  view.groups.forEach((g, i) => {
    const parent = idOf.get(g.parent);
    const group = drawn[view.nodes.length + i].id;
    if (parent === undefined) return;
    const [source, target] = g.ref.out ? [parent, group] : [group, parent];
    edges.push(toViewEdge(g.ref.type, source, target, g.count));
  });
  return placeView(drawn, edges, radialLayout(drawn.map((n) => n.depth)), {
    root: view.rootId,
    truncated: view.truncated,
  });
}

/** Nodes at their ForceAtlas2 positions (from `start`, one per node), with their edges. */
export function placeView(
  drawn: readonly DrawnNode[],
  edges: ViewEdge[],
  start: readonly { x: number; y: number }[],
  meta: { root: string; truncated: boolean },
): ViewShape {
  const positions = forceLayout(
    drawn.map((n, i) => ({ id: n.id, size: n.size, ...start[i] })),
    edges.map((e) => ({ source: e.source, target: e.target, weight: e.weight })),
  );
  return {
    root: meta.root,
    nodes: drawn.map((n, i) => toViewNode(n, positions[i])),
    edges,
    truncated: meta.truncated,
  };
}

/** Cytoscape.js elements: `cytoscape({ elements })` or `cy.add(elements)`. */
export function toCytoscape(view: ViewShape): Row[] {
  return [
    // `classes` lets a stylesheet select decisions by outcome (.OVERTURNED) and groups (.Group).
    ...view.nodes.map((n) => ({
      group: 'nodes',
      data: n.data,
      classes: [n.label, n.group].filter((c, i, all) => all.indexOf(c) === i),
      position: { x: n.x, y: n.y },
    })),
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
