/**
 * toGraphBatch field by field on a hand-made determination whose every value is distinct, so a
 * property written from the wrong field, a key built wrongly or an edge lost shows here by
 * name. The golden tier checks whole batches of real letters; this checks each property.
 */
import type { Decision, Determination, GuidelineCitation } from '../../loaders/determination';
import {
  caseKey,
  categoryKey,
  decisionId,
  documentKey,
  guidelineKey,
  normaliseDiagnosis,
  reviewerKey,
  subcategoryKey,
  toGraphBatch,
} from '../../src/ingest/to-graph-batch';
import { toCreateCasesParams, toNeo4jDate } from '../../src/graph/write/write-params';
import neo4j from 'neo4j-driver';

const CPMTG = 'Chronic Pain Medical Treatment Guidelines';
const ODG = 'Official Disability Guidelines';

function citation(over: Partial<GuidelineCitation>): GuidelineCitation {
  return {
    source: 'MTUS',
    document: CPMTG,
    edition: null,
    sections: [],
    pages: null,
    text: 'MTUS Chronic Pain',
    ...over,
  };
}

function decision(over: Partial<Decision> = {}): Decision {
  return {
    ordinal: 1,
    request: 'Norco 10/325mg #60',
    originalRequest: 'Norco 10/325 #90',
    authorized: 'Norco #30',
    requestSpan: { start: 120, end: 160 },
    outcome: 'UPHELD',
    service: {
      name: 'Hydrocodone/APAP',
      category: 'Pharmaceuticals',
      subcategory: 'Opioids',
      drug: 'hydrocodone',
    },
    details: {
      bodyRegions: ['lumbar spine', 'knee', 'lumbar spine'],
      laterality: 'left',
      spinalLevels: ['L4-5'],
      sessions: 6,
      perWeek: 2,
      weeks: 3,
      quantity: 60,
      strength: '10/325mg',
      retrospective: true,
      dateOfService: '2016-01-15',
    },
    claimsAdministrator: { citedNoEvidence: true, citations: [] },
    reviewer: { citedNoEvidence: false, citations: [] },
    rationale: 'The guidelines recommend ongoing review.',
    dependsOn: null,
    reasons: [],
    quantityRequested: null,
    quantityRecommended: null,
    ...over,
  };
}

function determination(over: Partial<Determination> = {}): Determination {
  return {
    source: { file: 'CM16-0000001.pdf', sha256: 'abc123', layout: '2016', format: 'pdf' },
    caseNumber: 'CM16-0000001',
    priority: 'Expedited',
    dates: {
      assigned: '2016-02-01',
      decision: '2016-03-05',
      injury: '2010-07-08',
      urDenial: '2016-01-20',
      applicationReceived: '2016-01-28',
    },
    outcome: 'PARTIALLY_OVERTURNED',
    reviewer: {
      licensedStates: ['Texas', 'California'],
      specialties: ['Pain Medicine', 'Anesthesiology'],
    },
    patient: { age: 47, sex: 'female' },
    diagnoses: ['Lumbar Sprain.', 'lumbar  sprain', 'Knee pain', '  '],
    priorTreatments: ['physical therapy', 'NSAIDs'],
    summary: 'A summary.',
    decisions: [
      decision(),
      decision({
        ordinal: 2,
        outcome: 'OVERTURNED',
        request: 'MRI of the knee',
        originalRequest: null,
        authorized: null,
        service: {
          name: 'MRI',
          category: 'Diagnostic Testing',
          subcategory: 'Imaging/Radiology',
          drug: null,
        },
        claimsAdministrator: { citedNoEvidence: false, citations: [] },
        reviewer: { citedNoEvidence: true, citations: [] },
        rationale: 'Indicated.',
        dependsOn: 1,
      }),
    ],
    warnings: ['one', 'two', 'three'],
    ...over,
  };
}

describe('keys', () => {
  test('each key has its documented shape', () => {
    expect(caseKey(determination())).toBe('CM16-0000001');
    expect(caseKey(determination({ caseNumber: null }))).toBe('doc:abc123');
    expect(decisionId('CM16-0000001', 3)).toBe('CM16-0000001#3');
    expect(reviewerKey(['b', 'a'], ['Texas', 'California'])).toBe('a;b|California;Texas');
    expect(documentKey('MTUS', CPMTG)).toBe(`MTUS|${CPMTG}`);
    expect(guidelineKey('MTUS', CPMTG, null)).toBe(`MTUS|${CPMTG}|`);
    expect(guidelineKey('NON_MTUS', ODG, 'Opioids, criteria for use')).toMatch(
      /^NON_MTUS\|Official Disability Guidelines\|\S/,
    );
    expect(categoryKey('Surgery')).toBe('Surgery');
    expect(subcategoryKey('Surgery', 'Spine')).toBe('Surgery/Spine');
  });

  test('diagnoses fold case, inner spaces and trailing punctuation', () => {
    expect(normaliseDiagnosis('  Lumbar   Sprain.;')).toBe('lumbar sprain');
    expect(normaliseDiagnosis('Knee pain, left:')).toBe('knee pain, left');
  });
});

