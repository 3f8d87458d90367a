/**
 * Text clean-up between extraction and parsing. Works line by line so that every later stage
 * can still point at what the letter said; nothing here drops words, only layout noise.
 */

/**
 * Lines of a letter: right-trimmed, whitespace-only lines as '', one blank between paragraphs.
 * Inside a line, gaps fold into one space: a run of spaces or tabs (redaction gaps, layout,
 * extractors that tab between runs: `DOS:\t11/14/16`) and no-break spaces, so that every later
 * stage reads single-spaced text (`HOW THE  IMR FINAL DETERMINATION` is the heading).
 */
export function cleanLines(text: string): string[] {
  let unified = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (unified.includes('\r')) unified = unified.replace(/\r\n?/g, '\n');
  if (unified.includes('\f')) unified = unified.replace(/\f/g, '\n\n');
  if (unified.includes('\u00a0')) unified = unified.replace(/\u00a0/g, ' ');
  // Whole-text tests: one search each, not one per line.
  if (unified.includes('\t') || unified.includes('  ')) unified = unified.replace(GAP, ' ');
  // trimEnd drops exactly what `\s` matches; a whitespace-only line comes out as ''.
  const raw = unified.split('\n');
  for (let i = 0; i < raw.length; i++) raw[i] = raw[i].trimEnd();
  const lines = isBlankDoubled(raw) ? undoBlankDoubling(raw) : raw;
  return collapseBlankRuns(lines);
}

const GAP = /[ \t]{2,}|\t/g;

/**
 * Seed texts put an empty line after every line, so a real paragraph break shows as a
 * whitespace-only line between two empty ones. Detect it by the share of text lines followed
 * by an empty line.
 */
function isBlankDoubled(lines: string[]): boolean {
  let text = 0;
  let followedByEmpty = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    if (lines[i] === '') continue;
    text++;
    if (lines[i + 1] === '') followedByEmpty++;
  }
  return text >= 4 && followedByEmpty / text > 0.9;
}

function undoBlankDoubling(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    out.push(lines[i]);
    if (lines[i + 1] === '') i++;
  }
  return out;
}

function collapseBlankRuns(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const blank = line === '';
    if (blank && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}

/**
 * Joins wrapped lines into one string: words hyphenated across lines (`Table 8-` / `2`,
 * `first-` / `time`) join without a space and keep the hyphen. The lines are as cleanLines
 * gives them (gaps already folded), so joining with one space leaves no gap.
 */
export function joinLines(lines: readonly string[]): string {
  let out = '';
  // `out` ends as its last line does (or in ` x` / `-x`, alike for the test): asking the line
  // spares flattening the growing string.
  let last = '';
  for (const rawLine of lines) {
    const line = rawLine.trim();
    if (line === '') continue;
    if (out === '') out = line;
    else if (endsInWordHyphen(last)) out += line;
    else out += ' ' + line;
    last = line;
  }
  return repairSmartQuotes(out);
}

/**
 * A page break inside a paragraph leaves a blank line before a lowercase (or numeric)
 * continuation: such paragraphs are one. A word hyphenated across the break (`x-` / `rays`)
 * joins without a space and keeps its hyphen, as across a line.
 */
export function mergeBrokenParagraphs(paragraphs: readonly string[]): string[] {
  // Pieces of each merged paragraph, joined once at the end: the tests below look at the last
  // piece only, so a paragraph merged over many breaks is never re-scanned as it grows.
  const merged: string[][] = [];
  let last = '';
  for (const paragraph of paragraphs) {
    if (merged.length > 0 && !SENTENCE_END.test(last) && /^[a-z0-9(]/.test(paragraph)) {
      merged[merged.length - 1].push(endsInWordHyphen(last) ? paragraph : ` ${paragraph}`);
    } else merged.push([paragraph]);
    last = paragraph;
  }
  return merged.map((pieces) => pieces.join(''));
}

const SENTENCE_END = /[.:;!?)"']$/;

/** `/[A-Za-z0-9]-$/` without scanning the whole (growing) text. */
function endsInWordHyphen(text: string): boolean {
  const n = text.length;
  return n >= 2 && text[n - 1] === '-' && isAsciiAlnum(text.charCodeAt(n - 2));
}

function isAsciiAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * Smart quotes became `?` in extraction: `patient?s`, `the ?time to produce`. Only the
 * unambiguous shapes are repaired; a `?` that ends a sentence stays.
 */
export function repairSmartQuotes(text: string): string {
  // Every pattern below needs a `?`.
  if (!text.includes('?')) return text;
  return (
    text
      .replace(/([A-Za-z])\?(s|t|ll|re|ve|d|m)\b/g, "$1'$2")
      .replace(/(^|[\s(])\?(?=[A-Za-z])/g, '$1"')
      // A `?` that closes a quote opened just before: `the requested ?Assistant PA? is`.
      .replace(/("[^"?\n]{0,120}?[A-Za-z0-9.,])\?(?=[\s,.;:)]|$)/g, '$1"')
      .replace(/([a-z.,])\?(?=[\s,.;)]|$)(?!\s+[A-Z])/g, '$1"')
  );
}

/** Folds a run of whitespace into a single space and trims. */
export function foldSpaces(text: string): string {
  return (UNFOLDED_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
}

/** Whitespace that `foldSpaces` changes: two in a row, or any but a plain space. */
const UNFOLDED_SPACE = /\s\s|[^\S ]/;
