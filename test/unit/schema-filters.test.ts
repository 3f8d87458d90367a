import { caseFilterCypher } from '../../src/api/case/case-filter.cypher';
import { decisionScopeCypher } from '../../src/api/core/decision-scope.cypher';
import { decisionFilterCypher } from '../../src/api/core/decision-filter.cypher';

describe('case filters as Cypher', () => {
  test('no filter: no condition', () => {
    expect(caseFilterCypher(undefined)).toEqual({ where: 'true', params: {} });
  });

  test('user values only ever become parameters', () => {
    const hostile = "x' OR 1=1 //";
    const { where, params } = caseFilterCypher({
      caseNumbers: [hostile],
      priority: hostile,
      specialty: hostile,
      licensedState: hostile,
      diagnosis: hostile,
      patientSex: hostile,
      decidedFrom: new Date('2016-01-02T00:00:00Z'),
      minAge: 30,
      maxAge: 40,
    });
    expect(where).not.toContain(hostile);
    expect(where).not.toContain("'");
    expect(Object.values(params)).toEqual(
      expect.arrayContaining([[hostile], hostile, '2016-01-02', 30, 40]),
    );
  });

  test('too many case numbers is BAD_USER_INPUT', () => {
    const many = Array.from({ length: 1001 }, (_, i) => `SYN-${i}`);
    expect(() => caseFilterCypher({ caseNumbers: many })).toThrow(/at most 1000/);
  });
});

describe('synthetic: published or demo letters', () => {
  test('true keeps SYN- case numbers, false leaves them out, absent filters nothing', () => {
    expect(caseFilterCypher({ synthetic: true })).toEqual({
      where: 'c.caseNumber STARTS WITH $fSynthetic',
      params: { fSynthetic: 'SYN-' },
    });
    expect(caseFilterCypher({ synthetic: false })).toEqual({
      where: 'NOT c.caseNumber STARTS WITH $fSynthetic',
      params: { fSynthetic: 'SYN-' },
    });
    expect(caseFilterCypher({ synthetic: null as unknown as undefined }).where).toBe('true');
    expect(decisionFilterCypher({ subcategory: 'Chiropractic', synthetic: false })).toEqual({
      text:
        'MATCH (d:Decision)\nWHERE NOT d.caseNumber STARTS WITH $fSynthetic\n' +
        '  AND d.subcategory = $fSubcategory',
      params: { fSynthetic: 'SYN-', fSubcategory: 'Chiropractic' },
    });
  });

  test('a synthetic condition takes an analytic off the index-only path, keeping it right', () => {
    const scope = decisionScopeCypher({ subcategory: 'Chiropractic', synthetic: false });
    expect(scope.anchor).toBe('category');
    expect(scope.indexOnly).toBe(false);
    expect(scope.citationWhere).toBeNull();
    expect(scope.text).toContain('NOT d.caseNumber STARTS WITH $fSynthetic');
  });
});
