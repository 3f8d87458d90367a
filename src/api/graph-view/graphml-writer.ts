/**
 * A small GraphML writer (http://graphml.graphdrawing.org/): graphology-graphml and
 * cytoscape-graphml read GraphML but write none that declares typed attributes, so this
 * writes the subset networkx, yEd and Gephi read: one <key> per attribute name and domain
 * with its attr.type (boolean, int, long, double, string), a directed graph, nodes and edges
 * with ids, <data> per value. Lists (GraphML has none) are written as JSON text.
 */

type Scalar = string | number | boolean;
type Value = Scalar | Scalar[];
type Data = Record<string, Value>;

export interface GraphmlInput {
  graph: Data;
  nodes: { id: string; data: Data }[];
  edges: { id: string; source: string; target: string; data: Data }[];
}

type GraphmlType = 'boolean' | 'int' | 'long' | 'double' | 'string';
type Domain = 'graph' | 'node' | 'edge';

const INT_MAX = 2 ** 31 - 1;

function typeOf(value: Value): GraphmlType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return 'double';
    return Math.abs(value) <= INT_MAX ? 'int' : 'long';
  }
  return 'string';
}

/** The narrowest type every value of an attribute fits: int < long < double; else string. */
function joinTypes(a: GraphmlType, b: GraphmlType): GraphmlType {
  if (a === b) return a;
  const numeric = ['int', 'long', 'double'];
  if (numeric.includes(a) && numeric.includes(b)) {
    return numeric[Math.max(numeric.indexOf(a), numeric.indexOf(b))] as GraphmlType;
  }
  return 'string';
}

function textOf(value: Value): string {
  if (Array.isArray(value)) return JSON.stringify(value);
  return String(value);
}

/** Characters XML 1.0 cannot carry at all are dropped; the five special ones escaped. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

interface Key {
  id: string;
  domain: Domain;
  name: string;
  type: GraphmlType;
}

/** One key per (domain, name), in the order names are first seen, typed by every value. */
function collectKeys(domain: Domain, records: Data[], prefix: string): Map<string, Key> {
  const keys = new Map<string, Key>();
  for (const data of records) {
    for (const [name, value] of Object.entries(data)) {
      const type = typeOf(value);
      const key = keys.get(name);
      if (key === undefined) {
        keys.set(name, { id: `${prefix}${keys.size}`, domain, name, type });
      } else key.type = joinTypes(key.type, type);
    }
  }
  return keys;
}

function dataLines(data: Data, keys: Map<string, Key>, indent: string): string[] {
  return Object.entries(data).map(([name, value]) => {
    const key = keys.get(name) as Key;
    return `${indent}<data key="${key.id}">${escapeXml(textOf(value))}</data>`;
  });
}

export function writeGraphmlString(input: GraphmlInput): string {
  const graphKeys = collectKeys('graph', [input.graph], 'g');
  const nodeKeys = collectKeys(
    'node',
    input.nodes.map((n) => n.data),
    'n',
  );
  const edgeKeys = collectKeys(
    'edge',
    input.edges.map((e) => e.data),
    'e',
  );
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" ' +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns ' +
      'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const keys of [graphKeys, nodeKeys, edgeKeys]) {
    for (const key of keys.values()) {
      lines.push(
        `  <key id="${key.id}" for="${key.domain}" attr.name="${escapeXml(key.name)}" ` +
          `attr.type="${key.type}"/>`,
      );
    }
  }
  lines.push('  <graph id="G" edgedefault="directed">');
  lines.push(...dataLines(input.graph, graphKeys, '    '));
  for (const node of input.nodes) {
    lines.push(`    <node id="${escapeXml(node.id)}">`);
    lines.push(...dataLines(node.data, nodeKeys, '      '));
    lines.push('    </node>');
  }
  for (const edge of input.edges) {
    lines.push(
      `    <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" ` +
        `target="${escapeXml(edge.target)}">`,
    );
    lines.push(...dataLines(edge.data, edgeKeys, '      '));
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
