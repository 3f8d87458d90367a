import {
  RELATIONSHIPS,
  type RelationshipType as ModelRelationshipType,
} from '../../graph/model/graph-model';
import { NODE_KEY_PROPERTY, type NodeLabel } from './node-ref';

/**
 * graph() groups a node's neighbours by relationship type and direction (a "bucket"): each
 * type implies the label at its far end (the model's `from`/`to`), so a bucket is "the node's
 * neighbours of one label, reached one way", and its size is a degree count Neo4j answers
 * without reading the neighbours. The types come in this order, which decides the order of the
 * buckets and so which kinds get places first when the limit cuts.
 */
export const RELATIONSHIP_TYPES = [
  'HAS_DECISION',
  'FOR_SERVICE',
  'REVIEWER_CITED',
  'UR_CITED',
  'DEPENDS_ON',
  'CONCERNS',
  'GROUNDED_ON',
  'HAS_DIAGNOSIS',
  'REVIEWED_BY',
  'CERTIFIED_IN',
  'LICENSED_IN',
  'SECTION_OF',
  'IN_CATEGORY',
  'SUBCATEGORY_OF',
] as const satisfies readonly ModelRelationshipType[];

export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export function isRelationshipType(value: string): value is RelationshipType {
  return (RELATIONSHIP_TYPES as readonly string[]).includes(value);
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
export const farLabel = (b: Bucket): NodeLabel => {
  const { from, to } = RELATIONSHIPS[b.type];
  return b.out ? to : from;
};

/** The label of the node a bucket belongs to (the near end). */
export const nearLabel = (b: Bucket): NodeLabel => {
  const { from, to } = RELATIONSHIPS[b.type];
  return b.out ? from : to;
};

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