describe('a case row', () => {
  const [row] = toGraphBatch([determination()]).cases;

  test('every case property from its own field', () => {
    expect(row.properties).toEqual({
      caseNumber: 'CM16-0000001',
      sha256: 'abc123',
      sourceFile: 'CM16-0000001.pdf',
      layout: '2016',
      format: 'pdf',
      outcome: 'PARTIALLY_OVERTURNED',
      priority: 'Expedited',
      dateAssigned: '2016-02-01',
      decisionDate: '2016-03-05',
      injuryDate: '2010-07-08',
      urDenialDate: '2016-01-20',
      applicationReceived: '2016-01-28',
      patientAge: 47,
      patientSex: 'female',
      summary: 'A summary.',
      priorTreatments: ['physical therapy', 'NSAIDs'],
      decisionCount: 2,
      overturnedCount: 1,
      warningCount: 3,
    });
  });

  test('reviewer by profile; diagnoses folded, deduplicated, blanks dropped', () => {
    expect(row.reviewer).toBe('Anesthesiology;Pain Medicine|California;Texas');
    expect(row.diagnoses).toEqual(['lumbar sprain', 'knee pain']);
  });

  test('every decision property from its own field', () => {
    expect(row.decisions[0].properties).toEqual({
      id: 'CM16-0000001#1',
      caseNumber: 'CM16-0000001',
      ordinal: 1,
      outcome: 'UPHELD',
      request: 'Norco 10/325mg #60',
      originalRequest: 'Norco 10/325 #90',
      authorized: 'Norco #30',
      rationale: 'The guidelines recommend ongoing review.',
      decisionDate: '2016-03-05',
      decisionMonth: '2016-03',
      serviceName: 'Hydrocodone/APAP',
      category: 'Pharmaceuticals',
      subcategory: 'Opioids',
      bodyRegions: ['lumbar spine', 'knee', 'lumbar spine'],
      laterality: 'left',
      spinalLevels: ['L4-5'],
      sessions: 6,
      perWeek: 2,
      weeks: 3,
      quantity: 60,
      strength: '10/325mg',
      retrospective: true,
      dateOfService: '2016-01-15',
      urCitedNoEvidence: true,
      reviewerCitedNoEvidence: false,
      requestStart: 120,
      requestEnd: 160,
    });
    expect(row.decisions[0].service).toBe('Hydrocodone/APAP');
    expect(row.decisions[0].bodyRegions).toEqual(['lumbar spine', 'knee']);
    expect(row.decisions[0].dependsOn).toBeNull();
    expect(row.decisions[1].properties).toMatchObject({
      id: 'CM16-0000001#2',
      ordinal: 2,
      outcome: 'OVERTURNED',
      urCitedNoEvidence: false,
      reviewerCitedNoEvidence: true,
    });
    expect(row.decisions[1].dependsOn).toBe(1);
  });

  test('overturnedCount counts the overturned decisions', () => {
    const [c] = toGraphBatch([
      determination({
        decisions: [
          decision({ outcome: 'OVERTURNED' }),
          decision({ ordinal: 2, outcome: 'OVERTURNED' }),
          decision({ ordinal: 3, outcome: 'UPHELD' }),
        ],
      }),
    ]).cases;
    expect(c.properties.decisionCount).toBe(3);
    expect(c.properties.overturnedCount).toBe(2);
  });

  test('no decision date: no month either', () => {
    const [undated] = toGraphBatch([
      determination({ dates: { ...determination().dates, decision: null } }),
    ]).cases;
    expect(undated.decisions[0].properties.decisionDate).toBeNull();
    expect(undated.decisions[0].properties.decisionMonth).toBeNull();
  });
});

