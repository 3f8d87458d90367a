import type { DecisionFilter } from './decision-filter.input';
import { DECISION_FIELDS, decisionFilterCypher, type FilterCypher } from './decision-filter.cypher';
import {
  compileFilter,
  fieldCondition,
  isGiven,
  paramValue,
  type FilterField,
} from './filter-fields';

/** Which index the scope starts from; `decision` means the Decision label (or its indexes). */
export type ScopeAnchor =
  | 'decision'
  | 'service'
  | 'category'
  | 'guidelineDocument'
  | 'bodyRegion'
  | 'specialty'
  | 'licensedState'
  | 'reason';

export interface DecisionScope extends FilterCypher {
  anchor: ScopeAnchor;
  /**
   * Whether the anchor's index seek is the whole filter (a category or subcategory, maybe an
   * outcome, nothing else): the scope's decisions are then index entries, countable and
   * sorted in keyset order without reading a node.
   */
  indexOnly: boolean;
  /**
   * For an index-only scope: the same filter on a citation edge `r` (UR_CITED /
   * REVIEWER_CITED carry their decision's outcome, category and subcategory, indexed), so
   * citations can be counted straight from the relationship indexes. Null otherwise.
   */
  citationWhere: ((r: string) => string) | null;
}

type Field = keyof DecisionFilter & string;

/** A case number: d.caseNumber is indexed, so the filter's own WHERE is already a seek. */
interface DecisionAnchor {
  anchor: 'decision';
  when: readonly Field[];
}

/**
 * `MATCH (seek) WHERE <the taken fields' own tests on it>`, then `toDecisions` (a MATCH line
 * reaching `d`) if the seek is not on `d` itself, then the fence (a WITH, so the planner
 * cannot start elsewhere).
 */
interface SeekAnchor {
  anchor: Exclude<ScopeAnchor, 'decision'>;
  /** Picked when any of these is given (the first anchor of ANCHORS that is wins). */
  when: readonly Field[];
  /** The fields the seek answers, in the order its condition names them. */
  takes: readonly Field[];
  seek: { alias: string; label: string };
  /** Index keys to name with IS NOT NULL when no taken field constrains them. */
  notNull?: readonly string[];
  /**
   * The citation edges carry the taken properties in an index of their own, with these keys
   * besides: an index-only scope counts citations from it.
   */
  citationNotNull?: readonly string[];
  toDecisions?: string;
  fence: string;
}

/** `MATCH (:label {property: $a…})<toDecisions>`, a path to `d`, then the fence. */
interface KeyAnchor {
  anchor: Exclude<ScopeAnchor, 'decision'>;
  when: readonly Field[];
  key: { label: string; property: string; field: Field };
  toDecisions: string;
  fence: string;
}

type Anchor = DecisionAnchor | SeekAnchor | KeyAnchor;

/**
 * The anchors, most selective first. The rest of the filter is DECISION_FIELDS' own
 * conditions after the fence, so a scope selects the same decisions as decisionFilterCypher.
 */
const ANCHORS: readonly Anchor[] = [
  { anchor: 'decision', when: ['caseNumber'] },
  // A service's category and subcategory are the Service node's own properties: named with a
  // service, they narrow the Service seek.
  {
    anchor: 'service',
    when: ['service'],
    takes: ['service', 'category', 'subcategory'],
    seek: { alias: 's', label: 'Service' },
    toDecisions: 'MATCH (s)<-[:FOR_SERVICE]-(d)',
    fence: 'WITH d',
  },
  // decision_category_scope / decision_subcategory_scope: (category or subcategory, outcome,
  // caseNumber, ordinal). Every key named in the WHERE makes the planner seek that index,
  // which yields the outcome and the keyset order with no node read.
  {
    anchor: 'category',
    when: ['category', 'subcategory'],
    takes: ['subcategory', 'category', 'outcome'],
    seek: { alias: 'd', label: 'Decision' },
    notNull: ['outcome', 'caseNumber', 'ordinal'],
    citationNotNull: ['outcome'],
    fence: 'WITH d',
  },
  {
    anchor: 'guidelineDocument',
    when: ['guidelineDocument'],
    takes: ['guidelineDocument'],
    seek: { alias: 'g', label: 'Guideline' },
    toDecisions: 'MATCH (g)<-[:UR_CITED|REVIEWER_CITED]-(d)',
    fence: 'WITH DISTINCT d',
  },
  {
    anchor: 'bodyRegion',
    when: ['bodyRegion'],
    key: { label: 'BodyRegion', property: 'name', field: 'bodyRegion' },
    toDecisions: '<-[:CONCERNS]-(d)',
    fence: 'WITH d',
  },
  {
    anchor: 'specialty',
    when: ['specialty'],
    key: { label: 'Specialty', property: 'name', field: 'specialty' },
    toDecisions: '<-[:CERTIFIED_IN]-(r)<-[:REVIEWED_BY]-(c)-[:HAS_DECISION]->(d)',
    fence: 'WITH d',
  },
  {
    anchor: 'licensedState',
    when: ['licensedState'],
    key: { label: 'State', property: 'name', field: 'licensedState' },
    toDecisions: '<-[:LICENSED_IN]-(r)<-[:REVIEWED_BY]-(c)-[:HAS_DECISION]->(d)',
    fence: 'WITH d',
  },
  {
    anchor: 'reason',
    when: ['reason'],
    key: { label: 'Reason', property: 'code', field: 'reason' },
    toDecisions: '<-[:GROUNDED_ON]-(d)',
    fence: 'WITH d',
  },
];

