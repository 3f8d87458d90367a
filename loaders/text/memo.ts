/**
 * Bounded memos for the parser's pure functions of one string. Letters repeat themselves
 * across cases: the same guideline paragraph (`Decision based on MTUS Chronic Pain Medical
 * Treatment 2016, Section(s): Opioids, criteria for use.`), the same no-evidence statement, the
 * same section names. Among the 133 corpus letters, read in order, 48% of guideline paragraphs
 * had already been seen in an earlier letter; over a year's 140,000 letters far more have.
 *
 * Each memo keeps at most `capacity` entries (lru-cache drops the least recently used first)
 * and skips keys longer than `maxKeyLength`, so a worker's memory stays bounded whatever it
 * reads. A memoised function must be pure; a caller whose values are mutable objects copies
 * what it gets (guideline-citations.ts does), so no letter's Determination shares mutable
 * state with another's.
 *
 * Module state in the pure core, on purpose: a memo only changes how fast an answer comes, never
 * the answer (a unit test and a byte-for-byte comparison over 4,690 letters check that), and one
 * memo per module is one per parse worker thread. Threading a memo through every call instead
 * would touch every extractor's signature for no change in behaviour.
 */
import { LRUCache } from 'lru-cache';

/** How to empty each memo made, for clearParseMemos. */
const clearers: (() => void)[] = [];

export class StringMemo<T extends NonNullable<unknown>> {
  private readonly cache: LRUCache<string, T>;

  constructor(
    capacity: number,
    private readonly maxKeyLength: number,
  ) {
    this.cache = new LRUCache<string, T>({ max: capacity });
    clearers.push(() => this.clear());
  }

  /** `compute(key)`, from the memo when `key` was seen before. */
  get(key: string, compute: (key: string) => T): T {
    if (key.length > this.maxKeyLength) return compute(key);
    const known = this.cache.get(key);
    if (known !== undefined) return known;
    const value = compute(key);
    this.cache.set(key, value);
    return value;
  }

  /** Entries held, at most the capacity. */
  get size(): number {
    return this.cache.size;
  }

  clear(): void {
    this.cache.clear();
  }
}

/**
 * Empties every memo: for benchmarks that read the same letters again and must not time
 * answers remembered from the previous pass, and for tests.
 */
export function clearParseMemos(): void {
  for (const clear of clearers) clear();
}
