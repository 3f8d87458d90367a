/**
 * decisionScopeCypher anchor by anchor: which index each filter starts from, the full Cypher
 * text, the parameters, whether the scope is index-only, and the citation-edge condition.
 * (analytics-cypher.test.ts checks the analytics statements built on it.)
 */
import { decisionScopeCypher } from '../../src/api/core/decision-scope.cypher';
import type { DecisionFilter } from '../../src/api/core/decision-filter.input';

const scope = (filter: Partial<DecisionFilter> | null | undefined) =>
  decisionScopeCypher(filter as DecisionFilter);

describe('decisionScopeCypher', () => {
  test('no filter: every decision, no anchor', () => {
    for (const filter of [undefined, null, {}]) {
      expect(scope(filter)).toEqual({
        text: 'MATCH (d:Decision)',
        params: {},
        anchor: 'decision',
        indexOnly: false,
        citationWhere: null,
      });
    }
  });

  test('a case number is its own seek, whatever else is named', () => {
    const s = scope({ caseNumber: 'CM16-0000001', category: 'Surgery', service: 'MRI' });
    expect(s.anchor).toBe('decision');
    expect(s.text).toBe(
      'MATCH (d:Decision)\nWHERE d.caseNumber = $fCase\n  AND EXISTS { MATCH (d)-[:FOR_SERVICE]->(s:Service) WHERE s.name = $fService }\n  AND d.category = $fCategory',
    );
    expect(s.params).toEqual({ fCase: 'CM16-0000001', fService: 'MRI', fCategory: 'Surgery' });
    expect(s.indexOnly).toBe(false);
    expect(s.citationWhere).toBeNull();
  });

  test('a category alone: the category index, index-only, citations from the edges', () => {
    const s = scope({ category: 'Surgery' });
    // Exactly the parameters the text uses, none set to undefined.
    expect(s.params).toStrictEqual({ aCategory: 'Surgery' });
    expect(scope({ subcategory: 'Spine' }).params).toStrictEqual({ aSubcategory: 'Spine' });
    expect(
      scope({ subcategory: 'Spine', outcome: 'UPHELD' } as DecisionFilter).params,
    ).toStrictEqual({
      aSubcategory: 'Spine',
      aOutcome: 'UPHELD',
    });
    expect(s).toMatchObject({
      anchor: 'category',
      indexOnly: true,
      params: { aCategory: 'Surgery' },
      text: 'MATCH (d:Decision) WHERE d.category = $aCategory AND d.outcome IS NOT NULL AND d.caseNumber IS NOT NULL AND d.ordinal IS NOT NULL\nWITH d',
    });
    expect(s.citationWhere!('r')).toBe('r.category = $aCategory AND r.outcome IS NOT NULL');
  });

  test('a subcategory with an outcome: both in the index condition', () => {
    const s = scope({
      subcategory: 'Spine',
      category: 'Surgery',
      outcome: 'OVERTURNED',
    } as DecisionFilter);
    expect(s.text).toBe(
      'MATCH (d:Decision) WHERE d.subcategory = $aSubcategory AND d.category = $aCategory AND d.outcome = $aOutcome AND d.caseNumber IS NOT NULL AND d.ordinal IS NOT NULL\nWITH d',
    );
    expect(s.params).toEqual({
      aSubcategory: 'Spine',
      aCategory: 'Surgery',
      aOutcome: 'OVERTURNED',
    });
    expect(s.indexOnly).toBe(true);
    expect(s.citationWhere!('u')).toBe(
      'u.subcategory = $aSubcategory AND u.category = $aCategory AND u.outcome = $aOutcome',
    );
  });

  test('a category with another condition: not index-only, the rest after the fence', () => {
    const s = scope({ category: 'Surgery', bodyRegion: 'Knee' });
    expect(s.anchor).toBe('category');
    expect(s.indexOnly).toBe(false);
    expect(s.citationWhere).toBeNull();
    expect(s.text).toBe(
      'MATCH (d:Decision) WHERE d.category = $aCategory AND d.outcome IS NOT NULL AND d.caseNumber IS NOT NULL AND d.ordinal IS NOT NULL\nWITH d\nWHERE $fRegion IN d.bodyRegions',
    );
    expect(s.params).toEqual({ aCategory: 'Surgery', fRegion: 'knee' });
  });

  test('a service, with its category and subcategory: the Service index', () => {
    const s = scope({
      service: 'MRI',
      category: 'Diagnostic Testing',
      subcategory: 'Imaging/Radiology',
      outcome: 'UPHELD',
    } as DecisionFilter);
    expect(s).toEqual({
      anchor: 'service',
      indexOnly: false,
      citationWhere: null,
      text: 'MATCH (s:Service) WHERE s.name = $aService AND s.category = $aCategory AND s.subcategory = $aSubcategory\nMATCH (s)<-[:FOR_SERVICE]-(d)\nWITH d\nWHERE d.outcome = $fOutcome',
      params: {
        aService: 'MRI',
        aCategory: 'Diagnostic Testing',
        aSubcategory: 'Imaging/Radiology',
        fOutcome: 'UPHELD',
      },
    });
    expect(scope({ service: 'MRI' }).text).toBe(
      'MATCH (s:Service) WHERE s.name = $aService\nMATCH (s)<-[:FOR_SERVICE]-(d)\nWITH d',
    );
  });

  test('a guideline document: distinct decisions of its guidelines', () => {
    expect(
      scope({ guidelineDocument: 'ODG', decidedFrom: new Date('2016-01-01T00:00:00Z') }),
    ).toEqual({
      anchor: 'guidelineDocument',
      indexOnly: false,
      citationWhere: null,
      text: 'MATCH (g:Guideline) WHERE g.document = $aDocument\nMATCH (g)<-[:UR_CITED|REVIEWER_CITED]-(d)\nWITH DISTINCT d\nWHERE d.decisionDate >= date($fFrom)',
      params: { aDocument: 'ODG', fFrom: '2016-01-01' },
    });
  });

  test('a body region, in lower case', () => {
    expect(scope({ bodyRegion: 'Lumbar Spine' })).toEqual({
      anchor: 'bodyRegion',
      indexOnly: false,
      citationWhere: null,
      text: 'MATCH (:BodyRegion {name: $aRegion})<-[:CONCERNS]-(d)\nWITH d',
      params: { aRegion: 'lumbar spine' },
    });
  });

  test('a specialty, then a state, through the reviewer', () => {
    expect(scope({ specialty: 'Pain Medicine', licensedState: 'Texas' })).toEqual({
      anchor: 'specialty',
      indexOnly: false,
      citationWhere: null,
      text: 'MATCH (:Specialty {name: $aSpecialty})<-[:CERTIFIED_IN]-(r)<-[:REVIEWED_BY]-(c)-[:HAS_DECISION]->(d)\nWITH d\nWHERE EXISTS { MATCH (d)<-[:HAS_DECISION]-(:Case)-[:REVIEWED_BY]->(r:Reviewer) WHERE $fState IN r.licensedStates }',
      params: { aSpecialty: 'Pain Medicine', fState: 'Texas' },
    });
    expect(scope({ licensedState: 'Texas' })).toEqual({
      anchor: 'licensedState',
      indexOnly: false,
      citationWhere: null,
      text: 'MATCH (:State {name: $aState})<-[:LICENSED_IN]-(r)<-[:REVIEWED_BY]-(c)-[:HAS_DECISION]->(d)\nWITH d',
      params: { aState: 'Texas' },
    });
  });

  test('the anchors in order of precedence', () => {
    const all = {
      service: 'MRI',
      guidelineDocument: 'ODG',
      bodyRegion: 'knee',
      specialty: 'Pain Medicine',
      licensedState: 'Texas',
    };
    expect(scope(all).anchor).toBe('service');
    expect(scope({ ...all, service: undefined }).anchor).toBe('guidelineDocument');
    expect(scope({ ...all, service: undefined, guidelineDocument: undefined }).anchor).toBe(
      'bodyRegion',
    );
    expect(scope({ specialty: 'x', licensedState: 'y' }).anchor).toBe('specialty');
  });

  test('the caller’s filter is left as it was', () => {
    const filter = {
      category: 'Surgery',
      subcategory: 'Spine',
      outcome: 'UPHELD',
    } as DecisionFilter;
    scope(filter);
    expect(filter).toEqual({ category: 'Surgery', subcategory: 'Spine', outcome: 'UPHELD' });
  });
});
