import { defineLoader, groupByKey } from '../core/request-loaders';
import type { ServiceScope } from '../core/service-scope';
import * as q from './reason.queries';
import type { DecisionReason, Reason } from './reason.type';

const reasonsOf = defineLoader<string, DecisionReason[]>(
  'reason.ofDecisions',
  async (gateway, keys) =>
    groupByKey(
      keys,
      await gateway.read(q.reasonsOfDecisions, { keys }),
      (row) => row.decisionId,
      ({ reason, text, start, end }) => ({ reason, text, start, end }),
    ),
);

export function listReasons(scope: ServiceScope): Promise<Reason[]> {
  return scope.gateway.read(q.listReasons, {});
}

/** A decision's grounds in rationale order; one statement per field level. */
export function loadReasons(scope: ServiceScope, decisionId: string): Promise<DecisionReason[]> {
  return scope.loaders.get(reasonsOf).load(decisionId);
}
