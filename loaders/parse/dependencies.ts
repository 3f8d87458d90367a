import type { CanonicalService } from '../determination';

interface DependencyCandidate {
  ordinal: number;
  request: string;
  service: CanonicalService;
  rationale: string;
}

/**
 * A rationale that says the item follows from another one:
 *   `As the requested surgical intervention is not medically necessary ..., the requested
 *   ancillary service is not medically necessary.`
 *   `The concurrent request for surgery is supported.`
 *   `Given the request for acupuncture is not supported the requested modalities are not
 *   indicated.` (`Given the` opens many a sentence: only `Given the request for X` is a cue.)
 * The cue names the primary item; it is matched to another decision of the letter by its
 * service (or, for surgery words, the letter's non-adjunct surgery).
 */
const CUE =
  /\b(?:as|since|because|given that|with)\s+the\s+(?:concurrent(?:ly)?\s+)?(?:requested\s+|proposed\s+|associated\s+|primary\s+)?([^.;]{3,90}?)\s+(?:is|was|has been|are|were|being)\s+(?:also\s+)?(?:(?:deemed|found|determined|considered|shown)\s+(?:not\s+)?(?:to\s+be\s+)?)?(?:not\s+)?(?:medically necessary|supported|certified|approved|authorized|indicated|recommended|non-certified)|\bthe\s+concurrent(?:ly)?\s+(?:request(?:ed)?\s+(?:for\s+)?)?([^.;]{3,60}?)\s+(?:is|was|has been)\s+(?:not\s+)?(?:medically necessary|supported|certified|approved|authorized|indicated|recommended)|\bgiven\s+the\s+request(?:ed)?\s+(?:for\s+)?([^.;,]{3,60}?)\s+(?:is|was|has been)\s+(?:not\s+)?(?:medically necessary|supported|certified|approved|authorized|indicated|recommended)/gi;
const SURGERY_WORDS =
  /\b(surg\w*|procedure|operati\w+|arthroscop\w*|repair|fusion|replacement|decompression|release)\b/i;
const SUBJECT_OF_ITSELF = /\b(request(?:ed)?|item|service|treatment|medication)s?$/i;

export function findDependency(
  item: DependencyCandidate,
  others: readonly DependencyCandidate[],
): number | null {
  // Only another decision can be the primary item: a one-decision letter needs no scan.
  if (!others.some((o) => o.ordinal !== item.ordinal)) return null;
  CUE.lastIndex = 0;
  for (let match = CUE.exec(item.rationale); match; match = CUE.exec(item.rationale)) {
    const subject = (match[1] ?? match[2] ?? match[3] ?? '').toLowerCase();
    if (subject === '' || (SUBJECT_OF_ITSELF.test(subject.trim()) && !SURGERY_WORDS.test(subject)))
      continue;
    const target = matchSubject(subject, item, others);
    if (target !== null) return target;
  }
  // The literal alone is found by a fast search; the full pattern is tried at every word.
  const undergo = UNDERGO.test(item.rationale) ? APPROVED_TO_UNDERGO.exec(item.rationale) : null;
  if (undergo && SURGERY_WORDS.test(undergo[1]))
    return matchSubject(undergo[1].toLowerCase(), item, others);
  return null;
}

/**
 * The other way a rationale leans on the letter's surgery: `The patient has been approved to
 * undergo a complex surgical procedure. As such, the requested assistant is medically necessary.`
 */
const APPROVED_TO_UNDERGO =
  /\b(?:has\s+been|have\s+been|was|were|is|are)\s+(?:approved|authorized|certified)\s+to\s+undergo\s+([^.;]{3,80})/i;
const UNDERGO = /undergo/i;

/** `subject` in lowercase, as service names are compared. */
function matchSubject(
  subject: string,
  item: DependencyCandidate,
  others: readonly DependencyCandidate[],
): number | null {
  const candidates = others.filter((o) => o.ordinal !== item.ordinal);
  const byName = candidates.find(
    (o) => o.service.name.length > 2 && subject.includes(o.service.name.toLowerCase()),
  );
  if (byName) return byName.ordinal;
  if (SURGERY_WORDS.test(subject)) {
    const surgeries = candidates.filter(
      (o) =>
        o.service.category === 'Surgery' && o.service.subcategory !== 'Adjunct Surgical Services',
    );
    if (surgeries.length > 0) return surgeries[0].ordinal;
    // No surgery in the letter: the procedure the letter calls one (`As the requested surgical
    // intervention is not medically necessary, the requested ancillary service is not` after
    // a neuroplasty, classed an injection) is the nearest invasive item listed before this one.
    const procedure = candidates
      .filter((o) => o.ordinal < item.ordinal && o.service.category === 'Injection')
      .at(-1);
    if (procedure !== undefined) return procedure.ordinal;
  }
  return null;
}
