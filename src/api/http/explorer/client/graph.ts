import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import type { GraphView, ViewEdge, ViewNode } from './api';
import { fanPositions } from './layout';
import {
  EDGE_COLOR,
  EDGE_HOVER_COLOR,
  GROUP_COLOR,
  INK,
  NODE_BORDER,
  OVERTURNED_COLOR,
  PAPER,
  PLAIN_NODE_COLOR,
  UPHELD_COLOR,
} from './palette';

/**
 * The drawing: Cytoscape.js on a 2D canvas. Decisions are told apart by colour and shape
 * (Okabe–Ito blue diamonds for overturned, vermilion squares for upheld, so colour-blind
 * readers have the shape); group nodes are dashed octagons. Only the most connected nodes are
 * labelled at once, the rest on hover or selection, so labels do not pile up.
 */

const MAX_FIT_ZOOM = 1.5;

/**
 * How much to spread the server's positions: layouts come in their own units (ForceAtlas2's
 * are small), while node sizes and labels here are in pixels at zoom 1. The picture is
 * scaled (its shape kept) to about 90 units per √node, so nodes and labels have room.
 */
export function spreadScale(nodes: readonly { x: number; y: number }[]): number {
  if (nodes.length < 2) return 1;
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  if (!(extent > 0)) return 1;
  return Math.max(300, Math.sqrt(nodes.length) * 90) / extent;
}

/** At most this many labels at once, however much room there is. */
const MAX_LABELS = 40;
const LABEL_FONT = '11px system-ui, sans-serif';
const LABEL_HEIGHT = 14;
const LABEL_MAX_WIDTH = 160;

