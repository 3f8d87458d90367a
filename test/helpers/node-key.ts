import { NODES } from '../../src/graph/model/graph-model';

/**
 * Cypher naming any node by its label's key property, from the graph model, so a new label is
 * named without touching the tests. By label, not by a coalesce of key names: a decision
 * carries its case's caseNumber beside its own id.
 */
export function nodeKeyCypher(alias: string): string {
  const cases = Object.entries(NODES).map(
    ([label, node]) => `WHEN ${alias}:${label} THEN ${alias}.${node.key as string}`,
  );
  return `CASE ${cases.join(' ')} END`;
}
