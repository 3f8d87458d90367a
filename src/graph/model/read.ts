import { isDate, isDateTime, isInt } from 'neo4j-driver';
import {
  maybe,
  NODES,
  p,
  RELATIONSHIPS,
  type Label,
  type RelationshipProperties,
  type RelationshipType,
  type NodeProperties,
  type PropertyName,
  type PropertySpec,
  type ValueOf,
} from './graph-model';

/**
 * Driver values to plain JS, the one place that knows Neo4j's types: Integers become numbers,
 * dates and date-times ISO strings, undefined null. Lists and maps are left to the caller
 * (toPlain walks them; readProperty reads a list of strings).
 */
export function plainScalar(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (isDate(value as never) || isDateTime(value as never)) return String(value);
  return value;
}

/** The zero of a kind: what a property that must be set reads as when the graph lacks it. */
const ZERO = {
  string: '',
  date: '',
  integer: 0,
  number: 0,
  boolean: false,
} as const;

/**
 * One value as its spec says, from a driver value or a plain one: null for a nullable
 * property that is not set, the kind's zero ('', 0, false, []) for a required one.
 */
export function readProperty<S extends PropertySpec>(spec: S, value: unknown): ValueOf<S> {
  return readValue(spec, plainScalar(value)) as ValueOf<S>;
}

function readValue(spec: PropertySpec, value: unknown): unknown {
  if (spec.kind === 'strings') {
    if (Array.isArray(value)) return value.map((item) => String(plainScalar(item)));
    return spec.nullable ? null : [];
  }
  if (value === null) return spec.nullable ? null : ZERO[spec.kind];
  switch (spec.kind) {
    case 'boolean':
      return spec.nullable && typeof value !== 'boolean' ? null : value === true;
    case 'integer':
    case 'number':
      return typeof value === 'number' ? value : Number(value);
    default:
      return typeof value === 'string' ? value : String(value);
  }
}

/** Scalar readers for row values that are not node properties (keys, counts, scores). */
export const read = {
  string: (value: unknown) => readProperty(p.string, value),
  maybeString: (value: unknown) => readProperty(maybe.string, value),
  integer: (value: unknown) => readProperty(p.integer, value),
  number: (value: unknown) => readProperty(p.number, value),
  boolean: (value: unknown) => readProperty(p.boolean, value),
  strings: (value: unknown) => readProperty(p.strings, value),
  /** A list of maps or nodes, each read by `item`; null reads as an empty list. */
  list: <T>(value: unknown, item: (value: unknown) => T): T[] =>
    Array.isArray(value) ? value.map(item) : [],
  /**
   * A map: a projection, or a driver node or relationship (its properties). Null and other
   * values read as an empty map.
   */
  map: (value: unknown): Record<string, unknown> => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
    const entity = value as { properties?: unknown; elementId?: unknown };
    if (entity.elementId !== undefined && typeof entity.properties === 'object') {
      return entity.properties as Record<string, unknown>;
    }
    return value as Record<string, unknown>;
  },
};

/** The properties of a node, or of the map projection of one, that `names` lists. */
export function readNode<L extends Label, K extends PropertyName<L>>(
  label: L,
  value: unknown,
  names: readonly K[],
): Pick<NodeProperties<L>, K> {
  return readProperties(NODES[label].properties, value, names) as Pick<NodeProperties<L>, K>;
}

/** The properties of a relationship (or of a row or map holding them) that `names` lists. */
export function readRelationship<
  T extends RelationshipType,
  K extends keyof RelationshipProperties<T>,
>(type: T, value: unknown, names: readonly K[]): Pick<RelationshipProperties<T>, K> {
  return readProperties(RELATIONSHIPS[type].properties, value, names as readonly string[]) as Pick<
    RelationshipProperties<T>,
    K
  >;
}

function readProperties(
  specs: Readonly<Record<string, PropertySpec>>,
  value: unknown,
  names: readonly string[],
): Record<string, unknown> {
  const source = read.map(value);
  const out: Record<string, unknown> = {};
  for (const name of names) out[name] = readProperty(specs[name], source[name]);
  return out;
}

/**
 * What a query reads of a label: its Cypher map projection and the mapper of its rows, from
 * one list of properties, so the two cannot drift apart.
 */
export interface NodeView<L extends Label, K extends PropertyName<L>> {
  label: L;
  names: readonly K[];
  /** `.a, .b, …`: the projection's entries, for projections that add their own. */
  fields: string;
  /** `v { .a, .b, … }`. */
  projection(variable: string): string;
  read(value: unknown): Pick<NodeProperties<L>, K>;
}

export function nodeView<L extends Label, K extends PropertyName<L>>(
  label: L,
  names: readonly K[],
): NodeView<L, K> {
  const fields = names.map((name) => `.${name}`).join(', ');
  return {
    label,
    names,
    fields,
    projection: (variable) => `${variable} { ${fields} }`,
    read: (value) => readNode(label, value, names),
  };
}
