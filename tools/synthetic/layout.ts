/**
 * Line layout of the synthetic letters as `pdftotext -layout` prints the real ones: paragraphs
 * wrapped at about 95 characters, breaking at spaces or right after a hyphen inside a word
 * (`electro-` / `myography`, `10-` / `13-16`), and a form feed starting each new page.
 */

/** Lines per page after the first, and on the first page (which holds the case header). */
const PAGE_LINES = 46;
const FIRST_PAGE_LINES = 44;

/**
 * Wraps one paragraph greedily into `lines`. Runs of spaces inside the text (redaction artefacts)
 * stay within a line; a line never starts or ends with a space. Works on indices with native
 * searches because it is the hot path of corpus generation.
 */
export function wrapParagraph(text: string, width: number, lines: string[] = []): string[] {
  const n = text.length;
  let start = skipSpaces(text, 0);
  while (start < n) {
    if (n - start <= width) {
      lines.push(text.slice(start, trimEnd(text, start, n)));
      break;
    }
    const limit = start + width;
    const cut = breakBefore(text, start, limit);
    let end: number;
    let next: number;
    if (cut > 0) {
      // A hyphen ends the line and stays there; a space is dropped.
      const hyphen = text.charCodeAt(cut - 1) === HYPHEN;
      end = hyphen ? cut : trimEnd(text, start, cut);
      next = hyphen ? cut : skipSpaces(text, cut);
    } else {
      // A word longer than the line overflows it, as URLs do in the real letters.
      const after = text.indexOf(' ', limit);
      end = after < 0 ? n : after;
      next = skipSpaces(text, end);
    }
    lines.push(text.slice(start, end));
    start = next;
  }
  return lines;
}

const SPACE = 32;
const HYPHEN = 45;

/**
 * The rightmost place to end a line starting at `start` within `limit`: the index of a space, or
 * one past a hyphen inside a word (`electro-myography`, `10-13-16`); 0 when there is none.
 */
function breakBefore(text: string, start: number, limit: number): number {
  if (text.charCodeAt(limit) === SPACE) return limit;
  for (let i = limit - 1; i > start; i--) {
    const c = text.charCodeAt(i);
    if (c === SPACE) return i;
    if (c === HYPHEN) {
      const before = text.charCodeAt(i - 1);
      const after = text.charCodeAt(i + 1);
      if (before !== SPACE && before !== HYPHEN && after !== SPACE && after !== HYPHEN)
        return i + 1;
    }
  }
  return 0;
}

function skipSpaces(text: string, i: number): number {
  while (i < text.length && text.charCodeAt(i) === SPACE) i++;
  return i;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && text.charCodeAt(end - 1) === SPACE) end--;
  return end;
}

/** Joins lines into the text of a letter, a form feed opening each page after the first. */
export function paginate(lines: readonly string[], pageBreaks: boolean): string {
  if (!pageBreaks) return lines.join('\n') + '\n';
  let out = '';
  let onPage = 0;
  let limit = FIRST_PAGE_LINES;
  for (const line of lines) {
    if (onPage === limit) {
      out += '\f';
      onPage = 0;
      limit = PAGE_LINES;
    }
    out += line + '\n';
    onPage++;
  }
  return out + '\f';
}
