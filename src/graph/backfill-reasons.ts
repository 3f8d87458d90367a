import neo4j from 'neo4j-driver';
import { extractReasons } from '../../loaders/extract/reasons';
import type { Outcome } from '../../loaders/determination';
import { withConflictRetries } from './conflict-retry';
import type { Neo4jGateway } from './neo4j-gateway';
import { reasonRow } from './write/reason-rows';
import type { ReasonRow } from './write/graph-batch';
import {
  findUngroundedDecisions,
  groundDecisions,
  type GroundParams,
} from './write/reasons.queries';

const PAGE = 2000;

/**
 * Grounds the decisions of a graph loaded before reasons existed: the parser's extraction run
 * on each stored rationale with the stored outcome (the letter is not needed), written a page
 * per transaction. Decisions the extraction finds no reason in are passed (the id order moves
 * on). Returns how many decisions were grounded.
 */
export async function backfillReasons(gateway: Neo4jGateway): Promise<number> {
  let after = '';
  let grounded = 0;
  for (;;) {
    const page = await gateway.read(findUngroundedDecisions, { after, limit: PAGE });
    if (page.length === 0) return grounded;
    after = page[page.length - 1].id;
    const reasons = new Map<string, ReasonRow>();
    const rows: GroundParams[] = page.map((decision) => {
      const outcome = decision.outcome as Outcome;
      const { reasons: found } = extractReasons(decision.rationale, outcome);
      return {
        id: decision.id,
        grounds: found.map(({ code, text, start, end }) => {
          reasons.set(code, reasonRow(code));
          return {
            reason: code,
            properties: { text, start: neo4j.int(start), end: neo4j.int(end) },
          };
        }),
      };
    });
    const [result] = await withConflictRetries(() =>
      gateway.write(groundDecisions, { reasons: [...reasons.values()], rows }),
    );
    grounded += result.grounded;
  }
}