interface Box {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

let measuring: CanvasRenderingContext2D | null = null;

/** A caption's width in the label font, as the canvas will draw it (model units). */
function textWidth(text: string): number {
  measuring ??= document.createElement('canvas').getContext('2d');
  if (!measuring) return text.length * 6.5;
  measuring.font = LABEL_FONT;
  return measuring.measureText(text).width;
}

/** Where a node's label would be drawn on screen (below it, centred); null when it has none. */
function labelBox(node: NodeSingular, zoom: number): Box | null {
  const caption = String(node.data('caption') ?? '');
  if (caption === '') return null;
  // Sizes are in the model's units: on screen they grow and shrink with the zoom.
  const p = node.renderedPosition();
  const width = Math.min(textWidth(caption), LABEL_MAX_WIDTH) * zoom;
  const top = p.y + (Number(node.data('size')) / 2 + 3) * zoom;
  return {
    x1: p.x - width / 2 - 2,
    x2: p.x + width / 2 + 2,
    y1: top,
    y2: top + LABEL_HEIGHT * zoom,
  };
}

/** The node's own shape on screen. */
function bodyBox(node: NodeSingular, zoom: number): Box {
  const p = node.renderedPosition();
  const half = (Number(node.data('size')) * zoom) / 2;
  return { x1: p.x - half, x2: p.x + half, y1: p.y - half, y2: p.y + half };
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

export interface GraphHandlers {
  onSelect(id: string | null): void;
  onExpand(id: string): void;
}

export interface Drawing {
  cy: Core;
  /** Replaces the picture with a view, at the server's positions (or a quick layout). */
  show(view: GraphView, kind: 'impact' | 'neighbourhood'): void;
  /** Adds a view's new nodes around `anchor`, leaving every drawn node where it is. */
  merge(view: GraphView, anchor: string): number;
  select(id: string | null): void;
  /** Takes a node (and its edges) out of the picture. */
  remove(id: string): void;
  node(id: string): NodeSingular | null;
}

/** What the client knows about a node beyond the view: the outcome of a decision. */
export function outcomeOf(node: ViewNode): string | null {
  // Only a decision has an outcome of its own (impactGraph's nodes carry the one rated).
  if (node.label !== 'Decision') return null;
  const value = node.properties?.outcome ?? node.group;
  return value === 'OVERTURNED' || value === 'UPHELD' ? value : null;
}

/** A sequential scale for rates (0 light, 1 dark blue), for the impact graph's guidelines. */
export function rateColor(rate: number): string {
  const t = Math.max(0, Math.min(1, rate));
  const mix = (a: number, b: number) => Math.round(a + (b - a) * t);
  return `rgb(${mix(222, 8)},${mix(235, 69)},${mix(247, 148)})`;
}

function nodeElement(node: ViewNode, kind: 'impact' | 'neighbourhood'): ElementDefinition {
  const outcome = outcomeOf(node);
  const rate = typeof node.properties?.rate === 'number' ? node.properties.rate : null;
  const classes = [`label-${node.label}`];
  if (outcome) classes.push(outcome === 'OVERTURNED' ? 'overturned' : 'upheld');
  if (node.label === 'Group') classes.push('group');
  if (kind === 'impact' && node.label === 'Guideline') classes.push('rated');
  return {
    group: 'nodes',
    data: {
      id: node.id,
      caption: node.caption,
      kind: node.label,
      size: Math.max(14, Math.min(56, node.size * 1.3)),
      degree: node.degree,
      count: node.count ?? 1,
      color:
        rate !== null && kind === 'impact' ? rateColor(rate) : (node.color ?? PLAIN_NODE_COLOR),
      view: node,
    },
    position: { x: node.x, y: node.y },
    classes,
  };
}

function edgeElement(edge: ViewEdge): ElementDefinition {
  const decisions = edge.properties?.decisions;
  const weight = edge.weight ?? (typeof decisions === 'number' ? decisions : 1);
  return {
    group: 'edges',
    data: {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      caption: edge.caption,
      width: Math.max(1, Math.min(8, 1 + Math.log2(weight))),
      view: edge,
    },
  };
}

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(color)',
      width: 'data(size)',
      height: 'data(size)',
      'border-width': 1,
      'border-color': NODE_BORDER,
      label: '',
      'font-size': 11,
      'font-family': 'system-ui, sans-serif',
      color: INK,
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-background-color': PAPER,
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
      'text-wrap': 'ellipsis',
      'text-max-width': '160px',
      'min-zoomed-font-size': 7,
    },
  },
  { selector: 'node.labelled, node.hover, node:selected', style: { label: 'data(caption)' } },
  { selector: 'node.hover, node:selected', style: { 'z-index': 10, 'font-weight': 'bold' } },
  {
    selector: 'node.overturned',
    style: { 'background-color': OVERTURNED_COLOR, shape: 'diamond', 'border-color': '#002b45' },
  },
  {
    selector: 'node.upheld',
    style: {
      'background-color': UPHELD_COLOR,
      shape: 'round-rectangle',
      'border-color': '#4a1f00',
    },
  },
  {
    selector: 'node.group',
    style: {
      'background-color': GROUP_COLOR,
      shape: 'round-octagon',
      'border-style': 'dashed',
      'border-width': 2,
    },
  },
  { selector: 'node.rated', style: { shape: 'round-rectangle' } },
  { selector: 'node.expanded', style: { 'border-width': 3, 'border-style': 'double' } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': INK } },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': EDGE_COLOR,
      'curve-style': 'haystack',
    },
  },
  { selector: 'edge.hover', style: { 'line-color': EDGE_HOVER_COLOR } },
];

