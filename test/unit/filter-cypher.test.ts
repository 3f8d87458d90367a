/**
 * The case and decision filters as Cypher text, field by field: each input field adds exactly
 * its condition and its parameter (values converted as the graph stores them: dates as ISO
 * days, sex and body regions in lower case). What the conditions select in a real graph is
 * checked by test/e2e/case-filters.test.ts.
 */
import { caseFilterCypher } from '../../src/api/case/case-filter.cypher';
import { InvalidArgument } from '../../src/api/core/domain-error';
import type { CaseFilter } from '../../src/api/case/case-filter.input';
import { decisionFilterCypher } from '../../src/api/core/decision-filter.cypher';
import type { DecisionFilter } from '../../src/api/core/decision-filter.input';
import { compileFilter, type FilterFields } from '../../src/api/core/filter-fields';

const day = new Date('2016-03-05T00:00:00Z');

describe('caseFilterCypher, one field at a time', () => {
  const cases: [string, CaseFilter, string, Record<string, unknown>][] = [
    [
      'caseNumbers',
      { caseNumbers: ['CM16-0000001', 'CM16-0000002'] },
      'c.caseNumber IN $fCaseNumbers',
      { fCaseNumbers: ['CM16-0000001', 'CM16-0000002'] },
    ],
    [
      'outcome',
      { outcome: 'OVERTURNED' } as CaseFilter,
      'c.outcome = $fOutcome',
      { fOutcome: 'OVERTURNED' },
    ],
    ['priority', { priority: 'Expedited' }, 'c.priority = $fPriority', { fPriority: 'Expedited' }],
    [
      'decidedFrom',
      { decidedFrom: day },
      'c.decisionDate >= date($fFrom)',
      { fFrom: '2016-03-05' },
    ],
    ['decidedTo', { decidedTo: day }, 'c.decisionDate <= date($fTo)', { fTo: '2016-03-05' }],
    [
      'decidedFrom as a string',
      { decidedFrom: '2016-03-05T10:00:00Z' as unknown as Date },
      'c.decisionDate >= date($fFrom)',
      { fFrom: '2016-03-05' },
    ],
    ['patientSex', { patientSex: 'Female' }, 'c.patientSex = $fSex', { fSex: 'female' }],
    ['minAge', { minAge: 40 }, 'c.patientAge >= $fMinAge', { fMinAge: 40 }],
    ['minAge 0', { minAge: 0 }, 'c.patientAge >= $fMinAge', { fMinAge: 0 }],
    ['maxAge', { maxAge: 65 }, 'c.patientAge <= $fMaxAge', { fMaxAge: 65 }],
    ['maxAge 0', { maxAge: 0 }, 'c.patientAge <= $fMaxAge', { fMaxAge: 0 }],
    [
      'diagnosis',
      { diagnosis: 'Lumbar sprain' },
      'EXISTS { MATCH (c)-[:HAS_DIAGNOSIS]->(:Diagnosis {name: $fDiagnosis}) }',
      { fDiagnosis: 'Lumbar sprain' },
    ],
    [
      'specialty',
      { specialty: 'Orthopedic Surgery' },
      'EXISTS { MATCH (c)-[:REVIEWED_BY]->(r:Reviewer) WHERE $fSpecialty IN r.specialties }',
      { fSpecialty: 'Orthopedic Surgery' },
    ],
    [
      'licensedState',
      { licensedState: 'California' },
      'EXISTS { MATCH (c)-[:REVIEWED_BY]->(r:Reviewer) WHERE $fState IN r.licensedStates }',
      { fState: 'California' },
    ],
  ];

  test.each(cases)('%s', (_name, filter, where, params) => {
    expect(caseFilterCypher(filter)).toEqual({ where, params });
  });

  test('null ages, empty strings and null are no condition', () => {
    expect(caseFilterCypher({ minAge: null, maxAge: null } as unknown as CaseFilter)).toEqual({
      where: 'true',
      params: {},
    });
    expect(caseFilterCypher({ priority: '', diagnosis: '' })).toEqual({
      where: 'true',
      params: {},
    });
    expect(caseFilterCypher(null)).toEqual({ where: 'true', params: {} });
  });

  test('every field at once: the conditions joined with AND, one reviewer match for both', () => {
    const { where, params } = caseFilterCypher({
      caseNumbers: ['CM16-0000001'],
      outcome: 'UPHELD',
      priority: 'Standard',
      decidedFrom: day,
      decidedTo: new Date('2016-12-31T00:00:00Z'),
      patientSex: 'MALE',
      minAge: 30,
      maxAge: 50,
      diagnosis: 'Lumbar sprain',
      specialty: 'Orthopedic Surgery',
      licensedState: 'California',
    } as CaseFilter);
    expect(where).toBe(
      [
        'c.caseNumber IN $fCaseNumbers',
        'c.outcome = $fOutcome',
        'c.priority = $fPriority',
        'c.decisionDate >= date($fFrom)',
        'c.decisionDate <= date($fTo)',
        'c.patientSex = $fSex',
        'c.patientAge >= $fMinAge',
        'c.patientAge <= $fMaxAge',
        'EXISTS { MATCH (c)-[:HAS_DIAGNOSIS]->(:Diagnosis {name: $fDiagnosis}) }',
        'EXISTS { MATCH (c)-[:REVIEWED_BY]->(r:Reviewer) WHERE $fSpecialty IN r.specialties AND $fState IN r.licensedStates }',
      ].join('\n  AND '),
    );
    expect(params).toEqual({
      fCaseNumbers: ['CM16-0000001'],
      fOutcome: 'UPHELD',
      fPriority: 'Standard',
      fFrom: '2016-03-05',
      fTo: '2016-12-31',
      fSex: 'male',
      fMinAge: 30,
      fMaxAge: 50,
      fDiagnosis: 'Lumbar sprain',
      fSpecialty: 'Orthopedic Surgery',
      fState: 'California',
    });
  });

  test('exactly 1000 case numbers are allowed, 1001 are BAD_USER_INPUT', () => {
    const numbers = (n: number) => Array.from({ length: n }, (_, i) => `SYN-${i}`);
    expect(caseFilterCypher({ caseNumbers: numbers(1000) }).params.fCaseNumbers).toHaveLength(1000);
    const tooMany = () => caseFilterCypher({ caseNumbers: numbers(1001) });
    expect(tooMany).toThrow(InvalidArgument);
    expect(tooMany).toThrow('caseNumbers takes at most 1000 case numbers');
  });
});

