import type { CaseDates, Priority } from '../determination';
import { parseLetterDate } from '../extract/dates';

export interface LetterHeader {
  caseNumber: string | null;
  priority: Priority | null;
  dates: CaseDates;
}

const DATE = String.raw`(\d{1,2}[/-]\d{1,2}[/-]\d{2,4})`;

/**
 * The page-1 label/value table. Extractors give either one `Label: value` per line or two
 * columns per line (`Date Assigned: 11/09/2016   Date of Injury: 10/13/2016`), and the
 * wrapped `Application` / `Received:` label may straddle its value, so each label is searched
 * in the header text as a whole.
 */
const FIELDS = {
  assigned: new RegExp(String.raw`Date\s+Assigned:?\s*${DATE}`, 'i'),
  decision: new RegExp(String.raw`Decision\s+Date:?\s*${DATE}`, 'i'),
  injury: new RegExp(String.raw`Date\s+of\s+Injury:?\s*${DATE}`, 'i'),
  urDenial: new RegExp(String.raw`UR\s+Denial\s+Date:?\s*${DATE}`, 'i'),
  applicationReceived: new RegExp(String.raw`Application(?:\s+Received:?)?\s*${DATE}`, 'i'),
} as const;

// `CM16-0213037`; synthetic letters use `SYN-0000001`.
const CASE_NUMBER = /Case\s+Number:?\s*([A-Z]{2,4}\d{0,2}-\d{5,8})\b/i;
const PRIORITY = /Priority:?\s*(Standard|Expedited)\b/i;

export function parseHeader(lines: readonly string[]): LetterHeader {
  const text = lines.join('\n');
  const date = (pattern: RegExp): string | null => {
    const match = pattern.exec(text);
    return match ? parseLetterDate(match[1]) : null;
  };
  const priority = PRIORITY.exec(text)?.[1];
  return {
    caseNumber: CASE_NUMBER.exec(text)?.[1].toUpperCase() ?? null,
    priority: priority
      ? ((priority[0].toUpperCase() + priority.slice(1).toLowerCase()) as Priority)
      : null,
    dates: {
      assigned: date(FIELDS.assigned),
      decision: date(FIELDS.decision),
      injury: date(FIELDS.injury),
      urDenial: date(FIELDS.urDenial),
      applicationReceived: date(FIELDS.applicationReceived),
    },
  };
}