const FIELD_BY_NAME = new Map<string, FilterField>(DECISION_FIELDS.map((f) => [f.field, f]));
const fieldOf = (name: Field): FilterField => FIELD_BY_NAME.get(name)!;

interface AnchorCypher {
  lines: string[];
  params: Record<string, unknown>;
  taken: readonly Field[];
  citationWhere: DecisionScope['citationWhere'];
}

/** An anchor's lines for the filter `f`, parameters prefixed `a`, and the fields it answers. */
function compileAnchor(anchor: SeekAnchor | KeyAnchor, f: DecisionFilter): AnchorCypher {
  const params: Record<string, unknown> = {};
  if ('key' in anchor) {
    const { label, property } = anchor.key;
    const field = fieldOf(anchor.key.field);
    const p = `a${field.param}`;
    params[p] = paramValue(field, f[anchor.key.field]);
    const lines = [`MATCH (:${label} {${property}: $${p}})${anchor.toDecisions}`, anchor.fence];
    return { lines, params, taken: [anchor.key.field], citationWhere: null };
  }
  const taken = anchor.takes.filter((name) => isGiven(f[name]));
  const named = new Set(taken.map((name) => fieldOf(name).test.property));
  const conditions = (x: string, notNull: readonly string[]) => [
    ...taken.map((name) => fieldCondition(fieldOf(name), f[name], x, 'a', params)),
    ...notNull.filter((p) => !named.has(p)).map((p) => `${x}.${p} IS NOT NULL`),
  ];
  const { alias, label } = anchor.seek;
  const lines = [
    `MATCH (${alias}:${label}) WHERE ${conditions(alias, anchor.notNull ?? []).join(' AND ')}`,
    ...(anchor.toDecisions ? [anchor.toDecisions] : []),
    anchor.fence,
  ];
  const { citationNotNull } = anchor;
  const citationWhere = citationNotNull
    ? (r: string) => conditions(r, citationNotNull).join(' AND ')
    : null;
  return { lines, params, taken, citationWhere };
}

/**
 * The decisions of a filter, bound to `d`, starting from the smallest indexed set the filter
 * names. `decisionFilterCypher` alone starts from every Decision and tests each with EXISTS;
 * at 100k letters that is a scan of a quarter of a million nodes for a question about two
 * services. Here the most selective condition becomes the start of the pattern (an index
 * seek on the Decision category index, or on Service, BodyRegion, Specialty … then one
 * expansion to the decisions), a `WITH` fences it so the planner cannot start elsewhere, and
 * the remaining conditions are DECISION_FIELDS' own, so both select the same decisions.
 *
 * The text is fixed per combination of present fields; values are parameters (prefix `a`
 * for the anchor, `f` for the filter's own).
 */
export function decisionScopeCypher(filter: DecisionFilter | null | undefined): DecisionScope {
  const f: DecisionFilter = filter ?? {};
  const chosen = ANCHORS.find((a) => a.when.some((name) => isGiven(f[name])));
  if (chosen === undefined || chosen.anchor === 'decision') {
    return {
      ...decisionFilterCypher(f),
      anchor: 'decision',
      indexOnly: false,
      citationWhere: null,
    };
  }
  const start = compileAnchor(chosen, f);
  const rest: DecisionFilter = { ...f };
  for (const name of start.taken) delete rest[name];
  const { conditions, params } = compileFilter(DECISION_FIELDS, rest, 'd');
  // After an anchor, `d` is bound (by relationships only decisions have, or by the Decision
  // index): the remaining conditions hang off the fencing WITH, without a label check.
  const where = conditions.length > 0 ? [`WHERE ${conditions.join('\n  AND ')}`] : [];
  const indexOnly = start.citationWhere !== null && conditions.length === 0;
  return {
    text: [...start.lines, ...where].join('\n'),
    params: { ...start.params, ...params },
    anchor: chosen.anchor,
    indexOnly,
    citationWhere: indexOnly ? start.citationWhere : null,
  };
}
