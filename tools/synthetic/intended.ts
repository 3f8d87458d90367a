/**
 * What a synthetic letter states, in the vocabulary of the parse contract (../determination.ts):
 * the facts a correct parser must recover from the letter's text. A subset of `Determination`:
 * no source, summary, rationales or warnings; citations without their text and pages.
 */
import type {
  CanonicalService,
  Decision,
  Determination,
  ReasonCode,
} from '../../loaders/determination';
import type { IntendedCitation, IntendedParty } from './citations';

export type { IntendedCitation, IntendedParty };

export interface IntendedDecision extends Pick<
  Decision,
  'ordinal' | 'request' | 'originalRequest' | 'authorized' | 'outcome' | 'details' | 'dependsOn'
> {
  service: CanonicalService;
  claimsAdministrator: IntendedParty;
  reviewer: IntendedParty;
  /** The reason codes the rationale states, sorted (reasons.md). */
  reasons: ReasonCode[];
}

export interface IntendedFacts extends Pick<
  Determination,
  | 'caseNumber'
  | 'priority'
  | 'dates'
  | 'outcome'
  | 'reviewer'
  | 'patient'
  | 'diagnoses'
  | 'priorTreatments'
> {
  decisions: IntendedDecision[];
}
