import { defineQuery } from '../named-query';
import {
  COUNTED_TYPES,
  NODES,
  OVERTURNED_COUNTS,
  RELATIONSHIPS,
  type CountedRelationshipType,
  type Label,
} from '../model/graph-model';
import type { GraphBatch } from './graph-batch';

/**
 * The overturned counts kept on shared nodes (the model's OVERTURNED_COUNTS), changed in the
 * transaction that writes or deletes the edges they count. Each change locks the node before
 * it reads the count (a SET whose value reads the property takes the write lock first), so
 * concurrent writers never lose one another's change. The loader adds its batch's counts in
 * one statement before it creates the edges, nodes in a fixed order (label, then key): a
 * writer that created the edges first would hold a shared lock on a dense hub and then ask
 * for the exclusive one, and two such writers deadlock.
 */

/**
 * A count as stored: 0 is not stored (the property is removed; an unset count reads as 0), so
 * a node's properties are the same whichever writes brought its count to 0.
 */
const storedValue = (count: string) => `CASE ${count} WHEN 0 THEN null ELSE ${count} END`;

/** Relationship types from decisions to shared nodes that are counted, as an alternation. */
export const COUNTED_EDGES = COUNTED_TYPES.join('|');

/** The counted types, by the label of the node that holds their counts. */
export const COUNTED_TYPES_BY_LABEL: ReadonlyMap<Label, readonly CountedRelationshipType[]> =
  COUNTED_TYPES.reduce((byLabel, type) => {
    const label = RELATIONSHIPS[type].to;
    byLabel.set(label, [...(byLabel.get(label) ?? []), type]);
    return byLabel;
  }, new Map<Label, CountedRelationshipType[]>());

/** `COUNT { (n)<-[:FOR_SERVICE]-(d:Decision) WHERE d.outcome = 'OVERTURNED' }` */
export const overturnedCount = (n: string, type: CountedRelationshipType): string =>
  `COUNT { (${n})<-[:${type}]-(d:Decision) WHERE d.outcome = 'OVERTURNED' }`;

/** One shared node's additions: its key and, per counted type into its label, a number. */
export type CountRow = { key: string } & Partial<Record<CountedRelationshipType, number>>;

export type CountParams = Partial<Record<Label, CountRow[]>>;

/**
 * What a batch adds: for each shared node that an overturned decision of the batch points at,
 * how many such edges per counted type (one per edge the loader creates), keys sorted.
 */
export function overturnedCountParams(batch: GraphBatch): CountParams {
  const rows = new Map<Label, Map<string, CountRow>>();
  const add = (type: CountedRelationshipType, key: string) => {
    const label = RELATIONSHIPS[type].to;
    const byKey = rows.get(label) ?? new Map<string, CountRow>();
    rows.set(label, byKey);
    const row = byKey.get(key) ?? { key };
    byKey.set(key, row);
    row[type] = (row[type] ?? 0) + 1;
  };
  for (const c of batch.cases) {
    for (const d of c.decisions) {
      if (d.properties.outcome !== 'OVERTURNED') continue;
      add('FOR_SERVICE', d.service);
      for (const name of d.bodyRegions) add('CONCERNS', name);
      for (const citation of d.citations) {
        add(citation.party === 'UR' ? 'UR_CITED' : 'REVIEWER_CITED', citation.guideline);
      }
      for (const ground of d.reasons) add('GROUNDED_ON', ground.reason);
    }
  }
  const params: CountParams = {};
  for (const [label, types] of COUNTED_TYPES_BY_LABEL) {
    params[label] = [...(rows.get(label)?.values() ?? [])]
      .map((row) => ({ ...Object.fromEntries(types.map((t) => [t, 0])), ...row }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }
  return params;
}

/**
 * Adds a batch's counts (overturnedCountParams), label by label in COUNTED_TYPES_BY_LABEL's
 * order, keys in order. A node that is gone (deleted by a concurrent clean-up) is skipped:
 * the batch's createCases finds it missing too, and the whole transaction is retried.
 */
export const addOverturnedCounts = defineQuery<CountParams, never>(
  'load.addOverturnedCounts',
  [...COUNTED_TYPES_BY_LABEL]
    .map(
      ([label, types]) => `CALL () {
     UNWIND coalesce($${label}, []) AS row
     MATCH (n:${label} {${NODES[label].key}: row.key})
     SET ${types.map((t) => `n.${OVERTURNED_COUNTS[t]} = CASE row.${t} WHEN 0 THEN n.${OVERTURNED_COUNTS[t]} ELSE coalesce(n.${OVERTURNED_COUNTS[t]}, 0) + row.${t} END`).join(',\n         ')}
   }`,
    )
    .join('\n   '),
  () => undefined as never,
);

/**
 * A Cypher fragment that takes the edges of decisions about to be deleted off the counts:
 * `decisions` is a MATCH clause binding `d` (the decisions) from the variables `scope`.
 * Each node is changed once, in element id order, before the edges go.
 */
export function subtractOverturnedCounts(scope: string, decisions: string): string {
  const perType = COUNTED_TYPES.map(
    (t) => `sum(CASE type(r) WHEN '${t}' THEN 1 ELSE 0 END) AS ${t}`,
  ).join(', ');
  const set = COUNTED_TYPES.map((t) => {
    const p = `n.${OVERTURNED_COUNTS[t]}`;
    return `${p} = CASE WHEN ${t} = 0 THEN ${p} ELSE ${storedValue(`coalesce(${p}, 0) - ${t}`)} END`;
  }).join(',\n         ');
  return `CALL (${scope}) {
     ${decisions}
     WHERE d.outcome = 'OVERTURNED'
     MATCH (d)-[r:${COUNTED_EDGES}]->(n)
     WITH n, ${perType}
     ORDER BY elementId(n)
     SET ${set}
   }`;
}

/** `n`'s counts differ from its edges (a Cypher condition; an unset count reads as 0). */
export function countsWrong(label: Label, n = 'n'): string {
  return (COUNTED_TYPES_BY_LABEL.get(label) ?? [])
    .map((t) => `coalesce(${n}.${OVERTURNED_COUNTS[t]}, 0) <> ${overturnedCount(n, t)}`)
    .join(' OR ');
}

/** Locks `n` (so that a writer that has changed it has committed), then counts its edges. */
function recount(label: Label): string {
  const types = COUNTED_TYPES_BY_LABEL.get(label) ?? [];
  return `SET n._lock = true
     REMOVE n._lock
     SET ${types.map((t) => `n.${OVERTURNED_COUNTS[t]} = ${storedValue(overturnedCount('n', t))}`).join(',\n         ')}`;
}

/** Every count of one label recomputed from its edges, in batches of their own transactions
 * (migrate's backfill). */
export function recountAll(label: Label): string {
  return `MATCH (n:${label})
   CALL (n) {
     ${recount(label)}
   } IN TRANSACTIONS OF 100 ROWS`;
}

/** The wrong counts of every label recomputed, in the caller's transaction (the db check's
 * repair); returns `repaired`, the nodes mended. */
export const RECOUNT_WRONG = `CALL () {
${[...COUNTED_TYPES_BY_LABEL.keys()]
  .map(
    (label) => `     MATCH (n:${label}) WHERE ${countsWrong(label)}
     CALL (n) {
       ${recount(label)}
     }
     RETURN count(n) AS k`,
  )
  .join('\n     UNION ALL\n')}
   }
   RETURN sum(k) AS repaired`;
