/**
 * The rationale cut into plain and marked pieces, one mark per stated ground (a reason's
 * start/end into the rationale). Grounds that overlap (two codes read from one clause) share
 * one mark naming both, so the text is shown once and in order.
 */
export interface SpanReason {
  reason: { code: string; label: string };
  start: number;
  end: number;
}

export interface RationalePiece {
  text: string;
  /** The grounds this piece states; empty for plain text. */
  reasons: { code: string; label: string }[];
}

export function rationalePieces(
  rationale: string,
  reasons: readonly SpanReason[],
): RationalePiece[] {
  const spans = reasons
    .filter((r) => r.start >= 0 && r.end <= rationale.length && r.start < r.end)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const pieces: RationalePiece[] = [];
  let at = 0;
  let i = 0;
  while (i < spans.length) {
    const start = Math.max(spans[i].start, at);
    let end = spans[i].end;
    const marked = [spans[i].reason];
    for (i++; i < spans.length && spans[i].start < end; i++) {
      end = Math.max(end, spans[i].end);
      marked.push(spans[i].reason);
    }
    if (end <= at) continue;
    if (start > at) pieces.push({ text: rationale.slice(at, start), reasons: [] });
    pieces.push({ text: rationale.slice(start, end), reasons: marked });
    at = end;
  }
  if (at < rationale.length) pieces.push({ text: rationale.slice(at), reasons: [] });
  return pieces;
}
