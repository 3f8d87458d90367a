/**
 * Guideline citations of the synthetic letters: the documents as 2016-17 letters write them, their
 * canonical names (taxonomy.md), and the party lines built from them:
 *
 *   Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies. Decision based
 *   on Non-MTUS Citation Official Disability Guidelines (ODG), Low Back Chapter.
 */
import type { GuidelineSource } from '../../loaders/determination';
import {
  MTUS_DOCUMENTS,
  type MtusDocument,
  type MtusDocumentKey,
  type OdgChapter,
} from './guideline-documents';
import { REGIONS, type RegionName } from './regions';
import type { Rng } from './rng';

const ODG_DOCUMENT = 'Official Disability Guidelines';

/**
 * What a service may cite. `REGION` stands for the chapter of the request's body region (ODG:
 * `fallback`, else Pain, when the request names none); in `sections`, for the region's
 * Postsurgical Treatment section.
 */
export type CitationSpec =
  | { mtus: MtusDocumentKey | 'REGION'; sections?: readonly string[] }
  | { odg: OdgChapter | 'REGION'; topic?: string; fallback?: OdgChapter }
  | { other: string };

/** A citation as the intended facts state it (GuidelineCitation without text and pages). */
export interface IntendedCitation {
  source: GuidelineSource;
  document: string;
  edition: string | null;
  sections: string[];
}

export interface IntendedParty {
  citedNoEvidence: boolean;
  citations: IntendedCitation[];
}

export type Party = 'claimsAdministrator' | 'reviewer';

const PARTY_NAME: Readonly<Record<Party, string>> = {
  claimsAdministrator: 'The Claims Administrator',
  reviewer: 'The Expert Reviewer',
};

/** How often each party cites nothing, adds sections, a second MTUS document, or ODG. */
const POLICY: Readonly<
  Record<Party, { none: number; sections: number; secondMtus: number; addOdg: number }>
> = {
  claimsAdministrator: { none: 0.1, sections: 0.5, secondMtus: 0.1, addOdg: 0.35 },
  reviewer: { none: 0.015, sections: 0.92, secondMtus: 0.12, addOdg: 0.2 },
};

interface ResolvedMtus {
  doc: MtusDocument;
  sections: string[];
}

interface ResolvedNonMtus {
  text: string;
  intended: IntendedCitation;
}

/** The text after "Claims Administrator guideline: " or "MAXIMUS guideline: ", and its facts. */
export function buildPartyCitations(
  rng: Rng,
  party: Party,
  specs: readonly CitationSpec[],
  regions: readonly RegionName[],
): { text: string; intended: IntendedParty } {
  const policy = POLICY[party];
  if (specs.length === 0 || rng.chance(policy.none)) return citedNothing(party);
  const mtus: ResolvedMtus[] = [];
  const nonMtus: ResolvedNonMtus[] = [];
  for (const spec of specs) {
    if ('mtus' in spec) {
      const resolved = resolveMtus(spec, regions);
      if (resolved && !mtus.some((m) => m.doc === resolved.doc)) mtus.push(resolved);
    } else {
      nonMtus.push(resolveNonMtus(rng, spec, regions));
    }
  }
  const usedMtus = mtus.slice(0, mtus.length > 1 && rng.chance(policy.secondMtus) ? 2 : 1);
  if (usedMtus.length === 0) {
    if (nonMtus.length === 0) return citedNothing(party);
    const first = nonMtus[0] as ResolvedNonMtus;
    return {
      text:
        `${PARTY_NAME[party]} based their decision on recommendation(s) outside of the MTUS ` +
        `Guidelines. Decision based on Non-MTUS Citation ${first.text}`,
      intended: { citedNoEvidence: false, citations: [first.intended] },
    };
  }
  const withSections = usedMtus.map((m) =>
    rng.chance(policy.sections) ? m : { ...m, sections: [] },
  );
  let text = `Decision based on MTUS ${withSections.map(renderMtus).join(', and ')}.`;
  const citations = withSections.map(intendedMtus);
  const odg = nonMtus[0];
  if (odg && rng.chance(policy.addOdg)) {
    text += ` Decision based on Non-MTUS Citation ${odg.text}`;
    citations.push(odg.intended);
  }
  return { text, intended: { citedNoEvidence: false, citations } };
}

/** The line of an expert reviewer who cites nothing (items that follow a denied surgery). */
export function citedNothing(party: Party): { text: string; intended: IntendedParty } {
  return {
    text: `${PARTY_NAME[party]} did not cite any medical evidence for its decision.`,
    intended: { citedNoEvidence: true, citations: [] },
  };
}

function resolveMtus(
  spec: { mtus: MtusDocumentKey | 'REGION'; sections?: readonly string[] },
  regions: readonly RegionName[],
): ResolvedMtus | null {
  const region = regions[0] ? REGIONS[regions[0]] : undefined;
  const key = spec.mtus === 'REGION' ? (region?.mtus ?? null) : spec.mtus;
  if (!key) return null;
  const sections: string[] = [];
  for (const s of spec.sections ?? []) {
    const section = s === 'REGION' ? region?.postsurgical : s;
    if (section) sections.push(section);
  }
  return { doc: MTUS_DOCUMENTS[key], sections };
}

function renderMtus(m: ResolvedMtus): string {
  const head = `${m.doc.text} ${m.doc.edition}`;
  return m.sections.length ? `${head}, Section(s): ${m.sections.join(', ')}` : head;
}

function intendedMtus(m: ResolvedMtus): IntendedCitation {
  return {
    source: 'MTUS',
    document: m.doc.canonical,
    edition: m.doc.edition,
    sections: m.sections,
  };
}

function resolveNonMtus(
  rng: Rng,
  spec: { odg: OdgChapter | 'REGION'; topic?: string; fallback?: OdgChapter } | { other: string },
  regions: readonly RegionName[],
): ResolvedNonMtus {
  if ('other' in spec) {
    return {
      text: `${spec.other}.`,
      intended: { source: 'NON_MTUS', document: 'Other', edition: null, sections: [] },
    };
  }
  const region = regions[0];
  const chapter: OdgChapter =
    spec.odg === 'REGION' ? (region ? REGIONS[region].odg : (spec.fallback ?? 'Pain')) : spec.odg;
  const name = rng.chance(0.8) ? `${ODG_DOCUMENT} (ODG)` : ODG_DOCUMENT;
  const topic = spec.topic && rng.chance(0.75) ? spec.topic : null;
  const text = `${name}, ${chapter} Chapter${topic ? `, ${topic}` : ''}.`;
  const sections = topic ? [chapter, topic] : [chapter];
  return {
    text,
    intended: { source: 'NON_MTUS', document: ODG_DOCUMENT, edition: null, sections },
  };
}
