/**
 * The pure half of the identity tool (bench/identity.ts): graph records to canonical lines,
 * and the comparison of two sets of lines. No I/O and no project module, only neo4j-driver's
 * type tests, so it survives files moving around it.
 */
import {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isPoint,
  isTime,
} from 'neo4j-driver';

/** A JSON value whose object keys are in sorted order, so JSON.stringify is canonical. */
export type Canonical =
  null | boolean | number | string | Canonical[] | { [key: string]: Canonical };

/**
 * Properties that legitimately differ between two loads of the same letters, left out of the
 * dump. None today: the graph holds no load timestamps or run ids. `_lock` is the loader's
 * transient lock property (written and removed in one transaction), listed in case one leaks.
 */
export const EXCLUDED_PROPERTIES: readonly string[] = ['_lock'];

const TEMPORAL_TYPES: [string, (value: unknown) => boolean][] = [
  ['date', isDate],
  ['datetime', isDateTime],
  ['localdatetime', isLocalDateTime],
  ['time', isTime],
  ['localtime', isLocalTime],
  ['duration', isDuration],
  ['point', isPoint],
];

/**
 * A property value as canonical JSON. Neo4j's types stay apart: an Integer is a JSON number, a
 * Float is `{"$float": n}` (else 3 and 3.0 would look alike, and a writer that switched
 * between them would go unnoticed), a temporal or point is `{"$date": "2016-11-09"}` and so on.
 */
export function canonicalValue(value: unknown): Canonical {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return { $float: Number.isFinite(value) ? value : String(value) };
  if (isInt(value)) return value.inSafeRange() ? value.toNumber() : { $int: value.toString() };
  if (Array.isArray(value)) return value.map(canonicalValue);
  for (const [name, test] of TEMPORAL_TYPES) {
    if (test(value)) return { [`$${name}`]: String(value) };
  }
  if (value instanceof Uint8Array) return { $bytes: Buffer.from(value).toString('base64') };
  throw new Error(`no canonical form for a property value of type ${typeof value}`);
}

/** Properties with sorted keys and canonical values, without the excluded ones. */
export function canonicalProperties(properties: Record<string, unknown>): {
  [key: string]: Canonical;
} {
  const result: { [key: string]: Canonical } = {};
  for (const key of Object.keys(properties).sort(byCodeUnits)) {
    if (!EXCLUDED_PROPERTIES.includes(key)) result[key] = canonicalValue(properties[key]);
  }
  return result;
}

export interface NodeRecord {
  labels: string[];
  properties: Record<string, unknown>;
}

/** label -> the properties of its uniqueness constraints (from SHOW CONSTRAINTS). */
export type KeysByLabel = ReadonlyMap<string, readonly string[]>;

/**
 * How a relationship names its end nodes, `["Case", {"caseNumber": "CM16-0213037"}]`: sorted
 * labels joined by ':' and the node's key properties (those of its labels' uniqueness
 * constraints), never an internal id, so two databases agree. A node with no constrained label
 * is named by all its properties.
 */
export function nodeIdentity(node: NodeRecord, keys: KeysByLabel): Canonical {
  const labels = [...node.labels].sort(byCodeUnits);
  const keyNames = new Set(labels.flatMap((label) => keys.get(label) ?? []));
  const all = canonicalProperties(node.properties);
  const identifying =
    keyNames.size === 0
      ? all
      : Object.fromEntries(Object.entries(all).filter(([key]) => keyNames.has(key)));
  return [labels.join(':'), identifying];
}

export function nodeLine(node: NodeRecord): string {
  return JSON.stringify({
    labels: [...node.labels].sort(byCodeUnits),
    properties: canonicalProperties(node.properties),
  });
}

export function relationshipLine(
  type: string,
  start: Canonical,
  end: Canonical,
  properties: Record<string, unknown>,
): string {
  return JSON.stringify({ type, start, end, properties: canonicalProperties(properties) });
}

/** Sorting by UTF-16 code units: the same order on every machine, unlike localeCompare. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface LineDiff {
  onlyInA: string[];
  onlyInB: string[];
}

/**
 * Lines of A missing from B and lines of B missing from A, counted as multisets (a line twice
 * in A and once in B is once in onlyInA), each in its file's order.
 */
export function diffLines(a: readonly string[], b: readonly string[]): LineDiff {
  const unmatched = new Map<string, number>();
  for (const line of b) unmatched.set(line, (unmatched.get(line) ?? 0) + 1);
  const onlyInA: string[] = [];
  for (const line of a) {
    const left = unmatched.get(line) ?? 0;
    if (left > 0) unmatched.set(line, left - 1);
    else onlyInA.push(line);
  }
  const onlyInB: string[] = [];
  for (const line of [...b].reverse()) {
    const left = unmatched.get(line) ?? 0;
    if (left > 0) {
      unmatched.set(line, left - 1);
      onlyInB.push(line);
    }
  }
  return { onlyInA, onlyInB: onlyInB.reverse() };
}

/**
 * A long line cut to `width` characters around `column` (where it first differs from its
 * counterpart), so that the difference shows even deep inside a letter's JSON.
 */
export function excerpt(line: string, column: number, width = 160): string {
  const start = Math.max(0, Math.min(column - width / 4, line.length - width));
  const cut = line.slice(start, start + width);
  return `${start > 0 ? '…' : ''}${cut}${start + width < line.length ? '…' : ''}`;
}

/** The first index at which two strings differ (the shorter one's length if one is a prefix). */
export function firstDifference(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return i;
  return length;
}

/** Per-name counts that differ between two runs: name -> [a, b] (0 for a name missing). */
export function diffCounts(
  a: Record<string, number>,
  b: Record<string, number>,
): Record<string, [number, number]> {
  const result: Record<string, [number, number]> = {};
  for (const name of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort(byCodeUnits)) {
    if ((a[name] ?? 0) !== (b[name] ?? 0)) result[name] = [a[name] ?? 0, b[name] ?? 0];
  }
  return result;
}
