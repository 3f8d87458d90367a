/**
 * Splits the prose lists of a case summary (`Diagnoses include A, B, and C`, `Treatment to date
 * has included A; B; and C`) into items, without breaking the items' own commas and `and`s:
 *   ICD wording        `strain of muscle, fascia and tendon at shoulder and upper arm level`
 *   shared head noun   `neck and back pain`, `right and left shoulder joint sprain`,
 *                      `lumbar, hip, and neck strain`
 *   a trailing place   `strain in right hip, ankle, and foot`, `dislocation, shoulder`
 *   ICD qualifiers     `lumbar muscle strain, subsequent`, `pain, unspecified`
 *   paired conditions  `cervical sprain and strain`
 *   parentheses        `chiropractic treatment (under private insurance, without ...)`
 */

import { splitAll } from '../text/regex';
import { opensWithLetter } from '../text/ascii';

/** Stand-ins for separators that belong to an item; restored once the list is split. */
const KEPT_COMMA = '\u0001';
const KEPT_SEMICOLON = '\u0002';
const KEPT_AND = '\u0003';

const PROTECTED: readonly RegExp[] = [
  /\bmuscles?,\s*fascia,?\s+and\s+tendons?\b/gi,
  /\b[a-z]+\s+and\s+[a-z]+(?:\s+[a-z]+)?\s+level\b/gi,
  /\bsprains?\s+and\s+strains?\b|\bstrains?\s+and\s+sprains?\b/gi,
  // ICD-10 titles that join two words with `and`.
  /\bdizziness\s+and\s+giddiness\b|\bjoints\s+and\s+ligaments\b|\bnausea\s+and\s+vomiting\b/gi,
  /\([^()]*\)|\[[^[\]]*\]/g,
];