export function createDrawing(container: HTMLElement, handlers: GraphHandlers): Drawing {
  const cy = cytoscape({
    container,
    style: STYLE,
    minZoom: 0.05,
    maxZoom: 6,
    // Fast panning and zooming of big views: while the reader drags or wheels, the canvas is
    // moved as one picture (edges hidden while it is made) and redrawn when the gesture ends;
    // no motion blur (it draws every frame twice).
    textureOnViewport: true,
    hideEdgesOnViewport: true,
    motionBlur: false,
    boxSelectionEnabled: false,
    selectionType: 'single',
  });
  cy.on('tap', 'node', (event) => handlers.onSelect((event.target as NodeSingular).id()));
  cy.on('tap', (event) => {
    if (event.target === cy) handlers.onSelect(null);
  });
  cy.on('dbltap', 'node', (event) => handlers.onExpand((event.target as NodeSingular).id()));
  cy.on('mouseover', 'node', (event) => {
    const node = event.target as NodeSingular;
    node.addClass('hover');
    node.connectedEdges().addClass('hover');
  });
  cy.on('mouseout', 'node', (event) => {
    const node = event.target as NodeSingular;
    node.removeClass('hover');
    node.connectedEdges().removeClass('hover');
  });

  /**
   * Labels by importance without overlap: nodes in order of degree (then size) get a label
   * when its box, at the current zoom, clears every label already placed; the rest show
   * theirs on hover or selection. Run after each draw and when zooming stops.
   */
  const relabel = () => {
    const placed: Box[] = [];
    const zoom = cy.zoom();
    const [width, height] = [cy.width(), cy.height()];
    const bodies = cy.nodes().map((node) => ({ id: node.id(), box: bodyBox(node, zoom) }));
    // Groups first (their caption says what they hold), then by degree, then by size.
    const rank = (node: NodeSingular) => [
      node.hasClass('group') ? 1 : 0,
      node.degree(false),
      Number(node.data('size')),
    ];
    const ranked = cy
      .nodes()
      .toArray()
      .sort((a, b) => {
        const [x, y] = [rank(a), rank(b)];
        return y[0] - x[0] || y[1] - x[1] || y[2] - x[2];
      });
    cy.batch(() => {
      for (const node of ranked) {
        const box = labelBox(node, zoom);
        const free =
          placed.length < MAX_LABELS &&
          box !== null &&
          box.x1 >= 0 &&
          box.x2 <= width &&
          box.y2 <= height &&
          placed.every((other) => !overlaps(box, other)) &&
          bodies.every((other) => other.id === node.id() || !overlaps(box, other.box));
        node.toggleClass('labelled', free);
        if (free) placed.push(box);
      }
    });
  };
  let relabelTimer: number | undefined;
  cy.on('zoom', () => {
    window.clearTimeout(relabelTimer);
    relabelTimer = window.setTimeout(relabel, 120);
  });

  const show: Drawing['show'] = (view, kind) => {
    const scale = spreadScale(view.nodes);
    cy.batch(() => {
      cy.elements().remove();
      cy.add(
        view.nodes.map((node) => {
          const element = nodeElement(node, kind);
          element.position = { x: node.x * scale, y: node.y * scale };
          return element;
        }),
      );
      cy.add(view.edges.filter((e) => hasEnds(cy, e)).map(edgeElement));
    });
    const spread = new Set(view.nodes.map((node) => `${node.x},${node.y}`)).size;
    if (view.nodes.length > 1 && spread <= 1) {
      cy.layout({
        name: 'cose',
        animate: false,
        randomize: false,
      } as cytoscape.LayoutOptions).run();
    }
    fitAtMost();
    relabel();
  };

  /** Fits the picture, but never magnifies a small one beyond MAX_FIT_ZOOM. */
  const fitAtMost = () => {
    cy.fit(undefined, 30);
    if (cy.zoom() > MAX_FIT_ZOOM) {
      cy.zoom(MAX_FIT_ZOOM);
      cy.center();
    }
  };

  const merge: Drawing['merge'] = (view, anchor) => {
    const centre = cy.getElementById(anchor);
    const at = centre.nonempty() ? centre.position() : { x: 0, y: 0 };
    const fresh = view.nodes.filter((node) => cy.getElementById(node.id).empty());
    const spots = fanPositions(at, centroid(cy), fresh.length);
    cy.batch(() => {
      fresh.forEach((node, i) => {
        const element = nodeElement(node, 'neighbourhood');
        element.position = spots[i];
        cy.add(element);
      });
      for (const edge of view.edges) {
        if (cy.getElementById(edge.id).empty() && hasEnds(cy, edge)) cy.add(edgeElement(edge));
      }
      centre.addClass('expanded');
    });
    // The viewport follows (nothing drawn moves: only the camera does).
    fitAtMost();
    relabel();
    return fresh.length;
  };

  const select: Drawing['select'] = (id) => {
    cy.nodes(':selected').unselect();
    if (id === null) return;
    const node = cy.getElementById(id);
    if (node.nonempty()) node.select();
  };

  const node: Drawing['node'] = (id) => {
    const found = cy.getElementById(id);
    return found.nonempty() && found.isNode() ? found : null;
  };

  const remove: Drawing['remove'] = (id) => {
    cy.getElementById(id).remove();
  };

  return { cy, show, merge, select, node, remove };
}

function centroid(cy: Core): { x: number; y: number } {
  const nodes = cy.nodes();
  if (nodes.empty()) return { x: 0, y: 0 };
  let x = 0;
  let y = 0;
  nodes.forEach((node) => {
    x += node.position('x');
    y += node.position('y');
  });
  return { x: x / nodes.length, y: y / nodes.length };
}

function hasEnds(cy: Core, edge: ViewEdge): boolean {
  return cy.getElementById(edge.source).nonempty() && cy.getElementById(edge.target).nonempty();
}
