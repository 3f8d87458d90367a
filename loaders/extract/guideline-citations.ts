/**
 * The guideline paragraphs of a decision (letters.md, "Guideline citations"): the text after
 * `Claims Administrator guideline:` or `MAXIMUS guideline:`, lines joined with single spaces.
 *
 *   paragraph := statement* sentence*
 *   statement := "The Claims Administrator did not cite any medical evidence for its decision."
 *              | "The Claims Administrator did not base their decision on the MTUS."
 *              | "The Expert Reviewer based their decision on recommendation(s) outside of the
 *                 MTUS Guidelines."                                  (a lead-in, not a citation)
 *   sentence  := "Decision based on" ( "MTUS" mtusDoc ("[,] and" mtusDoc)*
 *                                     | "Non-MTUS Citation" reference+ ) "."
 *
 * One citation per document: an MTUS sentence naming two documents gives two; a Non-MTUS
 * sentence gives one per ODG / ACOEM reference (repeated ODG mentions in a row merge into one),
 * one per URL when the reference is a bare list of URLs, else one 'Other' for the rest of the
 * sentence. `text` is the citation's own slice of the sentence; the first citation of a
 * sentence keeps the sentence's `MTUS` / `Non-MTUS Citation` label, as the contract's example
 * does. Nothing here throws: what is not understood becomes an 'Other' citation and a warning.
 */
import type { GuidelineCitation, GuidelineSource, PartyCitations } from '../determination';
import {
  ACOEM_DOCUMENT,
  ACOEM_SYNONYMS,
  COMMA_SECTION_NAMES,
  MTUS_DOCUMENTS,
  ODG_CHAPTERS,
  ODG_CHAPTER_TAIL,
  ODG_DOCUMENT,
  ODG_FRONT_MATTER,
  ODG_SYNONYMS,
  OTHER_DOCUMENT,
  SECTION_FAMILY_HEADS,
  documentForAcoemChapter,
  phrasePattern,
  phrasesPattern,
  type GuidelineDocument,
} from '../vocab/guideline-documents';
import { foldSpaces } from '../text/clean-text';
import { StringMemo } from '../text/memo';
import { execAll, splitAll } from '../text/regex';

export type ParsedPartyCitations = PartyCitations & { warnings: string[] };

const LEAD = /\bDecisions?\s*based\s*(?:up)?on\b\s*:?\s*/gi;
const MTUS_LABEL = /^(?:CA\s+)?MTUS\b(?:\s*\/\s*ACOEM\b)?(?:\s+Citations?\b)?\s*:?\s*/i;
const NON_MTUS_LABEL = /^Non[\s-]*MTUS\b(?:\s+Citations?\b)?\s*:?\s*/i;
/** Who says it: `The Claims Administrator`, `The Expert Reviewer`, `UR`; optional. */
const SUBJECT = String.raw`(?:(?:The\s+)?[A-Z][A-Za-z]*(?:\s+[A-Z][A-Za-z]*){0,2}\s+)?`;
const NO_EVIDENCE: readonly RegExp[] = [
  new RegExp(String.raw`${SUBJECT}did\s+not\s+cite\s+any\b[^.]*\.?`, 'g'),
  new RegExp(
    String.raw`${SUBJECT}cited\s+no\s+(?:medical\s+)?(?:evidence|guidelines?)\b[^.]*\.?`,
    'g',
  ),
  new RegExp(
    String.raw`${SUBJECT}did\s+not\s+base\s+(?:their|its|his|her)\s+decision\s+on\s+(?:the\s+)?(?:CA\s+)?MTUS\b[^.]*\.?`,
    'g',
  ),
];
/**
 * Words each statement pattern needs (same order): tested first, they spare the patterns'
 * optional subject being tried at every word of a paragraph that has no such statement.
 */
const NO_EVIDENCE_ANCHORS: readonly RegExp[] = [
  /did\s+not\s+cite\s+any\b/,
  /cited\s+no\s+(?:medical\s+)?(?:evidence|guidelines?)\b/,
  /did\s+not\s+base\s+(?:their|its|his|her)\s+decision\s+on\s/,
];
const OUTSIDE_MTUS_ANCHOR = /based\s+(?:their|its|his|her)\s+decision\s+on\s+recommendation/;
const OUTSIDE_MTUS = new RegExp(
  String.raw`${SUBJECT}based\s+(?:their|its|his|her)\s+decision\s+on\s+recommendations?(?:\s*\(s\))?\s+outside\s+(?:of\s+)?(?:the\s+)?(?:CA\s+)?MTUS\b[^.]*\.?`,
  'g',
);

const ODG_NAME = phrasesPattern(ODG_SYNONYMS);
const ACOEM_NAME = phrasesPattern(ACOEM_SYNONYMS);
/** `… and Other Medical Treatment Guidelines https://…`: a label before a reference. */
const OTHER_LABEL = String.raw`Other\s+Medical\s+Treatment\s+Guidelines?\s*:?`;
const MENTION = new RegExp(`(${ODG_NAME})|(${ACOEM_NAME})|(${OTHER_LABEL})`, 'gi');
const ODG_AT_START = new RegExp(`^${ODG_NAME}`, 'i');
const ODG_OR_ACOEM_ANYWHERE = new RegExp(`${ODG_NAME}|${ACOEM_NAME}`, 'i');
const ACOEM_AT_START = new RegExp(`^(?:[A-Z][a-z'’-]+\\s+[A-Z]{1,3}\\.?\\s+)?${ACOEM_NAME}`, 'i');
const MTUS_NAME_AT_START = MTUS_DOCUMENTS.map((doc) => ({
  doc,
  re: new RegExp(`^${phrasesPattern(doc.synonyms)}`, 'i'),
  opening: openingCharacters(doc.synonyms),
}));

