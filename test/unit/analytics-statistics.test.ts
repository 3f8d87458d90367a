import {
  baselineRateOf,
  compareByImpact,
  lift,
  monthsBetween,
  outcomeStats,
  rankByImpact,
  rate,
  wilsonInterval,
  type OutcomeStats,
} from '../../src/api/analytics/statistics';

// Reference values: scipy.stats.binomtest(k, n).proportion_ci(0.95, method='wilson').
const WILSON_REFERENCE: [number, number, number, number][] = [
  [5, 10, 0.2365930905, 0.7634069095],
  [0, 10, 0.0, 0.2775327999],
  [10, 10, 0.7224672001, 1.0],
  [81, 263, 0.2552885199, 0.366209577],
  [1, 3, 0.0614919447, 0.7923403992],
  [42, 100, 0.3279838267, 0.517935133],
];

describe('wilsonInterval', () => {
  it.each(WILSON_REFERENCE)('%i of %i is [%f, %f]', (k, n, low, high) => {
    const interval = wilsonInterval(k, n);
    expect(interval.low).toBeCloseTo(low, 9);
    expect(interval.high).toBeCloseTo(high, 9);
  });

  it('is the whole unit interval without trials', () => {
    expect(wilsonInterval(0, 0)).toEqual({ low: 0, high: 1 });
    // The bounds at the edges are exact, not 1e-17 away from them.
    for (const n of [1, 3, 7, 10, 13, 100, 1234]) {
      expect(wilsonInterval(0, n).low).toBe(0);
      expect(wilsonInterval(n, n).high).toBe(1);
    }
  });

  it('stays inside [0, 1] and around the rate', () => {
    for (const [k, n] of [
      [0, 1],
      [1, 1],
      [3, 7],
      [999, 1000],
    ]) {
      const { low, high } = wilsonInterval(k, n);
      expect(low).toBeGreaterThanOrEqual(0);
      expect(high).toBeLessThanOrEqual(1);
      expect(low).toBeLessThanOrEqual(k / n);
      expect(high).toBeGreaterThanOrEqual(k / n);
    }
  });

  it('narrows as the evidence grows at the same rate', () => {
    const small = wilsonInterval(2, 10);
    const large = wilsonInterval(200, 1000);
    expect(large.high - large.low).toBeLessThan(small.high - small.low);
  });
});

describe('rate, lift and baseline', () => {
  it('rate is 0 without trials', () => {
    expect(rate(0, 0)).toBe(0);
    expect(rate(1, 4)).toBe(0.25);
  });

  it('lift compares to the baseline and is null against a zero baseline', () => {
    expect(lift(0.3, 0.15)).toBeCloseTo(2, 12);
    expect(lift(0.1, 0.2)).toBeCloseTo(0.5, 12);
    expect(lift(0.5, 0)).toBeNull();
  });

  it('baseline is the requested outcome over all decisions of the set', () => {
    const totals = { decisions: 40, upheld: 30, overturned: 10 };
    expect(baselineRateOf(totals, 'OVERTURNED')).toBe(0.25);
    expect(baselineRateOf(totals, 'UPHELD')).toBe(0.75);
  });

  it('outcomeStats reports the requested outcome with its interval and lift', () => {
    const stats = outcomeStats({ decisions: 10, upheld: 5, overturned: 5 }, 'OVERTURNED', 0.25);
    expect(stats).toMatchObject({
      decisions: 10,
      upheld: 5,
      overturned: 5,
      overturnRate: 0.5,
      outcome: 'OVERTURNED',
      outcomeCount: 5,
      rate: 0.5,
      baselineRate: 0.25,
      lift: 2,
    });
    expect(stats.rateLow).toBeCloseTo(0.2365930905, 9);
    expect(stats.rateHigh).toBeCloseTo(0.7634069095, 9);

    const upheld = outcomeStats({ decisions: 4, upheld: 3, overturned: 1 }, 'UPHELD', 0.75);
    expect(upheld.outcomeCount).toBe(3);
    expect(upheld.rate).toBe(0.75);
    expect(upheld.overturnRate).toBe(0.25);
    expect(upheld.lift).toBe(1);
  });
});

describe('impact ordering', () => {
  const group = (key: string, decisions: number, overturned: number) => ({
    key,
    stats: outcomeStats(
      { decisions, upheld: decisions - overturned, overturned },
      'OVERTURNED',
      0.2,
    ) as OutcomeStats,
  });

  it('orders by the outcome count, then rate, then key', () => {
    const groups = [
      group('b', 10, 2), // 2 overturned, rate 0.2
      group('a', 4, 2), // 2 overturned, rate 0.5: before b
      group('c', 30, 3), // 3 overturned: first
      group('e', 4, 2), // ties with a: after a by key
      group('d', 1, 0),
    ];
    expect([...groups].sort(compareByImpact).map((g) => g.key)).toEqual(['c', 'a', 'e', 'b', 'd']);
  });

  it('breaks a full tie by key, whichever comes first', () => {
    const a = group('a', 4, 2);
    const e = group('e', 4, 2);
    expect(compareByImpact(a, e)).toBe(-1);
    expect(compareByImpact(e, a)).toBe(1);
    expect(compareByImpact(a, group('a', 4, 2))).toBe(0);
    expect([e, a].sort(compareByImpact).map((g) => g.key)).toEqual(['a', 'e']);
    expect(rankByImpact([e, a], 1, 10).map((g) => g.key)).toEqual(['a', 'e']);
  });

  it('hides groups under minDecisions and keeps the first `limit`', () => {
    const groups = [group('a', 1, 1), group('b', 5, 1), group('c', 8, 2), group('d', 2, 0)];
    expect(rankByImpact(groups, 2, 10).map((g) => g.key)).toEqual(['c', 'b', 'd']);
    expect(rankByImpact(groups, 1, 2).map((g) => g.key)).toEqual(['c', 'a']);
  });
});

describe('monthsBetween', () => {
  it('lists every month across a year end', () => {
    expect(monthsBetween('2016-11', '2017-02')).toEqual([
      '2016-11',
      '2016-12',
      '2017-01',
      '2017-02',
    ]);
    expect(monthsBetween('2017-03', '2017-03')).toEqual(['2017-03']);
  });
});
