import { rationalePieces } from '../../src/api/http/explorer/client/reason-spans';

const r = (code: string, start: number, end: number) => ({
  reason: { code, label: code.toLowerCase() },
  start,
  end,
});

describe('the explorer marks each ground in the rationale', () => {
  const text = 'Guidelines say X. There are no red flags. Therefore not necessary.';
  const flags = text.indexOf('There are');
  const flagsEnd = text.indexOf(' Therefore');

  it('keeps the text whole and in order, marking exactly the ground’s span', () => {
    const pieces = rationalePieces(text, [r('NO_RED_FLAGS', flags, flagsEnd)]);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces).toEqual([
      { text: text.slice(0, flags), reasons: [] },
      {
        text: 'There are no red flags.',
        reasons: [{ code: 'NO_RED_FLAGS', label: 'no_red_flags' }],
      },
      { text: text.slice(flagsEnd), reasons: [] },
    ]);
  });

  it('joins overlapping grounds into one mark naming both, in any input order', () => {
    const pieces = rationalePieces(text, [r('B', flags + 4, flagsEnd), r('A', flags, flags + 10)]);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.filter((p) => p.reasons.length > 0)).toEqual([
      {
        text: text.slice(flags, flagsEnd),
        reasons: [
          { code: 'A', label: 'a' },
          { code: 'B', label: 'b' },
        ],
      },
    ]);
  });

  it('ignores spans outside the rationale and shows plain text when there are none', () => {
    expect(rationalePieces(text, [r('X', 5, text.length + 3), r('Y', 9, 9)])).toEqual([
      { text, reasons: [] },
    ]);
    expect(rationalePieces('', [])).toEqual([]);
  });
});
