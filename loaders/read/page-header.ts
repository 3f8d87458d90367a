/**
 * The page-1 header of a determination letter is a two-column label/value table:
 *
 *   Case Number:    CM16-0213037
 *   Date Assigned:  11/09/2016        Date of Injury:   10/13/2016
 *   Decision Date:  12/09/2016        UR Denial Date:   11/03/2016
 *   Priority:       Standard          Application       11/03/2016
 *                                     Received:
 *
 * PDFs may draw all labels before all values, so values are paired with labels by position:
 * a label's value is what stands to its right on its row, up to the next label.
 */
import { lineText, splitCells, type TextLine, type TextRun } from './text-layout';

/** Header labels in the order the header lines are emitted. */
export const HEADER_LABELS = [
  'Case Number:',
  'Date Assigned:',
  'Decision Date:',
  'Priority:',
  'Date of Injury:',
  'UR Denial Date:',
  'Application Received:',
] as const;

export type HeaderLabel = (typeof HEADER_LABELS)[number];

export interface HeaderTable {
  /** `Label: value` lines in HEADER_LABELS order, for the labels found. */
  fields: string[];
  /** Text inside the table that belongs to no label (kept rather than dropped). */
  leftovers: string[];
  /** Index of the table's first and last line in the page's lines. */
  firstLine: number;
  lastLine: number;
}

interface Cell {
  line: number;
  runs: TextRun[];
  text: string;
  x: number;
}

interface LabelCell {
  label: HeaderLabel;
  cell: Cell;
  /** Second line of a label wrapped over two lines (`Application` / `Received:`). */
  continuation: Cell | null;
  /** Text after the label inside the same cell, when the value was drawn close to it. */
  inlineValue: string;
}

/** How many lines from the top of page 1 may hold the header table. */
const HEADER_SEARCH_LINES = 16;
/** A wrapped label's second line starts within this share of the font size of its first. */
const SAME_COLUMN_FACTOR = 0.3;

const labelKey = (text: string): string =>
  text.replace(/\s+/g, ' ').replace(/:$/, '').trim().toLowerCase();
const LABEL_KEYS = HEADER_LABELS.map((label) => ({ label, key: labelKey(label) }));

/** Finds the header table among the first lines of page 1; null when it is not there. */
export function readHeaderTable(lines: readonly TextLine[]): HeaderTable | null {
  const rows = lines.slice(0, HEADER_SEARCH_LINES).map((line, index) =>
    splitCells(line).map((runs): Cell => ({
      line: index,
      runs,
      text: lineText(runs),
      x: runs[0].x,
    })),
  );
  const labels = findLabels(rows, lines);
  if (labels.length < 2) return null;

  const used = new Set<Cell>();
  for (const found of labels) {
    used.add(found.cell);
    if (found.continuation) used.add(found.continuation);
  }
  const values = new Map<HeaderLabel, string>();
  for (const found of labels) {
    let value = [found.inlineValue, ...valueCells(rows, found.cell, used)].join(' ').trim();
    if (value === '' && found.continuation) {
      value = valueCells(rows, found.continuation, used).join(' ');
    }
    values.set(found.label, value);
  }

  const lineNumbers = labels.flatMap((l) => [l.cell.line, l.continuation?.line ?? l.cell.line]);
  const firstLine = Math.min(...lineNumbers);
  const lastLine = Math.max(...lineNumbers);
  const leftovers = rows
    .slice(firstLine, lastLine + 1)
    .map((row) =>
      row
        .filter((cell) => !used.has(cell))
        .map((cell) => cell.text)
        .join(' '),
    )
    .filter((text) => text !== '');
  const fields = HEADER_LABELS.filter((label) => values.has(label)).map((label) =>
    `${label} ${values.get(label)}`.trimEnd(),
  );
  return { fields, leftovers, firstLine, lastLine };
}

/**
 * Label cells, each label once (the first occurrence), top to bottom. The table is the run of
 * consecutive lines that each hold a label or the second line of a wrapped one; it ends at the
 * first line that holds neither, so body text is never taken for a field.
 */
function findLabels(rows: Cell[][], lines: readonly TextLine[]): LabelCell[] {
  const found = new Map<HeaderLabel, LabelCell>();
  const wrapped = new Set<number>();
  for (const [index, row] of rows.entries()) {
    const matches = row.flatMap((cell) => {
      const match = matchLabel(cell, rows[index + 1] ?? [], lines[index].fontSize);
      return match ? [match] : [];
    });
    if (matches.length === 0 && found.size > 0 && !wrapped.has(index)) break;
    for (const match of matches) {
      if (match.continuation) wrapped.add(match.continuation.line);
      if (!found.has(match.label)) found.set(match.label, match);
    }
  }
  return [...found.values()];
}

/** The label a cell starts with, or the wrapped label it begins and the line below completes. */
function matchLabel(cell: Cell, below: Cell[], fontSize: number): LabelCell | null {
  const key = labelKey(cell.text);
  const spaced = cell.text.replace(/\s+/g, ' ').trim();
  for (const { label, key: wanted } of LABEL_KEYS) {
    if (key === wanted || key.startsWith(`${wanted}:`) || key.startsWith(`${wanted} `)) {
      const rest = spaced.slice(wanted.length).replace(/^:?\s*/, '');
      return { label, cell, continuation: null, inlineValue: rest };
    }
    if (!wanted.startsWith(`${key} `)) continue;
    const tolerance = SAME_COLUMN_FACTOR * fontSize;
    const next = below.find((other) => Math.abs(other.x - cell.x) <= tolerance);
    if (next && labelKey(`${cell.text} ${next.text}`) === wanted) {
      return { label, cell, continuation: next, inlineValue: '' };
    }
  }
  return null;
}

/** Texts of the cells right of a label on its row, up to the next label; marks them used. */
function valueCells(rows: Cell[][], labelCell: Cell, used: Set<Cell>): string[] {
  const cells: Cell[] = [];
  for (const cell of rows[labelCell.line]) {
    if (cell.x <= labelCell.x) continue;
    if (used.has(cell)) break;
    cells.push(cell);
  }
  for (const cell of cells) used.add(cell);
  return cells.map((cell) => cell.text);
}
