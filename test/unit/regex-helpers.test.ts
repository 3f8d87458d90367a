import { opensWithLetter } from '../../loaders/text/ascii';
import { execAll, splitAll } from '../../loaders/text/regex';

// execAll / splitAll stand in for String.prototype.matchAll / split on the parser's shared
// patterns: they must give exactly what the built-ins give, empty matches and unicode included.

const PATTERNS: RegExp[] = [
  /\s+and\s+/gi,
  /,\s*/g,
  /(?:)/g,
  /x*/g,
  /\b/g,
  /(?=[A-Z])/g,
  /a|(?<=b)/g,
  /(?:)/gu,
  /.?/gu,
  /\d{1,2}\/\d{1,2}/g,
  /\bDecisions?\s*based\s*(?:up)?on\b\s*:?\s*/gi,
];

const TEXTS = [
  '',
  'a',
  'abc',
  'x',
  'xx yy xx',
  'Neck and back pain, and Left AND right knee',
  'A,B, C ,, d',
  'b a b a',
  'Decision based on MTUS. Decisions based upon: ODG.',
  'dates 4/16/2014 and 10/13/16',
  'emoji \u{1F600} and \u{1F601}x',
  '\uD83D',
  'aAbBcC',
];

/** Random short texts over a small alphabet that the patterns above care about. */
function randomTexts(count: number): string[] {
  const alphabet = ['a', 'b', 'x', ' ', ',', 'A', 'and', '1', '/', '\u{1F600}', '\uD83D'];
  let seed = 7;
  const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  return Array.from({ length: count }, () => {
    let s = '';
    const n = Math.floor(next() * 12);
    for (let i = 0; i < n; i++) s += alphabet[Math.floor(next() * alphabet.length)];
    return s;
  });
}

const ALL_TEXTS = [...TEXTS, ...randomTexts(150)];

function shape(matches: RegExpExecArray[] | RegExpMatchArray[]) {
  return matches.map((m) => ({ index: m.index, all: [...m], groups: m.groups }));
}

describe('execAll', () => {
  it.each(PATTERNS.map((p) => [p.toString(), p] as const))('matches like matchAll: %s', (_, re) => {
    for (const text of ALL_TEXTS) {
      expect(shape(execAll(re, text))).toEqual(shape([...text.matchAll(re)]));
      expect(re.lastIndex).toBe(0);
    }
  });

  it('starts where lastIndex is, as matchAll does, and leaves it there', () => {
    const re = /\d/g;
    re.lastIndex = 3;
    const expected = shape([...'1234'.matchAll(re)]);
    expect(shape(execAll(re, '1234'))).toEqual(expected);
    expect(expected.map((m) => m.all[0])).toEqual(['4']);
    expect(re.lastIndex).toBe(3);
  });

  it('keeps named groups', () => {
    const re = /(?<d>\d)(?<l>[a-z])?/g;
    expect(shape(execAll(re, '1a2 3b'))).toEqual(shape([...'1a2 3b'.matchAll(re)]));
  });

  it('refuses a pattern that is not global', () => {
    expect(() => execAll(/a/, 'a')).toThrow(TypeError);
  });
});

describe('splitAll', () => {
  it.each(PATTERNS.map((p) => [p.toString(), p] as const))('splits like split: %s', (_, re) => {
    for (const text of ALL_TEXTS) {
      expect(splitAll(re, text)).toEqual(text.split(re));
      expect(re.lastIndex).toBe(0);
    }
  });

  it('refuses a pattern that is not global', () => {
    expect(() => splitAll(/a/, 'a')).toThrow(TypeError);
  });
});

describe('opensWithLetter', () => {
  test('the first character is one of the letters, in either case, and nothing else', () => {
    expect(opensWithLetter('Claims Administrator', 'cmd')).toBe(true);
    expect(opensWithLetter('maximus guideline', 'cmd')).toBe(true);
    expect(opensWithLetter('State(s) of Licensure', 'cmd')).toBe(false);
    expect(opensWithLetter('', 'c')).toBe(false);
    expect(opensWithLetter('Ćlaims', 'c')).toBe(false); // no other character matches `c` under `i`
    expect(opensWithLetter('#60', 'c')).toBe(false);
    expect(opensWithLetter('Cmd', '')).toBe(false);
  });
});
