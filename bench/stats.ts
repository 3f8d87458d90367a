/** Small statistics for bench figures: every figure is reported as a median with its spread. */

export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number[];
}

export function spread(values: readonly number[]): Spread {
  if (values.length === 0) return { median: NaN, min: NaN, max: NaN, runs: [] };
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: [...values] };
}

/** `12.3 (11.9–13.0)`; a single run prints as a bare number. */
export function formatSpread(s: Spread, digits = 1): string {
  if (!Number.isFinite(s.median)) return 'n/a';
  const f = (n: number) => n.toFixed(digits);
  return s.runs.length > 1 ? `${f(s.median)} (${f(s.min)}–${f(s.max)})` : f(s.median);
}

export function ratio(ours: number, theirs: number): number {
  return theirs > 0 && Number.isFinite(ours) ? ours / theirs : NaN;
}

export function padTable(rows: readonly string[][]): string {
  const widths = rows[0].map((_, col) => Math.max(...rows.map((row) => (row[col] ?? '').length)));
  return rows
    .map((row) =>
      row
        .map((cell, col) => (col === 0 ? cell.padEnd(widths[col]) : cell.padStart(widths[col])))
        .join('  '),
    )
    .join('\n');
}
