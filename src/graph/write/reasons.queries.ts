import { defineQuery } from '../named-query';
import { read } from '../model/read';
import { copyScope, GROUND_SCOPE } from '../model/scope-cypher';
import { OVERTURNED_COUNTS } from '../model/graph-model';
import type { ReasonRow } from './graph-batch';

/**
 * The reasons backfill of `db migrate` (src/graph/backfill-reasons.ts): decisions written
 * before the loader grounded them on reasons, read a page at a time in id order, and their
 * GROUNDED_ON edges written from the stored rationale. Rationale text only ever arrives as a
 * parameter.
 */

export interface UngroundedDecision {
  id: string;
  outcome: string;
  rationale: string;
}

export const findUngroundedDecisions = defineQuery<
  { after: string; limit: number },
  UngroundedDecision
>(
  'migrate.findUngroundedDecisions',
  `MATCH (d:Decision) WHERE d.id > $after AND NOT EXISTS { (d)-[:GROUNDED_ON]->(:Reason) }
   RETURN d.id AS id, d.outcome AS outcome, coalesce(d.rationale, '') AS rationale
   ORDER BY d.id
   LIMIT toInteger($limit)`,
  (row) => ({
    id: read.string(row.id),
    outcome: read.string(row.outcome),
    rationale: read.string(row.rationale),
  }),
);

export interface GroundParams {
  id: string;
  grounds: { reason: string; properties: { text: string; start: unknown; end: unknown } }[];
}

/**
 * The page's Reason nodes, then each decision's GROUNDED_ON edges with its scope, unless a
 * loader grounded it meanwhile (a reloaded case's decisions are new nodes with their reasons),
 * each edge of an overturned decision counted on its Reason (the model's OVERTURNED_COUNTS).
 */
export const groundDecisions = defineQuery<
  { reasons: ReasonRow[]; rows: GroundParams[] },
  { grounded: number }
>(
  'migrate.groundDecisions',
  `CALL () {
     UNWIND $reasons AS row
     MERGE (r:Reason {code: row.code})
     ON CREATE SET r.label = row.label, r.definition = row.definition, r.supports = row.supports
   }
   UNWIND $rows AS row
   MATCH (d:Decision {id: row.id})
   WHERE NOT EXISTS { (d)-[:GROUNDED_ON]->(:Reason) }
   CALL (d, row) {
     UNWIND row.grounds AS ground
     MATCH (r:Reason {code: ground.reason})
     CREATE (d)-[e:GROUNDED_ON]->(r)
     SET e = ground.properties, ${copyScope(GROUND_SCOPE, 'e', 'd')}
     FOREACH (x IN CASE WHEN d.outcome = 'OVERTURNED' THEN [r] ELSE [] END |
       SET x.${OVERTURNED_COUNTS.GROUNDED_ON} = coalesce(x.${OVERTURNED_COUNTS.GROUNDED_ON}, 0) + 1)
   }
   RETURN count(d) AS grounded`,
  (row) => ({ grounded: read.integer(row.grounded) }),
);
