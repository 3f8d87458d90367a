import { LetterError, type Layout } from '../determination';

/** The parts of a letter, each as cleaned lines (see cleanLines). */
export interface LetterSections {
  layout: Layout;
  header: string[];
  howMade: string[];
  summary: string[];
  issues: string[];
  /** Where `issues` starts in the letter's lines: item line numbers add it (see spans.ts). */
  issuesFrom: number;
}

// Headings fill their line; a colon after one, or `RATIONALE` for `RATIONALES`, is still it.
const HOW_MADE = /^HOW THE IMR FINAL DETERMINATION WAS MADE:?$/i;
const CASE_SUMMARY = /^CLINICAL CASE SUMMARY:?$/i;
const ISSUES = /^IMR ISSUES,? DECISIONS,? AND RATIONALES?:?$/i;
const CREDENTIAL_BLOCK = /Expert Reviewer has the following credentials/i;
const CREDENTIAL_PROSE = /expert\s+reviewer\s+is\s+(?:Board\s+Certified|a\s+licensed|licensed)/i;

/** Layouts seen in the wild that this parser does not read (letters.md, "Other layouts"). */
const OTHER_LAYOUTS: readonly [RegExp, string][] = [
  [/Notice of Independent Medical Review Determination/i, '2013 notice layout'],
  // 2013 items are numbered sentences: `1) ... Lumbar MRI is not medically necessary and appropriate.`
  [
    /^\s*\d+\)\s.*\b(?:is|are)\s+(?:not\s+)?medically\s+necessary\s+and\s+appropriate/im,
    '2013 notice layout (numbered items)',
  ],
  [/IMR DECISION\(S\) AND RATIONALE\(S\)/i, "2016-17 'IMR DECISION(S) AND RATIONALE(S)' layout"],
  [
    /MEDICAL PROFESSIONAL REVIEW|ISSUE AT DISPUTE:/i,
    "2016-17 'MEDICAL PROFESSIONAL REVIEW' layout",
  ],
];

/** Throws UNSUPPORTED_LAYOUT when the text carries the marks of a layout this parser does not read. */
export function assertSupportedLayout(lines: readonly string[]): void {
  const text = lines.join('\n');
  const other = OTHER_LAYOUTS.find(([pattern]) => pattern.test(text));
  if (other) throw new LetterError('UNSUPPORTED_LAYOUT', `unsupported layout: ${other[1]}`);
}

const LETTER_MARKERS = /MAXIMUS|Independent Medical Review|IMR\b|Claims Administrator/i;

/**
 * Splits a letter into header, the `HOW THE IMR ...` part, the case summary and the issues.
 * Unknown layouts fail with UNSUPPORTED_LAYOUT, other documents with NOT_A_DETERMINATION.
 */
export function splitSections(lines: readonly string[]): LetterSections {
  // A heading fills its line; the line's first letter spares the pattern on most lines.
  const at = (pattern: RegExp, opening: string) =>
    lines.findIndex((line) => headingOpensWith(line, opening) && pattern.test(line.trim()));
  const howMade = at(HOW_MADE, 'h');
  const summary = at(CASE_SUMMARY, 'c');
  const issues = at(ISSUES, 'i');

  if (howMade < 0 || summary < 0 || issues < 0) {
    // Other layouts may share some headings (`CLINICAL CASE SUMMARY`); their own markers decide.
    assertSupportedLayout(lines);
  }
  if (howMade < 0 || summary < 0) {
    const text = lines.join('\n');
    if (howMade < 0 && summary < 0 && issues < 0) {
      const hint = LETTER_MARKERS.test(text)
        ? ' (it mentions IMR but has none of the sections)'
        : '';
      throw new LetterError(
        'NOT_A_DETERMINATION',
        `not an IMR final determination letter: no 'HOW THE IMR FINAL DETERMINATION WAS MADE' or 'CLINICAL CASE SUMMARY' section${hint}`,
      );
    }
    throw new LetterError(
      'UNSUPPORTED_LAYOUT',
      `unsupported layout: expected the sections 'HOW THE IMR FINAL DETERMINATION WAS MADE' and 'CLINICAL CASE SUMMARY'`,
    );
  }
  if (issues < 0) {
    throw new LetterError(
      'NO_DECISIONS',
      `no 'IMR ISSUES, DECISIONS AND RATIONALES' section: the letter is truncated or its items were removed`,
    );
  }
  if (!(howMade < summary && summary < issues)) {
    throw new LetterError(
      'UNSUPPORTED_LAYOUT',
      'unsupported layout: sections out of the usual order',
    );
  }

  const howMadeLines = lines.slice(howMade + 1, summary);
  const howMadeText = howMadeLines.join(' ');
  let layout: Layout;
  if (CREDENTIAL_BLOCK.test(howMadeText)) layout = '2016';
  else if (CREDENTIAL_PROSE.test(howMadeText.replace(/\s+/g, ' '))) layout = '2014';
  else {
    throw new LetterError(
      'UNSUPPORTED_LAYOUT',
      'unsupported layout: no reviewer credentials, neither as a block nor in the 2014 prose form',
    );
  }

  return {
    layout,
    header: lines.slice(0, howMade),
    howMade: howMadeLines,
    summary: lines.slice(summary + 1, issues),
    issues: lines.slice(issues + 1),
    issuesFrom: issues + 1,
  };
}

/** Whether the line's first non-blank character is the ASCII letter `lower`, in either case. */
function headingOpensWith(line: string, lower: string): boolean {
  // Most lines open with a printable ASCII character, which trimStart would keep: no copy.
  const first = line.charCodeAt(0);
  const opening = first > 0x20 && first < 0x7f ? first : line.trimStart().charCodeAt(0);
  return (opening | 0x20) === lower.charCodeAt(0);
}
