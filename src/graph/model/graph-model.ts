/**
 * The graph model as one table: every node label with its key and properties, every
 * relationship type with its ends and properties, and the scope rules (properties copied from
 * one node onto another so the API's commonest scopes are index seeks). The writer's row types,
 * the read mappers, the migrations, the db check and the graph view's label table derive from
 * it, so a label, a key or a property is spelled here once. ../shared/spec/graph-and-api.md
 * is the contract; schema/constraints.cypher holds a uniqueness constraint per key.
 */

/** How a property is stored: dates as Neo4j dates (ISO strings in and out of the graph layer). */
export type PropertyKind = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'strings';

export interface PropertySpec<K extends PropertyKind = PropertyKind, N extends boolean = boolean> {
  kind: K;
  /** Null (or absent) is a valid value; otherwise a missing value reads as the kind's zero. */
  nullable: N;
}

const required = <K extends PropertyKind>(kind: K): PropertySpec<K, false> => ({
  kind,
  nullable: false,
});
const optional = <K extends PropertyKind>(kind: K): PropertySpec<K, true> => ({
  kind,
  nullable: true,
});

/** Property specs by kind: `p.string` is a string always set, `maybe.date` a date or null. */
export const p = {
  string: required('string'),
  integer: required('integer'),
  number: required('number'),
  boolean: required('boolean'),
  date: required('date'),
  strings: required('strings'),
};
export const maybe = {
  string: optional('string'),
  integer: optional('integer'),
  number: optional('number'),
  boolean: optional('boolean'),
  date: optional('date'),
  strings: optional('strings'),
};

type Properties = Record<string, PropertySpec>;

interface NodeSpec<P extends Properties = Properties> {
  /** The property a uniqueness constraint holds (schema/constraints.cypher). */
  key: keyof P & string;
  properties: P;
  /**
   * Used by many cases and deleted when nothing points at it any more (the loader's clean-up
   * and the db check's orphan sweep); the others are owned (a case and its decisions) or
   * bookkeeping.
   */
  shared: boolean;
}

const node = <P extends Properties>(key: keyof P & string, properties: P, shared: boolean) => ({
  key,
  properties,
  shared,
});

const named = { name: p.string };

/** Node labels, in the order of their constraints in schema/constraints.cypher. */
export const NODES = {
  Case: node(
    'caseNumber',
    {
      caseNumber: p.string,
      sha256: p.string,
      sourceFile: p.string,
      layout: p.string,
      format: p.string,
      outcome: p.string,
      priority: maybe.string,
      dateAssigned: maybe.date,
      decisionDate: maybe.date,
      injuryDate: maybe.date,
      urDenialDate: maybe.date,
      applicationReceived: maybe.date,
      patientAge: maybe.integer,
      patientSex: maybe.string,
      summary: maybe.string,
      priorTreatments: p.strings,
      decisionCount: p.integer,
      overturnedCount: p.integer,
      warningCount: p.integer,
    },
    false,
  ),
  Decision: node(
    'id',
    {
      id: p.string,
      caseNumber: p.string,
      ordinal: p.integer,
      outcome: p.string,
      request: p.string,
      originalRequest: maybe.string,
      authorized: maybe.string,
      rationale: p.string,
      decisionDate: maybe.date,
      decisionMonth: maybe.string,
      serviceName: p.string,
      /** Copied from the service: see SCOPE_RULES. */
      category: maybe.string,
      subcategory: maybe.string,
      bodyRegions: p.strings,
      laterality: maybe.string,
      spinalLevels: p.strings,
      sessions: maybe.number,
      perWeek: maybe.number,
      weeks: maybe.number,
      quantity: maybe.number,
      strength: maybe.string,
      retrospective: p.boolean,
      dateOfService: maybe.date,
      urCitedNoEvidence: p.boolean,
      reviewerCitedNoEvidence: p.boolean,
      /** The item header's offsets in the letter's cleaned text (`parse --with-text`). */
      requestStart: maybe.integer,
      requestEnd: maybe.integer,
    },
    false,
  ),
  Service: node(
    'name',
    { name: p.string, category: maybe.string, subcategory: maybe.string, drug: maybe.string },
    true,
  ),
  /** A category (key = its name) or a subcategory (key = `category/subcategory`). */
  ServiceCategory: node('key', { key: p.string, name: p.string, level: p.string }, true),
  /**
   * One section of a guideline document (key = `source|document|section`). `edition` is in the
   * contract, but the loader writes editions on the citation edges: on a loaded graph it is null.
   */
  Guideline: node(
    'key',
    {
      key: p.string,
      source: p.string,
      document: p.string,
      section: maybe.string,
      edition: maybe.string,
    },
    true,
  ),
  GuidelineDocument: node('key', { key: p.string, source: p.string, name: p.string }, true),
  /** An anonymous reviewer profile (key = sorted specialties `|` sorted states). */
  Reviewer: node('key', { key: p.string, specialties: p.strings, licensedStates: p.strings }, true),
  Specialty: node('name', named, true),
  State: node('name', named, true),
  Diagnosis: node('name', named, true),
  BodyRegion: node('name', named, true),
  /** A reason code of ../shared/spec/reasons.md (loaders/vocab/reasons.ts): why decisions went their way. */
  Reason: node(
    'code',
    { code: p.string, label: p.string, definition: p.string, supports: p.string },
    true,
  ),
  /** A data migration this database has had (src/graph/migrate.ts). */
  Migration: node('name', named, false),
} as const satisfies Record<string, NodeSpec>;

