/**
 * Rebuilds lines of text from positioned text runs (what pdf.js reports for a page). Pure: no
 * pdf.js types here, so the geometry rules are testable with hand-made runs.
 *
 * Coordinates are PDF user space: x grows to the right, y (the baseline) grows upwards.
 */

/** One run of text drawn at a position, in one font. */
export interface TextRun {
  text: string;
  /** Left edge of the run. */
  x: number;
  /** Baseline. */
  y: number;
  /** Advance width of the whole run. */
  width: number;
  fontSize: number;
}

/** Runs that share a baseline, left to right. */
export interface TextLine {
  runs: TextRun[];
  /** Baseline of the line's tallest run. */
  y: number;
  fontSize: number;
}

/** Runs whose baselines differ by less than this share of the font size sit on one line. */
const SAME_LINE_FACTOR = 0.4;
/** A gap wider than this share of the font size between two runs is a word space. */
const WORD_GAP_FACTOR = 0.1;
/** A gap wider than this share of the font size separates two cells of a table row. */
const CELL_GAP_FACTOR = 1.0;
/** A baseline step this many times the usual line pitch is a paragraph break. */
const PARAGRAPH_GAP_FACTOR = 1.7;

/** Groups runs into lines, top to bottom, each line left to right. Blank runs are dropped. */
export function groupLines(runs: readonly TextRun[]): TextLine[] {
  const visible = runs.filter((run) => run.text.trim() !== '');
  visible.sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: TextLine[] = [];
  let current: TextLine | null = null;
  for (const run of visible) {
    const tolerance = SAME_LINE_FACTOR * Math.max(run.fontSize, current?.fontSize ?? 0);
    if (current && Math.abs(current.y - run.y) <= tolerance) {
      current.runs.push(run);
      if (run.fontSize > current.fontSize) {
        current.fontSize = run.fontSize;
        current.y = run.y;
      }
    } else {
      current = { runs: [run], y: run.y, fontSize: run.fontSize };
      lines.push(current);
    }
  }
  for (const line of lines) line.runs.sort((a, b) => a.x - b.x);
  return lines;
}

/** The line's text: one space where runs are apart (or a run brings its own), none where they abut. */
export function lineText(runs: readonly TextRun[]): string {
  let text = '';
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i];
    const trimmed = run.text.trim();
    if (i > 0 && needsSpace(runs[i - 1], run)) text += ' ';
    text += trimmed;
  }
  return text.replace(/\s+/g, ' ');
}

function needsSpace(left: TextRun, right: TextRun): boolean {
  if (/\s$/.test(left.text) || /^\s/.test(right.text)) return true;
  const gap = right.x - (left.x + left.width);
  return gap > WORD_GAP_FACTOR * Math.min(left.fontSize, right.fontSize);
}

/** Splits a line into cells where runs are far apart (the columns of a table row). */
export function splitCells(line: TextLine): TextRun[][] {
  const cells: TextRun[][] = [];
  let previous: TextRun | null = null;
  for (const run of line.runs) {
    const gap = previous ? run.x - (previous.x + previous.width) : Infinity;
    if (gap > CELL_GAP_FACTOR * Math.min(run.fontSize, previous?.fontSize ?? Infinity)) {
      cells.push([run]);
    } else {
      cells[cells.length - 1].push(run);
    }
    previous = run;
  }
  return cells;
}

/**
 * The usual baseline step between consecutive lines, over all pages: the most frequent step
 * (to 0.1 pt) among steps that look like single line spacing for their font.
 */
export function usualLinePitch(pages: readonly TextLine[][]): number {
  const counts = new Map<number, number>();
  const sizes: number[] = [];
  for (const lines of pages) {
    for (let i = 0; i < lines.length; i++) {
      sizes.push(lines[i].fontSize);
      if (i === 0) continue;
      const step = lines[i - 1].y - lines[i].y;
      const size = lines[i].fontSize;
      if (step < 0.9 * size || step > 1.6 * size) continue;
      const key = Math.round(step * 10) / 10;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  let best = 0;
  let bestCount = 0;
  for (const [step, count] of counts) {
    if (count > bestCount || (count === bestCount && step < best))
      [best, bestCount] = [step, count];
  }
  if (bestCount > 0) return best;
  sizes.sort((a, b) => a - b);
  return 1.2 * (sizes[sizes.length >> 1] ?? 12);
}

/** True when the baseline step from `above` to `below` is a paragraph break. */
export function isParagraphBreak(above: TextLine, below: TextLine, pitch: number): boolean {
  return above.y - below.y > PARAGRAPH_GAP_FACTOR * pitch;
}

/** A page's lines as text, with one empty line at each paragraph break. */
export function pageLines(lines: readonly TextLine[], pitch: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (i > 0 && isParagraphBreak(lines[i - 1], lines[i], pitch)) out.push('');
    out.push(lineText(lines[i].runs));
  }
  return out;
}
