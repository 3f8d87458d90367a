import { NODE_KEY_PROPERTY, type NodeLabel } from './node-ref';

/**
 * The relationship types of the graph with the labels at their two ends (start → end), as
 * src/graph/write creates them. graph() groups a node's neighbours by relationship type and
 * direction (a "bucket"): each type implies the label at its far end, so a bucket is "the
 * node's neighbours of one label, reached one way", and its size is a degree count Neo4j
 * answers without reading the neighbours.
 */
export const RELATIONSHIP_ENDS = {
  HAS_DECISION: ['Case', 'Decision'],
  FOR_SERVICE: ['Decision', 'Service'],
  REVIEWER_CITED: ['Decision', 'Guideline'],
  UR_CITED: ['Decision', 'Guideline'],
  DEPENDS_ON: ['Decision', 'Decision'],
  CONCERNS: ['Decision', 'BodyRegion'],
  GROUNDED_ON: ['Decision', 'Reason'],
  HAS_DIAGNOSIS: ['Case', 'Diagnosis'],
  REVIEWED_BY: ['Case', 'Reviewer'],
  CERTIFIED_IN: ['Reviewer', 'Specialty'],
  LICENSED_IN: ['Reviewer', 'State'],
  SECTION_OF: ['Guideline', 'GuidelineDocument'],
  IN_CATEGORY: ['Service', 'ServiceCategory'],
  SUBCATEGORY_OF: ['ServiceCategory', 'ServiceCategory'],
} as const satisfies Record<string, readonly [NodeLabel, NodeLabel]>;

export type RelationshipType = keyof typeof RELATIONSHIP_ENDS;

export const RELATIONSHIP_TYPES = Object.keys(RELATIONSHIP_ENDS) as RelationshipType[];

export function isRelationshipType(value: string): value is RelationshipType {
  return Object.prototype.hasOwnProperty.call(RELATIONSHIP_ENDS, value);
}

/** One way from a node: along a type, outgoing (the node is the start) or incoming. */
export interface Bucket {
  type: RelationshipType;
  out: boolean;
}

/** Every bucket, in a fixed order: each type outgoing, then incoming. */
export const BUCKETS: readonly Bucket[] = RELATIONSHIP_TYPES.flatMap((type) => [
  { type, out: true },
  { type, out: false },
]);

/** A short name for a bucket: `HAS_DECISION>` (outgoing) or `<HAS_DECISION` (incoming). */
export const bucketName = (b: Bucket): string => (b.out ? `${b.type}>` : `<${b.type}`);

/** The label of the nodes at the far end of a bucket. */
export const farLabel = (b: Bucket): NodeLabel => RELATIONSHIP_ENDS[b.type][b.out ? 1 : 0];

/** The key property of the far end's label: the members' order tie-break. */
export const farKeyProperty = (b: Bucket): string => NODE_KEY_PROPERTY[farLabel(b)];

const PLURALS: Record<NodeLabel, string> = {
  Case: 'Cases',
  Decision: 'Decisions',
  Service: 'Services',
  ServiceCategory: 'Service categories',
  Guideline: 'Guidelines',
  GuidelineDocument: 'Guideline documents',
  Reviewer: 'Reviewers',
  Specialty: 'Specialties',
  State: 'States',
  Diagnosis: 'Diagnoses',
  BodyRegion: 'Body regions',
  Reason: 'Reasons',
};

const SINGULARS: Record<NodeLabel, string> = {
  Case: 'Case',
  Decision: 'Decision',
  Service: 'Service',
  ServiceCategory: 'Service category',
  Guideline: 'Guideline',
  GuidelineDocument: 'Guideline document',
  Reviewer: 'Reviewer',
  Specialty: 'Specialty',
  State: 'State',
  Diagnosis: 'Diagnosis',
  BodyRegion: 'Body region',
  Reason: 'Reason',
};

/** "197 Decisions · 49 overturned", "1 Guideline", "12 Body regions". */
export function groupCaption(
  label: NodeLabel,
  count: number,
  outcomes: { overturned: number } | null,
): string {
  const what = `${count} ${count === 1 ? SINGULARS[label] : PLURALS[label]}`;
  return outcomes === null ? what : `${what} · ${outcomes.overturned} overturned`;
}
