/**
 * The grounds a rationale states (reasons.md), each with the clause it was read from:
 *
 *   `... In this case, there is no evidence of red flags. The request for 12 visits exceeds
 *   the 6 recommended. Therefore, the request is not medically necessary.`
 *   → NO_RED_FLAGS `there is no evidence of red flags`, EXCEEDS_GUIDELINE_LIMIT `The request
 *     for 12 visits exceeds the 6 recommended`; quantities 12 requested, 6 recommended.
 *
 * The cues are data (../vocab/reasons.ts). Sentences in the guideline's voice are background
 * and read past; a cue counts by its clause's negation (`no red flags` for NO_RED_FLAGS, `red
 * flags were identified` for CRITERIA_MET); a code must agree with the decision's outcome; a
 * general code gives way to a specific one in the same clause; each code is kept once, at its
 * first clause. No ground at all is OTHER_UNCLEAR, at the concluding sentence.
 */
import type { DecisionReason, Outcome, ReasonCode } from '../determination';
import { StringMemo } from '../text/memo';
import {
  BOILERPLATE,
  CASE_VOICE,
  GENERIC_VOICE,
  GUIDELINE_OPENING,
  GUIDELINE_VOICE,
  NEGATION_AFTER,
  NEGATION_BEFORE,
  REASONS,
  type CueWhen,
} from '../vocab/reasons';
import { CueIndex, type CueMatch } from './cue-index';
import { splitClauses, splitSentences, type Sentence, type Span } from './clauses';
import { findQuantities } from './reason-quantities';

export interface ExtractedReasons {
  reasons: DecisionReason[];
  quantityRequested: number | null;
  quantityRecommended: number | null;
}

interface CompiledCue {
  code: ReasonCode;
  when: CueWhen;
  general: boolean;
}

/** The cues of the codes that can support each outcome, indexed by their first words. */
const CUES: Record<Outcome, CueIndex<CompiledCue>> = {
  UPHELD: indexCues('UPHELD'),
  OVERTURNED: indexCues('OVERTURNED'),
};

function indexCues(outcome: Outcome): CueIndex<CompiledCue> {
  const cues: { source: string; value: CompiledCue }[] = [];
  for (const reason of REASONS) {
    if (reason.supports !== outcome && reason.supports !== 'EITHER') continue;
    for (const cue of reason.cues) {
      const value = { code: reason.code, when: cue.when, general: cue.general === true };
      cues.push({ source: cue.pattern, value });
    }
  }
  return new CueIndex(cues);
}

const BOILERPLATE_PATTERN = new RegExp(BOILERPLATE.join('|'), 'gi');
const BOILERPLATE_ANY = new RegExp(BOILERPLATE.join('|'), 'i');
const GUIDELINE_PATTERN = new RegExp(GUIDELINE_VOICE, 'i');
const GENERIC_PATTERN = new RegExp(GENERIC_VOICE, 'i');
const CASE_PATTERN = new RegExp(CASE_VOICE, 'i');
const GUIDELINE_OPENING_PATTERN = new RegExp(GUIDELINE_OPENING, 'i');
const NEGATED_BEFORE = new RegExp(NEGATION_BEFORE, 'i');
const NEGATED_AFTER = new RegExp(NEGATION_AFTER, 'i');
/** How far back a negation reaches: across a clause's few words for an absence, right before a statement. */
const ABSENT_REACH = 200;
const STATED_REACH = 24;

/**
 * Rationales repeat across items and letters (copy-paste rationales, ancillary one-liners):
 * 4,096 of them at most, each under 8,000 characters.
 */
const RATIONALES: Record<Outcome, StringMemo<ExtractedReasons>> = {
  UPHELD: new StringMemo<ExtractedReasons>(2_048, 8_000),
  OVERTURNED: new StringMemo<ExtractedReasons>(2_048, 8_000),
};

/** The grounds of one rationale for a decision of the given outcome. */
export function extractReasons(rationale: string, outcome: Outcome): ExtractedReasons {
  const found = RATIONALES[outcome].get(rationale, (text) => extractUncached(text, outcome));
  return { ...found, reasons: found.reasons.map((r) => ({ ...r })) };
}

