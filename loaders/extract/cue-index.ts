/**
 * Many cue patterns tried at every word of a text cost far more than the rest of the parser
 * (one alternation of 150 cues scans a letter's rationales in ~300 µs). A cue can only match
 * at a word that opens with one of its first words' stems (`plan\w*|consider\w*` opens with
 * `plan` or `consider`), so the index maps a word's first two letters to the cues that may
 * start there, and only those are tried, each as a sticky pattern at that word.
 *
 * The stems are read from the pattern source: leading `\b` and look-arounds are skipped,
 * `(?:a|b)` gives both branches, an optional group (`(?:objective )?functional`) gives its
 * branches and what follows it, and a run of letters gives its stem. A cue that could open
 * with anything (`\w`, a class) cannot be indexed and is refused when the index is built.
 */

export interface IndexedCue<T> {
  /** Sticky, case-insensitive: tried at one position. */
  pattern: RegExp;
  value: T;
}

/** A cue's match: its value and where it stands in the text scanned. */
export interface CueMatch<T> {
  value: T;
  start: number;
  end: number;
}

interface Entry<T> {
  stem: string;
  cue: IndexedCue<T>;
}

/**
 * The entries under one key, in the order they are tried (the order matches come out in), with
 * their stems told apart once: a word is compared with each distinct stem once, and a cue is
 * tried only when its stem opens the word.
 */
interface Bucket<T> {
  stems: string[];
  /** For each entry, the index of its stem in `stems`. */
  stemOf: number[];
  cues: IndexedCue<T>[];
}

/** Keys are below 0x80 * 256: a first and a second ASCII character. */
const KEYS = 0x8000;

export class CueIndex<T> {
  private readonly buckets: (Bucket<T> | undefined)[] = new Array<Bucket<T> | undefined>(KEYS);
  /** Lowercase first characters that open some cue: most words are passed over on this alone. */
  private readonly opens = new Uint8Array(128);
  /** Which stems of the bucket at hand open the word at hand: reused from word to word. */
  private opened = new Uint8Array(16);

  constructor(cues: readonly { source: string; value: T }[]) {
    const byPrefix = new Map<number, Entry<T>[]>();
    for (const { source, value } of cues) {
      const cue = { pattern: new RegExp(`(?:${source})`, 'iy'), value };
      const stems = firstStems(`(?:${source})`);
      if (stems === null || stems.some((stem) => stem.length === 0))
        throw new Error(`reason cue cannot be indexed by its first word: /${source}/`);
      for (const stem of new Set(stems)) {
        const key = prefixKey(stem, 0);
        const list = byPrefix.get(key) ?? [];
        list.push({ stem, cue });
        byPrefix.set(key, list);
      }
    }
    for (const key of byPrefix.keys()) this.opens[key === 0 ? 0x30 : key >> 8] = 1;
    for (let digit = 0x31; digit <= 0x39; digit++) this.opens[digit] = this.opens[0x30];
    // A one-letter stem opens words of every second letter: copied to their keys once.
    for (const [key, list] of byPrefix) {
      if (key === 0 || (key & 0xff) !== 0) continue;
      for (let second = 0x61; second <= 0x7a; second++) {
        const longer = byPrefix.get(key | second);
        if (longer !== undefined) longer.push(...list);
      }
    }
    for (const [key, list] of byPrefix) {
      const stems = [...new Set(list.map((entry) => entry.stem))];
      this.buckets[key] = {
        stems,
        stemOf: list.map((entry) => stems.indexOf(entry.stem)),
        cues: list.map((entry) => entry.cue),
      };
      if (stems.length > this.opened.length) this.opened = new Uint8Array(stems.length);
    }
  }

  /** Every cue match that starts at a word of `text`, in text order. */
  matchAll(text: string): CueMatch<T>[] {
    const out: CueMatch<T>[] = [];
    const lower = text.toLowerCase();
    let previousIsWord = false;
    for (let at = 0; at < lower.length; at++) {
      const code = lower.charCodeAt(at);
      const isWord = isWordChar(code);
      if (isWord && !previousIsWord && this.opens[code] === 1) {
        const bucket = this.buckets[prefixKey(lower, at)];
        if (bucket !== undefined) this.matchBucket(bucket, text, lower, at, out);
      }
      previousIsWord = isWord;
    }
    return out;
  }