/**
 * The characters (lowercase) a name of `phrases` can open with, as `phrasePattern` reads them;
 * null when that is not one plain character (an optional apostrophe, a non-ASCII letter). A
 * document whose names cannot open with the text's first character needs no pattern run.
 */
function openingCharacters(phrases: readonly string[]): ReadonlySet<string> | null {
  const opening = new Set<string>();
  for (const phrase of phrases) {
    const first = phrase.split(/[\s,\-–]+/).find((w) => /[a-z0-9&]/i.test(w)) ?? '';
    if (/^(?:and|&)$/i.test(first)) ['a', '&'].forEach((c) => opening.add(c));
    else if (/^[\x21-\x7e]/.test(first) && !/^['’]/.test(first))
      opening.add(first[0].toLowerCase());
    else return null;
  }
  return opening;
}

/** Where the next MTUS document starts: `, and Chronic Pain Medical Treatment 2016`. */
const MTUS_DOCUMENT_BOUNDARY = new RegExp(
  String.raw`(?:,\s*(?:(?:and|&)\s+)?|;\s*|\s+(?:and|&)\s+)(?=(?:${phrasesPattern(
    MTUS_DOCUMENTS.flatMap((d) => d.synonyms),
  )})[\s,]*(?:\(?(?:19|20)\d{2}\b|Guidelines?\b)|ACOEM\b)`,
  'gi',
);
const YEAR_AT_START = /^[\s,]*\(?\s*(?:[A-Z][a-z]+\s+)?((?:19|20)\d{2})\s*\)?(?![\d/])/;
const ORDINAL_EDITION = /\(?\b(\d+)\s*(?:st|nd|rd|th)\s*(?:ed\b\.?|edition\b)\)?/i;
const YEAR_ANYWHERE = /\(?(?<![\d/])\b((?:19|20)\d{2})\b(?![\d/])\)?/;
const CHAPTER_NUMBER = /(?:^|[\s,;:])(?:Chapter|Ch\.?)\s*(\d{1,2})\b\s*:?/i;
const CHAPTER_NUMBER_AT_START = /^\s*(?:Chapter|Ch\.)\s*\d/i;
const SECTION_MARK = /\bSections?\s*(?:\(\s*s\s*\))?\s*:\s*/i;
const PAGES_MARK =
  /\bPages?\s*\(\s*s\s*\)\s*:?\s*|(?:^|[\s,;(])(?:pages?|pgs?|pp?)\.?\s*:?\s*(?=\d)/i;
const URL = /(?:https?:\/\/|www\.)[^\s,;]+/gi;
/** Words a wrapped URL is never continued by. */
const NOT_URL_CONTINUATION = /^(?:accessed|and|or|on|at|retrieved|viewed|last|available)\b/i;

/**
 * Paragraphs seen before (see memo.ts): 2,048 of them at most, each under 2,000 characters:
 * about 16 MB per worker at worst (keys and the citations' text), well under 1 MB for the
 * corpus's paragraphs (142 characters on average).
 */
const PARAGRAPHS = new StringMemo<ParsedPartyCitations>(2_048, 2_000);

/** Parses one guideline paragraph (label removed); never throws. */
export function parseGuidelineParagraph(text: string): ParsedPartyCitations {
  return copyParsed(PARAGRAPHS.get(text, parseUncached));
}

/** The caller's own copy: a Determination never shares an array with another letter's. */
function copyParsed(parsed: ParsedPartyCitations): ParsedPartyCitations {
  return {
    citedNoEvidence: parsed.citedNoEvidence,
    citations: parsed.citations.map((c) => ({ ...c, sections: [...c.sections] })),
    warnings: [...parsed.warnings],
  };
}

function parseUncached(text: string): ParsedPartyCitations {
  const warnings: string[] = [];
  try {
    return parseParagraph(foldSpaces(text), warnings);
  } catch (error) {
    warnings.push(`guideline paragraph not understood (${(error as Error).name})`);
    return { citedNoEvidence: false, citations: [other('NON_MTUS', text.trim())], warnings };
  }
}

function parseParagraph(text: string, warnings: string[]): ParsedPartyCitations {
  if (text === '') {
    warnings.push('empty guideline paragraph');
    return { citedNoEvidence: false, citations: [], warnings };
  }
  const { rest, citedNoEvidence } = takeStatements(text);
  const { preamble, sentences } = splitSentences(rest);
  const citations: GuidelineCitation[] = [];
  if (preamble !== '') {
    if (looksLikeCitation(preamble)) sentences.unshift(preamble);
    else warnings.push(`text not understood: '${snippet(preamble)}'`);
  }
  for (const sentence of sentences) citations.push(...parseSentence(sentence, warnings));
  if (citations.length === 0 && !citedNoEvidence) warnings.push('no guideline citation found');
  return { citedNoEvidence, citations, warnings };
}

/** Removes the parties' statements; `did not cite` / `did not base … on the MTUS` set the flag. */
function takeStatements(text: string): { rest: string; citedNoEvidence: boolean } {
  // Each anchor needs `cite` or `decision` (case and all): without them none of the four
  // patterns can match, and the text is left as it is.
  if (!text.includes('cite') && !text.includes('decision'))
    return { rest: text, citedNoEvidence: false };
  let citedNoEvidence = false;
  let rest = text;
  NO_EVIDENCE.forEach((re, i) => {
    if (!NO_EVIDENCE_ANCHORS[i].test(rest)) return;
    rest = rest.replace(re, () => {
      citedNoEvidence = true;
      return ' ';
    });
  });
  if (OUTSIDE_MTUS_ANCHOR.test(rest)) rest = rest.replace(OUTSIDE_MTUS, ' ');
  // The paragraph arrives folded: only a removed statement can leave spaces to fold.
  return { rest: rest === text ? text : foldSpaces(rest), citedNoEvidence };
}

/** `Decision based on A. Decision based on B.` → ['A.', 'B.'], and what came before the first. */
function splitSentences(text: string): { preamble: string; sentences: string[] } {
  const parts = splitAll(LEAD, text);
  const preamble = (parts.length > 0 ? parts[0].trim() : '').replace(PREAMBLE_EDGES, '');
  const sentences: string[] = [];
  for (let i = 1; i < parts.length; i++) {
    const sentence = parts[i].trim();
    if (NOT_ONLY_PERIODS.test(sentence)) sentences.push(sentence);
  }
  return { preamble, sentences };
}

const PREAMBLE_EDGES = /^[\s.,;:]+|[\s,;:]+$/g;
const NOT_ONLY_PERIODS = /[^\s.]/;

function looksLikeCitation(text: string): boolean {
  return (
    MTUS_LABEL.test(text) ||
    NON_MTUS_LABEL.test(text) ||
    matchMtusName(text) !== null ||
    ODG_OR_ACOEM_ANYWHERE.test(text)
  );
}

/** A sentence after `Decision based on`, labelled MTUS or Non-MTUS, or (tolerated) neither. */
function parseSentence(sentence: string, warnings: string[]): GuidelineCitation[] {
  const nonMtus = NON_MTUS_LABEL.exec(sentence);
  if (nonMtus) return parseNonMtusSentence(nonMtus[0], sentence.slice(nonMtus[0].length), warnings);
  const mtus = MTUS_LABEL.exec(sentence);
  if (mtus) return parseMtusSentence(mtus[0], sentence.slice(mtus[0].length), warnings);
  if (matchMtusName(sentence)) return parseMtusSentence('', sentence, warnings);
  return parseNonMtusSentence('', sentence, warnings);
}

// ---------------------------------------------------------------------------------------
// MTUS

/**
 *   MTUS Low Back Complaints 2004, Section(s): Physical Methods, and Chronic Pain Medical
 *   Treatment 2016, Section(s): TENS, chronic pain (transcutaneous electrical nerve stimulation).
 * One citation per document; a piece naming no MTUS document but ODG or ACOEM 3rd ed. is
 * read as that reference.
 */
function parseMtusSentence(label: string, body: string, warnings: string[]): GuidelineCitation[] {
  const pieces = splitAt(body, MTUS_DOCUMENT_BOUNDARY);
  if (pieces.length === 0) {
    warnings.push('MTUS cited without naming a document');
    return [other('MTUS', label)];
  }
  const citations: GuidelineCitation[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    const text = (i === 0 ? label + piece : piece).trim();
    const citation = parseMtusDocument(piece, text);
    // Stryker disable next-line MethodExpression: a piece never starts with a space (the label and the boundaries take the spaces after them), and the pattern is anchored at the start
    const odg = ODG_AT_START.test(piece.trim());
    if (citation) citations.push(citation);
    else if (odg) {
      // Stryker disable next-line ConditionalExpression,StringLiteral: an ODG piece is always the first (the boundaries before later pieces look ahead to an MTUS document or ACOEM)
      citations.push(...parseNonMtusSentence(i === 0 ? label : '', piece, warnings));
    } else {
      warnings.push(`MTUS document not recognised: '${snippet(piece)}'`);
      citations.push(other('MTUS', text));
    }
  }
  return citations;
}

/**
 *   Chronic Pain Medical Treatment 2016, Section(s): Topical analgesics
 *   Chronic Pain Treatment Guidelines Epidural steroid injections Page(s): 46
 *   ACOEM Chapter 12 Low Back Complaints Page(s): 303      ACOEM Page(s): 127
 */
function parseMtusDocument(piece: string, text: string): GuidelineCitation | null {
  let rest = stripEnd(piece);
  let document: GuidelineDocument | null = null;
  let edition: string | null = null;
  // stripEnd trims: `rest` is its own trim.
  const acoem = ACOEM_AT_START.exec(rest);
  const chapter = acoem || CHAPTER_NUMBER_AT_START.test(rest) ? CHAPTER_NUMBER.exec(rest) : null;
  if (acoem) {
    rest = rest.slice(acoem[0].length);
    edition = takeEdition(rest, 'year');
    rest = removeEditions(rest);
  }
  if (chapter) {
    document = documentForAcoemChapter(Number(chapter[1]));
    rest = rest.replace(CHAPTER_NUMBER, ' ');
  }
  const unpunctuated = trimStartWhere(rest, PUNCTUATION);
  const named = matchMtusName(unpunctuated);
  if (named && (document === null || named.doc === document)) {
    document = named.doc;
    rest = unpunctuated.slice(named.length);
  }
  if (document === null && !acoem) return null;
  const tail = parseMtusTail(rest, chapter !== null && !named);
  return {
    source: 'MTUS',
    document: document?.name ?? ACOEM_DOCUMENT,
    edition: edition ?? tail.edition,
    sections: tail.sections,
    pages: tail.pages,
    text,
  };
}

function matchMtusName(text: string): { doc: GuidelineDocument; length: number } | null {
  let best: { doc: GuidelineDocument; length: number } | null = null;
  const first = text.charAt(0).toLowerCase();
  for (const { doc, re, opening } of MTUS_NAME_AT_START) {
    // Stryker disable next-line ConditionalExpression: a fast path; a name's pattern fails on text that does not start with one of its first letters
    if (opening !== null && !opening.has(first)) continue;
    const m = re.exec(text);
    if (m && (best === null || m[0].length > best.length)) best = { doc, length: m[0].length };
  }
  return best;
}

/**
 * What follows an MTUS document name:
 *   [year] [, Section(s): list] [topic] [Page(s): pages]
 * A 2014-15 topic (`Epidural steroid injections`) is a section, an ACOEM chapter title
 * (`Chapter 6 Pain, Suffering, and the Restoration of Function`) one section whatever its commas;
 * a section that is only a number (`Elbow Complaints 2007, Section(s): 326`) is a page.
 */
function parseMtusTail(
  text: string,
  topicIsTitle: boolean,
): {
  edition: string | null;
  sections: string[];
  pages: string | null;
} {
  let rest = text;
  const year = YEAR_AT_START.exec(rest);
  const edition = year ? year[1] : null;
  if (year) rest = rest.slice(year[0].length);
  let pages: string | null = null;
  const pageMark = PAGES_MARK.exec(rest);
  if (pageMark) {
    pages = stripEnd(rest.slice(pageMark.index + pageMark[0].length)) || null;
    rest = rest.slice(0, pageMark.index);
  }
  const sectionMark = SECTION_MARK.exec(rest);
  const listed = sectionMark
    ? splitSectionList(rest.slice(sectionMark.index + sectionMark[0].length))
    : [];
  const lead = (sectionMark ? rest.slice(0, sectionMark.index) : rest).replace(
    LEADING_GUIDELINES,
    '',
  );
  const topic = trimEndWhere(lead, PUNCTUATION);
  // Stryker disable next-line ConditionalExpression,StringLiteral: a fast path; an empty topic splits into nothing, and uniqueSections drops an empty section
  const topics = topic === '' ? [] : topicIsTitle ? [tidySection(topic)] : splitSectionList(topic);
  // Stryker disable next-line ConditionalExpression: `[...[], ...listed]` is `listed`
  const all = topics.length === 0 ? listed : [...topics, ...listed];
  const numeric = all.filter((s) => PAGE_NUMBERS.test(s));
  if (numeric.length === 0) return { edition, sections: uniqueSections(all), pages };
  if (pages === null) pages = numeric.join(', ');
  return { edition, sections: uniqueSections(all.filter((s) => !numeric.includes(s))), pages };
}

// Stryker disable next-line Regex: `^` dropped: everything in the pattern is optional, so its first match is at 0 anyway (the other mutants of this line are killed by the Guideline(s) rows)
const LEADING_GUIDELINES = /^[\s,:;\-–]*(?:Guidelines?\b)?/i;
/** A section that is a page or a range of pages: `326`, `46-47`. */
const PAGE_NUMBERS = /^\d+(?:\s*[-–]\s*\d+)?$/;

// ---------------------------------------------------------------------------------------
// Non-MTUS

type ReferenceKind = 'ODG' | 'ACOEM' | 'OTHER';

interface Reference {
  kind: ReferenceKind;
  /** The reference's words, its ODG / ACOEM name included. */
  body: string;
  /** As written, for `text`: `body.slice(from, to)` of the sentence. */
  text: string;
  from: number;
  to: number;
}

/**
 *   Non-MTUS Citation Official Disability Guidelines (ODG) Low Back Chapter, Preoperative lab
 *   testing and Other Medical Treatment Guidelines http://www.aetna.com/cpb/….html.
 */
function parseNonMtusSentence(
  label: string,
  body: string,
  warnings: string[],
): GuidelineCitation[] {
  const references = mergeAdjacentOdg(splitReferences(body), body);
  const citations = references.flatMap((ref) => parseReference(ref));
  if (citations.length === 0) {
    warnings.push(`Non-MTUS citation without content: '${snippet(label + body)}'`);
    return [];
  }
  if (label === '' && citations.every((c) => c.document === OTHER_DOCUMENT)) {
    warnings.push(`citation without MTUS / Non-MTUS label: '${snippet(body)}'`);
  }
  citations[0] = { ...citations[0], text: `${label}${citations[0].text}`.trim() };
  return citations;
}

/**
 * Cuts a Non-MTUS sentence before each ODG or ACOEM name that is not in parentheses, and at
 * `Other Medical Treatment Guidelines`. `and` / `the` before a name goes with neither side; an
 * author before ACOEM (`Harris J. Occupational medicine practice guidelines`) goes with it.
 */
function splitReferences(body: string): Reference[] {
  const cuts: { at: number; kind: ReferenceKind; labelLength: number }[] = [];
  for (const m of execAll(MENTION, body)) {
    const at = m.index ?? 0;
    if (parenDepth(body, at) > 0) continue;
    const kind: ReferenceKind = m[1] ? 'ODG' : m[2] ? 'ACOEM' : 'OTHER';
    const last = cuts[cuts.length - 1];
    if (
      last &&
      kind === last.kind &&
      /^[\s,;:\-–]*$/.test(body.slice(last.at, at).replace(MENTION, ''))
    ) {
      continue;
    }
    cuts.push({
      at: kind === 'ACOEM' ? withAuthor(body, at) : at,
      kind,
      labelLength: m[3] ? m[0].length : 0,
    });
  }
  if (cuts.length === 0 || cuts[0].at > 0) cuts.unshift({ at: 0, kind: 'OTHER', labelLength: 0 });
  return cuts
    .map((cut, i) => {
      const end = i + 1 < cuts.length ? cuts[i + 1].at : body.length;
      const raw = body.slice(cut.at, end);
      const text = withoutTrailingJoiner(raw);
      const words = text.slice(cut.labelLength).trim();
      const from = cut.at + text.indexOf(words);
      const kind =
        cut.kind === 'OTHER' && cut.labelLength === 0 && startsWithOdgChapter(words)
          ? 'ODG'
          : cut.kind;
      return { kind, body: words, text: words, from, to: from + words.length };
    })
    .filter((ref) => /[^\s.,;:\-–]/.test(ref.body));
}

/** `, and the ` ending a reference: it goes with neither side. */
const TRAILING_JOINER = /[\s,;]*(?:\b(?:and|&)\s+)?(?:\bthe\s+)?$/gi;
/** Every character TRAILING_JOINER can match (`i` without `u`: ASCII case pairs only). */
const JOINER_CHARACTER = /[\s,;&adehnt]/i;

/**
 * `text.replace(/…joiner…$/i, '')`. The match (possibly empty, at the end) spans characters of
 * JOINER_CHARACTER only, so it cannot start before the run of them that ends the text: searching
 * from there finds the same leftmost match without trying the pattern at every position.
 */
function withoutTrailingJoiner(text: string): string {
  TRAILING_JOINER.lastIndex = trailingRunStart(text, JOINER_CHARACTER);
  const joiner = TRAILING_JOINER.exec(text);
  return joiner ? text.slice(0, joiner.index) : text;
}

/** `Manipulation Harris J. Occupational medicine …`: the author starts the reference. */
function withAuthor(body: string, at: number): number {
  const before = body.slice(0, at);
  // The pattern ends in a period and spaces: without them it cannot match.
  if (!before.trimEnd().endsWith('.')) return at;
  const author = /\b[A-Z][a-z'’-]+\s+[A-Z]{1,3}(?:,?\s+et\s+al)?\.\s*$/.exec(before);
  return author ? author.index : at;
}

function startsWithOdgChapter(text: string): boolean {
  return matchOdgChapter(text) !== null;
}

/** `ODG Shoulder (updated 12/12/16); ODG, Low Back` is one document: one citation. */
function mergeAdjacentOdg(references: Reference[], sentence: string): Reference[] {
  const out: Reference[] = [];
  for (const ref of references) {
    const last = out[out.length - 1];
    if (last && last.kind === 'ODG' && ref.kind === 'ODG') {
      const text = sentence.slice(last.from, ref.to);
      out[out.length - 1] = { ...last, body: `${last.body}; ${ref.body}`, text, to: ref.to };
    } else out.push(ref);
  }
  return out;
}

function parseReference(ref: Reference): GuidelineCitation[] {
  if (ref.kind === 'ODG') return [parseOdg(ref)];
  if (ref.kind === 'ACOEM') return [parseAcoem(ref)];
  return parseOther(ref);
}

/**
 *   Official Disability Guidelines (ODG), Low Back & Thoracic chapter (Acute & Chronic):
 *   Preoperative lab testing      → sections ['Low Back', 'Preoperative lab testing']
 * Each `;`-joined part of a merged reference restarts at its own ODG name.
 */
function parseOdg(ref: Reference): GuidelineCitation {
  let edition: string | null = null;
  const chapters: string[] = [];
  const topics: string[] = [];
  // Only a merged reference has a `;` to split at.
  // Stryker disable next-line StringLiteral: a fast path; without a `;` the split returns the body whole
  const parts = ref.body.includes(';') ? ref.body.split(/;\s*(?=ODG|Official)/i) : [ref.body];
  for (const part of parts) {
    // Stryker disable next-line MethodExpression: a part has no space at its start (the body is trimmed, the split takes the spaces after `;`) and stripEnd removes those at its end
    const trimmed = part.trim();
    const name = ODG_AT_START.exec(trimmed);
    const tail = parseOdgTail(stripEnd(name ? trimmed.slice(name[0].length) : part));
    edition ??= tail.edition;
    chapters.push(...tail.chapters);
    topics.push(...tail.topics);
  }
  const sections = uniqueSections([...chapters, ...topics]);
  return {
    source: 'NON_MTUS',
    document: ODG_DOCUMENT,
    edition,
    sections,
    pages: null,
    text: ref.text,
  };
}

/**
 *   ACOEM Occupational Medicine Practice Guidelines, 3rd ed., Shoulder Disorders, pg. 64
 *   ACOEM Hip and Groin Chapter/Diagnostic and treatment recommendations
 */
function parseAcoem(ref: Reference): GuidelineCitation {
  const name = ACOEM_AT_START.exec(ref.body);
  let rest = stripEnd(name ? ref.body.slice(name[0].length) : ref.body).replace(
    /^\s*\(\s*ACOEM\s*\)/i,
    '',
  );
  const edition = takeEdition(rest, 'ordinal');
  rest = removeEditions(rest);
  let pages: string | null = null;
  const pageMark = PAGES_MARK.exec(rest);
  if (pageMark) {
    pages = stripEnd(rest.slice(pageMark.index + pageMark[0].length)) || null;
    rest = rest.slice(0, pageMark.index);
  }
  const tidied = splitSectionList(trimEndWhere(trimStartWhere(rest, PUNCTUATION), PUNCTUATION))
    .flatMap((s) => s.split(/(?<=\b(?:Chapter|Section))\s*\/\s*/i))
    .map((s) => tidySection(s.replace(/\s+(?:Chapter|Section)$/i, '')));
  // Stryker disable next-line ConditionalExpression,StringLiteral: uniqueSections drops an empty section too
  const sections = tidied.filter((s) => s !== '');
  return {
    source: 'NON_MTUS',
    document: ACOEM_DOCUMENT,
    edition,
    sections: uniqueSections(sections),
    pages,
    text: ref.text,
  };
}

/**
 * UpToDate, journal articles, web pages: one 'Other' citation for the reference, or one per URL
 * when the reference is nothing but URLs (`http://…, https://…`). URLs broken at the line end
 * (`…rehabilitation-skilled- nursing-care`) are rejoined.
 */
function parseOther(ref: Reference): GuidelineCitation[] {
  const text = joinBrokenUrls(ref.text);
  const urls = execAll(URL, text).map((m) => m[0].replace(/[.,;:)]+$/, ''));
  const leftover = text.replace(URL, ' ').replace(/[\s.,;:]|\band\b/gi, '');
  if (urls.length > 0 && leftover === '') return urls.map((url) => other('NON_MTUS', url));
  return [other('NON_MTUS', text)];
}

function joinBrokenUrls(text: string): string {
  return text.replace(
    /((?:https?:\/\/|www\.)[^\s,;]*[-_/.=?&])\s+([A-Za-z0-9][^\s,;]*)/gi,
    (all, head: string, next: string) =>
      NOT_URL_CONTINUATION.test(next) || /\.$/.test(head) ? all : head + next,
  );
}

// ---------------------------------------------------------------------------------------
// Helpers

function other(source: GuidelineSource, text: string): GuidelineCitation {
  return {
    source,
    document: OTHER_DOCUMENT,
    edition: null,
    sections: [],
    pages: null,
    text: text.trim(),
  };
}

/** `3rd ed.` → '3rd' or `(2004)` → '2004', preferring the kind asked for. */
function takeEdition(text: string, prefer: 'year' | 'ordinal'): string | null {
  const ordinal = ORDINAL_EDITION.exec(text);
  const year = YEAR_ANYWHERE.exec(text);
  const ord = ordinal ? ordinalName(Number(ordinal[1])) : null;
  return prefer === 'ordinal' ? (ord ?? year?.[1] ?? null) : (year?.[1] ?? ord);
}

function removeEditions(text: string): string {
  return text.replace(ORDINAL_EDITION, ' ').replace(YEAR_ANYWHERE, ' ');
}

function ordinalName(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

const ALPHANUMERIC = /[a-z0-9]/i;

/** Splits at each match of a global pattern, dropping the separator. */
function splitAt(text: string, separator: RegExp): string[] {
  return splitAll(separator, text).filter((p) => ALPHANUMERIC.test(p));
}

function parenDepth(text: string, at: number): number {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && depth > 0) depth--;
  }
  return depth;
}

/** Trailing sentence period and spaces (`… Page(s): 46.` → `… Page(s): 46`). */
function stripEnd(text: string): string {
  return trimEndWhere(text, SPACE_OR_PERIOD).trim();
}

const SPACE_OR_PERIOD = /[\s.]/;
/** Separators and dashes around a list or topic. */
const PUNCTUATION = /[\s,:;\-–]/;

/**
 * `text.replace(/^[…]+/, '')` for a one-character class `char` (not global or sticky).
 */
function trimStartWhere(text: string, char: RegExp): string {
  let start = 0;
  while (start < text.length && char.test(text[start])) start++;
  return text.slice(start);
}

/**
 * `text.replace(/[…]+$/, '')` for a one-character class `char` (not global or sticky): walking
 * back from the end, where the pattern would be tried at every position of the text.
 */
function trimEndWhere(text: string, char: RegExp): string {
  return text.slice(0, trailingRunStart(text, char));
}

/** Where the run of `char` characters that ends `text` starts (`text.length` when none). */
function trailingRunStart(text: string, char: RegExp): number {
  let start = text.length;
  while (start > 0 && char.test(text[start - 1])) start--;
  return start;
}

function snippet(text: string): string {
  const t = text.trim();
  return t.length > 40 ? `${t.slice(0, 40)}…` : t;
}

// ---------------------------------------------------------------------------------------
// ODG chapters and topics

const CHAPTER_AT_START = new RegExp(
  `^(?:Chapter\\s*:?\\s*)?(${phrasesPattern(ODG_CHAPTERS.flatMap((c) => c.synonyms))})`,
  'i',
);
const CHAPTER_BY_KEY = new Map(
  ODG_CHAPTERS.flatMap((c) => [c.name, ...c.synonyms].map((s) => [foldWords(s), c.name] as const)),
);
/** What may follow a chapter name: a delimiter, or a space after `Chapter` / `(Acute & Chronic)`. */
const AFTER_CHAPTER = /^(?:$|\s*[,;:/(.]|\s*–|\s+-\s)/;
const ODG_DATES =
  /\(\s*updated[^)]*\)|\bupdated\s+\d{1,2}\/\d{1,2}\/\d{2,4}|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/gi;

const LEADING_ODG_PUNCTUATION = /^[\s,;:.\-–]+/;
/**
 * Whether one of ODG_FRONT_MATTER matches `text`: when none does, a pass of them changes
 * nothing, so one test spares the ten. Their alternation (they have no backreferences); should
 * their flags ever differ from `i`, the test always passes and every pattern runs.
 */
const ANY_FRONT_MATTER = ODG_FRONT_MATTER.every((re) => re.flags === 'i')
  ? new RegExp(ODG_FRONT_MATTER.map((re) => `(?:${re.source})`).join('|'), 'i')
  : /(?:)/;

/**
 * An ODG chapter at the start of `text`, with the words that belong to it:
 *   Low Back - Lumbar & Thoracic (Acute & Chronic)    Knee & Leg (updated 11/22/16) Chapter
 * Not a chapter when a plain word follows (`Pain management`, `Hand therapy`).
 */
function matchOdgChapter(text: string): { name: string; length: number } | null {
  const m = CHAPTER_AT_START.exec(text);
  if (!m) return null;
  const name = CHAPTER_BY_KEY.get(foldWords(m[1]));
  if (name === undefined) return null;
  const tail = ODG_CHAPTER_TAIL.exec(text.slice(m[0].length));
  const length = m[0].length + (tail ? tail[0].length : 0);
  const after = text.slice(length);
  const ok =
    AFTER_CHAPTER.test(after) ||
    (tail !== null && /^\s/.test(after)) ||
    // Stryker disable next-line Regex: the paragraph's spaces are folded, so `\s+` reads as `\s`; without `^` the replace below (anchored) leaves `after` as it is, which starts with no chapter
    (/^\s+(?:and|&)\s+/i.test(after) &&
      // Stryker disable next-line Regex: as above; the test before it has already checked that `after` starts with the joiner
      matchOdgChapter(after.replace(/^\s+(?:and|&)\s+/i, '')) !== null);
  return ok ? { name, length } : null;
}

/**
 * What follows an ODG name: front matter (`(ODG)`, `-TWC`, `14th Edition`, `2016`, `Web
 * Version`), then chapters and topics in any order:
 *   , Low Back Chapter, Preoperative lab testing         Knee/DME, Low Back …/Mattress selection
 *   Pain Section/Voltaren® Gel (diclofenac) Topic        Knee and Leg (Durable medical equipment (DME))
 * The edition is a year written as such (`2016`, `(2016)`), never an `updated` date.
 */
function parseOdgTail(text: string): {
  edition: string | null;
  chapters: string[];
  topics: string[];
} {
  let edition: string | null = null;
  // Stryker disable next-line StringLiteral: a date stands between spaces or punctuation, which stay; sections are tidied of extra spaces
  let s = text.replace(ODG_DATES, ' ');
  // Stryker disable next-line StringLiteral: the first value only has to differ from `s` so the loop runs; an unchanged pass ends it either way
  for (let before = ''; before !== s;) {
    before = s;
    s = s.replace(LEADING_ODG_PUNCTUATION, '');
    // Stryker disable next-line ConditionalExpression: a fast path; without front matter the replaces find nothing
    if (ANY_FRONT_MATTER.test(s)) for (const re of ODG_FRONT_MATTER) s = s.replace(re, '');
    const year = YEAR_AT_START.exec(s);
    if (year) {
      edition ??= year[1];
      s = s.slice(year[0].length);
    }
  }
  const year = YEAR_ANYWHERE.exec(s);
  if (year) {
    edition ??= year[1];
    // Stryker disable next-line StringLiteral: as for the dates above
    s = s.replace(YEAR_ANYWHERE, ' ');
  }
  return { edition, ...splitChaptersAndTopics(s) };
}

function splitChaptersAndTopics(text: string): { chapters: string[]; topics: string[] } {
  const chapters: string[] = [];
  const topics: string[] = [];
  let s = text;
  for (;;) {
    s = s.replace(/^(?:[\s,;:/.]|[-–](?=\s))+/, '');
    const and = /^(?:and|&)\s+/i.exec(s);
    if (and && matchOdgChapter(s.slice(and[0].length))) s = s.slice(and[0].length);
    if (s === '') break;
    const chapter = matchOdgChapter(s);
    if (chapter) {
      chapters.push(chapter.name);
      s = s.slice(chapter.length);
      continue;
    }
    const end = listItemEnd(
      s,
      (after) => startsItem(after) || matchOdgChapter(after) !== null,
      true,
    );
    const topic = s.slice(0, end).replace(TOPIC_LABEL, '');
    const imaging = imagingOfChapter(topic);
    if (imaging) chapters.push(imaging.chapter);
    topics.push(tidySection(imaging?.topic ?? topic));
    s = s.slice(end + 1);
  }
  return { chapters, topics: topics.filter((t) => t !== '') };
}

/** `Voltaren® Gel (diclofenac) Topic`, `Physical Therapy (PT), subheading`: a label, not a name. */
const TOPIC_LABEL = /(?:\s+Topic|,?\s+sub-?(?:heading|section))\s*\.?\s*$/i;

/** `MRI shoulder`, `X-rays of the knee`: ODG's imaging topic named with its chapter. */
const IMAGING_OF =
  /^\s*((?:MRI|MRA|CT|X-?rays?|radiographs?|ultrasound|bone\s+scan)(?:['’]?s)?)\s+(?:of\s+(?:the\s+)?)?/i;

/** The chapter and the topic of `MRI shoulder` (`Shoulder`, `MRI`); null for other topics. */
function imagingOfChapter(topic: string): { chapter: string; topic: string } | null {
  const imaging = IMAGING_OF.exec(topic);
  if (!imaging) return null;
  const rest = trimEndWhere(topic.slice(imaging[0].length), SPACE_OR_PERIOD);
  const chapter = matchOdgChapter(rest);
  return chapter !== null && chapter.length === rest.length
    ? { chapter: chapter.name, topic: imaging[1] }
    : null;
}

// ---------------------------------------------------------------------------------------
// Section lists

const COMMA_NAMES = new RegExp(COMMA_SECTION_NAMES.map(phrasePattern).join('|'), 'gi');
const NUMBERED = /^\d+(?:\.\d+)*\.?\s+[A-Za-z]/;
const MASKED_COMMA = '\u0001';

/**
 * Splits `Section(s): A, B` into sections. Section names carry commas and parentheses of their
 * own, so the rule is:
 *   - split at `;`, and at `,` outside parentheses when the next piece starts with a capital
 *     letter or digit (`Special Studies, Summary` → 2; `TENS, chronic pain (…)` → 1;
 *     `Cyclobenzaprine (Flexeril), Muscle relaxants (for pain)` → 2);
 *   - numbered lists (`3.3.9 Opioids …: …, Prior to …, 3.3.1.2 …`) split only before a number;
 *   - a family head (`NSAIDs`, `Opioids`) joins a next piece that opens with an abbreviation:
 *     `NSAIDs, GI symptoms & cardiovascular risk` is one, `Opioids, Weaning of Medications` two;
 *   - names with commas of their own (`Forearm, Wrist, & Hand`) stay whole.
 * A leading `and` of a piece (`…, and Summary`) is dropped.
 */
export function splitSectionList(text: string): string[] {
  const masked = text.replace(COMMA_NAMES, (m) => m.replace(/,/g, MASKED_COMMA));
  let s = masked.trim();
  const numbered = NUMBERED.test(s);
  const pieces: string[] = [];
  while (s !== '') {
    const end = listItemEnd(s, numbered ? startsNumberedItem : startsItem, false);
    pieces.push(s.slice(0, end));
    s = s.slice(end + 1).replace(LEADING_AND, '');
  }
  const sections: string[] = [];
  for (const piece of joinFamilyHeads(pieces)) {
    const section = tidySection(
      piece.includes(MASKED_COMMA) ? piece.split(MASKED_COMMA).join(',') : piece,
    );
    if (section !== '') sections.push(section);
  }
  return sections;
}

/** Spaces and an `and` / `&` opening a list item (possibly empty). */
const LEADING_AND = /^\s*(?:(?:and|&)\s+)?/i;

function startsNumberedItem(after: string): boolean {
  return NUMBERED.test(after);
}

function startsItem(after: string): boolean {
  return /^[A-Z0-9]/.test(after);
}

/**
 * Index of the separator that ends the first list item of `s` (or `s.length`): a `;`, or a `,`
 * (`/` too when `slash`) outside parentheses after which `startsNext` holds.
 */
function listItemEnd(s: string, startsNext: (after: string) => boolean, slash: boolean): number {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    if (depth > 0) continue;
    if (ch === ';') return i;
    if (ch !== ',' && !(ch === '/' && slash)) continue;
    // `s.slice(i + 1)` without its leading spaces and `and` / `&`.
    AFTER_SEPARATOR.lastIndex = i + 1;
    AFTER_SEPARATOR.exec(s);
    const after = s.slice(AFTER_SEPARATOR.lastIndex);
    if (ch === ',' ? startsNext(after) : matchOdgChapter(after) !== null) return i;
  }
  return s.length;
}

/** Matches (sticky, possibly empty) at any position. */
const AFTER_SEPARATOR = /\s*(?:(?:and|&)\s+)?/iy;

function joinFamilyHeads(pieces: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i].trim();
    if (SECTION_FAMILY_HEADS.includes(piece) && /^\s*[A-Z]{2,}\b/.test(pieces[i + 1] ?? '')) {
      out.push(`${piece}, ${pieces[++i].trim()}`);
    } else out.push(piece);
  }
  return out;
}

/** A section as written, tidied: spaces, final period, leftover `skilled- nursing` joins, wrapping parentheses. */
function tidySection(text: string): string {
  let s = foldSpaces(text);
  if (s.includes('- ')) s = s.replace(WRAPPED_HYPHEN, '$1-$2');
  // `s.replace(/^[\s,;:]+|[\s,;:.]+$/g, '')`: the leading run, then the trailing one of what is left.
  s = trimEndWhere(trimStartWhere(s, SEPARATOR), SEPARATOR_OR_PERIOD).replace(OPENING_AND, '');
  while (IN_PARENTHESES.test(s) && parenDepth(s, s.length - 1) === 1) s = s.slice(1, -1).trim();
  return s;
}

/** Whitespace that folding to single spaces changes: two in a row, or any but a plain space. */
const SEPARATOR = /[\s,;:]/;
const SEPARATOR_OR_PERIOD = /[\s,;:.]/;
/** `skilled- nursing`: a word broken after its hyphen. */
const WRAPPED_HYPHEN = /([A-Za-z])- ([a-z])/g;
const OPENING_AND = /^(?:and|&)\s+/i;
const IN_PARENTHESES = /^\(.*\)$/;

/** Sections in order, the first of each identity (`normaliseSectionKey`) kept. */
function uniqueSections(sections: readonly string[]): string[] {
  const seen = new Set<string>();
  return sections.filter((s) => {
    const key = normaliseSectionKey(s);
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The identity of a section name, for Guideline keys: `Epidural steroid injections`,
 * `Epidural Steroid Injection` and `Epidural steroid injections (ESIs)` give one key.
 * Lowercase; `&` = `and`; ®, apostrophes and accents dropped; other punctuation and runs of
 * whitespace fold to one space; simple plurals fold (`injections`, `studies`, `NSAIDs`,
 * `MRI's`); a trailing abbreviation in parentheses (`(ESIs)`, `(EMG/NCS)`) is dropped.
 */
export function normaliseSectionKey(section: string): string {
  return SECTION_KEYS.get(section, sectionKey);
}

/** Section names repeat across letters and again in the loader's Guideline keys. */
const SECTION_KEYS = new StringMemo<string>(4_096, 300);

function sectionKey(section: string): string {
  const withoutAbbreviation = section.trimEnd().endsWith(')')
    ? section.replace(/\s*\(\s*[A-Z][A-Z0-9/&\- ]*['’]?s?\s*\)\s*$/, '')
    : section;
  const base = withoutAbbreviation.trim() === '' ? section : withoutAbbreviation;
  // ASCII is its own NFKD form and has none of the marks removed here.
  const folded = NON_ASCII.test(base)
    ? base.normalize('NFKD').replace(/[\u0300-\u036f®™©]/g, '')
    : base;
  const lower = folded.replace(ABBREVIATION_PLURAL, '$1').toLowerCase();
  const spelled = lower.includes('&') ? lower.replace(AMPERSANDS, ' and ') : lower;
  const bare = APOSTROPHE.test(spelled) ? spelled.replace(APOSTROPHES, '') : spelled;
  // A single space between [a-z0-9] is a run the replace would turn into itself.
  const words = NOT_WORDS_AND_SINGLE_SPACES.test(bare)
    ? bare.replace(NOT_WORD_CHARACTERS, ' ')
    : bare;
  return words.trim().replace(PLURAL_CANDIDATE, singular);
}

/** `MRI's`, `NSAIDs`: an abbreviation's plural. */
const ABBREVIATION_PLURAL = /\b([A-Z]{2,})['’]?s\b/g;
const AMPERSANDS = /&/g;
const APOSTROPHES = /['’]/g;
const NOT_WORD_CHARACTERS = /[^a-z0-9]+/g;
const NOT_WORDS_AND_SINGLE_SPACES = /[^a-z0-9 ]| {2}/;

/** The words `singular` may change (4+ letters ending in s), in text of [a-z0-9] words and single spaces. */
const PLURAL_CANDIDATE = /\b[a-z0-9]{3,}s\b/g;

const NON_ASCII = /[\u0080-\uffff]/;
const APOSTROPHE = /['’]/;

function singular(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (!word.endsWith('s') || word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) {
    return word;
  }
  return word.slice(0, -1);
}

/** Lowercase letters and digits only, `&` read as `and`: the key of a chapter synonym. */
function foldWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]/g, '');
}
