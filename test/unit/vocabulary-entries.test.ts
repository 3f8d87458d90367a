/**
 * Reviewed tables of the vocabularies not covered by vocabulary-tables.test.ts, entry by
 * entry, read through the parser the way letters reach it: drugs (as a request), body regions
 * (in a request), reviewer specialties and states (in the credentials block and the 2014
 * prose), ODG and ACOEM names and ODG chapters (in a citation), reason codes (label, outcome,
 * and a sentence that reads as each). The expected values are written out in ./tables/, not
 * derived from the vocabularies: a synonym moved to the wrong entry changes a row. Each table
 * also checks that it lists every entry of its vocabulary, so a new entry needs a reviewed row.
 */
import { canonicaliseService, tokenise } from '../../loaders/canonical/service';
import { findBodyRegions } from '../../loaders/extract/body-location';
import { parseGuidelineParagraph } from '../../loaders/extract/guideline-citations';
import { extractReasons } from '../../loaders/extract/reasons';
import { parseCredentials } from '../../loaders/parse/credentials';
import {
  BODY_REGION_ABBREVIATIONS,
  BODY_REGIONS,
  NOT_A_REGION_PHRASES,
} from '../../loaders/vocab/body-regions';
import { COMBINATIONS, listDrugs } from '../../loaders/vocab/drugs';
import {
  ACOEM_SYNONYMS,
  ODG_CHAPTERS,
  ODG_SYNONYMS,
} from '../../loaders/vocab/guideline-documents';
import { REASONS } from '../../loaders/vocab/reasons';
import { SPECIALTIES } from '../../loaders/vocab/specialties';
import { STATES } from '../../loaders/vocab/states';
import { NOT_A_REGION, REGION_ABBREVIATIONS, REGION_SYNONYMS } from './tables/body-regions.table';
import { SPECIALTY_TABLE, STATE_TABLE } from './tables/credentials.table';
import { DRUG_TABLE } from './tables/drugs.table';
import { ACOEM_NAMES, ODG_CHAPTER_TABLE, ODG_NAMES } from './tables/guideline-documents.table';
import { REASON_SENTENCES, REASON_TABLE } from './tables/reasons.table';

const sorted = (values: Iterable<string>) => [...values].sort();

describe('every drug name', () => {
  test('the table lists every name of every drug once (names that fold alike once)', () => {
    const names = new Map<string, string>();
    for (const spec of listDrugs()) {
      for (const name of [spec.generic, ...(spec.synonyms ?? []), ...(spec.topicalBrands ?? [])])
        if (!names.has(tokenise(name).join(' '))) names.set(tokenise(name).join(' '), name);
    }
    for (const spec of COMBINATIONS) {
      for (const name of [spec.generic, ...(spec.synonyms ?? [])])
        if (!names.has(tokenise(name).join(' '))) names.set(tokenise(name).join(' '), name);
    }
    expect(sorted(DRUG_TABLE.map(([name]) => name))).toEqual(sorted(names.values()));
  });

  test.each(DRUG_TABLE)('%s is %s (%s)', (written, name, drugClass, drug) => {
    const expected = { name, category: 'Pharmaceuticals', subcategory: drugClass, drug };
    expect(canonicaliseService(written)).toEqual(expected);
    expect(canonicaliseService(`Retrospective ${written}, quantity 1`)).toEqual(expected);
  });
});

describe('every body region synonym and abbreviation', () => {
  const regionsIn = (text: string) => findBodyRegions(text, text.toLowerCase());

  test('the tables list every synonym, abbreviation and non-region phrase', () => {
    expect(sorted(REGION_SYNONYMS.map(([s]) => s))).toEqual(
      sorted(BODY_REGIONS.flatMap((e) => e.synonyms)),
    );
    expect(sorted(REGION_ABBREVIATIONS.map(([a]) => a))).toEqual(
      sorted(Object.keys(BODY_REGION_ABBREVIATIONS)),
    );
    expect(sorted(NOT_A_REGION)).toEqual(sorted(NOT_A_REGION_PHRASES));
  });

  test.each(REGION_SYNONYMS)('MRI of the %s is %j', (synonym, regions) => {
    expect(regionsIn(`MRI of the ${synonym}`)).toEqual({ regions, laterality: null });
    expect(regionsIn(`MRI of the right ${synonym}`)).toEqual({ regions, laterality: 'right' });
  });

  test.each(REGION_ABBREVIATIONS)('EMG of the %s is the %s, side %s', (abbr, region, side) => {
    expect(regionsIn(`EMG of the ${abbr}`)).toEqual({ regions: [region], laterality: side });
    // Matched case-sensitively: in lowercase prose the letters are no region.
    expect(regionsIn(`EMG of the ${abbr.toLowerCase()}`).regions).toEqual([]);
  });

  test.each(NOT_A_REGION)('%s names no region', (phrase) => {
    expect(regionsIn(`Referral ${phrase}`).regions).toEqual([]);
  });
});

