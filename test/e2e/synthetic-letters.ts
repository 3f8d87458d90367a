import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadLetters } from '../../loaders/load/load-letters';
import { generateCorpus } from '../../loaders/synthetic/generate-corpus';
import { SYNTHETIC_CASE_PREFIX } from '../../loaders/synthetic/generate-letter';
import { loadConfig } from '../../src/config';
import { connectDatabase } from '../../src/db/connect';
import { deleteCases } from '../../src/ingest/ingest.service';

/** Synthetic letters a test file loaded, and how to take them out again. */
export interface LoadedLetters {
  caseNumbers: string[];
  remove(): Promise<void>;
}

/**
 * Writes `count` synthetic letters (SYN-0000001 … for the seed) to a temporary folder and loads
 * them into the test Neo4j. The load gets its own connection with a long transaction timeout:
 * a batch of letters on a busy 2-core machine outlasts the API's per-query one.
 */
export async function loadSyntheticLetters(count: number, seed = 1): Promise<LoadedLetters> {
  const dir = mkdtempSync(join(tmpdir(), 'imr-graph-letters-'));
  const gateway = await connectDatabase(
    { ...loadConfig(), queryTimeoutMs: 300_000 },
    { migrate: true },
  );
  const caseNumbers = Array.from(
    { length: count },
    (_, i) => `${SYNTHETIC_CASE_PREFIX}${String(i + 1).padStart(7, '0')}`,
  );
  const remove = async () => {
    try {
      await deleteCases(gateway, caseNumbers);
    } finally {
      await gateway.close();
      rmSync(dir, { recursive: true, force: true });
    }
  };
  try {
    await generateCorpus({ count, seed, outDir: dir });
    const summary = await loadLetters([dir], gateway);
    const [failure] = summary.failures;
    if (failure) {
      throw new Error(
        `${summary.failed} synthetic letters did not load, first ${failure.file}: ` +
          `${failure.code} ${failure.message}`,
      );
    }
  } catch (error) {
    await remove();
    throw error;
  }
  return { caseNumbers, remove };
}
