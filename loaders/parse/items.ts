import type { Outcome } from '../determination';
import { joinLines, mergeBrokenParagraphs } from '../text/clean-text';
import { splitParagraphs } from './case-summary';
import { opensWithLetter } from '../text/ascii';

/** One disputed item as the letter lays it out, before canonicalisation. */
export interface RawItem {
  header: string;
  request: string;
  originalRequest: string | null;
  authorized: string | null;
  outcome: Outcome;
  claimsAdministrator: string | null;
  reviewer: string | null;
  rationale: string;
  warnings: string[];
  /** Line numbers (first, last; inclusive) in the section's lines, for spans (spans.ts). */
  at: ItemLines;
}

export interface ItemLines {
  header: LineRange;
  claimsAdministrator: LineRange | null;
  reviewer: LineRange | null;
}

export type LineRange = readonly [first: number, last: number];

/** Sticky, tried at the line's last colon: nothing after the outcome's colon is another colon. */
const OUTCOME_END = /:\s*(Upheld|Overturned)\s*\.?$/iy;
const LONE_OUTCOME = /^(Upheld|Overturned)\s*\.?$/i;

/** A trimmed line ending in `: Upheld|Overturned` (an item header's last line). */
export function endsInOutcome(text: string): boolean {
  if (!mayEndInOutcome(text)) return false;
  const colon = text.lastIndexOf(':');
  if (colon < 0) return false;
  OUTCOME_END.lastIndex = colon;
  return OUTCOME_END.test(text);
}

/**
 * Both outcome words end in `d`, and only a period may follow them: the last character rules
 * out most lines of a letter without running a pattern.
 */
function mayEndInOutcome(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last === 0x2e || (last | 0x20) === 0x64;
}
// The item's labels, tolerant of the letters' own slips (`Claim Administrator`, `Claims
// Administrator's`, `guidline`): a label not read loses an item.
const UR_WORDS = String.raw`Claims?\s+Administrator(?:['’]s)?\s+guide?lines?`;
const IMR_WORDS = String.raw`MAXIMUS\s+guide?lines?`;
const RATIONALE_WORDS = String.raw`Decision\s+rationale`;
const UR_LABEL = new RegExp(String.raw`^${UR_WORDS}\s*:\s*`, 'i');
const IMR_LABEL = new RegExp(String.raw`^${IMR_WORDS}\s*:\s*`, 'i');
const RATIONALE_LABEL = new RegExp(String.raw`^${RATIONALE_WORDS}\s*:\s*`, 'i');
const ANY_LABEL = new RegExp(String.raw`^(?:${UR_WORDS}|${IMR_WORDS}|${RATIONALE_WORDS})\s*:`, 'i');
const LEAD_IN_END = /set\s+forth\s+below:?$|^below:?$/i;

/**
 * Splits `IMR ISSUES, DECISIONS AND RATIONALES` into items. An item header ends a line with
 * `: Upheld|Overturned` (its request text can wrap and contain colons; the outcome is the
 * last one) and is followed by the item's labelled paragraphs:
 *   Norco 10/325mg #60 was the original request. ... portion of the original request, Norco
 *   10/325mg #35 is: Upheld
 *   Claims Administrator guideline: Decision based on ...
 *   MAXIMUS guideline: Decision based on ...
 *   Decision rationale: ...
 */
export function splitItems(lines: readonly string[]): RawItem[] {
  const start = leadInEnd(lines);
  const outcomeLines = findOutcomeLines(lines, start);
  const parts: { header: string[]; body: string[]; headerFrom: number; bodyFrom: number }[] = [];
  let floor = start;
  for (let k = 0; k < outcomeLines.length; k++) {
    const end = outcomeLines[k];
    const headerStart = findHeaderStart(lines, end, floor);
    const nextHeaderStart =
      k + 1 < outcomeLines.length
        ? findHeaderStart(lines, outcomeLines[k + 1], end + 1)
        : lines.length;
    parts.push({
      header: lines.slice(headerStart, end + 1),
      body: lines.slice(end + 1, nextHeaderStart),
      headerFrom: headerStart,
      bodyFrom: end + 1,
    });
    floor = end + 1;
  }
  const numbered = parts.every((part, k) => itemNumber(part.header) === k + 1);
  return parts.map((part) => readItem(part, numbered));
}

