import type {
  CanonicalService,
  CaseOutcome,
  Decision,
  Determination,
  Outcome,
  PartyCitations,
  SourceInfo,
} from '../determination';
import { LetterError } from '../determination';
import { canonicaliseService } from '../canonical/service';
import { extractRequestDetails } from '../extract/request-details';
import { parseGuidelineParagraph } from '../extract/guideline-citations';
import { extractReasons } from '../extract/reasons';
import { cleanLines } from '../text/clean-text';
import { parseCaseSummary } from './case-summary';
import { parseCredentials } from './credentials';
import { findDependency } from './dependencies';
import { parseHeader } from './header';
import {
  countItemOpenings,
  endsInOutcome,
  splitItems,
  type LineRange,
  type RawItem,
} from './items';
import { assertSupportedLayout, splitSections } from './sections';
import { lineOffsets, linesSpan, locateText } from './spans';

export type LetterSource = Omit<SourceInfo, 'layout'>;

/**
 * Letter text in, canonical `Determination` out: a pure function over the text (no I/O, no
 * clock). Throws LetterError with a code when the text is not a letter it can read.
 */
export function parseLetterText(text: string, source: LetterSource): Determination {
  return parseLetterLines(cleanLines(text), source);
}

/**
 * The text the parser reads, as the offsets of every span count it: the letter's lines after
 * clean-up, joined by line breaks (`imr-graph parse --with-text` prints it).
 */
export function cleanedLetterText(text: string): string {
  return cleanLines(text).join('\n');
}

function parseLetterLines(lines: string[], source: LetterSource): Determination {
  const sections = splitSections(lines);
  const warnings: string[] = [];
  const header = parseHeader(sections.header);
  const credentials = parseCredentials(sections.howMade);
  const summary = parseCaseSummary(sections.summary);
  const items = splitItems(sections.issues);
  if (items.length === 0) {
    assertSupportedLayout(lines);
    throw new LetterError(
      'NO_DECISIONS',
      'no disputed items found: no line ending in ": Upheld" or ": Overturned" followed by the item\'s guideline paragraphs',
    );
  }
  warnings.push(...credentials.warnings);
  warnings.push(...strayOutcomeWarnings(sections.issues, items.length));

  const decisions = items.map((item, index) => toDecision(item, index + 1, warnings));
  addSpans(decisions, items, lines, sections.issuesFrom);
  for (const decision of decisions) {
    decision.dependsOn = findDependency(decision, decisions);
    // An item that follows from a surgery is one of its adjunct services where it can be one.
    const primary = decisions.find((d) => d.ordinal === decision.dependsOn);
    if (primary !== undefined && isSurgery(primary.service)) {
      const adjunct = canonicaliseService(decision.request, { surgery: true });
      if (adjunct.category !== null) decision.service = adjunct;
    }
  }
  if (header.dates.injury === null && summary.injuryDate !== null)
    header.dates.injury = summary.injuryDate;

  return {
    source: { ...source, layout: sections.layout },
    caseNumber: header.caseNumber,
    priority: header.priority,
    dates: header.dates,
    outcome: caseOutcome(decisions.map((d) => d.outcome)),
    reviewer: { licensedStates: credentials.licensedStates, specialties: credentials.specialties },
    patient: summary.patient,
    diagnoses: summary.diagnoses,
    priorTreatments: summary.priorTreatments,
    summary: summary.summary,
    decisions,
    warnings,
  };
}

function toDecision(item: RawItem, ordinal: number, warnings: string[]): Decision {
  const note = (message: string) => warnings.push(`item ${ordinal}: ${message}`);
  item.warnings.forEach(note);
  let service = canonicaliseService(item.request);
  // A disputed portion may name only the count ("2 sessions"): the original names the service.
  if (service.category === null && item.originalRequest !== null) {
    const original = canonicaliseService(item.originalRequest);
    if (original.category !== null) service = original;
  }
  if (service.category === null) note('service not recognised, no category');
  const kind =
    service.category === 'Pharmaceuticals'
      ? 'drug'
      : service.category === 'Rehabilitation'
        ? 'therapy'
        : 'other';
  return {
    ordinal,
    request: item.request,
    originalRequest: item.originalRequest,
    authorized: item.authorized,
    outcome: item.outcome,
    service,
    details: requestDetails(item, kind),
    claimsAdministrator: readCitations(
      item.claimsAdministrator,
      'Claims Administrator guideline',
      note,
    ),
    reviewer: readCitations(item.reviewer, 'MAXIMUS guideline', note),
    rationale: item.rationale,
    dependsOn: null,
    ...extractReasons(item.rationale, item.outcome),
  };
}

