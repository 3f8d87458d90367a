/**
 * `matchAll` and `split` for the parser's shared global patterns, without the copy of the
 * pattern both make on every call (ECMAScript has them construct a new RegExp from the old).
 * That copy re-reads the pattern's source: for the vocabulary alternations (over 1,000
 * characters) it costs several times the match itself. Same results as the built-ins.
 */

/**
 * `[...text.matchAll(re)]` for a global `re`: every match from `re.lastIndex` on, an empty
 * match stepping one position (one code point with the `u` / `v` flag); `re.lastIndex` is left
 * as it was. All matches are found before any is returned, so a caller's loop body cannot see
 * the pattern mid-scan.
 */
export function execAll(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError('execAll needs a global pattern');
  const start = re.lastIndex;
  const out: RegExpExecArray[] = [];
  for (let match = re.exec(text); match !== null; match = re.exec(text)) {
    out.push(match);
    if (match[0] === '') re.lastIndex = nextIndex(text, re.lastIndex, fullUnicode(re));
  }
  re.lastIndex = start;
  return out;
}

/**
 * `text.split(re)` for a global `re` without capturing groups: the text between matches,
 * scanning from the start; an empty match at the start of a piece does not split, and a match
 * cannot start at the end of the text. `re.lastIndex` is left as it was.
 */
export function splitAll(re: RegExp, text: string): string[] {
  if (!re.global) throw new TypeError('splitAll needs a global pattern');
  const saved = re.lastIndex;
  const pieces: string[] = [];
  if (text === '') {
    re.lastIndex = 0;
    const matches = re.exec(text) !== null;
    re.lastIndex = saved;
    return matches ? [] : [''];
  }
  let from = 0;
  re.lastIndex = 0;
  for (let match = re.exec(text); match !== null; match = re.exec(text)) {
    const at = match.index;
    if (at >= text.length) break;
    const end = at + match[0].length;
    if (end === from) {
      // An empty match where the piece starts: try one position on.
      re.lastIndex = nextIndex(text, at, fullUnicode(re));
      continue;
    }
    pieces.push(text.slice(from, at));
    from = end;
    if (match[0] === '') re.lastIndex = nextIndex(text, at, fullUnicode(re));
  }
  pieces.push(text.slice(from));
  re.lastIndex = saved;
  return pieces;
}

function fullUnicode(re: RegExp): boolean {
  return re.unicode || re.flags.includes('v');
}

/** AdvanceStringIndex: one UTF-16 unit, or a whole surrogate pair in unicode mode. */
function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const first = text.charCodeAt(index);
  if (first < 0xd800 || first > 0xdbff) return index + 1;
  const second = text.charCodeAt(index + 1);
  return second >= 0xdc00 && second <= 0xdfff ? index + 2 : index + 1;
}
