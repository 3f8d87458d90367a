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
  REASON = 'REASON',
}

registerEnumType(Outcome, {
  name: 'Outcome',
  description:
    "The IMR outcome of one disputed item. The claims administrator's utilization review (UR) " +
    'had denied or modified the request; the IMR reviewer either upholds that or overturns it.',
  valuesConfig: {
    UPHELD: {
      description:
        'The denial stands: the item was found not medically necessary, and the worker does not ' +
        'get it (at least not through this request).',
    },
    OVERTURNED: {
      description:
        'The denial is reversed: the item was found medically necessary, and the claims ' +
        'administrator must authorise it.',
    },
  },
});
registerEnumType(CaseOutcome, {
  name: 'CaseOutcome',
  description: "The outcome of a whole letter, as the DWC reports it, from its items' outcomes.",
  valuesConfig: {
    UPHELD: { description: 'Every disputed item of the letter was upheld (denials stand).' },
    OVERTURNED: {
      description:
        'Every disputed item was overturned (the claims administrator must authorise all).',
    },
    PARTIALLY_OVERTURNED: {
      description: 'Some items were upheld and some overturned.',
    },
  },
});
registerEnumType(CitedBy, {
  name: 'CitedBy',
  description:
    'Which party cited a guideline for a decision. Each letter gives, per disputed item, the ' +
    'guidelines UR relied on to deny it and those the IMR reviewer relied on to decide it.',
  valuesConfig: {
    REVIEWER: {
      description:
        'The IMR expert reviewer (the letter\'s "MAXIMUS guideline" line): the independent ' +
        'physician or other licensed clinician who decided the item.',
    },
    CLAIMS_ADMINISTRATOR: {
      description:
        "The claims administrator's utilization review, UR (the letter's \"Claims Administrator " +
        'guideline" line): the insurer, self-insured employer or claims adjusting agency whose ' +
        'review denied or modified the request.',
    },
  },
});
registerEnumType(GuidelineSource, {
  name: 'GuidelineSource',
  description:
    "Whether a guideline is part of California's Medical Treatment Utilization Schedule (MTUS), " +
    "the guidelines that bind workers' compensation treatment decisions, or outside it.",
  valuesConfig: {
    MTUS: {
      description:
        'Part of the MTUS: e.g. the Chronic Pain Medical Treatment Guidelines, or an ACOEM ' +
        'chapter such as Low Back Complaints.',
    },
    NON_MTUS: {
      description:
        'Outside the MTUS, used where the MTUS is silent: e.g. the Official Disability ' +
        'Guidelines (ODG), ACOEM 3rd edition, UpToDate, a journal article.',
    },
  },
});
registerEnumType(Dimension, {
  name: 'Dimension',
  description:
    'What outcomeBreakdown groups decisions by. Each bucket key is a value usable in the ' +
    'matching DecisionFilter field.',
  valuesConfig: {
    CATEGORY: {
      description:
        "The service's DWC category, e.g. Pharmaceuticals, Rehabilitation. One per decision.",
    },
    SUBCATEGORY: {
      description:
        "The service's DWC subcategory, e.g. Chiropractic, Opioids (a drug class). One per " +
        'decision.',
    },
    SERVICE: { description: 'The canonical service, e.g. MRI, Tramadol. One per decision.' },
    GUIDELINE_DOCUMENT: {
      description:
        'A guideline document cited by the party of citedBy, e.g. Official Disability ' +
        'Guidelines. A decision citing several counts under each.',
    },
    GUIDELINE: {
      description:
        'A guideline section cited by the party of citedBy; the key is the guideline key ' +
        '(source|document|section). A decision citing several counts under each.',
    },
    SPECIALTY: {
      description:
        "A board specialty of the decision's reviewer, e.g. Orthopedic Surgery. A reviewer " +
        'with two specialties counts under both.',
    },
    LICENSED_STATE: {
      description:
        "A state the decision's reviewer is licensed in, e.g. California. Counts under each state.",
    },
    BODY_REGION: {
      description:
        'A body region the request names, e.g. lumbar spine, knee. Counts under each region.',
    },
    DECISION_MONTH: {
      description:
        'The month of the decision date, key yyyy-mm (e.g. 2016-12), in calendar order. One per ' +
        'decision.',
    },
    REASON: {
      description:
        'A reason code the decision is grounded on (Decision.reasons), e.g. ' +
        'NO_FUNCTIONAL_IMPROVEMENT. A decision with several grounds counts under each.',
    },
  },
});