describe('shared rows', () => {
  const batch = toGraphBatch([determination()]);

  test('categories: each category, then its subcategory under it, once', () => {
    expect(batch.categories).toEqual([
      { key: 'Pharmaceuticals', name: 'Pharmaceuticals', level: 'category', parentKey: null },
      {
        key: 'Pharmaceuticals/Opioids',
        name: 'Opioids',
        level: 'subcategory',
        parentKey: 'Pharmaceuticals',
      },
      { key: 'Diagnostic Testing', name: 'Diagnostic Testing', level: 'category', parentKey: null },
      {
        key: 'Diagnostic Testing/Imaging/Radiology',
        name: 'Imaging/Radiology',
        level: 'subcategory',
        parentKey: 'Diagnostic Testing',
      },
    ]);
  });

  test('services with their category keys and drug', () => {
    expect(batch.services).toEqual([
      {
        name: 'Hydrocodone/APAP',
        category: 'Pharmaceuticals',
        subcategory: 'Opioids',
        drug: 'hydrocodone',
        categoryKey: 'Pharmaceuticals',
        subcategoryKey: 'Pharmaceuticals/Opioids',
      },
      {
        name: 'MRI',
        category: 'Diagnostic Testing',
        subcategory: 'Imaging/Radiology',
        drug: null,
        categoryKey: 'Diagnostic Testing',
        subcategoryKey: 'Diagnostic Testing/Imaging/Radiology',
      },
    ]);
  });

  test('an uncategorised service, and one with a category but no subcategory', () => {
    const b = toGraphBatch([
      determination({
        decisions: [
          decision({ service: { name: 'Widget', category: null, subcategory: null, drug: null } }),
          decision({
            ordinal: 2,
            service: {
              name: 'Medication',
              category: 'Pharmaceuticals',
              subcategory: null,
              drug: null,
            },
          }),
        ],
      }),
    ]);
    expect(b.categories).toEqual([
      { key: 'Pharmaceuticals', name: 'Pharmaceuticals', level: 'category', parentKey: null },
    ]);
    expect(b.services).toEqual([
      {
        name: 'Widget',
        category: null,
        subcategory: null,
        drug: null,
        categoryKey: null,
        subcategoryKey: null,
      },
      {
        name: 'Medication',
        category: 'Pharmaceuticals',
        subcategory: null,
        drug: null,
        categoryKey: 'Pharmaceuticals',
        subcategoryKey: null,
      },
    ]);
  });

  test('reviewers, diagnoses and body regions once each', () => {
    expect(batch.reviewers).toEqual([
      {
        key: 'Anesthesiology;Pain Medicine|California;Texas',
        specialties: ['Anesthesiology', 'Pain Medicine'],
        licensedStates: ['California', 'Texas'],
      },
    ]);
    expect(batch.diagnoses).toEqual(['lumbar sprain', 'knee pain']);
    expect(batch.bodyRegions).toEqual(['lumbar spine', 'knee']);
  });

  test('two letters share their nodes: each appears once, in first-mention order', () => {
    const two = toGraphBatch([
      determination(),
      determination({ caseNumber: 'CM16-0000002', diagnoses: ['Knee pain', 'Neck pain'] }),
    ]);
    expect(two.cases.map((c) => c.properties.caseNumber)).toEqual(['CM16-0000001', 'CM16-0000002']);
    expect(two.reviewers).toHaveLength(1);
    expect(two.services.map((s) => s.name)).toEqual(['Hydrocodone/APAP', 'MRI']);
    expect(two.categories).toHaveLength(4);
    expect(two.diagnoses).toEqual(['lumbar sprain', 'knee pain', 'neck pain']);
  });
});

