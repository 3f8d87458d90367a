/**
 * Provenance: where in the cleaned letter text (the lines of cleanLines joined by `\n`) a field
 * was read. Sections and items keep the line numbers they came from; these helpers turn them
 * into character offsets, so `text.slice(start, end)` shows a frontend where a fact came from.
 */
import type { Span } from '../determination';

/** Offset of each line in `lines.join('\n')`. */
export function lineOffsets(lines: readonly string[]): number[] {
  const offsets = new Array<number>(lines.length);
  let at = 0;
  for (let i = 0; i < lines.length; i++) {
    offsets[i] = at;
    at += lines[i].length + 1;
  }
  return offsets;
}

/** Lines `from..to` (inclusive) as a span from the first character to the last, blanks trimmed. */
export function linesSpan(
  lines: readonly string[],
  offsets: readonly number[],
  from: number,
  to: number,
): Span | null {
  let first = from;
  while (first <= to && lines[first].trim() === '') first++;
  let last = to;
  while (last >= first && lines[last].trim() === '') last--;
  if (first > last) return null;
  const head = lines[first];
  const tail = lines[last];
  return {
    start: offsets[first] + head.length - head.trimStart().length,
    end: offsets[last] + tail.trimEnd().length,
  };
}

/**
 * Finds `wanted` in `text[from, to)` reading past whitespace on both sides: a field joined
 * from wrapped lines (`x-` / `rays` → `x-rays`, a URL broken at the line end) is still the
 * letter's characters in order. A `?` that extraction made of a smart quote matches the quote
 * the parser restored. The span opens and closes on the field's first and last characters.
 */
export function locateText(text: string, wanted: string, from: number, to: number): Span | null {
  const first = firstNonSpace(wanted, 0);
  if (first === wanted.length) return null;
  const opening = wanted[first];
  if (opening === "'" || opening === '"') {
    // The letter may have a `?` there: every position is tried.
    for (let start = from; start < to; start++) {
      if (!sameCharacter(text.charCodeAt(start), wanted.charCodeAt(first))) continue;
      const end = matchFrom(text, start, to, wanted, first);
      if (end >= 0) return { start, end };
    }
    return null;
  }
  // Otherwise only where the first character stands: a native search finds those.
  for (let start = text.indexOf(opening, from); start >= 0 && start < to;) {
    const end = matchFrom(text, start, to, wanted, first);
    if (end >= 0) return { start, end };
    start = text.indexOf(opening, start + 1);
  }
  return null;
}

/** The end of the match of `wanted[w..]` at `text[t..]`, or -1. */
function matchFrom(text: string, t: number, to: number, wanted: string, w: number): number {
  let end = t;
  while (w < wanted.length) {
    w = firstNonSpace(wanted, w);
    if (w === wanted.length) break;
    t = firstNonSpace(text, t);
    if (t >= to || !sameCharacter(text.charCodeAt(t), wanted.charCodeAt(w))) return -1;
    t++;
    w++;
    end = t;
  }
  return end;
}

function firstNonSpace(text: string, at: number): number {
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  return at;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d;
}

const QUESTION = 0x3f;
const APOSTROPHE = 0x27;
const QUOTE = 0x22;

function sameCharacter(inText: number, inField: number): boolean {
  return (
    inText === inField || (inText === QUESTION && (inField === APOSTROPHE || inField === QUOTE))
  );
}
