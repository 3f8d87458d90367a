/**
 * Synthetic letters (tools/synthetic) state known facts; the parser must recover every one of
 * them from the letter's text. Generated in memory, a few hundred per run, from a fixed seed so
 * that a failure names a letter anyone can regenerate.
 */
import type { Determination } from '../../loaders';
import { parseLetterText } from '../../loaders/parse/parse-letter';
import {
  generateLetter,
  type GeneratedLetter,
  type IntendedFacts,
} from '../../tools/synthetic/generate-letter';
import { createRng, letterSeed } from '../../tools/synthetic/rng';
import { fieldDiffs } from './field-diff';

const SEED = 20170301;
const LETTERS = 300;
/** Letters without form feeds, as a text extractor that drops page breaks would give them. */
const UNPAGINATED = 50;

/**
 * Differences that are the generator's, not the parser's: its 'Home health care' service also
 * writes `Home health aide ...` requests, which the services vocabulary (the contract) names
 * 'Home health aide'.
 */
const GENERATOR_SIDE: readonly RegExp[] = [
  /\.service\.name: expected "Home health care", got "Home health aide" \(request "Home health aide/,
];

/** The parse result seen through the generator's `IntendedFacts` (citations without text). */
function asIntended(parsed: Determination): IntendedFacts {
  return {
    caseNumber: parsed.caseNumber,
    priority: parsed.priority,
    dates: parsed.dates,
    outcome: parsed.outcome,
    reviewer: parsed.reviewer,
    patient: parsed.patient,
    diagnoses: parsed.diagnoses,
    priorTreatments: parsed.priorTreatments,
    decisions: parsed.decisions.map((d) => ({
      ordinal: d.ordinal,
      request: d.request,
      originalRequest: d.originalRequest,
      authorized: d.authorized,
      outcome: d.outcome,
      service: d.service,
      details: d.details,
      dependsOn: d.dependsOn,
      reasons: d.reasons.map((r) => r.code).sort(),
      claimsAdministrator: {
        citedNoEvidence: d.claimsAdministrator.citedNoEvidence,
        citations: d.claimsAdministrator.citations.map(
          ({ source, document, edition, sections }) => ({ source, document, edition, sections }),
        ),
      },
      reviewer: {
        citedNoEvidence: d.reviewer.citedNoEvidence,
        citations: d.reviewer.citations.map(({ source, document, edition, sections }) => ({
          source,
          document,
          edition,
          sections,
        })),
      },
    })),
  };
}

/** Every fact the letter states that the parse got wrong, each line naming the letter. */
function roundTripDiffs(letter: GeneratedLetter, index: number): string[] {
  let parsed: Determination;
  try {
    parsed = parseLetterText(letter.text, { file: letter.fileName, sha256: '', format: 'text' });
  } catch (error) {
    return [`letter ${index} (${letter.fileName}): ${String(error)}`];
  }
  return fieldDiffs(letter.intended, asIntended(parsed))
    .map((diff) => {
      const item = /^decisions\[(\d+)\]/.exec(diff);
      const request = item ? letter.intended.decisions[Number(item[1])]?.request : undefined;
      return `letter ${index} (${letter.fileName}): ${diff}${request ? ` (request "${request}")` : ''}`;
    })
    .filter((line) => !GENERATOR_SIDE.some((known) => known.test(line)));
}

describe('golden: synthetic letters round trip', () => {
  test(`${LETTERS} letters parse back to the facts they were generated from`, () => {
    const diffs: string[] = [];
    let decisions = 0;
    for (let i = 0; i < LETTERS; i++) {
      const letter = generateLetter(createRng(letterSeed(SEED, i)), i);
      decisions += letter.intended.decisions.length;
      diffs.push(...roundTripDiffs(letter, i));
    }
    expect(diffs).toEqual([]);
    // The sample is worth its name: a few hundred letters with several hundred decisions.
    expect(decisions).toBeGreaterThan(LETTERS * 1.5);
  });

  test(`${UNPAGINATED} letters without page breaks parse back the same`, () => {
    const diffs: string[] = [];
    for (let i = LETTERS; i < LETTERS + UNPAGINATED; i++) {
      const letter = generateLetter(createRng(letterSeed(SEED, i)), i, { pageBreaks: false });
      diffs.push(...roundTripDiffs(letter, i));
    }
    expect(diffs).toEqual([]);
  });

  test('the comparison catches a wrong fact', () => {
    const letter = generateLetter(createRng(letterSeed(SEED, 0)), 0);
    const tampered: GeneratedLetter = {
      ...letter,
      intended: {
        ...letter.intended,
        decisions: letter.intended.decisions.map((d, k) =>
          k === 0 ? { ...d, outcome: d.outcome === 'UPHELD' ? 'OVERTURNED' : 'UPHELD' } : d,
        ),
      },
    };
    expect(roundTripDiffs(tampered, 0)).toEqual([
      expect.stringMatching(/decisions\[0\]\.outcome: expected "(UPHELD|OVERTURNED)"/),
    ]);
  });
});
