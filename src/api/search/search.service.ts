import { MAX_PAGE_SIZE, pageSize } from '../core/pagination';
import { InvalidArgument } from '../core/domain-error';
import type { ServiceScope } from '../core/service-scope';
import { listReasons } from '../reason/reason.service';
import type { Reason } from '../reason/reason.type';
import { SearchHit, SearchHitKind } from './search-hit.type';
import * as q from './search.queries';
import {
  containsTerm,
  highlightSnippet,
  holdsAll,
  luceneQuery,
  MAX_SEARCH_TEXT,
  parseSearchText,
  searchTerms,
  type SearchQuery,
} from './search-text';

/**
 * Full-text search over decisions (request, rationale) and case summaries, the reasons decisions
 * are grounded on (code or label) and the guideline sections reviewers cited: quoted phrases
 * must stand as phrases; of the words, hits holding every one come first, then by relevance.
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
  const [rows, sections, named] = await Promise.all([
    scope.gateway.read(q.searchText, { query: luceneQuery(query), limit: size }),
    scope.gateway.read(q.searchSections, { words: query.terms, limit: size }),
    listReasons(scope).then((reasons) => namedReasons(reasons, query)),
  ]);
  const grounds =
    named.length === 0
      ? []
      : await scope.gateway.read(q.searchGrounds, {
          codes: named.map((n) => n.reason.code),
          limit: size,
        });
  const reasonOf = new Map(named.map((n) => [n.reason.code, n]));
  // Decisions grounded on a reason the text names outright (its code or its label) first: the
  // text asked for that ground. Then texts holding every word and phrase, then decisions
  // grounded on a reason whose name holds them, then decisions citing a guideline section so
  // named, then the rest by relevance. The boost of the all-words clause nearly always puts
  // those texts first; the stable sort makes it certain and keeps the index's order within.
  const ranked = rows
    .map((row) => ({ row, all: holdsAll(rowText(row), query) }))
    .sort((a, b) => Number(b.all) - Number(a.all));
  const hits: SearchHit[] = [];
  const seen = new Set<string>();
  const addGrounds = (exact: boolean) => {
    for (const ground of grounds) {
      const { reason, exact: named } = reasonOf.get(ground.code)!;
      if (named !== exact || seen.has(ground.decisionId)) continue;
      seen.add(ground.decisionId);
      hits.push(groundHit(ground, reason, query.terms));
    }
  };
  addGrounds(true);
  for (const { row } of ranked.filter((r) => r.all)) {
    if (row.decisionId !== null && seen.has(row.decisionId)) continue;
    if (row.decisionId !== null) seen.add(row.decisionId);
    hits.push(toHit(row, query.terms));
  }
  addGrounds(false);
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

/**
 * The reasons whose code or label holds every word and phrase of the query, closest first: those
 * the query names outright (exactly the words of the code or the label), then by how few words
 * of their label the query left out, then by code.
 */
export function namedReasons(
  reasons: readonly Reason[],
  query: SearchQuery,
): { reason: Reason; exact: boolean }[] {
  const asked = new Set(query.terms);
  const same = (text: string) => {
    const own = searchTerms(text);
    return own.length === asked.size && own.every((w) => asked.has(w));
  };
  const missing = (label: string) => searchTerms(label).filter((w) => !asked.has(w)).length;
  return reasons
    .filter((r) => holdsAll(r.code, query) || holdsAll(r.label, query))
    .map((reason) => ({ reason, exact: same(reason.code) || same(reason.label) }))
    .sort(
      (a, b) =>
        Number(b.exact) - Number(a.exact) ||
        missing(a.reason.label) - missing(b.reason.label) ||
        a.reason.code.localeCompare(b.reason.code),
    );
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

/** A decision found by a reason it is grounded on: the sentence stating the ground is the snippet. */
function groundHit(row: q.GroundRow, reason: Reason, terms: string[]): SearchHit {
  return {
    kind: SearchHitKind.DECISION,
    score: 0,
    caseNumber: row.caseNumber,
    decisionId: row.decisionId,
    field: 'reason',
    highlight: highlightSnippet(row.text, terms),
    reason,
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
