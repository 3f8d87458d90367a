/**
 * What one write transaction puts in the graph: the letters' own nodes (a case with its
 * decisions and their citations, nested as they are owned) and the shared nodes they point at
 * (services, guidelines, reviewers ...), each shared node once per batch. Plain values only;
 * shared nodes are referred to by their keys.
 */

/** Case node properties, as stored (dates as ISO strings; the writer makes them Neo4j dates). */
export interface CaseProperties {
  caseNumber: string;
  sha256: string;
  sourceFile: string;
  layout: string;
  format: string;
  outcome: string;
  priority: string | null;
  dateAssigned: string | null;
  decisionDate: string | null;
  injuryDate: string | null;
  urDenialDate: string | null;
  applicationReceived: string | null;
  patientAge: number | null;
  patientSex: string | null;
  summary: string | null;
  priorTreatments: string[];
  decisionCount: number;
  overturnedCount: number;
  warningCount: number;
}

export interface CaseRow {
  properties: CaseProperties;
  /** Reviewer key: (Case)-[:REVIEWED_BY]->(Reviewer). */
  reviewer: string;
  /** Folded diagnosis names: (Case)-[:HAS_DIAGNOSIS]->(Diagnosis). */
  diagnoses: string[];
  decisions: DecisionRow[];
}

export interface DecisionProperties {
  id: string;
  caseNumber: string;
  ordinal: number;
  outcome: string;
  request: string;
  originalRequest: string | null;
  authorized: string | null;
  rationale: string;
  decisionDate: string | null;
  decisionMonth: string | null;
  serviceName: string;
  /**
   * The service's category and subcategory, copied onto the decision (and its citations) so
   * that the API's commonest scopes are index seeks that also yield the outcome: see the
   * composite indexes in schema/constraints.cypher.
   */
  category: string | null;
  subcategory: string | null;
  bodyRegions: string[];
  laterality: string | null;
  spinalLevels: string[];
  sessions: number | null;
  perWeek: number | null;
  weeks: number | null;
  quantity: number | null;
  strength: string | null;
  retrospective: boolean;
  dateOfService: string | null;
  urCitedNoEvidence: boolean;
  reviewerCitedNoEvidence: boolean;
}

export interface DecisionRow {
  properties: DecisionProperties;
  /** Service name: (Decision)-[:FOR_SERVICE]->(Service). */
  service: string;
  /** Body region names: (Decision)-[:CONCERNS]->(BodyRegion). */
  bodyRegions: string[];
  /** (Decision)-[:UR_CITED|REVIEWER_CITED]->(Guideline), at most one per party and guideline. */
  citations: CitationRow[];
  /** Ordinal of another decision of the same case: (Decision)-[:DEPENDS_ON]->(Decision). */
  dependsOn: number | null;
}

export interface CitationRow {
  guideline: string;
  party: 'UR' | 'REVIEWER';
  pages: string | null;
  edition: string | null;
  text: string;
}

export interface ServiceRow {
  name: string;
  category: string | null;
  subcategory: string | null;
  drug: string | null;
  categoryKey: string | null;
  subcategoryKey: string | null;
}

export interface CategoryRow {
  key: string;
  name: string;
  level: 'category' | 'subcategory';
  parentKey: string | null;
}

export interface GuidelineRow {
  key: string;
  source: string;
  document: string;
  section: string | null;
  documentKey: string;
}

export interface DocumentRow {
  key: string;
  source: string;
  name: string;
}

export interface ReviewerRow {
  key: string;
  specialties: string[];
  licensedStates: string[];
}

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
}
