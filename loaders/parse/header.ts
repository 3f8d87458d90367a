import type { CaseDates, Priority } from '../determination';
import { parseLetterDate } from '../extract/dates';
import { execAll } from '../text/regex';

export interface LetterHeader {
  caseNumber: string | null;
  priority: Priority | null;
  dates: CaseDates;
}

type Field = 'caseNumber' | 'priority' | keyof CaseDates;
type Kind = 'case' | 'priority' | 'date';

const KIND: Record<Field, Kind> = {
  caseNumber: 'case',
  priority: 'priority',
  assigned: 'date',
  decision: 'date',
  injury: 'date',
  urDenial: 'date',
  applicationReceived: 'date',
};

/**
 * Labels and values of the page-1 table, in the order the text gives them. `Received:` alone is
 * the second line of the wrapped `Application` / `Received:` label and carries nothing.
 * Case numbers are `CM16-0213037` (synthetic letters: `SYN-0000001`).
 */
const TOKEN = new RegExp(
  [
    String.raw`(?<caseNumber>Case\s+Number\s*:?)`,
    String.raw`(?<assigned>Date\s+Assigned\s*:?)`,
    String.raw`(?<decision>Decision\s+Date\s*:?)`,
    String.raw`(?<priority>Priority\s*:?)`,
    String.raw`(?<injury>Date\s+of\s+Injury\s*:?)`,
    String.raw`(?<urDenial>UR\s+Denial\s+Date\s*:?)`,
    String.raw`(?<applicationReceived>Application(?:\s+Received)?\s*:?)`,
    String.raw`(?<received>Received\s*:)`,
    String.raw`(?<case>\b[A-Z]{2,4}\d{0,2}-\d{5,8}\b)`,
    String.raw`(?<date>\b\d{1,2}[/-]\d{1,2}[/-]\d{2,4}\b)`,
    String.raw`(?<priorityValue>\b(?:Standard|Expedited)\b)`,
  ].join('|'),
  'gi',
);

interface Value {
  kind: Kind;
  text: string;
}

/**
 * The page-1 label/value table. Extractors give it as one `Label: value` per line, as two
 * columns per line (`Date Assigned: 11/09/2016   Date of Injury: 10/13/2016`), with the wrapped
 * `Application` / `Received:` label straddling its value, or with all the labels first and the
 * values after them. So labels and values are paired by position: each run of labels takes the
 * run of values after it, in order, kind by kind (a date label takes a date).
 */
export function parseHeader(lines: readonly string[]): LetterHeader {
  const found = new Map<Field, string>();
  let labels: Field[] = [];
  let values: Value[] = [];
  const flush = () => {
    pairRun(labels, values, found);
    labels = [];
    values = [];
  };
  for (const match of execAll(TOKEN, lines.join('\n'))) {
    const groups = match.groups ?? {};
    const label = (Object.keys(KIND) as Field[]).find((field) => groups[field] !== undefined);
    if (label !== undefined) {
      if (values.length > 0) flush();
      labels.push(label);
    } else if (groups.case !== undefined) values.push({ kind: 'case', text: groups.case });
    else if (groups.date !== undefined) values.push({ kind: 'date', text: groups.date });
    else if (groups.priorityValue !== undefined)
      values.push({ kind: 'priority', text: groups.priorityValue });
  }
  flush();

  const date = (field: keyof CaseDates): string | null => {
    const text = found.get(field);
    return text === undefined ? null : parseLetterDate(text);
  };
  const priority = found.get('priority');
  return {
    caseNumber: found.get('caseNumber')?.toUpperCase() ?? null,
    priority: priority
      ? ((priority[0].toUpperCase() + priority.slice(1).toLowerCase()) as Priority)
      : null,
    dates: {
      assigned: date('assigned'),
      decision: date('decision'),
      injury: date('injury'),
      urDenial: date('urDenial'),
      applicationReceived: date('applicationReceived'),
    },
  };
}

/**
 * Pairs a run of labels with the run of values after it, kind by kind and in order. When a
 * kind has fewer values than labels (a blank value), the values go to the labels nearest them.
 */
function pairRun(labels: readonly Field[], values: readonly Value[], found: Map<Field, string>) {
  for (const kind of ['case', 'priority', 'date'] as const) {
    const ofKind = labels.filter((l) => KIND[l] === kind && !found.has(l));
    const texts = values.filter((v) => v.kind === kind).map((v) => v.text);
    const offset = Math.max(0, ofKind.length - texts.length);
    texts.slice(0, ofKind.length).forEach((text, i) => found.set(ofKind[offset + i], text));
  }
}
