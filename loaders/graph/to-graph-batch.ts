import type { Decision, Determination, GuidelineCitation } from '../determination';
import { normaliseSectionKey } from '../extract/guideline-citations';
import type {
  CaseRow,
  CategoryRow,
  CitationRow,
  DecisionRow,
  GraphBatch,
  GuidelineRow,
  ReviewerRow,
  ServiceRow,
} from './graph-batch';

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
 * Maps determinations to one batch of rows, pure and deterministic: the same letters give
 * the same keys and rows whatever else is in the graph. Shared nodes appear once per batch.
 */
export function toGraphBatch(determinations: readonly Determination[]): GraphBatch {
  const services = new Map<string, ServiceRow>();
  const categories = new Map<string, CategoryRow>();
  const guidelines = new Map<string, GuidelineRow>();
  const documents = new Map<string, { key: string; source: string; name: string }>();
  const reviewers = new Map<string, ReviewerRow>();
  const batch: GraphBatch = {
    cases: [],
    decisions: [],
    services: [],
    categories: [],
    guidelines: [],
    documents: [],
    citations: [],
    reviewers: [],
    dependencies: [],
  };

  for (const d of determinations) {
    const key = caseKey(d);
    const reviewer: ReviewerRow = {
      key: reviewerKey(d.reviewer.specialties, d.reviewer.licensedStates),
      specialties: [...d.reviewer.specialties].sort(),
      licensedStates: [...d.reviewer.licensedStates].sort(),
    };
    reviewers.set(reviewer.key, reviewer);
    batch.cases.push(toCaseRow(d, key, reviewer.key));

    for (const decision of d.decisions) {
      const id = decisionId(key, decision.ordinal);
      batch.decisions.push(toDecisionRow(decision, id, key, d.dates.decision));
      addService(decision, services, categories);
      const citations: [GuidelineCitation[], CitationRow['party']][] = [
        [decision.claimsAdministrator.citations, 'UR'],
        [decision.reviewer.citations, 'REVIEWER'],
      ];
      for (const [list, party] of citations) {
        for (const citation of list) {
          for (const row of toGuidelineRows(citation)) {
            guidelines.set(row.key, row);
            documents.set(row.documentKey, {
              key: row.documentKey,
              source: citation.source,
              name: citation.document,
            });
            batch.citations.push({
              decisionId: id,
              guidelineKey: row.key,
              party,
              pages: citation.pages,
              edition: citation.edition,
              text: citation.text,
            });
          }
        }
      }
      if (decision.dependsOn !== null) {
        batch.dependencies.push({ from: id, to: decisionId(key, decision.dependsOn) });
      }
    }
  }
  batch.services = [...services.values()];
  batch.categories = [...categories.values()];
  batch.guidelines = [...guidelines.values()];
  batch.documents = [...documents.values()];
  batch.reviewers = [...reviewers.values()];
  batch.citations = dedupeCitations(batch.citations);
  return batch;
}

function toCaseRow(d: Determination, key: string, reviewer: string): CaseRow {
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
    reviewerKey: reviewer,
    diagnoses: [...new Set(d.diagnoses.map(normaliseDiagnosis).filter((x) => x !== ''))],
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
  id: string,
  caseNumber: string,
  decisionDate: string | null,
): DecisionRow {
  const details = decision.details;
  return {
    id,
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
  };
}

function addService(
  decision: Decision,
  services: Map<string, ServiceRow>,
  categories: Map<string, CategoryRow>,
): void {
  const { name, category, subcategory, drug } = decision.service;
  const catKey = category === null ? null : categoryKey(category);
  const subKey =
    category === null || subcategory === null ? null : subcategoryKey(category, subcategory);
  if (catKey !== null && category !== null) {
    categories.set(catKey, { key: catKey, name: category, level: 'category', parentKey: null });
  }
  if (subKey !== null && subcategory !== null) {
    categories.set(subKey, {
      key: subKey,
      name: subcategory,
      level: 'subcategory',
      parentKey: catKey,
    });
  }
  if (!services.has(name)) {
    services.set(name, {
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

/** A party citing the same guideline twice in one item is one relationship. */
function dedupeCitations(rows: CitationRow[]): CitationRow[] {
  const seen = new Map<string, CitationRow>();
  for (const row of rows) {
    const key = `${row.decisionId}|${row.party}|${row.guidelineKey}`;
    if (!seen.has(key)) seen.set(key, row);
  }
  return [...seen.values()];
}
