import { caseFilterCypher } from '../../src/case/case-filter.cypher';

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
