import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadLetters } from '../../src/ingest/load-letters';
import { generateCorpus } from '../../tools/synthetic/generate-corpus';
import { SYNTHETIC_CASE_PREFIX } from '../../tools/synthetic/generate-letter';
import { loadConfig } from '../../src/config';
import { connectDatabase } from '../../src/cli/connect';
import { defineQuery, type Row } from '../../src/graph/named-query';
import { deleteCases } from '../../src/ingest/ingest.service';
import { LETTERS_DIR } from '../helpers/corpus';

const query = (name: string, cypher: string) =>
  defineQuery<Record<string, unknown>, Row>(name, cypher, (row) => row);

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

/**
 * Loads published letters (by default all the project ships in data/letters: the DWC's PDFs
 * and the seed texts) into the test Neo4j; `remove` takes out only the cases this call added, so letters
 * another test file left in place stay.
 */
export async function loadPublishedLetters(
  paths: readonly string[] = [LETTERS_DIR],
): Promise<LoadedLetters> {
  const gateway = await connectDatabase(
    { ...loadConfig(), queryTimeoutMs: 300_000 },
    { migrate: true },
  );
  const published = async () =>
    new Set(
      (
        await gateway.read(
          query(
            'test.publishedCases',
            'MATCH (c:Case) WHERE NOT c.caseNumber STARTS WITH $prefix RETURN c.caseNumber AS key',
          ),
          { prefix: SYNTHETIC_CASE_PREFIX },
        )
      ).map((row) => row.key as string),
    );
  let caseNumbers: string[] = [];
  const remove = async () => {
    try {
      await deleteCases(gateway, caseNumbers);
    } finally {
      await gateway.close();
    }
  };
  try {
    const before = await published();
    const summary = await loadLetters(paths, gateway);
    if (summary.failed > 0) throw new Error(`${summary.failed} published letters did not load`);
    caseNumbers = [...(await published())].filter((key) => !before.has(key));
  } catch (error) {
    await remove();
    throw error;
  }
  return { caseNumbers, remove };
}
