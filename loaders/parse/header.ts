import type { CaseDates, Priority } from '../determination';
import { parseLetterDate } from '../extract/dates';

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
 * Case numbers are `CM16-0213037` (synthetic letters: `SYN-0000001`). One group per
 * alternative, numbered in the order of TOKEN_GROUPS (a named group costs an object per match).
 */
type Role = { field: Field } | { value: Kind } | null;

const TOKEN_GROUPS: readonly (readonly [string, Role])[] = [
  [String.raw`Case\s+Number\s*:?`, { field: 'caseNumber' }],
  [String.raw`Date\s+Assigned\s*:?`, { field: 'assigned' }],
  [String.raw`Decision\s+Date\s*:?`, { field: 'decision' }],
  [String.raw`Priority\s*:?`, { field: 'priority' }],
  [String.raw`Date\s+of\s+Injury\s*:?`, { field: 'injury' }],
  [String.raw`UR\s+Denial\s+Date\s*:?`, { field: 'urDenial' }],
  [String.raw`Application(?:\s+Received)?\s*:?`, { field: 'applicationReceived' }],
  [String.raw`Received\s*:`, null], // the second line of the wrapped `Application` label
  [String.raw`\b[A-Z]{2,4}\d{0,2}-\d{5,8}\b`, { value: 'case' }],
  [String.raw`\b\d{1,2}[/-]\d{1,2}[/-]\d{2,4}\b`, { value: 'date' }],
  [String.raw`\b(?:Standard|Expedited)\b`, { value: 'priority' }],
];
const TOKEN = new RegExp(TOKEN_GROUPS.map(([source]) => `(${source})`).join('|'), 'gi');

/** The index in TOKEN_GROUPS of a match's one group that took part. */
function tokenOf(match: RegExpExecArray): number {
  // Stryker disable next-line EqualityOperator: one group always took part, so the loop returns before the bound
  for (let k = 0; k < TOKEN_GROUPS.length; k++) if (match[k + 1] !== undefined) return k;
  // Stryker disable next-line StringLiteral: unreachable (every alternative is a group)
  throw new Error('header token without a group'); // every alternative is a group
}

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
  // exec on the shared pattern (matches are never empty, and nothing in the loop uses it; a
  // failed exec leaves lastIndex at 0): execAll would first gather every match in an array.
  const text = lines.join('\n');
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    const token = tokenOf(match);
    const role = TOKEN_GROUPS[token][1];
    if (role === null) continue;
    if ('field' in role) {
      if (values.length > 0) flush();
      labels.push(role.field);
    } else values.push({ kind: role.value, text: match[token + 1] });
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
    // Stryker disable next-line MethodExpression: values past the labels would go under an undefined key, which nothing reads
    texts.slice(0, ofKind.length).forEach((text, i) => found.set(ofKind[offset + i], text));
  }
}
