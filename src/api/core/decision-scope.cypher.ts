import type { DecisionFilter } from './decision-filter.input';
import { decisionFilterCypher, type FilterCypher } from './decision-filter.cypher';

/** Which index the scope starts from; `decision` means the Decision label (or its indexes). */
export type ScopeAnchor =
  | 'decision'
  | 'service'
  | 'category'
  | 'guidelineDocument'
  | 'bodyRegion'
  | 'specialty'
  | 'licensedState';

export interface DecisionScope extends FilterCypher {
  anchor: ScopeAnchor;
  /**
   * Whether the anchor's index seek is the whole filter (a category or subcategory, maybe an
   * outcome, nothing else): the scope's decisions are then index entries, countable and
   * sorted in keyset order without reading a node.
   */
  indexOnly: boolean;
  /**
   * For an index-only scope: the same filter on a citation edge `r` (UR_CITED /
   * REVIEWER_CITED carry their decision's outcome, category and subcategory, indexed), so
   * citations can be counted straight from the relationship indexes. Null otherwise.
   */
  citationWhere: ((r: string) => string) | null;
}

const FILTER_PREFIX = 'MATCH (d:Decision)';

/**
 * The decisions of a filter, bound to `d`, starting from the smallest indexed set the filter
 * names. `decisionFilterCypher` alone starts from every Decision and tests each with EXISTS;
 * at 100k letters that is a scan of a quarter of a million nodes for a question about two
 * services. Here the most selective condition becomes the start of the pattern (an index
 * seek on the Decision category index, or on Service, BodyRegion, Specialty … then one
 * expansion to the decisions), a `WITH`
 * fences it so the planner cannot start elsewhere, and the remaining conditions are
 * `decisionFilterCypher`'s own WHERE for the other fields, so both select the same decisions.
 *
 * The text is fixed per combination of present fields; values are parameters (prefix `a`
 * for the anchor, `f` for the shared filter's own).
 */
export function decisionScopeCypher(filter: DecisionFilter | null | undefined): DecisionScope {
  const f: DecisionFilter = { ...(filter ?? {}) };
  const params: Record<string, unknown> = {};
  let anchor: ScopeAnchor = 'decision';
  // Stryker disable next-line ArrayDeclaration: every anchor but 'decision' sets its own lines, and 'decision' does not read them
  let lines: string[] = [];
  let citationWhere: DecisionScope['citationWhere'] = null;

  if (f.caseNumber) {
    // d.caseNumber is indexed: the shared filter's own WHERE is already a seek.
  } else if (!f.service && (f.category || f.subcategory)) {
    // decision_category_scope / decision_subcategory_scope: (category or subcategory, outcome,
    // caseNumber, ordinal). Every key named in the WHERE makes the planner seek that index,
    // which yields the outcome and the keyset order with no node read.
    anchor = 'category';
    const { category, subcategory, outcome } = f;
    const conditions = (alias: string, keyset: boolean) => {
      const where: string[] = [];
      if (subcategory) where.push(`${alias}.subcategory = $aSubcategory`);
      if (category) where.push(`${alias}.category = $aCategory`);
      where.push(outcome ? `${alias}.outcome = $aOutcome` : `${alias}.outcome IS NOT NULL`);
      if (keyset) where.push(`${alias}.caseNumber IS NOT NULL`, `${alias}.ordinal IS NOT NULL`);
      return where.join(' AND ');
    };
    if (subcategory) params.aSubcategory = subcategory;
    if (category) params.aCategory = category;
    if (outcome) params.aOutcome = outcome;
    lines = [`MATCH (d:Decision) WHERE ${conditions('d', true)}`, 'WITH d'];
    citationWhere = (r) => conditions(r, false);
    delete f.category;
    delete f.subcategory;
    delete f.outcome;
  } else if (f.service || f.category || f.subcategory) {
    anchor = 'service';
    const where: string[] = [];
    // Stryker disable next-line ConditionalExpression: without a service the category branch above was taken
    if (f.service) {
      where.push('s.name = $aService');
      params.aService = f.service;
    }
    if (f.category) {
      where.push('s.category = $aCategory');
      params.aCategory = f.category;
    }
    if (f.subcategory) {
      where.push('s.subcategory = $aSubcategory');
      params.aSubcategory = f.subcategory;
    }
    lines = [
      `MATCH (s:Service) WHERE ${where.join(' AND ')}`,
      'MATCH (s)<-[:FOR_SERVICE]-(d)',
      'WITH d',
    ];
    delete f.service;
    delete f.category;
    delete f.subcategory;
  } else if (f.guidelineDocument) {
    anchor = 'guidelineDocument';
    params.aDocument = f.guidelineDocument;
    lines = [
      'MATCH (g:Guideline) WHERE g.document = $aDocument',
      'MATCH (g)<-[:UR_CITED|REVIEWER_CITED]-(d)',
      'WITH DISTINCT d',
    ];
    delete f.guidelineDocument;
  } else if (f.bodyRegion) {
    anchor = 'bodyRegion';
    params.aRegion = f.bodyRegion.toLowerCase();
    lines = ['MATCH (:BodyRegion {name: $aRegion})<-[:CONCERNS]-(d)', 'WITH d'];
    delete f.bodyRegion;
  } else if (f.specialty) {
    anchor = 'specialty';
    params.aSpecialty = f.specialty;
    lines = [
      'MATCH (:Specialty {name: $aSpecialty})<-[:CERTIFIED_IN]-(r)<-[:REVIEWED_BY]-(c)-[:HAS_DECISION]->(d)',
      'WITH d',
    ];
    delete f.specialty;
  } else if (f.licensedState) {
    anchor = 'licensedState';
    params.aState = f.licensedState;
    lines = [
      'MATCH (:State {name: $aState})<-[:LICENSED_IN]-(r)<-[:REVIEWED_BY]-(c)-[:HAS_DECISION]->(d)',
      'WITH d',
    ];
    delete f.licensedState;
  }

  const rest = decisionFilterCypher(f);
  // Stryker disable ConditionalExpression,BlockStatement,StringLiteral: a guard against a future change of decisionFilterCypher, unreachable today
  if (!rest.text.startsWith(FILTER_PREFIX)) {
    throw new Error(`decisionFilterCypher no longer starts with '${FILTER_PREFIX}'`);
  }
  // Stryker restore ConditionalExpression,BlockStatement,StringLiteral
  // After an anchor, `d` is bound (by relationships only decisions have, or by the Decision
  // index): the remaining conditions hang off the fencing WITH, without a label check.
  const remaining = rest.text.slice(FILTER_PREFIX.length).trim();
  const text =
    anchor === 'decision' ? rest.text : [...lines, remaining].filter((l) => l !== '').join('\n');
  const indexOnly = anchor === 'category' && remaining === '';
  return {
    text,
    params: { ...params, ...rest.params },
    anchor,
    indexOnly,
    citationWhere: indexOnly ? citationWhere : null,
  };
}
