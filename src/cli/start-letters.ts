import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { collectLetterFiles } from '../../loaders/read/collect-files';
import { SYNTHETIC_CASE_PREFIX } from '../../loaders';
import { LOAD_TRANSACTION_TIMEOUT_MS, loadLetters, type LoadSummary } from '../ingest/load-letters';
import { recordLoad } from '../api/http/metrics';
import { printable } from './printable';
import { folderOf, generateCorpus } from '../../tools/synthetic/generate-corpus';
import type { Neo4jGateway } from '../graph/neo4j-gateway';
import { countCases } from './start.queries';

/** The synthetic demo corpus `npm start` adds to an empty database (deterministic). */
export const DEMO = { dir: join('.data', 'demo-letters'), count: 3000, seed: 1 };
/** Small batches for the published letters, so that their progress shows. */
const PUBLISHED_BATCH = 25;
const SYNTHETIC_BATCH = 500;

export type Log = (line: string) => void;

/** What an empty database was given; null when it held cases already. */
export interface StartLetters {
  published: LoadSummary;
  synthetic: LoadSummary | null;
}

/**
 * An empty database gets the published letters (`lettersDir`: data/letters, or IMR_CORPUS_DIR)
 * first, then the synthetic demo corpus unless `demo` is off. Each phase says how far it got.
 */
export async function loadLettersIfEmpty(
  gateway: Neo4jGateway,
  { lettersDir, demo, log }: { lettersDir: string; demo: boolean; log: Log },
): Promise<StartLetters | null> {
  const [cases] = await gateway.read(countCases, {});
  if (cases > 0) {
    log(`the database holds ${cases} cases: nothing to load`);
    return null;
  }
  if (!existsSync(lettersDir)) {
    throw new Error(
      `the database is empty and there are no letters at ${lettersDir}: run npm start in the ` +
        'project folder (its letters are in data/letters) or set IMR_CORPUS_DIR to a folder of letters',
    );
  }
  log(
    `the database is empty: loading the published letters of ${lettersDir}` +
      (demo ? `, then ${DEMO.count} synthetic ones` : ''),
  );
  const published = await loadPhase('published letters', lettersDir, PUBLISHED_BATCH, gateway, log);
  let synthetic: LoadSummary | null = null;
  if (demo) {
    await ensureDemoCorpus(log);
    synthetic = await loadPhase('synthetic letters', DEMO.dir, SYNTHETIC_BATCH, gateway, log);
  }
  log(
    `loaded ${published.loaded} published letters` +
      (synthetic ? ` and ${synthetic.loaded} synthetic ones` : ''),
  );
  return { published, synthetic };
}

/** One folder loaded with a line per batch written: `published letters: 50/138 (3 s)`. */
async function loadPhase(
  name: string,
  dir: string,
  batchSize: number,
  gateway: Neo4jGateway,
  log: Log,
): Promise<LoadSummary> {
  const total = await countLetters(dir);
  log(`${name}: loading ${total} from ${dir} ...`);
  // Batches already written stay; a later start would see cases and load nothing, so say how
  // to finish by hand.
  const interrupted = () => {
    log(`\ninterrupted: finish the load with  npx imr-graph load ${dir}`);
    process.exit(130);
  };
  process.once('SIGINT', interrupted);
  const began = Date.now();
  const summary = await loadLetters([dir], gateway, {
    batchSize,
    transactionTimeoutMs: LOAD_TRANSACTION_TIMEOUT_MS,
    onProgress: (p) =>
      log(
        `${name}: ${p.written + p.failed}/${total} (${Math.round((Date.now() - began) / 1000)} s)`,
      ),
  }).finally(() => process.removeListener('SIGINT', interrupted));
  recordLoad(summary);
  log(describeLoad(name, summary));
  return summary;
}

/** How many letters the folder holds, for the progress lines; a path it cannot read is not
 * counted here and is reported by the load itself, which goes on with the rest. */
async function countLetters(dir: string): Promise<number> {
  let count = 0;
  for await (const file of collectLetterFiles([dir], () => undefined)) if (file) count++;
  return count;
}

async function ensureDemoCorpus(log: Log): Promise<void> {
  const last = `${SYNTHETIC_CASE_PREFIX}${String(DEMO.count).padStart(7, '0')}.txt`;
  if (existsSync(join(DEMO.dir, folderOf(DEMO.count - 1), last))) return;
  log(`synthetic letters: writing ${DEMO.count} (seed ${DEMO.seed}) to ${DEMO.dir} ...`);
  const began = Date.now();
  await generateCorpus({ count: DEMO.count, seed: DEMO.seed, outDir: DEMO.dir });
  log(`synthetic letters: written in ${Math.round((Date.now() - began) / 1000)} s`);
}

function describeLoad(name: string, summary: LoadSummary): string {
  const failures = summary.failures.slice(0, 5).map((f) => `\n  ${f.code} ${printable(f.file)}`);
  return (
    `${name}: ${summary.loaded} loaded in ${summary.seconds} s` +
    (summary.failed > 0 ? `, ${summary.failed} could not be read:${failures.join('')}` : '')
  );
}
