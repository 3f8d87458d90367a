/**
 * The parse output contract (../shared/spec/determination.md). Field names are fixed;
 * unknown values are null (or [] for lists), never guessed.
 */

export type Outcome = 'UPHELD' | 'OVERTURNED';
export type CaseOutcome = Outcome | 'PARTIALLY_OVERTURNED';
export type Priority = 'Standard' | 'Expedited';
export type Sex = 'male' | 'female';
export type Layout = '2014' | '2016';
export type GuidelineSource = 'MTUS' | 'NON_MTUS';

export interface SourceInfo {
  file: string;
  sha256: string;
  layout: Layout;
  /** 'pdf' or 'text': how the letter reached the parser. */
  format: 'pdf' | 'text';
}

export interface CaseDates {
  assigned: string | null;
  decision: string | null;
  injury: string | null;
  urDenial: string | null;
  applicationReceived: string | null;
}

export interface ReviewerProfile {
  licensedStates: string[];
  specialties: string[];
}

export interface Patient {
  age: number | null;
  sex: Sex | null;
}

export interface CanonicalService {
  /** Canonical service name, one graph node per name. */
  name: string;
  category: string | null;
  subcategory: string | null;
  /** Generic drug name for Pharmaceuticals, else null. */
  drug: string | null;
}

export interface RequestDetails {
  bodyRegions: string[];
  laterality: 'left' | 'right' | 'bilateral' | null;
  spinalLevels: string[];
  sessions: number | null;
  perWeek: number | null;
  weeks: number | null;
  quantity: number | null;
  strength: string | null;
  retrospective: boolean;
  /** ISO date of service for retrospective requests. */
  dateOfService: string | null;
}

export interface GuidelineCitation {
  source: GuidelineSource;
  /** Canonical document name (taxonomy.md), 'Other' for unrecognised non-MTUS material. */
  document: string;
  edition: string | null;
  sections: string[];
  pages: string | null;
  /** The citation as written. */
  text: string;
  /**
   * Where the citation was read: offsets into the letter's cleaned text (`parse --with-text`).
   * Set by the letter parser; absent on citations parsed from a paragraph alone.
   */
  span?: Span;
}

/**
 * `text.slice(start, end)` of the cleaned letter text (cleanLines joined by line breaks) is what
 * was read; read with its line breaks as the parser joins lines, it is the field's text.
 */
export interface Span {
  start: number;
  end: number;
}

export interface PartyCitations {
  /** True when the party said it cited no medical evidence (or did not base its decision on the MTUS). */
  citedNoEvidence: boolean;
  citations: GuidelineCitation[];
}

export interface Decision {
  ordinal: number;
  request: string;
  originalRequest: string | null;
  authorized: string | null;
  outcome: Outcome;
  service: CanonicalService;
  details: RequestDetails;
  claimsAdministrator: PartyCitations;
  reviewer: PartyCitations;
  rationale: string;
  dependsOn: number | null;
  /** The grounds the reviewer states in the rationale (reasons.md), one per code, in text order. */
  reasons: DecisionReason[];
  /** Where the rationale sets a requested count against the guideline's, in the same unit. */
  quantityRequested: number | null;
  quantityRecommended: number | null;
  /** Where the item's header (the request line, through its outcome) stands in the cleaned text. */
  requestSpan?: Span;
}

/** reasons.md: why a decision went its way. */
export type ReasonCode =
  | 'NO_FUNCTIONAL_IMPROVEMENT'
  | 'EXCEEDS_GUIDELINE_LIMIT'
  | 'NOT_RECOMMENDED'
  | 'NO_FAILED_CONSERVATIVE_CARE'
  | 'NO_FAILED_FIRST_LINE'
  | 'NO_NEURO_FINDINGS'
  | 'NO_RED_FLAGS'
  | 'NO_SURGICAL_PLAN'
  | 'INDICATION_NOT_DOCUMENTED'
  | 'NO_CLEAR_RATIONALE'
  | 'REQUEST_INCOMPLETE'
  | 'NO_SAFETY_MONITORING'
  | 'DUPLICATIVE'
  | 'HOME_PROGRAM_SUFFICIENT'
  | 'LINKED_REQUEST'
  | 'CRITERIA_MET'
  | 'FUNCTIONAL_IMPROVEMENT_DOCUMENTED'
  | 'WITHIN_GUIDELINE_LIMIT'
  | 'CONSERVATIVE_CARE_FAILED'
  | 'OTHER_UNCLEAR';

/** The outcome a reason supports: one of them, or either. */
export type ReasonSupports = Outcome | 'EITHER';

/** One ground: its code and the clause it was read from (`rationale.slice(start, end) === text`). */
export interface DecisionReason {
  code: ReasonCode;
  text: string;
  start: number;
  end: number;
}

export interface Determination {
  source: SourceInfo;
  caseNumber: string | null;
  priority: Priority | null;
  dates: CaseDates;
  outcome: CaseOutcome;
  reviewer: ReviewerProfile;
  patient: Patient;
  diagnoses: string[];
  priorTreatments: string[];
  summary: string | null;
  decisions: Decision[];
  warnings: string[];
}

export type ParseErrorCode =
  'UNREADABLE' | 'NOT_A_DETERMINATION' | 'UNSUPPORTED_LAYOUT' | 'NO_DECISIONS' | 'TOO_LARGE';

export interface ParseFailure {
  source: { file: string; sha256?: string };
  error: { code: ParseErrorCode; message: string };
}

/** A parse error with a stable code; the message names the file and the problem. */
export class LetterError extends Error {
  constructor(
    readonly code: ParseErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'LetterError';
  }
}

/**
 * Case numbers of synthetic letters (the project's generator) open with this; published
 * letters are CMyy-nnnnnnn. Analytics filter on it (`synthetic`) so that research answers can
 * leave made-up letters out.
 */
export const SYNTHETIC_CASE_PREFIX = 'SYN-';

/** True for a case number the synthetic generator gives. */
export function isSyntheticCaseNumber(caseNumber: string): boolean {
  return caseNumber.startsWith(SYNTHETIC_CASE_PREFIX);
}