function extractUncached(rationale: string, outcome: Outcome): ExtractedReasons {
  // One scan of the whole rationale; only sentences holding a cue are split and weighed.
  const matches = CUES[outcome].matchAll(rationale);
  const sentences = splitSentences(rationale);
  const background = new Map<number, boolean>();
  const isGround = (index: number): boolean => {
    let known = background.get(index);
    if (known === undefined) background.set(index, (known = isBackground(sentences[index])));
    return !known;
  };
  const byCode = new Map<ReasonCode, { reason: DecisionReason; aboutCase: boolean }>();
  let next = 0;
  for (const [index, sentence] of sentences.entries()) {
    while (next < matches.length && matches[next].start < sentence.start) next++;
    const first = next;
    while (next < matches.length && matches[next].start < sentence.end) next++;
    if (first === next || !isGround(index)) continue;
    const inSentence = matches.slice(first, next);
    const aboutCase = CASE_PATTERN.test(sentence.text);
    for (const clause of splitClauses(rationale, sentence)) {
      const inClause = inSentence.filter((m) => m.start >= clause.start && m.end <= clause.end);
      if (inClause.length === 0) continue;
      for (const code of clauseCodes(clause, inClause)) {
        // Each code once: at its first clause, or its first that speaks of the case.
        const kept = byCode.get(code);
        if (kept === undefined || (!kept.aboutCase && aboutCase))
          byCode.set(code, { reason: { code, ...clause }, aboutCase });
      }
    }
  }
  const reasons = [...byCode.values()].map((k) => k.reason).sort((a, b) => a.start - b.start);
  if (reasons.length === 0) reasons.push(unclear(sentences));
  const codes = reasons.map((r) => r.code);
  return { reasons, ...findQuantities(codes, sentences) };
}

/** The codes whose cues hold in one clause, the general ones only where no specific one does. */
function clauseCodes(clause: Span, matches: readonly CueMatch<CompiledCue>[]): ReasonCode[] {
  const specific = new Set<ReasonCode>();
  const general = new Set<ReasonCode>();
  const text = clause.text;
  const skip = boilerplateSpans(text);
  for (const { value: cue, start: at, end: to } of matches) {
    const start = at - clause.start;
    if (skip.some(([from, until]) => start >= from && start < until)) continue;
    if (!holds(cue.when, text, start, to - clause.start)) continue;
    (cue.general ? general : specific).add(cue.code);
  }
  const codes = [...specific];
  for (const code of general) if (specific.size === 0 || specific.has(code)) codes.push(code);
  return [...new Set(codes)];
}

/** Where boilerplate stands in a clause: its own words are no cue; the rest of the clause is read. */
function boilerplateSpans(text: string): [number, number][] {
  if (!BOILERPLATE_ANY.test(text)) return [];
  const spans: [number, number][] = [];
  BOILERPLATE_PATTERN.lastIndex = 0;
  for (let m = BOILERPLATE_PATTERN.exec(text); m !== null; m = BOILERPLATE_PATTERN.exec(text))
    spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** Whether the cue counts where it matched: negated for an absence, not negated for a statement. */
function holds(when: CueWhen, clause: string, start: number, end: number): boolean {
  if (when === 'any') return true;
  if (when === 'stated')
    return !NEGATED_BEFORE.test(clause.slice(Math.max(0, start - STATED_REACH), start));
  const before = clause.slice(Math.max(0, start - ABSENT_REACH), start);
  return NEGATED_BEFORE.test(before) || NEGATED_AFTER.test(clause.slice(end));
}

/** A sentence in the guideline's (or a general) voice that says nothing of this case. */
function isBackground(sentence: Sentence): boolean {
  const text = sentence.text;
  if (GUIDELINE_OPENING_PATTERN.test(text)) return true;
  return (GUIDELINE_PATTERN.test(text) || GENERIC_PATTERN.test(text)) && !CASE_PATTERN.test(text);
}

/** No ground found: the concluding sentence is where the rationale says (only) its outcome. */
function unclear(sentences: readonly Sentence[]): DecisionReason {
  const last = sentences[sentences.length - 1] ?? { text: '', start: 0, end: 0 };
  return { code: 'OTHER_UNCLEAR', text: last.text, start: last.start, end: last.end };
}