/**
 * Where each item's header and each citation was read, as offsets into the cleaned text
 * (cleanedLetterText). Only a guideline paragraph's own lines are joined, to search them: the
 * whole letter never is.
 */
function addSpans(
  decisions: Decision[],
  items: readonly RawItem[],
  lines: readonly string[],
  issuesFrom: number,
): void {
  const offsets = lineOffsets(lines);
  const inLetter = (range: LineRange): [number, number] => [
    range[0] + issuesFrom,
    range[1] + issuesFrom,
  ];
  items.forEach((item, k) => {
    const decision = decisions[k];
    const header = linesSpan(lines, offsets, ...inLetter(item.at.header));
    if (header !== null) decision.requestSpan = header;
    const parties = [
      [decision.claimsAdministrator, item.at.claimsAdministrator],
      [decision.reviewer, item.at.reviewer],
    ] as const;
    for (const [party, range] of parties) {
      if (range === null) continue;
      const [first, last] = inLetter(range);
      const paragraph = lines.slice(first, last + 1).join('\n');
      const base = offsets[first];
      // Citations come in the paragraph's order: each is sought after the previous one's start.
      let cursor = 0;
      for (const citation of party.citations) {
        const span =
          locateText(paragraph, citation.text, cursor, paragraph.length) ??
          locateText(paragraph, citation.text, 0, paragraph.length);
        if (span === null) continue;
        citation.span = { start: base + span.start, end: base + span.end };
        cursor = span.start;
      }
    }
  });
}

/**
 * The disputed portion of a partial authorisation is often shorter than the original
 * (`2 sessions of physical therapy`); where it names no body region, side, levels or strength,
 * those come from the original request, and so does a retrospective date of service. Counts
 * stay those of the disputed portion.
 */
function requestDetails(item: RawItem, kind: 'drug' | 'therapy' | 'other'): Decision['details'] {
  const details = extractRequestDetails(item.request, { kind });
  if (item.originalRequest === null) return details;
  const original = extractRequestDetails(item.originalRequest, { kind });
  return {
    ...details,
    bodyRegions: details.bodyRegions.length > 0 ? details.bodyRegions : original.bodyRegions,
    laterality: details.laterality ?? original.laterality,
    spinalLevels: details.spinalLevels.length > 0 ? details.spinalLevels : original.spinalLevels,
    strength: details.strength ?? original.strength,
    retrospective: details.retrospective || original.retrospective,
    dateOfService: details.dateOfService ?? original.dateOfService,
  };
}

/** A surgery itself, not one of its adjunct services. */
function isSurgery(service: CanonicalService): boolean {
  return service.category === 'Surgery' && service.subcategory !== 'Adjunct Surgical Services';
}

function readCitations(
  paragraph: string | null,
  label: string,
  note: (message: string) => void,
): PartyCitations {
  if (paragraph === null) return { citedNoEvidence: false, citations: [] };
  const parsed = parseGuidelineParagraph(paragraph);
  parsed.warnings.forEach((w) => note(`${label}: ${w}`));
  return { citedNoEvidence: parsed.citedNoEvidence, citations: parsed.citations };
}

/**
 * Lines shaped like an item header that did not open an item, and item paragraphs that no
 * header opened: never drop an item silently.
 */
function strayOutcomeWarnings(lines: readonly string[], itemCount: number): string[] {
  const warnings: string[] = [];
  const shaped = lines.filter((line) => endsInOutcome(line.trim())).length;
  if (shaped > itemCount)
    warnings.push(
      `${shaped - itemCount} line(s) end in ': Upheld|Overturned' without the item's guideline paragraphs after them`,
    );
  const openings = countItemOpenings(lines);
  if (openings > itemCount)
    warnings.push(
      `${openings - itemCount} 'Claims Administrator guideline' paragraph(s) without an item header ending in its outcome before them`,
    );
  return warnings;
}

export function caseOutcome(outcomes: readonly Outcome[]): CaseOutcome {
  if (outcomes.every((o) => o === 'UPHELD')) return 'UPHELD';
  if (outcomes.every((o) => o === 'OVERTURNED')) return 'OVERTURNED';
  return 'PARTIALLY_OVERTURNED';
}
