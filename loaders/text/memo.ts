/**
 * Bounded memos for the parser's pure functions of one string. Letters repeat themselves
 * across cases: the same guideline paragraph (`Decision based on MTUS Chronic Pain Medical
 * Treatment 2016, Section(s): Opioids, criteria for use.`), the same no-evidence statement, the
 * same section names. Among the 133 corpus letters, read in order, 48% of guideline paragraphs
 * had already been seen in an earlier letter; over a year's 140,000 letters far more have.
 *
 * Each memo keeps at most `capacity` entries (least recently used goes first) and skips keys
 * longer than `maxKeyLength`, so a worker's memory stays bounded whatever it reads. A memoised
 * function must be pure; callers get their own copy of a cached object (see `copy`), so no
 * letter's Determination shares mutable state with another's.
 */
const memos: StringMemo<unknown>[] = [];

export class StringMemo<T> {
  private readonly entries = new Map<string, T>();

  constructor(
    private readonly capacity: number,
    private readonly maxKeyLength: number,
  ) {
    memos.push(this);
  }

  /** `compute(key)`, from the memo when `key` was seen before. */
  get(key: string, compute: (key: string) => T): T {
    if (key.length > this.maxKeyLength) return compute(key);
    const cached = this.entries.get(key);
    if (cached !== undefined) {
      // Map keeps insertion order: re-inserting marks the entry as the most recently used.
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached;
    }
    const value = compute(key);
    if (this.entries.size >= this.capacity) {
      const oldest = this.entries.keys().next();
      if (oldest.done !== true) this.entries.delete(oldest.value);
    }
    this.entries.set(key, value);
    return value;
  }

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
  }
}

/**
 * Empties every memo: for benchmarks that read the same letters again and must not time
 * answers remembered from the previous pass, and for tests.
 */
export function clearParseMemos(): void {
  for (const memo of memos) memo.clear();
}
