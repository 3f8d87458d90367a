import type { ReviewerProfile } from '../determination';
import { specialtyVocabulary } from '../vocab/specialties';
import { stateVocabulary } from '../vocab/states';
import { foldSpaces, joinLines } from '../text/clean-text';
import { opensWithLetter } from '../text/ascii';

export interface ParsedCredentials extends ReviewerProfile {
  warnings: string[];
}

const STATES_LABEL = /^States?(?:\(s\))?\s+of\s+Licensure:\s*(.*)$/i;
const SPECIALTY_LABEL = /^Certifications?(?:\(s\))?\s*\/\s*Specialt(?:y|ies):\s*(.*)$/i;

/**
 * Reads the reviewer profile from the `HOW THE IMR ...` part: either the 2015-17 block
 *   State(s) of Licensure: California,North Carolina
 *   Certification(s)/Specialty: Preventive Medicine, Occupational Medicine, Public Health &
 *   General Preventive Medicine
 * or the 2014 prose `The expert reviewer is Board Certified in X[, has a subspecialty in Y]
 * and is licensed to practice in A & B.`
 */
export function parseCredentials(lines: readonly string[]): ParsedCredentials {
  const block = readCredentialBlock(lines);
  if (block) return block;
  return readCredentialProse(joinLines(lines));
}

function readCredentialBlock(lines: readonly string[]): ParsedCredentials | null {
  let states: string | null = null;
  let specialties: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].trim();
    if (!mayOpenLabel(text)) continue;
    // The labels open with different words: a line matches one at most.
    const stateMatch = STATES_LABEL.exec(text);
    const match = stateMatch ?? SPECIALTY_LABEL.exec(text);
    if (!match) continue;
    const parts = [match[1]];
    while (i + 1 < lines.length && isContinuation(lines[i + 1])) parts.push(lines[++i]);
    const value = foldSpaces(parts.join(' '));
    if (stateMatch) states = value;
    else specialties = value;
  }
  if (states === null && specialties === null) return null;
  const warnings: string[] = [];
  return {
    licensedStates: canonicalList(
      splitList(states ?? ''),
      'state',
      stateVocabulary.lookup.bind(stateVocabulary),
      warnings,
    ),
    specialties: canonicalList(
      joinSplitNames(splitList(specialties ?? ''), lookupSpecialty),
      'specialty',
      lookupSpecialty,
      warnings,
    ),
    warnings,
  };
}

function isContinuation(line: string): boolean {
  const text = line.trim();
  if (text === '') return false;
  return (
    !mayOpenLabel(text) ||
    (!STATES_LABEL.test(text) &&
      !SPECIALTY_LABEL.test(text) &&
      !/^CLINICAL CASE SUMMARY/i.test(text))
  );
}

/** The labels (and the next heading) open with `S` or `C`: see opensWithLetter. */
const mayOpenLabel = (text: string): boolean => opensWithLetter(text, 'sc');

/** Comma lists with optional spaces; `&` stays inside names (`Physical Medicine & Rehabilitation`). */
function splitList(value: string): string[] {
  return value
    .split(/\s*[,;]\s*/)
    .map((part) => part.replace(/\.$/, '').trim())
    .filter((part) => part !== '');
}

/** Rejoins a name with a comma of its own: `Endocrinology, Diabetes & Metabolism`. */
function joinSplitNames(
  parts: readonly string[],
  lookup: (text: string) => string | null,
): string[] {
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const next = parts[i + 1];
    const joined = next === undefined ? '' : `${parts[i]}, ${next}`;
    if (next !== undefined && lookup(next) === null && lookup(joined) !== null) {
      out.push(joined);
      i++;
    } else out.push(parts[i]);
  }
  return out;
}

function lookupSpecialty(text: string): string | null {
  return specialtyVocabulary.lookup(text);
}

/**
 * Each comma-separated value by its canonical name. A value that is no name may be several joined
 * by `&` or `and` (`California & Nevada`, `Internal Medicine and Pulmonary Disease`): read as
 * such only when every part is a name (`Physical Medicine & Rehabilitation and Pain Medicine`
 * gives two); anything else is kept whole as written, with a warning.
 */
function canonicalList(
  values: readonly string[],
  kind: string,
  lookup: (text: string) => string | null,
  warnings: string[],
): string[] {
  const out: string[] = [];
  for (const value of values) {
    const canonical = lookup(value);
    let names = canonical === null ? joinedNames(value, lookup) : [canonical];
    if (names === null) {
      warnings.push(`unrecognised reviewer ${kind} '${value.slice(0, 60)}', kept as written`);
      names = [value];
    }
    for (const name of names) if (!out.includes(name)) out.push(name);
  }
  return out;
}

const JOINER = /(\s+(?:&|and)\s+|\s*&\s*)/i;

/**
 * The names `value` joins with `&` / `and`, each part taken as long as it is one name (a name
 * may hold `&` itself); null unless every part is a name.
 */
function joinedNames(value: string, lookup: (text: string) => string | null): string[] | null {
  // Odd indexes hold the joiners as written, so a part can be re-read with its `&` inside.
  const pieces = value.split(JOINER);
  if (pieces.length < 3) return null;
  const names: string[] = [];
  for (let i = 0; i < pieces.length;) {
    let found: { name: string; next: number } | null = null;
    for (let j = pieces.length - 1; j >= i && found === null; j -= 2) {
      const name = lookup(pieces.slice(i, j + 1).join(''));
      if (name !== null) found = { name, next: j + 2 };
    }
    if (found === null) return null;
    names.push(found.name);
    i = found.next;
  }
  return names;
}

/** The sentence ends at a full stop, not at the dot of an initial (`U.S. Virgin Islands`). */
const PROSE =
  /expert reviewer is (.+?) and is licensed to practice in (.+?)(?<!\b[A-Z])\.(?:\s|$)/i;

function readCredentialProse(text: string): ParsedCredentials {
  const warnings: string[] = [];
  const match = PROSE.exec(text);
  if (!match) {
    return {
      licensedStates: [],
      specialties: [],
      warnings: ['reviewer credentials not understood'],
    };
  }
  // Names are found by the vocabulary itself, so `and` inside a name
  // (`Physical Medicine and Rehabilitation`) is not taken for a list separator.
  const specialties = specialtyVocabulary.scan(match[1]);
  if (specialties.length === 0) warnings.push('reviewer specialty not understood');
  const states = stateVocabulary.scan(match[2]);
  if (states.length === 0) warnings.push('reviewer licensed states not understood');
  return { licensedStates: states, specialties, warnings };
}
