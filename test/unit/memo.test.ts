import {
  parseGuidelineParagraph,
  normaliseSectionKey,
} from '../../loaders/extract/guideline-citations';
import { clearParseMemos, StringMemo } from '../../loaders/text/memo';

describe('StringMemo', () => {
  it('computes a key once, then answers from memory', () => {
    const memo = new StringMemo<number>(10, 100);
    const compute = jest.fn((key: string) => key.length);
    expect(memo.get('abc', compute)).toBe(3);
    expect(memo.get('abc', compute)).toBe(3);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('keeps at most its capacity, dropping entries not used lately', () => {
    const memo = new StringMemo<string>(2, 100);
    const compute = jest.fn((key: string) => key.toUpperCase());
    memo.get('a', compute);
    memo.get('b', compute);
    memo.get('a', compute); // a is used again, b is not
    memo.get('c', compute); // evicts b
    expect(memo.size).toBe(2);
    compute.mockClear();
    memo.get('a', compute);
    memo.get('c', compute);
    expect(compute).not.toHaveBeenCalled();
    memo.get('b', compute);
    expect(compute).toHaveBeenCalledWith('b');
  });

  it('holds its capacity of the most recently used keys, however many it has seen', () => {
    const memo = new StringMemo<number>(3, 100);
    for (let i = 0; i < 100; i++) memo.get(`key ${i}`, () => i);
    expect(memo.size).toBe(3);
    const compute = jest.fn(() => -1);
    expect(['key 97', 'key 98', 'key 99'].map((key) => memo.get(key, compute))).toEqual([
      97, 98, 99,
    ]);
    expect(compute).not.toHaveBeenCalled();
    expect(memo.get('key 96', compute)).toBe(-1);
  });

  it('does not store keys over its length limit', () => {
    const memo = new StringMemo<number>(10, 3);
    const compute = jest.fn(() => 1);
    memo.get('abcd', compute);
    memo.get('abcd', compute);
    expect(compute).toHaveBeenCalledTimes(2);
    expect(memo.size).toBe(0);
  });

  it('is emptied by clearParseMemos', () => {
    const memo = new StringMemo<number>(10, 100);
    memo.get('a', () => 1);
    clearParseMemos();
    expect(memo.size).toBe(0);
  });
});

describe('memoised parser functions', () => {
  const paragraph =
    'The Claims Administrator did not cite any medical evidence for its decision. Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Opioids, criteria for use, Page(s): 76-80.';

  beforeEach(() => clearParseMemos());

  it('answer a repeated guideline paragraph exactly as the first time', () => {
    const first = parseGuidelineParagraph(paragraph);
    const again = parseGuidelineParagraph(paragraph);
    expect(again).toEqual(first);
    expect(first.citations[0].sections).toEqual(['Opioids, criteria for use']);
  });

  it("give each caller its own objects: changing one letter's citations leaves the next alone", () => {
    const first = parseGuidelineParagraph(paragraph);
    first.citations[0].sections.push('tampered');
    first.citations[0].pages = 'tampered';
    first.citations.push({ ...first.citations[0] });
    first.warnings.push('tampered');
    const again = parseGuidelineParagraph(paragraph);
    expect(again.citations).toHaveLength(1);
    expect(again.citations[0].sections).toEqual(['Opioids, criteria for use']);
    expect(again.citations[0].pages).toBe('76-80');
    expect(again.warnings).toEqual([]);
  });

  it('give the same section keys warm as cold', () => {
    const names = ['Epidural steroid injections (ESIs)', 'NSAIDs', 'Forearm, Wrist, & Hand'];
    const cold = names.map(normaliseSectionKey);
    expect(names.map(normaliseSectionKey)).toEqual(cold);
    expect(cold[0]).toBe('epidural steroid injection');
  });
});
