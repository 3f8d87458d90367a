/**
 * Search text in, a safe Lucene query out, and highlighted snippets for the hits. The query is
 * made only of words (letters and digits), lower-cased, in quotes for a phrase the user quoted
 * and in the query's own grouping otherwise, so nothing a user types can be read as Lucene
 * syntax: no operators, wildcards, ranges, fields or escapes of theirs.
 */

export const MAX_SEARCH_TEXT = 500;
export const MAX_SEARCH_TERMS = 16;
const MAX_TERM_LENGTH = 64;
const WORD = /[\p{L}\p{N}]+/gu;
/** How much more a text holding every word weighs than one holding some: enough to rank first. */
const ALL_WORDS_BOOST = 8;

/** The distinct words of the text, in order, lower-cased. */
export function searchTerms(text: string): string[] {
  return [...new Set(words(text))].slice(0, MAX_SEARCH_TERMS);
}

function words(text: string): string[] {
  const found = text.normalize('NFKC').toLowerCase().match(WORD) ?? [];
  return found.filter((w) => w.length <= MAX_TERM_LENGTH);
}

/**
 * What was asked: the phrases the user put in double quotes (each its words in order, two
 * words or more; a quoted single word is a word) and the other words. `terms` are all the
 * distinct words of both, at most MAX_SEARCH_TERMS, for highlighting.
 */
export interface SearchQuery {
  phrases: string[][];
  words: string[];
  terms: string[];
}

export function parseSearchText(text: string): SearchQuery {
  const phrases: string[][] = [];
  const loose: string[] = [];
  // Text between a pair of double quotes (straight or curly) is a phrase; an unpaired quote
  // leaves the rest as words.
  const parts = text.normalize('NFKC').split(/["\u201c\u201d]/);
  const paired = parts.length % 2 === 1 ? parts.length : parts.length - 1;
  parts.forEach((part, i) => {
    const inQuotes = i % 2 === 1 && i < paired;
    const found = words(part);
    if (inQuotes && found.length > 1) phrases.push(found);
    else loose.push(...found);
  });
  let budget = MAX_SEARCH_TERMS;
  const keptPhrases: string[][] = [];
  for (const phrase of phrases) {
    if (budget <= 0) break;
    const kept = phrase.slice(0, budget);
    budget -= kept.length;
    if (kept.length > 1) keptPhrases.push(kept);
    else loose.unshift(...kept);
  }
  const inPhrases = new Set(keptPhrases.flat());
  const keptWords = [...new Set(loose)]
    .filter((w) => !inPhrases.has(w))
    .slice(0, Math.max(0, budget));
  const terms = [...new Set([...keptPhrases.flat(), ...keptWords])];
  return { phrases: keptPhrases, words: keptWords, terms };
}

/**
 * The query as Lucene: every phrase required, as a phrase; the words optional, so that a text
 * holding any of them matches (when there is no phrase), with all of them together as one more
 * clause weighted ALL_WORDS_BOOST times, so that texts holding every word rank first.
 *
 *   `lumbar radiculopathy` → `(+lumbar +radiculopathy)^8 lumbar radiculopathy`
 *   `"lumbar radiculopathy" mri` → `+"lumbar radiculopathy" mri`
 */
export function luceneQuery(query: SearchQuery): string {
  const clauses = query.phrases.map((phrase) => `+"${phrase.join(' ')}"`);
  if (query.words.length > 1)
    clauses.push(`(${query.words.map((w) => `+${w}`).join(' ')})^${ALL_WORDS_BOOST}`);
  clauses.push(...query.words);
  return clauses.join(' ');
}

/** Whether the text holds every word and phrase of the query (whole words, any case). */
export function holdsAll(text: string, query: SearchQuery): boolean {
  const tokens = words(text);
  const present = new Set(tokens);
  if (!query.words.every((w) => present.has(w))) return false;
  const flat = ` ${tokens.join(' ')} `;
  return query.phrases.every((phrase) => flat.includes(` ${phrase.join(' ')} `));
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whole-word, case-insensitive matches of the terms, as the full-text analyser tokenises. */
function termPattern(terms: readonly string[]): RegExp {
  const alternatives = [...terms].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

export function containsTerm(text: string, terms: readonly string[]): boolean {
  return terms.length > 0 && termPattern(terms).test(text);
}

/**
 * A window of about `width` characters around the first match, as HTML: the text escaped,
 * each matched word in <mark>…</mark>, an ellipsis where the text was cut. A text without a
 * match gives its beginning.
 */
export function highlightSnippet(text: string, terms: readonly string[], width = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const pattern = terms.length > 0 ? termPattern(terms) : null;
  const first = pattern?.exec(flat)?.index ?? 0;
  let start = Math.max(0, first - Math.floor(width / 3));
  if (start > 0) {
    const space = flat.indexOf(' ', start);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  let end = Math.min(flat.length, start + width);
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    end = space > first ? space : end;
  }
  const window = flat.slice(start, end);
  const marked = pattern ? markTerms(window, termPattern(terms)) : escapeHtml(window);
  return `${start > 0 ? '…' : ''}${marked}${end < flat.length ? '…' : ''}`;
}

function markTerms(text: string, pattern: RegExp): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const at = match.index ?? 0;
    out += `${escapeHtml(text.slice(last, at))}<mark>${escapeHtml(match[0])}</mark>`;
    last = at + match[0].length;
  }
  return out + escapeHtml(text.slice(last));
}