describe('decisionFilterCypher, one field at a time', () => {
  const cases: [string, DecisionFilter, string, Record<string, unknown>][] = [
    [
      'caseNumber',
      { caseNumber: 'CM16-0000001' },
      'd.caseNumber = $fCase',
      { fCase: 'CM16-0000001' },
    ],
    [
      'outcome',
      { outcome: 'UPHELD' } as DecisionFilter,
      'd.outcome = $fOutcome',
      { fOutcome: 'UPHELD' },
    ],
    [
      'decidedFrom',
      { decidedFrom: day },
      'd.decisionDate >= date($fFrom)',
      { fFrom: '2016-03-05' },
    ],
    ['decidedTo', { decidedTo: day }, 'd.decisionDate <= date($fTo)', { fTo: '2016-03-05' }],
    [
      'decidedTo as a string',
      { decidedTo: '2016-03-05T23:00:00Z' as unknown as Date },
      'd.decisionDate <= date($fTo)',
      { fTo: '2016-03-05' },
    ],
    [
      'bodyRegion',
      { bodyRegion: 'Lumbar Spine' },
      '$fRegion IN d.bodyRegions',
      { fRegion: 'lumbar spine' },
    ],
    [
      'service',
      { service: 'Norco' },
      'EXISTS { MATCH (d)-[:FOR_SERVICE]->(s:Service) WHERE s.name = $fService }',
      { fService: 'Norco' },
    ],
    ['category', { category: 'Pharmacy' }, 'd.category = $fCategory', { fCategory: 'Pharmacy' }],
    [
      'subcategory',
      { subcategory: 'Opioids' },
      'd.subcategory = $fSubcategory',
      { fSubcategory: 'Opioids' },
    ],
    [
      'guidelineDocument',
      { guidelineDocument: 'MTUS Chronic Pain' },
      'EXISTS { MATCH (d)-[:UR_CITED|REVIEWER_CITED]->(g:Guideline) WHERE g.document = $fDocument }',
      { fDocument: 'MTUS Chronic Pain' },
    ],
    [
      'specialty',
      { specialty: 'Pain Medicine' },
      'EXISTS { MATCH (d)<-[:HAS_DECISION]-(:Case)-[:REVIEWED_BY]->(r:Reviewer) WHERE $fSpecialty IN r.specialties }',
      { fSpecialty: 'Pain Medicine' },
    ],
    [
      'licensedState',
      { licensedState: 'Texas' },
      'EXISTS { MATCH (d)<-[:HAS_DECISION]-(:Case)-[:REVIEWED_BY]->(r:Reviewer) WHERE $fState IN r.licensedStates }',
      { fState: 'Texas' },
    ],
  ];

  test.each(cases)('%s', (_name, filter, where, params) => {
    expect(decisionFilterCypher(filter)).toEqual({
      text: `MATCH (d:Decision)\nWHERE ${where}`,
      params,
    });
  });

  test('no filter, or empty values: every decision', () => {
    const all = { text: 'MATCH (d:Decision)', params: {} };
    expect(decisionFilterCypher(undefined)).toEqual(all);
    expect(decisionFilterCypher(null)).toEqual(all);
    expect(decisionFilterCypher({ caseNumber: '', service: '' })).toEqual(all);
  });

  test('every field at once', () => {
    const { text, params } = decisionFilterCypher({
      caseNumber: 'CM16-0000001',
      outcome: 'OVERTURNED',
      decidedFrom: day,
      decidedTo: new Date('2016-12-31T00:00:00Z'),
      bodyRegion: 'KNEE',
      service: 'Norco',
      category: 'Pharmacy',
      subcategory: 'Opioids',
      guidelineDocument: 'ODG',
      specialty: 'Pain Medicine',
      licensedState: 'Texas',
    } as DecisionFilter);
    expect(text).toBe(
      'MATCH (d:Decision)\nWHERE ' +
        [
          'd.caseNumber = $fCase',
          'd.outcome = $fOutcome',
          'd.decisionDate >= date($fFrom)',
          'd.decisionDate <= date($fTo)',
          '$fRegion IN d.bodyRegions',
          'EXISTS { MATCH (d)-[:FOR_SERVICE]->(s:Service) WHERE s.name = $fService }',
          'd.category = $fCategory',
          'd.subcategory = $fSubcategory',
          'EXISTS { MATCH (d)-[:UR_CITED|REVIEWER_CITED]->(g:Guideline) WHERE g.document = $fDocument }',
          'EXISTS { MATCH (d)<-[:HAS_DECISION]-(:Case)-[:REVIEWED_BY]->(r:Reviewer) WHERE $fSpecialty IN r.specialties AND $fState IN r.licensedStates }',
        ].join('\n  AND '),
    );
    expect(params).toEqual({
      fCase: 'CM16-0000001',
      fOutcome: 'OVERTURNED',
      fFrom: '2016-03-05',
      fTo: '2016-12-31',
      fRegion: 'knee',
      fService: 'Norco',
      fCategory: 'Pharmacy',
      fSubcategory: 'Opioids',
      fDocument: 'ODG',
      fSpecialty: 'Pain Medicine',
      fState: 'Texas',
    });
  });
});

