import { MAX_PAGE_SIZE, pageSize } from '../core/pagination';
import { InvalidArgument } from '../core/domain-error';
import type { ServiceScope } from '../core/service-scope';
import { SearchHit, SearchHitKind } from './search-hit.type';
import * as q from './search.queries';
import {
  containsTerm,
  highlightSnippet,
  luceneQuery,
  MAX_SEARCH_TEXT,
  searchTerms,
} from './search-text';

/** Full-text search over decisions (request, rationale) and case summaries. */
export async function search(
  scope: ServiceScope,
  text: string,
  first: number | null | undefined,
): Promise<SearchHit[]> {
  const limit = pageSize(first);
  if (text.length > MAX_SEARCH_TEXT) {
    throw new InvalidArgument(`search text is limited to ${MAX_SEARCH_TEXT} characters`);
  }
  const terms = searchTerms(text);
  if (terms.length === 0) throw new InvalidArgument('search text needs at least one word');
  if (limit === 0) return [];
  const rows = await scope.gateway.read(q.searchText, {
    query: luceneQuery(terms),
    limit: Math.min(limit, MAX_PAGE_SIZE),
  });
  return rows.map((row) => toHit(row, terms));
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
