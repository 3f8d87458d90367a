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
  GUIDELINE_VOICE,
  NEGATION_AFTER,
  NEGATION_BEFORE,
  REASONS,
  type CueWhen,
} from '../vocab/reasons';
import { splitSentences, type Sentence, type Span } from './clauses';
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

interface CompiledCues {
  /** Every cue of the outcome's codes, one capture group each, global. */
  pattern: RegExp;
  /** Group k + 1 is cue k. */
  cues: CompiledCue[];
}

/** One alternation per outcome, of the codes that can support it: a rationale is scanned once. */
const CUES: Record<Outcome, CompiledCues> = {
  UPHELD: compileCues('UPHELD'),
  OVERTURNED: compileCues('OVERTURNED'),
};

function compileCues(outcome: Outcome): CompiledCues {
  const cues: CompiledCue[] = [];
  const sources: string[] = [];
  for (const reason of REASONS) {
    if (reason.supports !== outcome && reason.supports !== 'EITHER') continue;
    for (const cue of reason.cues) {
      cues.push({ code: reason.code, when: cue.when, general: cue.general === true });
      sources.push(`(${String.raw`\b`}${cue.pattern})`);
    }
  }
  return { pattern: new RegExp(sources.join('|'), 'gi'), cues };
}

const BOILERPLATE_PATTERN = new RegExp(BOILERPLATE.join('|'), 'gi');
const BOILERPLATE_ANY = new RegExp(BOILERPLATE.join('|'), 'i');
const GUIDELINE_PATTERN = new RegExp(GUIDELINE_VOICE, 'i');
const GENERIC_PATTERN = new RegExp(GENERIC_VOICE, 'i');
const CASE_PATTERN = new RegExp(CASE_VOICE, 'i');
const NEGATED_BEFORE = new RegExp(NEGATION_BEFORE, 'i');
const NEGATED_AFTER = new RegExp(NEGATION_AFTER, 'i');
/** How far back a negation reaches: across a clause's few words for an absence, right before a statement. */
const ABSENT_REACH = 200;
const STATED_REACH = 12;

/**
 * Rationales repeat across items and letters (copy-paste rationales, ancillary one-liners):
 * 4,096 of them at most, each under 8,000 characters.
 */
const RATIONALES = new StringMemo<ExtractedReasons>(4_096, 8_000);

/** The grounds of one rationale for a decision of the given outcome. */
export function extractReasons(rationale: string, outcome: Outcome): ExtractedReasons {
  const found = RATIONALES.get(`${outcome[0]}${rationale}`, (key) =>
    extractUncached(key.slice(1), outcome),
  );
  return { ...found, reasons: found.reasons.map((r) => ({ ...r })) };
}

function extractUncached(rationale: string, outcome: Outcome): ExtractedReasons {
  const { pattern, cues } = CUES[outcome];
  const byCode = new Map<ReasonCode, DecisionReason>();
  const sentences = splitSentences(rationale);
  const background = sentences.map(isBackground);
  for (const [index, sentence] of sentences.entries()) {
    if (background[index]) continue;
    for (const clause of sentence.clauses) {
      const codes = clauseCodes(clause, pattern, cues);
      for (const code of codes) {
        if (!byCode.has(code)) byCode.set(code, { code, ...clause });
      }
    }
  }
  const reasons = [...byCode.values()].sort((a, b) => a.start - b.start);
  if (reasons.length === 0) reasons.push(unclear(sentences));
  const codes = reasons.map((r) => r.code);
  return { reasons, ...findQuantities(codes, sentences, (index) => !background[index]) };
}

/** The codes whose cues hold in one clause, the general ones only where no specific one does. */
function clauseCodes(clause: Span, pattern: RegExp, cues: readonly CompiledCue[]): ReasonCode[] {
  const specific = new Set<ReasonCode>();
  const general = new Set<ReasonCode>();
  const text = clause.text;
  const skip = boilerplateSpans(text);
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    // Cues may overlap (`failed ... conservative care` holds two): go on one character on.
    pattern.lastIndex = match.index + 1;
    if (skip.some(([from, to]) => match.index >= from && match.index < to)) continue;
    const cue = cues[matchedGroup(match) - 1];
    if (!holds(cue.when, text, match.index, match.index + match[0].length)) continue;
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

function matchedGroup(match: RegExpExecArray): number {
  for (let k = 1; k < match.length; k++) if (match[k] !== undefined) return k;
  throw new Error('a reason cue matched without its group');
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
  return (GUIDELINE_PATTERN.test(text) || GENERIC_PATTERN.test(text)) && !CASE_PATTERN.test(text);
}

/** No ground found: the concluding sentence is where the rationale says (only) its outcome. */
function unclear(sentences: readonly Sentence[]): DecisionReason {
  const last = sentences[sentences.length - 1] ?? { text: '', start: 0, end: 0 };
  return { code: 'OTHER_UNCLEAR', text: last.text, start: last.start, end: last.end };
}
