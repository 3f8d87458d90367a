/**
 * Search text in, a safe Lucene query out, and highlighted snippets for the hits. The query is
 * made only of words (letters and digits), lower-cased, so nothing a user types can be read
 * as Lucene syntax: no operators, wildcards, ranges, fields or escapes.
 */

export const MAX_SEARCH_TEXT = 500;
export const MAX_SEARCH_TERMS = 16;
const MAX_TERM_LENGTH = 64;
const WORD = /[\p{L}\p{N}]+/gu;

/** The distinct words of the text, in order, lower-cased. */
export function searchTerms(text: string): string[] {
  const words = text.normalize('NFKC').toLowerCase().match(WORD) ?? [];
  const unique = [...new Set(words.filter((w) => w.length <= MAX_TERM_LENGTH))];
  return unique.slice(0, MAX_SEARCH_TERMS);
}

/** Terms as a Lucene query: bare words, so any of them matches and more matches rank higher. */
export function luceneQuery(terms: readonly string[]): string {
  return terms.join(' ');
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
