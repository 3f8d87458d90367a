import type { Decision, Determination, GuidelineCitation } from '../../loaders/determination';
import { normaliseSectionKey } from '../../loaders/extract/guideline-citations';
import { reasonRow } from '../graph/write/reason-rows';
import type {
  CaseProperties,
  CaseRow,
  CategoryRow,
  CitationRow,
  DecisionRow,
  DocumentRow,
  GraphBatch,
  GroundRow,
  GuidelineRow,
  ReasonRow,
  ReviewerRow,
  ServiceRow,
} from '../graph/write/graph-batch';

/** `caseNumber`, or `doc:<sha256>` for a letter without a header. */
export function caseKey(determination: Determination): string {
  return determination.caseNumber ?? `doc:${determination.source.sha256}`;
}

export function decisionId(caseNumber: string, ordinal: number): string {
  return `${caseNumber}#${ordinal}`;
}

/** Sorted specialties plus sorted states: reviewers are anonymous, known by this profile. */
export function reviewerKey(specialties: readonly string[], states: readonly string[]): string {
  return `${[...specialties].sort().join(';')}|${[...states].sort().join(';')}`;
}

export function documentKey(source: string, document: string): string {
  return `${source}|${document}`;
}

export function guidelineKey(source: string, document: string, section: string | null): string {
  return `${documentKey(source, document)}|${section === null ? '' : normaliseSectionKey(section)}`;
}

export function categoryKey(category: string): string {
  return category;
}

export function subcategoryKey(category: string, subcategory: string): string {
  return `${category}/${subcategory}`;
}

/**
 * Maps determinations to one batch, pure and deterministic: the same letters give the same
 * keys and rows whatever else is in the graph. Shared nodes appear once per batch, in the
 * order the letters first mention them.
 */
export function toGraphBatch(determinations: readonly Determination[]): GraphBatch {
  const shared = {
    categories: new Map<string, CategoryRow>(),
    services: new Map<string, ServiceRow>(),
    documents: new Map<string, DocumentRow>(),
    guidelines: new Map<string, GuidelineRow>(),
    reviewers: new Map<string, ReviewerRow>(),
    diagnoses: new Set<string>(),
    bodyRegions: new Set<string>(),
    reasons: new Map<string, ReasonRow>(),
  };
  const cases = determinations.map((d) => toCaseRow(d, shared));
  return {
    cases,
    categories: [...shared.categories.values()],
    services: [...shared.services.values()],
    documents: [...shared.documents.values()],
    guidelines: [...shared.guidelines.values()],
    reviewers: [...shared.reviewers.values()],
    diagnoses: [...shared.diagnoses],
    bodyRegions: [...shared.bodyRegions],
    reasons: [...shared.reasons.values()],
  };
}

interface SharedRows {
  categories: Map<string, CategoryRow>;
  services: Map<string, ServiceRow>;
  documents: Map<string, DocumentRow>;
  guidelines: Map<string, GuidelineRow>;
  reviewers: Map<string, ReviewerRow>;
  diagnoses: Set<string>;
  bodyRegions: Set<string>;
  reasons: Map<string, ReasonRow>;
}

function toCaseRow(d: Determination, shared: SharedRows): CaseRow {
  const key = caseKey(d);
  const reviewer: ReviewerRow = {
    key: reviewerKey(d.reviewer.specialties, d.reviewer.licensedStates),
    specialties: [...d.reviewer.specialties].sort(),
    licensedStates: [...d.reviewer.licensedStates].sort(),
  };
  // Stryker disable next-line ConditionalExpression: one key is one profile; setting it again stores an equal row in the same place
  if (!shared.reviewers.has(reviewer.key)) shared.reviewers.set(reviewer.key, reviewer);
  const diagnoses = [...new Set(d.diagnoses.map(normaliseDiagnosis).filter((x) => x !== ''))];
  for (const name of diagnoses) shared.diagnoses.add(name);
  return {
    properties: toCaseProperties(d, key),
    reviewer: reviewer.key,
    diagnoses,
    decisions: d.decisions.map((decision) =>
      toDecisionRow(decision, key, d.dates.decision, shared),
    ),
  };
}

function toCaseProperties(d: Determination, key: string): CaseProperties {
  return {
    caseNumber: key,
    sha256: d.source.sha256,
    sourceFile: d.source.file,
    layout: d.source.layout,
    format: d.source.format,
    outcome: d.outcome,
    priority: d.priority,
    dateAssigned: d.dates.assigned,
    decisionDate: d.dates.decision,
    injuryDate: d.dates.injury,
    urDenialDate: d.dates.urDenial,
    applicationReceived: d.dates.applicationReceived,
    patientAge: d.patient.age,
    patientSex: d.patient.sex,
    summary: d.summary,
    priorTreatments: d.priorTreatments,
    decisionCount: d.decisions.length,
    overturnedCount: d.decisions.filter((x) => x.outcome === 'OVERTURNED').length,
    warningCount: d.warnings.length,
  };
}