/** `1. MRI ...` / `2) Norco ...`: the number a header opens with, or null. */
function itemNumber(header: readonly string[]): number | null {
  const first = header.find((line) => line !== '') ?? '';
  const match = ITEM_NUMBER.exec(first.trim());
  return match ? Number(match[1]) : null;
}

/** Lines, blank or not, the lead-in may take when it wraps (with blank lines between, in seeds). */
const LEAD_IN_MAX_LINES = 10;

/** The lead-in may wrap (`... set` / `forth below:`): its lines are read joined. */
function leadInEnd(lines: readonly string[]): number {
  let text = '';
  for (let i = 0; i < Math.min(lines.length, LEAD_IN_MAX_LINES); i++) {
    if (lines[i] === '') continue;
    text = `${text} ${lines[i].trim()}`.trim();
    if (LEAD_IN_END.test(text)) return i + 1;
  }
  return 0;
}

/** Lines that end an item header: the outcome, then (after blanks) one of the item's labels. */
function findOutcomeLines(lines: readonly string[], start: number): number[] {
  const found: number[] = [];
  for (let i = start; i < lines.length; i++) {
    const text = lines[i].trim();
    if (!mayEndInOutcome(text)) continue;
    const endsHeader =
      endsInOutcome(text) ||
      (LONE_OUTCOME.test(text) && i > start && /:$/.test(previousText(lines, i)));
    const next = nextText(lines, i);
    if (endsHeader ? ANY_LABEL.test(next) : endsWithoutColon(text, next)) found.push(i);
  }
  return found;
}

/**
 * A header whose outcome lost its colon (`MRI of the knee Upheld`, `... is Overturned`, `... -
 * Upheld`): read as one only where the item's first paragraph, the Claims Administrator's
 * guideline, follows, and the outcome is written as the template writes it (capitalised), so
 * that no sentence ending in `upheld` is taken for a header.
 */
function endsWithoutColon(text: string, next: string): boolean {
  return OUTCOME_WITHOUT_COLON.test(text) && UR_LABEL.test(next);
}
const OUTCOME_WITHOUT_COLON = /(?:^|[\s;\-–])(?:Upheld|Overturned|UPHELD|OVERTURNED)\s*\.?$/;

/** Item openings (`Claims Administrator guideline:` lines): each item has one. */
export function countItemOpenings(lines: readonly string[]): number {
  let count = 0;
  for (const line of lines) {
    const text = line.trim();
    if (opensWithLetter(text, 'c') && UR_LABEL.test(text)) count++;
  }
  return count;
}

function nextText(lines: readonly string[], i: number): string {
  for (let j = i + 1; j < lines.length; j++) if (lines[j] !== '') return lines[j].trim();
  return '';
}

function previousText(lines: readonly string[], i: number): string {
  const k = previousTextLine(lines, i, 0);
  return k === null ? '' : lines[k].trim();
}

/**
 * Walks back from the outcome line to the start of the header: the line after the previous
 * item's last sentence or label, or after the blank line that opens the header paragraph. A
 * page break can put blank lines inside a header; the walk crosses them while the text before
 * the blank does not end a sentence (a rationale always does), while the text below is an
 * outcome alone (`... is:` / blank / `Upheld`), or while the text below is the rest of a
 * partial-authorisation story whose opening sentence is above. Line by line, the walk also
 * stops where a line ends a sentence, for text extracted without blank lines between
 * paragraphs; header lines end in a period only inside a partial-authorisation story.
 */
function findHeaderStart(lines: readonly string[], end: number, floor: number): number {
  let j = end;
  // The first header line below the last blank crossed: a paragraph above a blank that opens
  // with a label is the previous item's body (a rationale ending without a period), not header.
  let belowBlank: number | null = null;
  if (LONE_OUTCOME.test(lines[end].trim())) j = previousTextLine(lines, end, floor) ?? end;
  for (;;) {
    while (j - 1 >= floor && lines[j - 1] !== '') {
      const before = lines[j - 1].trim();
      if (ANY_LABEL.test(before)) return belowBlank ?? j;
      if (
        LINE_ENDS_SENTENCE.test(before) &&
        !STORY_LINE_END.test(before) &&
        !ABBREVIATION_END.test(before)
      )
        return j;
      j--;
    }
    let k = j - 1;
    while (k >= floor && lines[k] === '') k--;
    if (k < floor) return j;
    const before = lines[k].trim();
    if (ANY_LABEL.test(before)) return j;
    if (endsParagraph(before, lines[j].trim()) && !continuesHeader(lines, k, j, end, floor))
      return j;
    // A rationale's last paragraph that lacks its final period still concludes the rationale.
    const above = paragraphStart(lines, k, floor);
    if (lines.slice(above, k + 1).some((line) => CONCLUSION.test(line))) return j;
    belowBlank = j;
    j = k + 1;
  }
}

