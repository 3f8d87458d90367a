import { SYNTHETIC_CASE_PREFIX } from '../../../loaders';

/**
 * Filters as data: each input field of a filter is one FilterField (which property or path it
 * constrains, with which operator, under which parameter), and compileFilter turns a filter
 * value into Cypher conditions and parameters for a node alias. The decision filter, the case
 * filter and the decision scope's anchors are tables of these; the text they produce depends
 * only on which fields are given, never on their values, which reach Cypher as parameters.
 */

/** How a field's value constrains a property of the node it tests (`x`; `$p` its parameter). */
export type FieldTest =
  /** `x.property = $p` */
  | { op: 'equals'; property: string }
  /** `x.property IN $p`: the value is a list. */
  | { op: 'oneOf'; property: string }
  /** `$p IN x.property`: the property is a list. */
  | { op: 'listHas'; property: string }
  /** `x.property >= $p` (`date($p)` for a date property). */
  | { op: 'atLeast'; property: string; date?: true }
  /** `x.property <= $p` (`date($p)` for a date property). */
  | { op: 'atMost'; property: string; date?: true }
  /**
   * `x.property STARTS WITH $p` for true, `NOT …` for false: the value chooses the side, the
   * parameter is the fixed prefix.
   */
  | { op: 'startsWith'; property: string; prefix: string }
  /** `{property: $p}` in the path's end node: a lookup by the node's key. Only with a path. */
  | { op: 'key'; property: string };

/**
 * Where a field's tested node lies from the filtered one, matched in an EXISTS subquery:
 * `EXISTS { MATCH (alias)<steps>(<end>) WHERE … }`. Fields with the same path share one EXISTS.
 */
export interface FieldPath {
  /** Relationships (and unnamed nodes) from the filtered node, e.g. `-[:FOR_SERVICE]->`. */
  steps: string;
  /** The end node's variable (empty when only key tests reach it) and label. */
  end: { alias: string; label: string };
}

export interface FilterField<K extends string = string> {
  /** The input field. */
  readonly field: K;
  /** The parameter's name after its prefix: `f` in a filter, `a` in a scope anchor. */
  readonly param: string;
  readonly test: FieldTest;
  /** Absent: the test is on the filtered node itself. */
  readonly path?: FieldPath;
  /** The value as the graph stores it (an ISO day, lower case); absent: as given. */
  readonly toParam?: (value: unknown) => unknown;
}

/** The filter fields of an input type, in the order their conditions are written. */
export type FilterFields<F> = readonly FilterField<keyof F & string>[];

export interface CompiledFilter {
  /** Conditions on the alias, to be joined with AND. */
  conditions: string[];
  params: Record<string, unknown>;
}

/** A field counts when given: null, undefined and the empty string are no condition. */
export const isGiven = (value: unknown): boolean =>
  value !== undefined && value !== null && value !== '';

/** A GraphQL Date (or an ISO string) as the ISO day Cypher's date() reads. */
export const toIsoDay = (value: unknown): string =>
  value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);

export const toLowerCase = (value: unknown): string => String(value).toLowerCase();

/** A given value as its field's parameter holds it. */
export const paramValue = (field: FilterField, value: unknown): unknown =>
  field.toParam ? field.toParam(value) : value;

/** A field's parameter name and value, and its test on `x` (for a key test: `property: $p`). */
export function fieldCondition(
  field: FilterField,
  value: unknown,
  x: string,
  prefix: string,
  params: Record<string, unknown>,
): string {
  const p = `${prefix}${field.param}`;
  const { test } = field;
  if (test.op === 'startsWith') {
    params[p] = test.prefix;
    return `${value === false ? 'NOT ' : ''}${x}.${test.property} STARTS WITH $${p}`;
  }
  params[p] = paramValue(field, value);
  switch (test.op) {
    case 'equals':
      return `${x}.${test.property} = $${p}`;
    case 'oneOf':
      return `${x}.${test.property} IN $${p}`;
    case 'listHas':
      return `$${p} IN ${x}.${test.property}`;
    case 'atLeast':
      return `${x}.${test.property} >= ${test.date ? `date($${p})` : `$${p}`}`;
    case 'atMost':
      return `${x}.${test.property} <= ${test.date ? `date($${p})` : `$${p}`}`;
    case 'key':
      return `${test.property}: $${p}`;
  }
}

/** One EXISTS over a path, with the tests of every given field that goes along it. */
interface PathGroup {
  path: FieldPath;
  keys: string[];
  where: string[];
}

function existsCondition(alias: string, { path, keys, where }: PathGroup): string {
  const map = keys.length > 0 ? ` {${keys.join(', ')}}` : '';
  const end = `(${path.end.alias}:${path.end.label}${map})`;
  const condition = where.length > 0 ? ` WHERE ${where.join(' AND ')}` : '';
  return `EXISTS { MATCH (${alias})${path.steps}${end}${condition} }`;
}

/**
 * The conditions of `filter` on the node `alias`, in the table's order, with parameters named
 * `prefix` + the field's param. Fields along the same path share one EXISTS, placed where the
 * first of them stands.
 */
export function compileFilter<F extends object>(
  fields: FilterFields<F>,
  filter: F | null | undefined,
  alias: string,
  prefix = 'f',
): CompiledFilter {
  const params: Record<string, unknown> = {};
  const parts: (string | PathGroup)[] = [];
  const groups = new Map<string, PathGroup>();
  for (const field of fields) {
    const value: unknown = filter?.[field.field];
    if (!isGiven(value)) continue;
    const { path } = field;
    if (!path) {
      parts.push(fieldCondition(field, value, alias, prefix, params));
      continue;
    }
    const pathKey = `${path.steps}(${path.end.alias}:${path.end.label})`;
    let group = groups.get(pathKey);
    if (group === undefined) {
      group = { path, keys: [], where: [] };
      groups.set(pathKey, group);
      parts.push(group);
    }
    const condition = fieldCondition(field, value, path.end.alias, prefix, params);
    (field.test.op === 'key' ? group.keys : group.where).push(condition);
  }
  const conditions = parts.map((part) =>
    typeof part === 'string' ? part : existsCondition(alias, part),
  );
  return { conditions, params };
}

// Fields the decision and case filters share; each spelled once.

/** A `synthetic` filter on the case number: true keeps the generator's SYN- letters. */
export const SYNTHETIC_FIELD = {
  field: 'synthetic',
  param: 'Synthetic',
  test: { op: 'startsWith', property: 'caseNumber', prefix: SYNTHETIC_CASE_PREFIX },
} as const satisfies FilterField;

export const OUTCOME_FIELD = {
  field: 'outcome',
  param: 'Outcome',
  test: { op: 'equals', property: 'outcome' },
} as const satisfies FilterField;

export const DECIDED_FROM_FIELD = {
  field: 'decidedFrom',
  param: 'From',
  test: { op: 'atLeast', property: 'decisionDate', date: true },
  toParam: toIsoDay,
} as const satisfies FilterField;

export const DECIDED_TO_FIELD = {
  field: 'decidedTo',
  param: 'To',
  test: { op: 'atMost', property: 'decisionDate', date: true },
  toParam: toIsoDay,
} as const satisfies FilterField;

/** The reviewer's specialty and licence state, reached along `path` (from a case or a decision). */
export const reviewerFields = (path: FieldPath) =>
  [
    {
      field: 'specialty',
      param: 'Specialty',
      test: { op: 'listHas', property: 'specialties' },
      path,
    },
    {
      field: 'licensedState',
      param: 'State',
      test: { op: 'listHas', property: 'licensedStates' },
      path,
    },
  ] as const satisfies readonly FilterField[];
