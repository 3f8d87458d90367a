import { MAX_PAGE_SIZE, pageSize } from '../core/pagination';
import { InvalidArgument } from '../core/domain-error';
import type { ServiceScope } from '../core/service-scope';
import { SearchHit, SearchHitKind } from './search-hit.type';
import * as q from './search.queries';
import {
  containsTerm,
  highlightSnippet,
  holdsAll,
  luceneQuery,
  MAX_SEARCH_TEXT,
  parseSearchText,
} from './search-text';

/**
 * Full-text search over decisions (request, rationale) and case summaries: quoted phrases must
 * stand as phrases; of the words, hits holding every one come first, then by relevance.
 */
export async function search(
  scope: ServiceScope,
  text: string,
  first: number | null | undefined,
): Promise<SearchHit[]> {
  const limit = pageSize(first);
  if (text.length > MAX_SEARCH_TEXT) {
    throw new InvalidArgument(`search text is limited to ${MAX_SEARCH_TEXT} characters`);
  }
  const query = parseSearchText(text);
  if (query.terms.length === 0) throw new InvalidArgument('search text needs at least one word');
  if (limit === 0) return [];
  const size = Math.min(limit, MAX_PAGE_SIZE);
  const [rows, sections] = await Promise.all([
    scope.gateway.read(q.searchText, { query: luceneQuery(query), limit: size }),
    scope.gateway.read(q.searchSections, { words: query.terms, limit: size }),
  ]);
  // Texts holding every word and phrase first, then decisions citing a guideline section so
  // named, then the rest by relevance. The boost of the all-words clause nearly always puts
  // those texts first; the stable sort makes it certain and keeps the index's order within.
  const ranked = rows
    .map((row) => ({ row, all: holdsAll(rowText(row), query) }))
    .sort((a, b) => Number(b.all) - Number(a.all));
  const hits = ranked.filter((r) => r.all).map(({ row }) => toHit(row, query.terms));
  const seen = new Set(hits.map((hit) => hit.decisionId));
  for (const section of sections) {
    if (seen.has(section.decisionId) || !holdsAll(section.guideline, query)) continue;
    seen.add(section.decisionId);
    hits.push(sectionHit(section, query.terms));
  }
  for (const { row } of ranked.filter((r) => !r.all)) {
    if (row.decisionId !== null && seen.has(row.decisionId)) continue;
    hits.push(toHit(row, query.terms));
  }
  return hits.slice(0, size);
}

function rowText(row: q.SearchRow): string {
  return row.kind === 'CASE' ? (row.summary ?? '') : `${row.request ?? ''}\n${row.rationale ?? ''}`;
}

/** A decision found by the guideline section its reviewer cited: scored as its best text hit would not be. */
function sectionHit(row: q.SectionRow, terms: string[]): SearchHit {
  return {
    kind: SearchHitKind.DECISION,
    score: 0,
    caseNumber: row.caseNumber,
    decisionId: row.decisionId,
    field: 'guideline',
    highlight: highlightSnippet(row.guideline, terms),
  };
}

function toHit(row: q.SearchRow, terms: string[]): SearchHit {
  const [field, text] = matchedField(row, terms);
  return {
    kind: row.kind === 'CASE' ? SearchHitKind.CASE : SearchHitKind.DECISION,
    score: row.score,
    caseNumber: row.caseNumber,
    decisionId: row.decisionId,
    field,
    highlight: highlightSnippet(text, terms),
  };
}

/** The first field of the hit that holds a term (the index matched one of them). */
function matchedField(row: q.SearchRow, terms: string[]): [string, string] {
  if (row.kind === 'CASE') return ['summary', row.summary ?? ''];
  if (row.request !== null && containsTerm(row.request, terms)) return ['request', row.request];
  return ['rationale', row.rationale ?? ''];
}