/** What each PROTECTED pattern needs (same order): a cheap test that spares the full scan. */
const PROTECTED_NEEDS: readonly RegExp[] = [
  /\sand\s/i,
  /\sand\s[\s\S]*level/i,
  /\sand\s/i,
  /\sand\s/i,
  /[([]/,
];

/**
 * A word or bracket that every PROTECTED pattern needs (`fascia`, `level`, `sprain`/`strain`,
 * the ICD titles' first words, a bracket): most lists have none, and one search of the text
 * rules out all five patterns and their needs.
 */
const ANY_PROTECTED = /fascia|level|s[pt]rain|dizziness|joints|nausea|[([]/i;

/** Body parts and the words that place them; a list part made only of these names a place. */
const PLACE_WORDS = new Set(
  (
    'left right bilateral upper lower mid middle low medial lateral anterior posterior ' +
    'cervical thoracic lumbar lumbosacral sacral sacroiliac neck back shoulder arm elbow ' +
    'forearm wrist hand finger thumb hip thigh knee leg ankle foot feet heel toe head face ' +
    'scalp jaw chest abdomen groin pelvis spine trapezius buttock region joint extremity ' +
    'extremities side sided area level'
  ).split(' '),
);
const SIDE_ONLY = new Set(
  'left right bilateral upper lower mid middle low medial lateral anterior posterior side sided area level region'.split(
    ' ',
  ),
);
/** Words that qualify the item before them (`pain, unspecified`, `knee contusion and injury`). */
const QUALIFIER =
  /^(?:(?:initial|subsequent)(?:\s+encounter)?|sequela|unspecified|not otherwise specified|NOS|injury|injuries)$/i;
/** Adjectives that share the next segment's noun: `homicidal and suicidal thoughts`. */
const ADJECTIVE_END = /al$/i;
const SHARED_ADJECTIVES = new Set(
  'hot cold acute chronic mild moderate severe partial complete primary secondary'.split(' '),
);
const NOUNS_LIKE_ADJECTIVES = new Set(
  'referral removal trial hospital renewal withdrawal approval arrival rental interval'.split(' '),
);

interface Part {
  text: string;
  /** The separator before it in the letter (`, `, `; `, ` and `, `, and `). */
  joiner: string;
}

export function splitProseList(text: string): string[] {
  const guarded = protect(text);
  const separator = guarded.includes(';') ? ';' : ',';
  // `and` separates items inside a piece too (`A and B, C`); mergeParts rejoins the `and`s that
  // belong to an item (`neck and back pain`, `left hand and wrist`).
  const parts: Part[] = [];
  for (const raw of guarded.split(separator)) {
    const piece = raw.trim();
    if (piece === '') continue;
    const joiner = parts.length === 0 ? '' : `${separator} `;
    const rest = dropLeadWord(piece);
    const lead = piece.slice(0, piece.length - rest.length);
    const segments = splitAll(SPACED_AND, rest);
    for (let k = 0; k < segments.length; k++)
      parts.push({ text: segments[k], joiner: k > 0 ? ' and ' : joiner + lead });
  }
  if (parts.length === 0) return [];
  const items = mergeParts(parts);
  // Items are pieces of `guarded` and the joiners between them: without a stand-in there, none
  // has one to restore.
  return ANY_KEPT.test(guarded) ? items.map(restore) : items;
}

/** `and` / `or` opening a list part. */
const LEAD_WORD = /^(?:and|or)\s+/i;

/** `text` without LEAD_WORD, which opens with `a` or `o` (see opensWithLetter). */
function dropLeadWord(text: string): string {
  if (!opensWithLetter(text, 'ao')) return text;
  const lead = LEAD_WORD.exec(text);
  return lead === null ? text : text.slice(lead[0].length);
}
const SPACED_AND = /\s+and\s+/gi;

function protect(text: string): string {
  if (!ANY_PROTECTED.test(text)) return text;
  let out = text;
  for (const [i, pattern] of PROTECTED.entries()) {
    if (!PROTECTED_NEEDS[i].test(out)) continue;
    out = out.replace(pattern, (span) =>
      span
        .replace(/,/g, KEPT_COMMA)
        .replace(/;/g, KEPT_SEMICOLON)
        .replace(/\band\b/gi, (word) => KEPT_AND + word),
    );
  }
  return out;
}

function restore(text: string): string {
  if (!ANY_KEPT.test(text)) return text;
  return text.replace(KEPT_COMMAS, ',').replace(KEPT_SEMICOLONS, ';').replace(KEPT_ANDS, '');
}

const ANY_KEPT = new RegExp(`[${KEPT_COMMA}${KEPT_SEMICOLON}${KEPT_AND}]`);
const KEPT_COMMAS = new RegExp(KEPT_COMMA, 'g');
const KEPT_SEMICOLONS = new RegExp(KEPT_SEMICOLON, 'g');
const KEPT_ANDS = new RegExp(KEPT_AND, 'g');

function words(part: string): string[] {
  const ws: string[] = [];
  for (const w of splitAll(WORD_GAPS, dropLeadWord(part).toLowerCase())) {
    if (w === '' || w === 'the' || w === 'of') continue;
    ws.push(w.endsWith('s') ? w.slice(0, -1) : w);
  }
  return ws;
}

const WORD_GAPS = /[\s/-]+/g;

/** `ankle`, `right arm`, `lumbosacral region`: only place words, at least one a body part. */
function isPlace(ws: readonly string[]): boolean {
  return (
    ws.length > 0 &&
    ws.length <= 3 &&
    ws.every((w) => PLACE_WORDS.has(w)) &&
    ws.some((w) => !SIDE_ONLY.has(w))
  );
}

/** `back pain`, `left shoulder joint sprain`: a place, then the noun a place before it shares. */
function opensWithPlace(ws: readonly string[]): boolean {
  const first = ws[0];
  return first !== undefined && PLACE_WORDS.has(first) && !isPlace(ws);
}

/** `homicidal` in `fleeting homicidal and suicidal thoughts`. */
function endsWithAdjective(part: string): boolean {
  const lastWord = part.trim().split(/\s+/).pop()?.toLowerCase() ?? '';
  return (
    (ADJECTIVE_END.test(lastWord) && !NOUNS_LIKE_ADJECTIVES.has(lastWord)) ||
    SHARED_ADJECTIVES.has(lastWord)
  );
}

/** `persistent left sided neck` in `persistent left sided neck and shoulder pain`: no noun of its own. */
function onlyModifiers(ws: readonly string[]): boolean {
  return (
    ws.length > 0 &&
    ws.every(
      (w) =>
        PLACE_WORDS.has(w) ||
        SHARED_ADJECTIVES.has(w) ||
        (/(?:al|ent|ed)$/.test(w) && !NOUNS_LIKE_ADJECTIVES.has(w)),
    )
  );
}

/**
 * Joins parts that are not items of their own:
 *   a qualifier joins the item before it          `pain, unspecified`
 *   a place before a place-led item waits for it   `neck and back pain`, `lumbar, hip, and neck strain`
 *   another place joins the item before it         `strain in right hip, ankle, and foot`
 *   an adjective before `and` shares the next noun `homicidal and suicidal thoughts`
 */
function mergeParts(parts: readonly Part[]): string[] {
  const out: string[] = [];
  let pending = '';
  const add = (part: Part) => {
    pending = pending === '' ? part.text : pending + part.joiner + part.text;
  };
  const partWords = parts.map((part) => words(part.text));
  parts.forEach((part, i) => {
    const next = parts[i + 1];
    const ws = partWords[i];
    const nextWs = partWords[i + 1];
    const place = isPlace(ws) || (ws.length === 1 && SIDE_ONLY.has(ws[0]));
    const waits =
      next !== undefined &&
      ((place && (opensWithPlace(nextWs) || (isPlace(nextWs) && out.length === 0))) ||
        (next.joiner === ' and ' &&
          (endsWithAdjective(part.text) || (onlyModifiers(ws) && opensWithPlace(nextWs)))));
    const qualifier = QUALIFIER.test(dropLeadWord(part.text));
    if (pending === '' && out.length > 0 && !waits && (place || qualifier)) {
      out[out.length - 1] += part.joiner + part.text;
    } else if (waits || (place && out.length === 0 && next !== undefined)) {
      add(part);
    } else {
      add(part);
      out.push(pending);
      pending = '';
    }
  });
  if (pending !== '') out.push(pending);
  return out;
}
