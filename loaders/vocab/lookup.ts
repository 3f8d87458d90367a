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
  private readonly keys: string[] = [];

  constructor(entries: readonly VocabEntry[]) {
    for (const entry of entries) {
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
    if (key === '') return null;
    const exact = this.byKey.get(key);
    if (exact !== undefined) return exact;
    if (key.length < 6) return null;
    for (const candidate of this.keys) {
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
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
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
  return edits + (a.length - i) + (b.length - j) <= 1;
}
