import type { Record as Neo4jRecord } from 'neo4j-driver';
import { plainScalar } from './model/read';

/** A Cypher statement with a name (for logs and statement counts) and a row mapper. */
export interface NamedQuery<P extends object, R> {
  name: string;
  cypher: string;
  map: (row: Row) => R;
  /** Type witness for parameters; never read at run time. */
  readonly params?: P;
}

export type Row = Record<string, unknown>;

export function defineQuery<P extends object, R>(
  name: string,
  cypher: string,
  map: (row: Row) => R,
): NamedQuery<P, R> {
  return { name, cypher, map };
}

/** Driver values to plain JS once, at the boundary: Integers to numbers, temporals to ISO. */
export function toPlain(value: unknown): unknown {
  const scalar = plainScalar(value);
  if (scalar !== value) return scalar;
  if (Array.isArray(value)) return value.map(toPlain);
  if (value !== null && typeof value === 'object') {
    const v = value as {
      properties?: object;
      labels?: string[];
      type?: string;
      elementId?: string;
    };
    if (v.properties !== undefined && v.elementId !== undefined) return toPlain(v.properties);
    const out: Row = {};
    for (const [key, item] of Object.entries(value)) out[key] = toPlain(item);
    return out;
  }
  return value;
}

export function recordToRow(record: Neo4jRecord): Row {
  const row: Row = {};
  for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
  return row;
}
