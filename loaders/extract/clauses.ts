/**
 * A rationale split into sentences and their clauses, each with its offsets into the text, so
 * that whatever is read from a clause can point back to the words it came from.
 *
 *   `There is no evidence of red flags. PT helped; however, the 12 visits exceed the 10
 *   recommended.` → sentence 1 (one clause), sentence 2 (`PT helped;`, `however, the 12 ...`).
 */

export interface Span {
  text: string;
  start: number;
  end: number;
}

export type Sentence = Span;

/** A sentence ends at `.`, `!` or `?` (and any closing quote or bracket) before a capital or a paragraph break. */
const SENTENCE_END = /[.!?]+["'”’)\]]*(?=\s+["'“‘([]?[A-Z0-9]|\s*$)|\n\s*\n/g;
/** Words whose period does not end a sentence. */
const ABBREVIATION =
  /(?:^|[\s(])(?:dr|mr|mrs|ms|vs|e\.g|i\.e|etc|no|nos|approx|fig|st|jr|al|u\.s|ca|pp?|sec|ref|cf|[a-z])\.$/i;
/** Clause boundaries inside a sentence: after `;`, or before a contrasting connective. */
const CLAUSE_BREAK = /;\s*|,?\s+(?=(?:but|however|although|though|whereas|while|except)\b)/gi;

/** The text's sentences in order; whitespace around them is left out. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(text); match !== null; match = SENTENCE_END.exec(text)) {
    const end = match.index + match[0].length;
    if (match[0][0] === '.' && ABBREVIATION.test(text.slice(Math.max(from, end - 8), end)))
      continue;
    pushSentence(sentences, text, from, match[0][0] === '\n' ? match.index : end);
    from = end;
  }
  pushSentence(sentences, text, from, text.length);
  return sentences;
}

function pushSentence(out: Sentence[], text: string, from: number, to: number): void {
  const span = trimmed(text, from, to);
  if (span !== null) out.push(span);
}

/** A sentence's clauses, with offsets into the same text as the sentence's. */
export function splitClauses(text: string, { start, end }: Span): Span[] {
  const sentence = text.slice(start, end);
  const clauses: Span[] = [];
  let from = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (
    let match = CLAUSE_BREAK.exec(sentence);
    match !== null;
    match = CLAUSE_BREAK.exec(sentence)
  ) {
    const cut = match[0][0] === ';' ? match.index + 1 : match.index;
    const clause = trimmed(text, start + from, start + cut);
    if (clause !== null) clauses.push(clause);
    from = match.index + match[0].length;
  }
  const last = trimmed(text, start + from, end);
  if (last !== null) clauses.push(last);
  return clauses;
}

function trimmed(text: string, from: number, to: number): Span | null {
  let start = from;
  let end = to;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (start === end) return null;
  return { text: text.slice(start, end), start, end };
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0xa0;
}
