import { defineQuery, type NamedQuery } from '../../graph/named-query';
import type { DecisionScope } from '../core/decision-scope.cypher';
import { CitedBy, Dimension } from '../core/enums';
import { CITATION_TYPE, dimensionKeys } from './analytics.queries';

/**
 * impactGraph's edges: decisions of a scope counted per (cited guideline, dimension value)
 * and outcome. A decision counts once per pair it has; one with no value for the dimension
 * counts under NONE_KEY, as in outcomeBreakdown. Labels and relationship types are
 * constants; values are parameters.
 */

export interface PairRow {
  outcome: string;
  guideline: string;
  value: string;
  n: number;
}

const toPairRow = (row: Record<string, unknown>): PairRow => ({
  outcome: row.o as string,
  guideline: row.g as string,
  value: row.key as string,
  n: row.n as number,
});

/** The edge property that carries a decision's value of a dimension, where one does. */
const ON_CITATION: Partial<Record<Dimension, string>> = {
  [Dimension.CATEGORY]: 'category',
  [Dimension.SUBCATEGORY]: 'subcategory',
};

export function impactPairsQuery(
  scope: DecisionScope,
  by: Dimension,
  citedBy: CitedBy,
): NamedQuery<Record<string, unknown>, PairRow> {
  const cited = CITATION_TYPE[citedBy];
  const property = ON_CITATION[by];
  if (scope.citationWhere && property) {
    // Index-only: the citation edges carry the decision's outcome, category and subcategory,
    // so the pairs are counted from the relationship index without reading a decision.
    return defineQuery(
      `analytics.impactPairs.${by}.${citedBy}.indexed`,
      `MATCH ()-[r:${cited}]->(g) WHERE ${scope.citationWhere('r')}
WITH r.outcome AS o, g, coalesce(r.${property}, $noneKey) AS key, count(*) AS n
RETURN o, g.key AS g, key, n`,
      toPairRow,
    );
  }
  return defineQuery(
    `analytics.impactPairs.${by}.${citedBy}`,
    `${scope.text}
WITH d.outcome AS o, ${dimensionKeys(by, citedBy)} AS keys,
     COLLECT { MATCH (d)-[:${cited}]->(g) RETURN g.key } AS gs
WHERE size(gs) > 0
UNWIND gs AS g
UNWIND CASE size(keys) WHEN 0 THEN [$noneKey] ELSE keys END AS key
RETURN o, g, key, count(*) AS n`,
    toPairRow,
  );
}