export type Label = keyof typeof NODES;
export type NodeSpecOf<L extends Label> = (typeof NODES)[L];
export type PropertyName<L extends Label> = keyof NodeSpecOf<L>['properties'] & string;

export const LABELS = Object.keys(NODES) as Label[];

/** Labels of the shared nodes, in table order. */
export const SHARED_LABELS = LABELS.filter((label) => NODES[label].shared);

const citation = {
  pages: maybe.string,
  edition: maybe.string,
  text: p.string,
  /** The citation's offsets in the letter's cleaned text (`parse --with-text`). */
  start: maybe.integer,
  end: maybe.integer,
  /** Copied from the citing decision: see SCOPE_RULES. */
  outcome: p.string,
  category: maybe.string,
  subcategory: maybe.string,
};

/** A ground the reviewer states: its clause of the rationale (`rationale.slice(start, end)`). */
const ground = {
  text: p.string,
  start: p.integer,
  end: p.integer,
  /** Copied from the decision: see SCOPE_RULES. */
  outcome: p.string,
  category: maybe.string,
  subcategory: maybe.string,
};

interface RelationshipSpec {
  from: Label;
  to: Label;
  properties: Properties;
}

const rel = <F extends Label, T extends Label, P extends Properties = Record<never, never>>(
  from: F,
  to: T,
  properties: P = {} as P,
) => ({ from, to, properties });

/** Relationship types, direction as written: (from)-[:TYPE]->(to). */
export const RELATIONSHIPS = {
  HAS_DECISION: rel('Case', 'Decision'),
  REVIEWED_BY: rel('Case', 'Reviewer'),
  HAS_DIAGNOSIS: rel('Case', 'Diagnosis'),
  FOR_SERVICE: rel('Decision', 'Service'),
  CONCERNS: rel('Decision', 'BodyRegion'),
  UR_CITED: rel('Decision', 'Guideline', citation),
  REVIEWER_CITED: rel('Decision', 'Guideline', citation),
  DEPENDS_ON: rel('Decision', 'Decision'),
  GROUNDED_ON: rel('Decision', 'Reason', ground),
  IN_CATEGORY: rel('Service', 'ServiceCategory'),
  SUBCATEGORY_OF: rel('ServiceCategory', 'ServiceCategory'),
  SECTION_OF: rel('Guideline', 'GuidelineDocument'),
  CERTIFIED_IN: rel('Reviewer', 'Specialty'),
  LICENSED_IN: rel('Reviewer', 'State'),
} as const satisfies Record<string, RelationshipSpec>;

export type RelationshipType = keyof typeof RELATIONSHIPS;

export const RELATIONSHIP_TYPES = Object.keys(RELATIONSHIPS) as RelationshipType[];

/** Each relationship type by name (`REL.HAS_DECISION`), for Cypher assembled in code. */
export const REL = Object.fromEntries(RELATIONSHIP_TYPES.map((type) => [type, type])) as {
  readonly [T in RelationshipType]: T;
};

/** Both parties' citations, as a relationship-type alternation. */
export const CITED = `${REL.UR_CITED}|${REL.REVIEWER_CITED}`;