  /** The cues of the bucket whose stem opens the word at `at`, each tried as a sticky pattern there. */
  private matchBucket(
    bucket: Bucket<T>,
    text: string,
    lower: string,
    at: number,
    out: CueMatch<T>[],
  ): void {
    const { stems, stemOf, cues } = bucket;
    const opened = this.opened;
    for (let s = 0; s < stems.length; s++) opened[s] = opensAt(stems[s], lower, at) ? 1 : 0;
    // A cue with two stems under one key may match twice here: callers keep codes in sets.
    for (let k = 0; k < cues.length; k++) {
      if (opened[stemOf[k]] === 0) continue;
      const pattern = cues[k].pattern;
      pattern.lastIndex = at;
      const match = pattern.exec(text);
      if (match !== null) out.push({ value: cues[k].value, start: at, end: at + match[0].length });
    }
  }
}

/**
 * Whether `stem` opens the word at `at` of the lowercased text: a stem of digits (`0`) opens any
 * word its key found; the key has matched the first character of any other.
 */
function opensAt(stem: string, lower: string, at: number): boolean {
  if (stem === '0') return true;
  if (at + stem.length > lower.length) return false;
  for (let i = 1; i < stem.length; i++)
    if (lower.charCodeAt(at + i) !== stem.charCodeAt(i)) return false;
  return true;
}

/** The first one or two characters of a stem as a number (digits share one key). */
function prefixKey(text: string, at: number): number {
  const a = text.charCodeAt(at);
  if (a >= 0x30 && a <= 0x39) return 0;
  const b = at + 1 < text.length ? text.charCodeAt(at + 1) : 0;
  return a * 256 + (isWordChar(b) && !(b >= 0x30 && b <= 0x39) ? b : 0);
}

function isWordChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x5f;
}

/**
 * The lowercase stems a match of `source` can open with, or null when it can open with any
 * word. A stem of digits is `0`; a stem of one letter stands for its two-letter key's words.
 */
export function firstStems(source: string): string[] | null {
  return stemsAt(source, 0);
}

function stemsAt(source: string, at: number): string[] | null {
  let i = at;
  // Zero-width openers: \b and look-arounds.
  for (;;) {
    if (source.startsWith('\\b', i)) i += 2;
    else if (/^\(\?<?[=!]/.test(source.slice(i, i + 4))) i = scanGroup(source, i, i).end + 1;
    else break;
  }
  if (i >= source.length) return null;
  if (source.startsWith('(?:', i)) {
    const { end, branches } = scanGroup(source, i, i + 3);
    const quantifier = source[end + 1];
    const optional = quantifier === '?' || quantifier === '*';
    const after = end + 1 + (optional || quantifier === '+' ? 1 : 0);
    const stems: string[] = [];
    for (const branch of branches) {
      const inner =
        branch === '' ? stemsAt(source, after) : stemsAt(branch + source.slice(after), 0);
      if (inner === null) return null;
      stems.push(...inner);
    }
    if (optional) {
      const rest = stemsAt(source, after);
      if (rest === null) return null;
      stems.push(...rest);
    }
    return stems;
  }
  if (source.startsWith('\\d', i)) return ['0'];
  let stem = '';
  while (i < source.length && /[A-Za-z0-9]/.test(source[i])) {
    // A letter made optional (`colou?r`) ends the stem before it.
    if ('?*'.includes(source[i + 1] ?? '')) break;
    stem += source[i].toLowerCase();
    i++;
  }
  if (stem === '') return null;
  return [/^[0-9]/.test(stem) ? '0' : stem];
}

/**
 * The group opened at `open`: the index of its closing `)` and its top-level `|` branches, the
 * first read from `bodyFrom` (past `(?:`). Escapes and character classes are skipped.
 */
function scanGroup(
  source: string,
  open: number,
  bodyFrom: number,
): { end: number; branches: string[] } {
  const branches: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = bodyFrom;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) {
      branches.push(source.slice(from, i));
      return { end: i, branches };
    } else if (c === '|' && depth === 1) {
      branches.push(source.slice(from, i));
      from = i + 1;
    }
  }
  throw new Error(`unbalanced group in reason cue: /${source}/`);
}