/** Diagnoses as nodes group by a folded name: case and spacing differ between letters. */
export function normaliseDiagnosis(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[.;:,]+$/, '')
    .trim();
}

function toDecisionRow(
  decision: Decision,
  caseNumber: string,
  decisionDate: string | null,
  shared: SharedRows,
): DecisionRow {
  addService(decision, shared);
  const details = decision.details;
  for (const name of details.bodyRegions) shared.bodyRegions.add(name);
  return {
    properties: {
      id: decisionId(caseNumber, decision.ordinal),
      caseNumber,
      ordinal: decision.ordinal,
      outcome: decision.outcome,
      request: decision.request,
      originalRequest: decision.originalRequest,
      authorized: decision.authorized,
      rationale: decision.rationale,
      decisionDate,
      decisionMonth: decisionDate?.slice(0, 7) ?? null,
      serviceName: decision.service.name,
      category: decision.service.category,
      subcategory: decision.service.subcategory,
      bodyRegions: details.bodyRegions,
      laterality: details.laterality,
      spinalLevels: details.spinalLevels,
      sessions: details.sessions,
      perWeek: details.perWeek,
      weeks: details.weeks,
      quantity: details.quantity,
      strength: details.strength,
      retrospective: details.retrospective,
      dateOfService: details.dateOfService,
      urCitedNoEvidence: decision.claimsAdministrator.citedNoEvidence,
      reviewerCitedNoEvidence: decision.reviewer.citedNoEvidence,
      requestStart: decision.requestSpan?.start ?? null,
      requestEnd: decision.requestSpan?.end ?? null,
    },
    service: decision.service.name,
    bodyRegions: [...new Set(details.bodyRegions)],
    citations: [
      ...toCitationRows(decision.claimsAdministrator.citations, 'UR', shared),
      ...toCitationRows(decision.reviewer.citations, 'REVIEWER', shared),
    ],
    reasons: toGroundRows(decision, shared),
    dependsOn: decision.dependsOn,
  };
}

/** One GROUNDED_ON row per reason; each code's Reason node once per batch. */
function toGroundRows(decision: Decision, shared: SharedRows): GroundRow[] {
  return decision.reasons.map(({ code, text, start, end }) => {
    if (!shared.reasons.has(code)) shared.reasons.set(code, reasonRow(code));
    return { reason: code, text, start, end };
  });
}

/** One row per guideline section cited; a party citing one guideline twice is one edge. */
function toCitationRows(
  citations: readonly GuidelineCitation[],
  party: CitationRow['party'],
  shared: SharedRows,
): CitationRow[] {
  const rows = new Map<string, CitationRow>();
  for (const citation of citations) {
    for (const guideline of toGuidelineRows(citation)) {
      if (!shared.guidelines.has(guideline.key)) shared.guidelines.set(guideline.key, guideline);
      // Stryker disable next-line ConditionalExpression: the key is source|name, so a second row would be equal
      if (!shared.documents.has(guideline.documentKey)) {
        shared.documents.set(guideline.documentKey, {
          key: guideline.documentKey,
          source: citation.source,
          name: citation.document,
        });
      }
      if (rows.has(guideline.key)) continue;
      rows.set(guideline.key, {
        guideline: guideline.key,
        party,
        pages: citation.pages,
        edition: citation.edition,
        text: citation.text,
        start: citation.span?.start ?? null,
        end: citation.span?.end ?? null,
      });
    }
  }
  return [...rows.values()];
}

function addService(decision: Decision, shared: SharedRows): void {
  const { name, category, subcategory, drug } = decision.service;
  const catKey = category === null ? null : categoryKey(category);
  const subKey =
    category === null || subcategory === null ? null : subcategoryKey(category, subcategory);
  if (catKey !== null && category !== null && !shared.categories.has(catKey)) {
    shared.categories.set(catKey, {
      key: catKey,
      name: category,
      level: 'category',
      parentKey: null,
    });
  }
  if (subKey !== null && subcategory !== null && !shared.categories.has(subKey)) {
    shared.categories.set(subKey, {
      key: subKey,
      name: subcategory,
      level: 'subcategory',
      parentKey: catKey,
    });
  }
  // Stryker disable next-line ConditionalExpression: a service name has one category, subcategory and drug (loaders/vocab/services.ts), so a second row is equal
  if (!shared.services.has(name)) {
    shared.services.set(name, {
      name,
      category,
      subcategory,
      drug,
      categoryKey: catKey,
      subcategoryKey: subKey,
    });
  }
}

/** One Guideline node per section cited; a citation without sections points at the document. */
function toGuidelineRows(citation: GuidelineCitation): GuidelineRow[] {
  const sections = citation.sections.length > 0 ? citation.sections : [null];
  return sections.map((section) => ({
    key: guidelineKey(citation.source, citation.document, section),
    source: citation.source,
    document: citation.document,
    section,
    documentKey: documentKey(citation.source, citation.document),
  }));
}
