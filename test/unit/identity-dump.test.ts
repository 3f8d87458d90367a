import neo4j from 'neo4j-driver';
import {
  canonicalProperties,
  canonicalValue,
  diffCounts,
  diffLines,
  excerpt,
  firstDifference,
  nodeIdentity,
  nodeLine,
  relationshipLine,
} from '../../bench/identity-dump';

describe('canonical graph values (identity tool)', () => {
  it('keeps Neo4j types apart: integer, float, date, string', () => {
    expect(canonicalValue(neo4j.int(3))).toBe(3);
    expect(canonicalValue(3)).toEqual({ $float: 3 });
    expect(canonicalValue(new neo4j.types.Date(2016, 11, 9))).toEqual({ $date: '2016-11-09' });
    expect(canonicalValue('2016-11-09')).toBe('2016-11-09');
    expect(canonicalValue(neo4j.int('9007199254740993'))).toEqual({ $int: '9007199254740993' });
    expect(canonicalValue([neo4j.int(1), null, true])).toEqual([1, null, true]);
  });

  it('sorts property keys and labels, so the order they were written in does not show', () => {
    const a = { labels: ['Case', 'Demo'], properties: { b: 'x', a: neo4j.int(1) } };
    const b = { labels: ['Demo', 'Case'], properties: { a: neo4j.int(1), b: 'x' } };
    expect(nodeLine(a)).toBe(nodeLine(b));
    expect(nodeLine(a)).toBe('{"labels":["Case","Demo"],"properties":{"a":1,"b":"x"}}');
  });

  it('leaves out the excluded properties', () => {
    expect(canonicalProperties({ name: 'knee', _lock: true })).toEqual({ name: 'knee' });
  });

  it('names a node by its constrained key, or by all properties when it has none', () => {
    const keys = new Map([['Case', ['caseNumber']]]);
    const node = { labels: ['Case'], properties: { caseNumber: 'CM1', outcome: 'UPHELD' } };
    expect(nodeIdentity(node, keys)).toEqual(['Case', { caseNumber: 'CM1' }]);
    const loose = { labels: ['Note'], properties: { text: 't', n: neo4j.int(2) } };
    expect(nodeIdentity(loose, keys)).toEqual(['Note', { n: 2, text: 't' }]);
    expect(relationshipLine('HAS', ['Case', { caseNumber: 'CM1' }], ['Note', {}], {})).toBe(
      '{"type":"HAS","start":["Case",{"caseNumber":"CM1"}],"end":["Note",{}],"properties":{}}',
    );
  });
});

describe('comparing two runs (identity tool)', () => {
  it('finds the lines only in one run, counting repeats', () => {
    expect(diffLines(['a', 'b', 'b', 'c'], ['b', 'c', 'd'])).toEqual({
      onlyInA: ['a', 'b'],
      onlyInB: ['d'],
    });
    expect(diffLines(['x', 'y'], ['y', 'x'])).toEqual({ onlyInA: [], onlyInB: [] });
  });

  it('shows a long line around where it first differs', () => {
    const a = 'x'.repeat(1000) + 'A' + 'y'.repeat(1000);
    const b = 'x'.repeat(1000) + 'B' + 'y'.repeat(1000);
    const column = firstDifference(a, b);
    expect(column).toBe(1000);
    expect(excerpt(a, column)).toContain('A');
    expect(excerpt(a, column).length).toBeLessThan(200);
    expect(excerpt('short', 0)).toBe('short');
    expect(firstDifference('ab', 'abc')).toBe(2);
  });

  it('reports counts that differ, a missing name as 0', () => {
    expect(diffCounts({ Case: 2, Decision: 5 }, { Case: 2, Service: 1 })).toEqual({
      Decision: [5, 0],
      Service: [0, 1],
    });
  });
});
