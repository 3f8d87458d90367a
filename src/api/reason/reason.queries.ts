import { defineQuery } from '../../graph/named-query';
import { REL } from '../../graph/model/graph-model';
import { nodeView, read, readRelationship } from '../../graph/model/read';
import type { DecisionReason, Reason } from './reason.type';

const REASON = nodeView('Reason', ['code', 'label', 'definition', 'supports']);

export const toReason = (value: unknown): Reason => REASON.read(value);

/** Every reason code the graph holds, by code. */
export const listReasons = defineQuery<Record<string, never>, Reason>(
  'reason.list',
  `MATCH (r:Reason) RETURN ${REASON.projection('r')} AS r ORDER BY r.code`,
  (row) => toReason(row.r),
);

/** The grounds of many decisions in one statement, each decision's in rationale order. */
export const reasonsOfDecisions = defineQuery<
  { keys: readonly string[] },
  DecisionReason & { decisionId: string }
>(
  'reason.ofDecisions',
  `UNWIND $keys AS key
   MATCH (:Decision {id: key})-[g:${REL.GROUNDED_ON}]->(r:Reason)
   RETURN key, g.text AS text, g.start AS start, g.end AS end, ${REASON.projection('r')} AS r
   ORDER BY key, g.start, r.code`,
  (row) => ({
    decisionId: read.string(row.key),
    ...readRelationship('GROUNDED_ON', row, ['text', 'start', 'end']),
    reason: toReason(row.r),
  }),
);