describe('citation edges', () => {
  test('a party citing one guideline twice is one edge, with the first citation’s text, pages and edition', () => {
    const first = citation({
      text: 'MTUS Chronic Pain, page 78',
      pages: '78',
      edition: '2009',
      sections: ['Opioids'],
      span: { start: 10, end: 36 },
    });
    const second = citation({
      text: 'MTUS Chronic Pain, page 80',
      pages: '80',
      edition: null,
      sections: ['Opioids'],
      span: { start: 40, end: 66 },
    });
    const [row] = toGraphBatch([
      determination({
        decisions: [decision({ reviewer: { citedNoEvidence: false, citations: [first, second] } })],
      }),
    ]).cases;
    expect(row.decisions[0].citations).toEqual([
      {
        guideline: guidelineKey('MTUS', CPMTG, 'Opioids'),
        party: 'REVIEWER',
        pages: '78',
        edition: '2009',
        text: 'MTUS Chronic Pain, page 78',
        start: 10,
        end: 36,
      },
    ]);
  });

  test('both parties citing the same guideline are two edges, UR first', () => {
    const c = citation({ text: 'CPMTG', sections: [] });
    const [row] = toGraphBatch([
      determination({
        decisions: [
          decision({
            claimsAdministrator: { citedNoEvidence: false, citations: [c] },
            reviewer: { citedNoEvidence: false, citations: [{ ...c, text: 'reviewer text' }] },
          }),
        ],
      }),
    ]).cases;
    expect(row.decisions[0].citations).toEqual([
      {
        guideline: `MTUS|${CPMTG}|`,
        party: 'UR',
        pages: null,
        edition: null,
        text: 'CPMTG',
        start: null,
        end: null,
      },
      {
        guideline: `MTUS|${CPMTG}|`,
        party: 'REVIEWER',
        pages: null,
        edition: null,
        text: 'reviewer text',
        start: null,
        end: null,
      },
    ]);
  });

  test('one citation of two sections is two edges and two guidelines under one document', () => {
    const c = citation({
      source: 'NON_MTUS',
      document: ODG,
      sections: ['Knee chapter', 'MRI'],
      text: 'ODG Knee, MRI',
      pages: null,
    });
    const batch = toGraphBatch([
      determination({
        decisions: [decision({ claimsAdministrator: { citedNoEvidence: false, citations: [c] } })],
      }),
    ]);
    const edges = batch.cases[0].decisions[0].citations;
    expect(edges.map((e) => [e.guideline, e.party, e.text])).toEqual([
      [guidelineKey('NON_MTUS', ODG, 'Knee chapter'), 'UR', 'ODG Knee, MRI'],
      [guidelineKey('NON_MTUS', ODG, 'MRI'), 'UR', 'ODG Knee, MRI'],
    ]);
    expect(batch.guidelines).toEqual([
      {
        key: guidelineKey('NON_MTUS', ODG, 'Knee chapter'),
        source: 'NON_MTUS',
        document: ODG,
        section: 'Knee chapter',
        documentKey: `NON_MTUS|${ODG}`,
      },
      {
        key: guidelineKey('NON_MTUS', ODG, 'MRI'),
        source: 'NON_MTUS',
        document: ODG,
        section: 'MRI',
        documentKey: `NON_MTUS|${ODG}`,
      },
    ]);
    expect(batch.documents).toEqual([{ key: `NON_MTUS|${ODG}`, source: 'NON_MTUS', name: ODG }]);
  });

  test('one guideline written two ways is one node, named as first written', () => {
    const first = citation({ sections: ['Opioids, criteria for use'], text: 'a' });
    const second = citation({ sections: ['opioids criteria for use'], text: 'b' });
    expect(guidelineKey('MTUS', CPMTG, first.sections[0])).toBe(
      guidelineKey('MTUS', CPMTG, second.sections[0]),
    );
    const batch = toGraphBatch([
      determination({
        decisions: [
          decision({ reviewer: { citedNoEvidence: false, citations: [first] } }),
          decision({ ordinal: 2, reviewer: { citedNoEvidence: false, citations: [second] } }),
        ],
      }),
    ]);
    expect(batch.guidelines.map((g) => g.section)).toEqual(['Opioids, criteria for use']);
  });

  test('a citation without sections points at the document itself', () => {
    const batch = toGraphBatch([
      determination({
        decisions: [decision({ reviewer: { citedNoEvidence: false, citations: [citation({})] } })],
      }),
    ]);
    expect(batch.guidelines).toEqual([
      {
        key: `MTUS|${CPMTG}|`,
        source: 'MTUS',
        document: CPMTG,
        section: null,
        documentKey: `MTUS|${CPMTG}`,
      },
    ]);
  });
});

