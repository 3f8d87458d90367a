import { defineQuery } from '../../graph/named-query';
import { REL } from '../../graph/model/graph-model';
import { read } from '../../graph/model/read';

export interface SearchRow {
  kind: 'CASE' | 'DECISION';
  score: number;
  caseNumber: string;
  decisionId: string | null;
  request: string | null;
  rationale: string | null;
  summary: string | null;
}

/** Both full-text indexes (decision_text, case_summary), best scores first. */
export const searchText = defineQuery<{ query: string; limit: number }, SearchRow>(
  'search.text',
  `CALL () {
     CALL db.index.fulltext.queryNodes('decision_text', $query, {limit: toInteger($limit)})
     YIELD node, score
     RETURN 'DECISION' AS kind, score, node.caseNumber AS caseNumber, node.id AS decisionId,
            node.request AS request, node.rationale AS rationale, null AS summary
     UNION ALL
     CALL db.index.fulltext.queryNodes('case_summary', $query, {limit: toInteger($limit)})
     YIELD node, score
     RETURN 'CASE' AS kind, score, node.caseNumber AS caseNumber, null AS decisionId,
            null AS request, null AS rationale, node.summary AS summary
   }
   RETURN kind, score, caseNumber, decisionId, request, rationale, summary
   ORDER BY score DESC, caseNumber, decisionId
   LIMIT toInteger($limit)`,
  (row) => ({
    kind: row.kind as SearchRow['kind'],
    score: read.number(row.score),
    caseNumber: read.string(row.caseNumber),
    decisionId: read.maybeString(row.decisionId),
    request: read.maybeString(row.request),
    rationale: read.maybeString(row.rationale),
    summary: read.maybeString(row.summary),
  }),
);

export interface SectionRow {
  caseNumber: string;
  decisionId: string;
  guideline: string;
}

/**
 * Decisions whose reviewer cited a guideline whose document and section name hold every one
 * of `words` (as substrings here; the service keeps whole-word matches), one row per decision,
 * in the API's decision order.
 */
export const searchSections = defineQuery<{ words: string[]; limit: number }, SectionRow>(
  'search.sections',
  `MATCH (g:Guideline)
   WITH g, toLower(g.document + ' ' + coalesce(g.section, '')) AS name
   WHERE all(w IN $words WHERE name CONTAINS w)
   MATCH (d:Decision)-[:REVIEWER_CITED]->(g)
   WITH d, min(g.document + coalesce(', ' + g.section, '')) AS guideline
   RETURN d.caseNumber AS caseNumber, d.id AS decisionId, guideline
   ORDER BY d.caseNumber, d.ordinal
   LIMIT toInteger($limit)`,
  (row) => ({
    caseNumber: read.string(row.caseNumber),
    decisionId: read.string(row.decisionId),
    guideline: read.string(row.guideline),
  }),
);

export interface GroundRow {
  code: string;
  caseNumber: string;
  decisionId: string;
  text: string;
}

/**
 * Decisions grounded on the reasons `codes` (codes in the order given, best first), with the
 * sentence stating the ground, in the API's decision order within a reason. A decision has one
 * GROUNDED_ON edge per code (the load writes one per code), so a row per edge is a row per
 * reason and decision.
 */
export const searchGrounds = defineQuery<{ codes: string[]; limit: number }, GroundRow>(
  'search.grounds',
  `UNWIND range(0, size($codes) - 1) AS rank
   MATCH (r:Reason {code: $codes[rank]})<-[g:${REL.GROUNDED_ON}]-(d:Decision)
   RETURN r.code AS code, d.caseNumber AS caseNumber, d.id AS decisionId, g.text AS text
   ORDER BY rank, d.caseNumber, d.ordinal
   LIMIT toInteger($limit)`,
  (row) => ({
    code: read.string(row.code),
    caseNumber: read.string(row.caseNumber),
    decisionId: read.string(row.decisionId),
    text: read.string(row.text),
  }),
);
