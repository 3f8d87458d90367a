/**
 * Bounded memos for the parser's pure functions of one string. Letters repeat themselves
 * across cases: the same guideline paragraph (`Decision based on MTUS Chronic Pain Medical
 * Treatment 2016, Section(s): Opioids, criteria for use.`), the same no-evidence statement, the
 * same section names. Among the 133 corpus letters, read in order, 48% of guideline paragraphs
 * had already been seen in an earlier letter; over a year's 140,000 letters far more have.
 *
 * Each memo keeps at most `capacity` entries (those not used lately go first) and skips keys
 * longer than `maxKeyLength`, so a worker's memory stays bounded whatever it reads. A memoised
 * function must be pure; callers get their own copy of a cached object, so no letter's
 * Determination shares mutable state with another's.
 *
 * Module state in the pure core, on purpose: a memo only changes how fast an answer comes, never
 * the answer (a unit test and a byte-for-byte comparison over 4,690 letters check that), and one
 * memo per module is one per parse worker thread. Threading a memo through every call instead
 * would touch every extractor's signature for no change in behaviour.
 */
const memos: StringMemo<unknown>[] = [];

export class StringMemo<T> {
  /** Entries used since the last turnover, and those of the generation before. */
  private young = new Map<string, T>();
  private old = new Map<string, T>();

  /**
   * At most `capacity` entries are kept: two generations of half that. A lookup promotes an
   * old entry; when the young generation is full the old one is dropped (the entries not used
   * for a whole generation), so there is no bookkeeping on a hit.
   */
  constructor(
    private readonly capacity: number,
    private readonly maxKeyLength: number,
  ) {
    memos.push(this);
  }

  /** `compute(key)`, from the memo when `key` was seen before. */
  get(key: string, compute: (key: string) => T): T {
    if (key.length > this.maxKeyLength) return compute(key);
    const young = this.young.get(key);
    if (young !== undefined) return young;
    const value = this.old.get(key) ?? compute(key);
    if (this.young.size >= this.capacity / 2) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
    return value;
  }

  /** Map slots in use, at most the capacity (an entry promoted from the old generation counts twice until it turns over). */
  get size(): number {
    return this.young.size + this.old.size;
  }

  clear(): void {
    this.young.clear();
    this.old.clear();
  }
}

/**
 * Empties every memo: for benchmarks that read the same letters again and must not time
 * answers remembered from the previous pass, and for tests.
 */
export function clearParseMemos(): void {
  for (const memo of memos) memo.clear();
}