describe('write parameters (toCreateCasesParams)', () => {
  const cited = citation({
    text: 'UR text',
    pages: '12',
    edition: '2009',
    sections: ['Opioids'],
    span: { start: 5, end: 12 },
  });
  const reviewed = citation({ text: 'reviewer text', sections: [] });
  const batch = toGraphBatch([
    determination({
      decisions: [
        decision({
          claimsAdministrator: { citedNoEvidence: false, citations: [cited] },
          reviewer: { citedNoEvidence: false, citations: [reviewed] },
        }),
        decision({
          ordinal: 2,
          service: {
            name: 'MRI',
            category: 'Diagnostic Testing',
            subcategory: 'Imaging/Radiology',
            drug: null,
          },
          details: { ...decision().details, bodyRegions: ['knee'], dateOfService: null },
          dependsOn: 1,
        }),
      ],
    }),
  ]);
  const input = toCreateCasesParams(batch, (n) => n === 'CM16-0000001');
  const [params] = input.cases;

  test('shared key lists in batch order; edges as positions in them', () => {
    expect(input.services).toEqual(['Hydrocodone/APAP', 'MRI']);
    expect(input.guidelines).toEqual([guidelineKey('MTUS', CPMTG, 'Opioids'), `MTUS|${CPMTG}|`]);
    expect(input.reviewers).toEqual(['Anesthesiology;Pain Medicine|California;Texas']);
    expect(input.diagnoses).toEqual(['lumbar sprain', 'knee pain']);
    expect(input.bodyRegions).toEqual(['lumbar spine', 'knee']);
    expect(params.isNew).toBe(true);
    expect(params.reviewer).toEqual(neo4j.int(0));
    expect(params.diagnoses).toEqual([neo4j.int(0), neo4j.int(1)]);
    expect(params.decisions.map((d) => d.service)).toEqual([neo4j.int(0), neo4j.int(1)]);
    expect(params.decisions[0].bodyRegions).toEqual([neo4j.int(0), neo4j.int(1)]);
    expect(params.decisions[1].bodyRegions).toEqual([neo4j.int(1)]);
  });

  test('isNew asks the caller, case by case', () => {
    expect(toCreateCasesParams(batch, () => false).cases[0].isNew).toBe(false);
  });

  test('citations split by party, with their edge properties', () => {
    expect(params.decisions[0].urCitations).toEqual([
      {
        guideline: neo4j.int(0),
        properties: {
          pages: '12',
          edition: '2009',
          text: 'UR text',
          start: neo4j.int(5),
          end: neo4j.int(12),
        },
      },
    ]);
    expect(params.decisions[0].reviewerCitations).toEqual([
      {
        guideline: neo4j.int(1),
        properties: { pages: null, edition: null, text: 'reviewer text', start: null, end: null },
      },
    ]);
    expect(params.decisions[1].urCitations).toEqual([]);
  });

  test('each decision carries its scope for the citation edges', () => {
    expect(params.decisions.map((d) => d.scope)).toEqual([
      { outcome: 'UPHELD', category: 'Pharmaceuticals', subcategory: 'Opioids' },
      { outcome: 'UPHELD', category: 'Diagnostic Testing', subcategory: 'Imaging/Radiology' },
    ]);
  });

  test('dependencies between decisions by id', () => {
    expect(params.dependencies).toEqual([{ from: 'CM16-0000001#2', to: 'CM16-0000001#1' }]);
  });

  test('whole numbers as Neo4j integers, dates as Neo4j dates, the rest as they are', () => {
    const p = params.properties;
    expect(p.patientAge).toEqual(neo4j.int(47));
    expect(p.decisionCount).toEqual(neo4j.int(2));
    expect(p.decisionDate).toEqual(new neo4j.types.Date(2016, 3, 5));
    expect(p.dateAssigned).toEqual(new neo4j.types.Date(2016, 2, 1));
    expect(p.injuryDate).toEqual(new neo4j.types.Date(2010, 7, 8));
    expect(p.urDenialDate).toEqual(new neo4j.types.Date(2016, 1, 20));
    expect(p.applicationReceived).toEqual(new neo4j.types.Date(2016, 1, 28));
    expect(p.summary).toBe('A summary.');
    const d = params.decisions[0].properties;
    expect(d.ordinal).toEqual(neo4j.int(1));
    expect(d.quantity).toEqual(neo4j.int(60));
    expect(d.decisionDate).toEqual(new neo4j.types.Date(2016, 3, 5));
    expect(d.dateOfService).toEqual(new neo4j.types.Date(2016, 1, 15));
    expect(d.decisionMonth).toBe('2016-03');
    expect(d.retrospective).toBe(true);
    expect(params.decisions[1].properties.dateOfService).toBeNull();
  });

  test('a fraction stays a float; a malformed date is refused', () => {
    const b = toGraphBatch([determination({ patient: { age: 47.5, sex: null } })]);
    expect(toCreateCasesParams(b, () => true).cases[0].properties.patientAge).toBe(47.5);
    expect(() => toNeo4jDate('2016-3-5')).toThrow("not an ISO date: '2016-3-5'");
    expect(() => toNeo4jDate('x2016-03-05')).toThrow(/not an ISO date/);
    expect(() => toNeo4jDate('2016-03-05x')).toThrow(/not an ISO date/);
    expect(toNeo4jDate('1999-12-31')).toEqual(new neo4j.types.Date(1999, 12, 31));
  });

  test('a row that names a node missing from the batch is a bug, reported', () => {
    const broken = { ...batch, services: [] };
    expect(() => toCreateCasesParams(broken, () => true)).toThrow(
      "graph batch refers to an unlisted node 'Hydrocodone/APAP'",
    );
  });
});