/**
 * Properties copied from one end of an edge onto the other, so that "which guidelines lead to
 * overturns in Chiropractic" reads only index entries (the composite indexes of
 * schema/constraints.cypher). The loader writes them, migrate backfills them on an older graph,
 * and the db check verifies (and repairs) them.
 */
export const SCOPE_RULES = {
  /** A decision carries its service's category and subcategory (over FOR_SERVICE). */
  decision: {
    from: 'Service',
    via: 'FOR_SERVICE',
    onto: 'Decision',
    properties: ['category', 'subcategory'],
  },
  /** A citation edge carries its decision's outcome, category and subcategory. */
  citation: {
    from: 'Decision',
    onto: ['UR_CITED', 'REVIEWER_CITED'],
    properties: ['outcome', 'category', 'subcategory'],
  },
  /** A GROUNDED_ON edge carries its decision's outcome, category and subcategory. */
  ground: {
    from: 'Decision',
    onto: ['GROUNDED_ON'],
    properties: ['outcome', 'category', 'subcategory'],
  },
} as const satisfies {
  decision: {
    from: Label;
    via: RelationshipType;
    onto: Label;
    properties: readonly (PropertyName<'Service'> & PropertyName<'Decision'>)[];
  };
  citation: {
    from: Label;
    onto: readonly RelationshipType[];
    properties: readonly (PropertyName<'Decision'> & keyof typeof citation)[];
  };
  ground: {
    from: Label;
    onto: readonly RelationshipType[];
    properties: readonly (PropertyName<'Decision'> & keyof typeof ground)[];
  };
};

/**
 * Counts kept on shared nodes: for each relationship type from decisions to a shared node,
 * the property of the shared node that holds how many of those relationships come from
 * overturned decisions. The rest come from upheld ones (a decision is one or the other) and
 * the total is the node's degree along the type, which Neo4j keeps itself; so graph() captions
 * a hub's group ("71204 Decisions · 20113 overturned") without reading its decisions. The
 * loader and every deletion change them in the transaction that writes or deletes the edges
 * (write/outcome-counts.ts), migrate backfills them, the db check verifies and repairs them.
 * A count of 0 is not stored (unset reads as 0).
 */
export const OVERTURNED_COUNTS = {
  FOR_SERVICE: 'forServiceOverturned',
  CONCERNS: 'concernsOverturned',
  UR_CITED: 'urCitedOverturned',
  REVIEWER_CITED: 'reviewerCitedOverturned',
  GROUNDED_ON: 'groundedOnOverturned',
} as const satisfies Partial<Record<RelationshipType, string>>;

export type CountedRelationshipType = keyof typeof OVERTURNED_COUNTS;

export const COUNTED_TYPES = Object.keys(OVERTURNED_COUNTS) as CountedRelationshipType[];

export type CitationScopeProperty = (typeof SCOPE_RULES.citation.properties)[number];

/** The properties of a node or relationship spec, typed as the graph layer hands them out. */
type KindType<K extends PropertyKind> = K extends 'string' | 'date'
  ? string
  : K extends 'integer' | 'number'
    ? number
    : K extends 'boolean'
      ? boolean
      : string[];

export type ValueOf<S extends PropertySpec> =
  S extends PropertySpec<infer K, infer N>
    ? N extends true
      ? KindType<K> | null
      : KindType<K>
    : never;

export type PropertiesOf<P extends Properties> = { -readonly [K in keyof P]: ValueOf<P[K]> };

/** A node's properties as stored (dates as ISO strings; the writer makes them Neo4j dates). */
export type NodeProperties<L extends Label> = PropertiesOf<NodeSpecOf<L>['properties']>;

export type RelationshipProperties<T extends RelationshipType> = PropertiesOf<
  (typeof RELATIONSHIPS)[T]['properties']
>;

/** The properties of a label that hold dates. */
export function dateProperties<L extends Label>(label: L): PropertyName<L>[] {
  const properties: Properties = NODES[label].properties;
  return Object.keys(properties).filter(
    (name) => properties[name].kind === 'date',
  ) as PropertyName<L>[];
}

/**
 * The relationship types from `label` to shared nodes, as a Cypher alternation
 * (`FOR_SERVICE|CONCERNS|…`): the edges whose targets a deletion must consider for clean-up.
 */
export function edgesToShared(label: Label): string {
  return RELATIONSHIP_TYPES.filter(
    (type) => RELATIONSHIPS[type].from === label && NODES[RELATIONSHIPS[type].to].shared,
  ).join('|');
}