/** The nearest non-blank line above `i`, not below `floor`. */
function previousTextLine(lines: readonly string[], i: number, floor: number): number | null {
  for (let k = i - 1; k >= floor; k--) if (lines[k] !== '') return k;
  return null;
}

/**
 * Whether the text above a blank line ends its paragraph: a sentence, a closing bracket or
 * quote, or a colon (a lead-in's `set forth below:`), except a colon before a date or a
 * lowercase word: a header can break across pages there (`... DOS:` / `11/14/16: Upheld`).
 */
function endsParagraph(before: string, below: string): boolean {
  if (PARAGRAPH_END.test(before)) return true;
  return before.endsWith(':') && !/^[a-z0-9#]/.test(below);
}

const PARAGRAPH_END = /[.;!?)"']$/;

/**
 * Whether the header below a blank line (`lines[j..end]`) goes on from the paragraph that ends
 * at `lines[k]` although that paragraph ends in a period or a bracket: a page break inside the
 * header.
 */
function continuesHeader(
  lines: readonly string[],
  k: number,
  j: number,
  end: number,
  floor: number,
): boolean {
  const before = lines[k].trim();
  if (continuesStory(before, lines.slice(j, end + 1))) return true;
  if (opensStory(lines.slice(paragraphStart(lines, k, floor), k + 1))) return true;
  // No header opens with `#` or a word that only goes on from one: `(12 sessions)` / blank /
  // `to the right elbow is: Upheld`, `Tramadol ER 150mg 1 tab p.o. q.d.` / blank / `#30: Upheld`.
  // A lowercase request (`x-ray of the lumbar spine`) opens a header of its own.
  if (!CONTINUATION.test(lines[j].trim())) return false;
  return !/[.!?]$/.test(before) || ABBREVIATION_END.test(before);
}

const CONTINUATION =
  /^(?:#|(?:to|for|of|and|or|with|times|x|per|at|in|on|over|from|via|plus|including|each|every)(?=\s|$))/;

/**
 * A page break after one sentence of a partial-authorisation story (`X was the original
 * request.` / `Y was authorized by the Claims Administrator.`): the header below the break
 * goes on with the story but lacks its opening.
 */
function continuesStory(before: string, headerBelow: readonly string[]): boolean {
  if (!STORY_LINE_END.test(before)) return false;
  const below = joinLines(headerBelow);
  return !ORIGINAL_SENTENCE.test(below) && STORY_REST.test(below);
}

/**
 * A paragraph above the header that opens a partial-authorisation story (`X was the original
 * request. ...`) is the top of that header, which a page break cut, wherever it was cut (the
 * outcome line is below: the walk started there).
 */
function opensStory(paragraph: readonly string[]): boolean {
  return mayTellOriginal(paragraph) && ORIGINAL.test(joinLines(paragraph));
}

const ORIGINAL_SENTENCE = /\bwas\s+the\s+original\s+request\b/i;
const STORY_REST =
  /\b(?:by\s+the\s+Claims\s+Administrator|IMR\s+eligible|(?:The\s+)?original\s+request,)/i;

/** The conclusion of a rationale, never part of a request. */
const CONCLUSION = /\bmedically\s+(?:necessary|appropriate|reasonable)\b|\bnot\s+supported\b/i;

/** First line of the paragraph ending at `last`, walking up to a blank line or `floor`. */
function paragraphStart(lines: readonly string[], last: number, floor: number): number {
  let i = last;
  while (i - 1 >= floor && lines[i - 1] !== '') i--;
  return i;
}

const LINE_ENDS_SENTENCE = /[.!?]["')\]]?$/;
/** A wrapped request line ending in a dose abbreviation (`1 tab p.o. q.i.d.`) ends no sentence. */
const ABBREVIATION_END = /(?:\b[a-z]\.){2,}$|\b(?:tabs?|caps?|qty|approx)\.$/i;
/** Lines of a partial-authorisation story that end in a period without ending the header. */
const STORY_LINE_END = /(?:original\s+request|Claims\s+Administrator|IMR\s+eligible)\.$/i;

/** `numbered`: the letter numbers its items 1, 2, 3 …, and the numbers are no part of a request. */
function readItem(
  part: { header: string[]; body: string[]; headerFrom: number; bodyFrom: number },
  numbered: boolean,
): RawItem {
  const { header: headerLines, body: bodyLines } = part;
  const warnings: string[] = [];
  const header = joinLines(headerLines);
  // The outcome line always ends in the outcome word; the colon before it may stand alone.
  // `: Upheld`; where the colon was lost (see endsWithoutColon), `; `, ` - ` or ` is ` before it.
  const match = /^(.*?)\s*(?::|;|[-–]|\bis\b)?\s*\b(Upheld|Overturned)\s*\.?$/is.exec(header);
  if (match !== null && !endsInOutcome(header))
    warnings.push('item header without a colon before its outcome');
  const outcome = (match?.[2] ?? 'Upheld').toUpperCase() as Outcome;
  const text = match?.[1] ?? header;
  const story = readPartialAuthorisation(numbered ? text.replace(ITEM_NUMBER, '') : text);

  const labelled = readLabelledParagraphs(bodyLines);
  if (labelled.claimsAdministrator === null)
    warnings.push('item without a Claims Administrator guideline');
  if (labelled.reviewer === null) warnings.push('item without a MAXIMUS guideline');
  if (labelled.rationale === null) warnings.push('item without a decision rationale');
  // The story's fields one by one, in its order: a spread copies them by a slow generic path.
  return {
    header,
    request: story.request,
    originalRequest: story.originalRequest,
    authorized: story.authorized,
    outcome,
    claimsAdministrator: labelled.claimsAdministrator,
    reviewer: labelled.reviewer,
    rationale: labelled.rationale ?? '',
    warnings,
    at: {
      header: [part.headerFrom, part.headerFrom + headerLines.length - 1],
      claimsAdministrator: shift(labelled.at.claimsAdministrator, part.bodyFrom),
      reviewer: shift(labelled.at.reviewer, part.bodyFrom),
    },
  };
}

/**
 * A number before an item (`1. MRI ...`, `2) Norco ...`): the letter's list, not the request,
 * when every item has the next one. `(12) sessions of ...` is a count and stays.
 */
const ITEM_NUMBER = /^(\d{1,2})[.)]\s+/;

interface PartialAuthorisation {
  request: string;
  originalRequest: string | null;
  authorized: string | null;
}

const ORIGINAL = /^(.+?)\s+was\s+the\s+original\s+request\.\s*(.*)$/is;
/** What ORIGINAL needs, found by a fast search (ORIGINAL itself is tried at every character). */
const ORIGINAL_MARK = /original\s+request\./i;

/** Whether the lines may hold ORIGINAL's sentence: its word `original` is on one of them. */
function mayTellOriginal(lines: readonly string[]): boolean {
  // One search of the lines joined: the word cannot span the line break between two lines.
  return ORIGINAL_WORD.test(lines.join('\n'));
}
const ORIGINAL_WORD = /original/i;
const AUTHORISED_BY =
  /^(.+?)\s+(?:was|were)\s+(?:authorized|approved|certified|modified)\s+by\s+the\s+Claims\s+Administrator\.?\s*(.*)$/is;
const CA_AUTHORISED =
  /^The\s+Claims\s+Administrator\s+(?:authorized|approved|certified|modified(?:\s+the\s+request\s+to)?)\s+(.+?)(?:,\s*leaving\s+the\s+original\s+request\s+IMR\s+eligible)?\.(?=\s+[A-Z]|\s*$)\s*(.*)$/is;
// The closing `is` is sometimes left out (`... portion of the original request, Baclofen 100mg #3:
// Upheld`) or comes first (`... portion of the original request is Baclofen 100mg #3: Upheld`).
const DISPUTED =
  /^(?:The\s+)?(?:remaining\s+)?(?:IMR\s+eligible\s+portion\s+of\s+the\s+)?original\s+request(?:,|\s+is\b)?\s*(.+?),?(?:\s+is)?$/is;

/**
 * Partial authorisations tell a small story: `X was the original request. Y was authorized by
 * the Claims Administrator. The remaining IMR eligible portion of the original request, Z is`
 * (or `The Claims Administrator authorized Y, leaving the original request IMR eligible. The
 * original request, X is`). Other headers are the request itself.
 */
export function readPartialAuthorisation(text: string): PartialAuthorisation {
  const original = ORIGINAL_MARK.test(text) ? ORIGINAL.exec(text) : null;
  if (!original) return { request: text.trim(), originalRequest: null, authorized: null };
  let rest = original[2];
  let authorized: string | null = null;
  const byCa = AUTHORISED_BY.exec(rest) ?? null;
  const caDid = byCa ? null : CA_AUTHORISED.exec(rest);
  if (byCa) [authorized, rest] = [byCa[1], byCa[2]];
  else if (caDid) [authorized, rest] = [caDid[1], caDid[2]];
  const disputed = DISPUTED.exec(rest.trim());
  const request = (disputed?.[1] ?? rest.replace(/\s+is$/i, '')).trim();
  return {
    request: request === '' ? original[1].trim() : request,
    originalRequest: original[1].trim(),
    authorized: authorized?.trim() ?? null,
  };
}

interface LabelledParagraphs {
  claimsAdministrator: string | null;
  reviewer: string | null;
  rationale: string | null;
}

function shift(range: LineRange | null, by: number): LineRange | null {
  return range === null ? null : [range[0] + by, range[1] + by];
}

/** Each label runs to the next label; the rationale keeps its paragraph breaks. */
const LABELS: readonly (readonly [RegExp, keyof LabelledParagraphs])[] = [
  [UR_LABEL, 'claimsAdministrator'],
  [IMR_LABEL, 'reviewer'],
  [RATIONALE_LABEL, 'rationale'],
];

/** The labels open with C, M or D: see opensWithLetter. */
const mayOpenLabel = (text: string): boolean => opensWithLetter(text, 'cmd');

function readLabelledParagraphs(
  lines: readonly string[],
): LabelledParagraphs & { at: Pick<ItemLines, 'claimsAdministrator' | 'reviewer'> } {
  const out: LabelledParagraphs = { claimsAdministrator: null, reviewer: null, rationale: null };
  // One buffer per label, in the order of LABELS; -1 before the first label.
  const buffers: string[][] = LABELS.map(() => []);
  // The first and last line each label's buffer took (a label seen twice spans both).
  const firsts: number[] = LABELS.map(() => -1);
  const lasts: number[] = LABELS.map(() => -1);
  let current = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const text = line.trim();
    const label = mayOpenLabel(text) ? openingLabel(text) : null;
    if (label !== null) {
      current = label.index;
      buffers[current].push(text.slice(label.length));
      if (firsts[current] < 0) firsts[current] = i;
      lasts[current] = i;
    } else if (current >= 0) {
      buffers[current].push(line);
      lasts[current] = i;
    }
  }
  const range = (k: number): LineRange | null => (firsts[k] < 0 ? null : [firsts[k], lasts[k]]);
  for (let k = 0; k < LABELS.length; k++) {
    if (buffers[k].length === 0) continue;
    const key = LABELS[k][1];
    const paragraphs = splitParagraphs(buffers[k]).map(joinLines);
    out[key] =
      key === 'rationale' ? mergeBrokenParagraphs(paragraphs).join('\n\n') : paragraphs.join(' ');
  }
  return { ...out, at: { claimsAdministrator: range(0), reviewer: range(1) } };
}

/**
 * The first of LABELS that opens `text`, and the length of its match (the labels are anchored
 * at the start, so dropping the match is slicing it off).
 */
function openingLabel(text: string): { index: number; length: number } | null {
  for (let k = 0; k < LABELS.length; k++) {
    const match = LABELS[k][0].exec(text);
    if (match !== null) return { index: k, length: match[0].length };
  }
  return null;
}
