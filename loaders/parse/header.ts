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
 * Case numbers are `CM16-0213037` (synthetic letters: `SYN-0000001`). One group per
 * alternative, numbered in the order of TOKEN_GROUPS (a named group costs an object per match).
 */
const TOKEN_GROUPS = [
  ['caseNumber', String.raw`Case\s+Number\s*:?`],
  ['assigned', String.raw`Date\s+Assigned\s*:?`],
  ['decision', String.raw`Decision\s+Date\s*:?`],
  ['priority', String.raw`Priority\s*:?`],
  ['injury', String.raw`Date\s+of\s+Injury\s*:?`],
  ['urDenial', String.raw`UR\s+Denial\s+Date\s*:?`],
  ['applicationReceived', String.raw`Application(?:\s+Received)?\s*:?`],
  ['received', String.raw`Received\s*:`],
  ['case', String.raw`\b[A-Z]{2,4}\d{0,2}-\d{5,8}\b`],
  ['date', String.raw`\b\d{1,2}[/-]\d{1,2}[/-]\d{2,4}\b`],
  ['priorityValue', String.raw`\b(?:Standard|Expedited)\b`],
] as const;
type TokenName = (typeof TOKEN_GROUPS)[number][0];
const TOKEN = new RegExp(TOKEN_GROUPS.map(([, source]) => `(${source})`).join('|'), 'gi');

/** The token a match is: the name of its one group that took part. */
function tokenOf(match: RegExpExecArray): { name: TokenName; text: string } {
  for (let k = 0; k < TOKEN_GROUPS.length; k++) {
    const text = match[k + 1];
    if (text !== undefined) return { name: TOKEN_GROUPS[k][0], text };
  }
  throw new Error('header token without a group'); // every alternative is a group
}

function isField(name: TokenName): name is Field {
  return name in KIND;
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
  for (const match of execAll(TOKEN, lines.join('\n'))) {
    const { name, text } = tokenOf(match);
    if (isField(name)) {
      if (values.length > 0) flush();
      labels.push(name);
    } else if (name === 'case') values.push({ kind: 'case', text });
    else if (name === 'date') values.push({ kind: 'date', text });
    else if (name === 'priorityValue') values.push({ kind: 'priority', text });
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