describe('every reviewer specialty and state', () => {
  const block = (states: string, specialties: string) =>
    parseCredentials([
      `State(s) of Licensure: ${states}`,
      `Certification(s)/Specialty: ${specialties}`,
    ]);

  test('the tables list every specialty name and synonym, every state and code', () => {
    expect(sorted(SPECIALTY_TABLE.map(([s]) => s))).toEqual(
      sorted(SPECIALTIES.flatMap((e) => [e.name, ...(e.synonyms ?? [])])),
    );
    expect(sorted(STATE_TABLE.map(([s]) => s))).toEqual(
      sorted([...STATES.flat(), 'Washington DC', 'Washington D.C.']),
    );
  });

  test.each(SPECIALTY_TABLE)('specialty %s is %s', (written, name) => {
    expect(block('California', written)).toEqual({
      licensedStates: ['California'],
      specialties: [name],
      warnings: [],
    });
  });

  test.each(STATE_TABLE)('state %s is %s', (written, name) => {
    expect(block(written, 'Surgery')).toEqual({
      licensedStates: [name],
      specialties: ['Surgery'],
      warnings: [],
    });
  });

  test.each(SPECIALTY_TABLE.filter(([written]) => written.length > 2))(
    'in the 2014 prose, specialty %s is %s',
    (written, name) => {
      const prose = `The expert reviewer is Board Certified in ${written} and is licensed to practice in Ohio.`;
      expect(parseCredentials([prose]).specialties).toEqual([name]);
    },
  );

  test.each(STATE_TABLE.filter(([written]) => written.length > 2))(
    'in the 2014 prose, state %s is %s',
    (written, name) => {
      const prose = `The expert reviewer is Board Certified in Surgery and is licensed to practice in ${written}.`;
      expect(parseCredentials([prose]).licensedStates).toEqual([name]);
    },
  );
});

describe('ODG and ACOEM names, ODG chapters', () => {
  test('the tables list every synonym and chapter name', () => {
    expect(sorted(ODG_NAMES)).toEqual(sorted(ODG_SYNONYMS));
    expect(sorted(ACOEM_NAMES)).toEqual(sorted(ACOEM_SYNONYMS));
    expect(sorted(ODG_CHAPTER_TABLE.map(([s]) => s))).toEqual(
      sorted(ODG_CHAPTERS.flatMap((c) => c.synonyms)),
    );
  });

  const cite = (text: string) => parseGuidelineParagraph(text).citations;

  test.each(ODG_NAMES)('%s is ODG', (name) => {
    expect(cite(`Decision based on Non-MTUS Citation ${name} Low Back Chapter, MRI.`)).toEqual([
      expect.objectContaining({
        source: 'NON_MTUS',
        document: 'Official Disability Guidelines',
        sections: ['Low Back', 'MRI'],
      }),
    ]);
  });

  test.each(ACOEM_NAMES)('%s is ACOEM', (name) => {
    expect(cite(`Decision based on Non-MTUS Citation ${name}, Chapter 12, page 303.`)).toEqual([
      expect.objectContaining({
        source: 'NON_MTUS',
        document: 'ACOEM Practice Guidelines',
        sections: ['Chapter 12'],
        pages: '303',
      }),
    ]);
  });

  test.each(ODG_CHAPTER_TABLE)('ODG chapter %s is %s', (written, chapter) => {
    const [citation] = cite(
      `Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) ${written} Chapter, Topic words.`,
    );
    expect(citation.sections).toEqual([chapter, 'Topic words']);
  });
});

describe('reason codes', () => {
  test('every code, with its label and the outcome it supports', () => {
    expect(REASONS.map((r) => [r.code, r.label, r.supports])).toEqual(REASON_TABLE);
  });

  const supports = new Map(REASON_TABLE.map(([code, , side]) => [code, side]));
  const other = (outcome: string) => (outcome === 'UPHELD' ? 'OVERTURNED' : 'UPHELD');

  test('every code has a sentence that reads as it', () => {
    expect(sorted(new Set(REASON_SENTENCES.map(([code]) => code)))).toEqual(
      sorted(REASON_TABLE.map(([code]) => code)),
    );
  });

  const read = (sentence: string, outcome: string) =>
    extractReasons(`In this case, ${sentence}`, outcome as 'UPHELD' | 'OVERTURNED').reasons.map(
      (r) => r.code,
    );

  test.each(REASON_SENTENCES)('%s (%s): In this case, %s', (code, outcome, sentence) => {
    expect(read(sentence, outcome)).toContain(code);
  });

  // A code that supports one outcome only is never a reason of the other.
  test.each(REASON_SENTENCES.filter(([code, outcome]) => supports.get(code) === outcome))(
    '%s is no reason of the other outcome: %s, In this case, %s',
    (code, outcome, sentence) => {
      expect(read(sentence, other(outcome))).not.toContain(code);
    },
  );
});
