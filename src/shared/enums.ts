import { registerEnumType } from 'type-graphql';

/** The contract's enums (graph-and-api.md); values are the graph's own property values. */
export enum Outcome {
  UPHELD = 'UPHELD',
  OVERTURNED = 'OVERTURNED',
}

export enum CaseOutcome {
  UPHELD = 'UPHELD',
  OVERTURNED = 'OVERTURNED',
  PARTIALLY_OVERTURNED = 'PARTIALLY_OVERTURNED',
}

export enum CitedBy {
  REVIEWER = 'REVIEWER',
  CLAIMS_ADMINISTRATOR = 'CLAIMS_ADMINISTRATOR',
}

export enum GuidelineSource {
  MTUS = 'MTUS',
  NON_MTUS = 'NON_MTUS',
}

export enum Dimension {
  CATEGORY = 'CATEGORY',
  SUBCATEGORY = 'SUBCATEGORY',
  SERVICE = 'SERVICE',
  GUIDELINE_DOCUMENT = 'GUIDELINE_DOCUMENT',
  GUIDELINE = 'GUIDELINE',
  SPECIALTY = 'SPECIALTY',
  LICENSED_STATE = 'LICENSED_STATE',
  BODY_REGION = 'BODY_REGION',
  DECISION_MONTH = 'DECISION_MONTH',
}

registerEnumType(Outcome, {
  name: 'Outcome',
  description: 'UPHELD: the denial stands. OVERTURNED: medically necessary.',
});
registerEnumType(CaseOutcome, {
  name: 'CaseOutcome',
  description: 'Case level, as the DWC reports it.',
});
registerEnumType(CitedBy, { name: 'CitedBy', description: 'Which party cited a guideline.' });
registerEnumType(GuidelineSource, { name: 'GuidelineSource' });
registerEnumType(Dimension, { name: 'Dimension', description: 'What outcomeBreakdown groups by.' });