describe('compileFilter, on a table of its own', () => {
  // Beyond what today's tables use: two key lookups and a WHERE test along one path.
  const path = { steps: '-[:AT]->', end: { alias: 'p', label: 'Place' } };
  type Place = { city?: string; zip?: string; kind?: string };
  const fields: FilterFields<Place> = [
    { field: 'city', param: 'City', test: { op: 'key', property: 'city' }, path },
    { field: 'zip', param: 'Zip', test: { op: 'key', property: 'zip' }, path },
    { field: 'kind', param: 'Kind', test: { op: 'equals', property: 'kind' }, path },
  ];

  test('fields along one path share one EXISTS: keys in the node map, the rest in WHERE', () => {
    expect(
      compileFilter<Place>(fields, { city: 'Oakland', zip: '94612', kind: 'clinic' }, 'x'),
    ).toEqual({
      conditions: [
        'EXISTS { MATCH (x)-[:AT]->(p:Place {city: $fCity, zip: $fZip}) WHERE p.kind = $fKind }',
      ],
      params: { fCity: 'Oakland', fZip: '94612', fKind: 'clinic' },
    });
    expect(compileFilter<Place>(fields, { zip: '94612' }, 'x', 'a').conditions).toEqual([
      'EXISTS { MATCH (x)-[:AT]->(p:Place {zip: $aZip}) }',
    ]);
  });
});
