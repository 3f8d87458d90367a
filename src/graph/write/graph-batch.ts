/**
 * What one write transaction puts in the graph: the letters' own nodes (a case with its
 * decisions and their citations, nested as they are owned) and the shared nodes they point at
 * (services, guidelines, reviewers ...), each shared node once per batch. Plain values only;
 * shared nodes are referred to by their keys.
 */
import type { NodeProperties, RelationshipProperties } from '../model/graph-model';

/** Case node properties, as stored (dates as ISO strings; the writer makes them Neo4j dates). */
export type CaseProperties = NodeProperties<'Case'>;

export interface CaseRow {
  properties: CaseProperties;
  /** Reviewer key: (Case)-[:REVIEWED_BY]->(Reviewer). */
  reviewer: string;
  /** Folded diagnosis names: (Case)-[:HAS_DIAGNOSIS]->(Diagnosis). */
  diagnoses: string[];
  decisions: DecisionRow[];
}

/**
 * Decision node properties. `category` and `subcategory` are the service's, copied onto the
 * decision (and its citations): SCOPE_RULES in the model.
 */
export type DecisionProperties = NodeProperties<'Decision'>;

export interface DecisionRow {
  properties: DecisionProperties;
  /** Service name: (Decision)-[:FOR_SERVICE]->(Service). */
  service: string;
  /** Body region names: (Decision)-[:CONCERNS]->(BodyRegion). */
  bodyRegions: string[];
  /** (Decision)-[:UR_CITED|REVIEWER_CITED]->(Guideline), at most one per party and guideline. */
  citations: CitationRow[];
  /** (Decision)-[:GROUNDED_ON]->(Reason), one per code, in text order. */
  reasons: GroundRow[];
  /** Ordinal of another decision of the same case: (Decision)-[:DEPENDS_ON]->(Decision). */
  dependsOn: number | null;
}

/** The citation's own properties; the decision's scope is added by the writer. */
export type CitationRow = Pick<
  RelationshipProperties<'UR_CITED'>,
  'pages' | 'edition' | 'text' | 'start' | 'end'
> & {
  guideline: string;
  party: 'UR' | 'REVIEWER';
};

/** The ground's own properties (its clause of the rationale); the writer adds the scope. */
export type GroundRow = Pick<RelationshipProperties<'GROUNDED_ON'>, 'text' | 'start' | 'end'> & {
  reason: string;
};

export type ReasonRow = NodeProperties<'Reason'>;

/** With the keys of its category and subcategory: (Service)-[:IN_CATEGORY]->(ServiceCategory). */
export type ServiceRow = NodeProperties<'Service'> & {
  categoryKey: string | null;
  subcategoryKey: string | null;
};

/** With its parent's key: (ServiceCategory)-[:SUBCATEGORY_OF]->(ServiceCategory). */
export type CategoryRow = NodeProperties<'ServiceCategory'> & {
  level: 'category' | 'subcategory';
  parentKey: string | null;
};

/** Without `edition` (see the model); with its document: (Guideline)-[:SECTION_OF]->(…). */
export type GuidelineRow = Omit<NodeProperties<'Guideline'>, 'edition'> & { documentKey: string };

export type DocumentRow = NodeProperties<'GuidelineDocument'>;

export type ReviewerRow = NodeProperties<'Reviewer'>;

export interface GraphBatch {
  cases: CaseRow[];
  /** Parents before their subcategories. */
  categories: CategoryRow[];
  services: ServiceRow[];
  documents: DocumentRow[];
  guidelines: GuidelineRow[];
  reviewers: ReviewerRow[];
  diagnoses: string[];
  bodyRegions: string[];
  reasons: ReasonRow[];
}
