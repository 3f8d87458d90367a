/** Rows for `UNWIND … MERGE`: one array per node or relationship kind, plain values only. */
export interface CaseRow {
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
  reviewerKey: string;
  diagnoses: string[];
}

export interface DecisionRow {
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

export interface CitationRow {
  decisionId: string;
  guidelineKey: string;
  party: 'UR' | 'REVIEWER';
  pages: string | null;
  edition: string | null;
  text: string;
}

export interface ReviewerRow {
  key: string;
  specialties: string[];
  licensedStates: string[];
}

export interface DependencyRow {
  from: string;
  to: string;
}

export interface GraphBatch {
  cases: CaseRow[];
  decisions: DecisionRow[];
  services: ServiceRow[];
  categories: CategoryRow[];
  guidelines: GuidelineRow[];
  documents: { key: string; source: string; name: string }[];
  citations: CitationRow[];
  reviewers: ReviewerRow[];
  dependencies: DependencyRow[];
}
