import {
  citationAgreementQuery,
  dimensionKeys,
  guidelineImpactQuery,
  NONE_KEY,
  outcomeBreakdownQuery,
  readGrouped,
  similarCases,
  type CountRow,
} from '../../src/api/analytics/analytics.queries';
import { decisionScopeCypher } from '../../src/api/core/decision-scope.cypher';
import { CitedBy, Dimension, Outcome } from '../../src/api/core/enums';

// Cypher text without a database: anchors, fences, parameters only.
describe('decisionScopeCypher', () => {
  it('starts a subcategory question from the Decision scope index, reading no node', () => {
    const scope = decisionScopeCypher({ subcategory: 'Chiropractic' });
    expect(scope.anchor).toBe('category');
    expect(scope.indexOnly).toBe(true);
    expect(scope.text).toBe(
      [
        'MATCH (d:Decision) WHERE d.subcategory = $aSubcategory AND d.outcome IS NOT NULL' +
          ' AND d.caseNumber IS NOT NULL AND d.ordinal IS NOT NULL',
        'WITH d',
      ].join('\n'),
    );
    expect(scope.params).toEqual({ aSubcategory: 'Chiropractic' });
    expect(scope.citationWhere?.('r')).toBe(
      'r.subcategory = $aSubcategory AND r.outcome IS NOT NULL',
    );
  });

  it('puts an outcome into the index seek and keeps other conditions after the fence', () => {
    const indexed = decisionScopeCypher({
      category: 'Rehabilitation',
      outcome: Outcome.OVERTURNED,
    });
    expect(indexed.text.split('\n')[0]).toBe(
      'MATCH (d:Decision) WHERE d.category = $aCategory AND d.outcome = $aOutcome' +
        ' AND d.caseNumber IS NOT NULL AND d.ordinal IS NOT NULL',
    );
    expect(indexed).toMatchObject({ indexOnly: true, params: { aOutcome: 'OVERTURNED' } });
    expect(indexed.citationWhere?.('r')).toBe('r.category = $aCategory AND r.outcome = $aOutcome');

    const narrowed = decisionScopeCypher({ category: 'Rehabilitation', bodyRegion: 'Neck' });
    expect(narrowed.anchor).toBe('category');
    expect(narrowed.indexOnly).toBe(false);
    expect(narrowed.citationWhere).toBeNull();
    expect(narrowed.text.split('\n').slice(1)).toEqual([
      'WITH d',
      'WHERE $fRegion IN d.bodyRegions',
    ]);
  });

  it('puts every service condition in the anchor and the others after the fence', () => {
    const scope = decisionScopeCypher({
      category: 'Rehabilitation',
      service: 'Chiropractic manipulation',
      outcome: Outcome.OVERTURNED,
      specialty: 'Chiropractor',
    });
    expect(scope.anchor).toBe('service');
    const [first, second, fence, ...rest] = scope.text.split('\n');
    expect(first).toBe('MATCH (s:Service) WHERE s.name = $aService AND s.category = $aCategory');
    expect(second).toBe('MATCH (s)<-[:FOR_SERVICE]-(d)');
    expect(fence).toBe('WITH d');
    expect(rest.join('\n')).toMatch(
      /^WHERE d\.outcome = \$fOutcome\n\s+AND EXISTS \{ MATCH \(d\)<-\[:HAS_DECISION\]/,
    );
    expect(scope.text).not.toContain('$fService');
    expect(scope.params).toEqual({
      aService: 'Chiropractic manipulation',
      aCategory: 'Rehabilitation',
      fOutcome: 'OVERTURNED',
      fSpecialty: 'Chiropractor',
    });
  });

  it.each([
    [
      { guidelineDocument: 'Official Disability Guidelines' },
      'guidelineDocument',
      'WITH DISTINCT d',
    ],
    [{ bodyRegion: 'Lumbar Spine' }, 'bodyRegion', 'WITH d'],
    [{ specialty: 'Orthopedic Surgery' }, 'specialty', 'WITH d'],
    [{ licensedState: 'California' }, 'licensedState', 'WITH d'],
  ])('anchors %j at %s', (filter, anchor, fence) => {
    const scope = decisionScopeCypher(filter);
    expect(scope.anchor).toBe(anchor);
    expect(scope.text.split('\n')).toContain(fence);
    expect(scope.text).not.toContain('(d:Decision)');
  });

  it('lower-cases the body region as the graph stores it', () => {
    expect(decisionScopeCypher({ bodyRegion: 'Lumbar Spine' }).params).toEqual({
      aRegion: 'lumbar spine',
    });
  });

  it('leaves a case number or no filter to the shared filter (an index seek or a scan)', () => {
    expect(
      decisionScopeCypher({ caseNumber: 'CM16-0213037', subcategory: 'Chiropractic' }),
    ).toMatchObject({
      anchor: 'decision',
      params: { fCase: 'CM16-0213037', fSubcategory: 'Chiropractic' },
    });
    expect(decisionScopeCypher(null)).toEqual({
      anchor: 'decision',
      text: 'MATCH (d:Decision)',
      params: {},
      indexOnly: false,
      citationWhere: null,
    });
  });

  it('never puts filter values into the text', () => {
    const hostile = "x' }) DETACH DELETE d //";
    const scope = decisionScopeCypher({
      subcategory: hostile,
      guidelineDocument: hostile,
      specialty: hostile,
      licensedState: hostile,
      bodyRegion: hostile,
    });
    expect(scope.text).not.toContain('DELETE');
    expect(Object.values(scope.params)).toContain(hostile);
  });
});

describe('analytics statements', () => {
  const scope = decisionScopeCypher({ subcategory: 'Chiropractic' });

  it('has one fixed fragment per dimension', () => {
    for (const dimension of Object.values(Dimension)) {
      expect(dimensionKeys(dimension, CitedBy.REVIEWER)).toEqual(expect.any(String));
    }
    expect(dimensionKeys(Dimension.GUIDELINE, CitedBy.CLAIMS_ADMINISTRATOR)).toContain(
      ':UR_CITED]',
    );
    expect(dimensionKeys(Dimension.GUIDELINE, CitedBy.REVIEWER)).toContain(':REVIEWER_CITED]');
  });

  it('counts an index-only scope from the Decision and citation indexes', () => {
    const query = guidelineImpactQuery(scope, CitedBy.CLAIMS_ADMINISTRATOR);
    expect(query.name).toBe('analytics.guidelineImpact.CLAIMS_ADMINISTRATOR.indexed');
    expect(query.cypher).toContain(scope.text);
    expect(query.cypher).toContain(
      'MATCH ()-[r:UR_CITED]->(g) WHERE r.subcategory = $aSubcategory AND r.outcome IS NOT NULL',
    );
    expect(query.cypher).not.toContain('COLLECT');
  });

  it('counts guideline impact in one aggregation after any other scope', () => {
    const scope = decisionScopeCypher({ subcategory: 'Chiropractic', bodyRegion: 'neck' });
    const query = guidelineImpactQuery(scope, CitedBy.REVIEWER);
    expect(query.name).toBe('analytics.guidelineImpact.REVIEWER');
    expect(query.cypher.startsWith(scope.text)).toBe(true);
    expect(query.cypher).toContain('COLLECT { MATCH (d)-[:REVIEWER_CITED]->(g) RETURN g }');
    expect(query.cypher.match(/count\(\*\)/g)).toHaveLength(1);
  });

  it('uses the same shape for every breakdown and for agreement', () => {
    const breakdown = outcomeBreakdownQuery(scope, Dimension.SPECIALTY, CitedBy.REVIEWER);
    expect(breakdown.cypher).toContain(
      'UNWIND [null] + CASE size(keys) WHEN 0 THEN [$noneKey] ELSE keys END AS key',
    );
    expect(citationAgreementQuery(scope).cypher).toContain(':UR_CITED]');
    expect(similarCases.cypher).toContain('LIMIT toInteger($fanout)');
  });
});

describe('readGrouped', () => {
  it('pivots (outcome, key, n) rows into totals and groups', () => {
    const rows: CountRow<string>[] = [
      { outcome: 'UPHELD', group: null, groupKey: null, n: 7 },
      { outcome: 'OVERTURNED', group: null, groupKey: null, n: 3 },
      { outcome: 'UPHELD', group: 'a', groupKey: 'a', n: 4 },
      { outcome: 'OVERTURNED', group: 'a', groupKey: 'a', n: 2 },
      { outcome: 'UPHELD', group: NONE_KEY, groupKey: NONE_KEY, n: 3 },
      { outcome: 'OVERTURNED', group: 'b', groupKey: 'b', n: 1 },
    ];
    const grouped = readGrouped(rows);
    expect(grouped.totals).toEqual({ decisions: 10, upheld: 7, overturned: 3 });
    expect(grouped.groups).toEqual([
      { group: 'a', decisions: 6, upheld: 4, overturned: 2 },
      { group: NONE_KEY, decisions: 3, upheld: 3, overturned: 0 },
      { group: 'b', decisions: 1, upheld: 0, overturned: 1 },
    ]);
    expect(readGrouped(rows, 2).groups.map((g) => g.group)).toEqual(['a', NONE_KEY]);
    expect(readGrouped([]).totals).toEqual({ decisions: 0, upheld: 0, overturned: 0 });
  });
});
