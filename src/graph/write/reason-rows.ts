import { REASONS } from '../../../loaders/vocab/reasons';
import type { ReasonCode } from '../../../loaders/determination';
import type { ReasonRow } from './graph-batch';

/** The Reason node of each code: label, definition and direction from the parser's vocabulary. */
const ROWS: ReadonlyMap<string, ReasonRow> = new Map(
  REASONS.map(({ code, label, definition, supports }) => [
    code,
    { code, label, definition, supports },
  ]),
);

export function reasonRow(code: ReasonCode): ReasonRow {
  const row = ROWS.get(code);
  // The parser's codes are the vocabulary's; a miss is a bug, not bad input.
  if (row === undefined) throw new Error(`reason code '${code}' is not in the vocabulary`);
  return row;
}
