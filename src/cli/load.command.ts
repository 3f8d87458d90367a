import { SingleBar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import {
  DEFAULT_BATCH_SIZE,
  DEFAULT_WRITERS,
  LOAD_TRANSACTION_TIMEOUT_MS,
  loadLetters,
  LoadAbortedError,
  type LoadProgress,
  type LoadSummary,
} from '../ingest/load-letters';
import { loadConfig } from '../config';
import { connectDatabase } from './connect';
import type { Neo4jGateway } from '../graph/neo4j-gateway';
import { printable } from './printable';

interface LoadCommandOptions {
  json?: boolean;
  dryRun?: boolean;
  batchSize: string;
  writers: string;
}

/**
 * `imr-graph load PATH...`: a progress bar on a terminal, a plain line per thousand letters
 * otherwise, a summary at the end (`--json`: one JSON object). Exit 1 when any letter failed.
 * Logs carry counts and file names only, never letter text.
 */
export function registerLoadCommand(program: Command): void {
  program
    .command('load')
    .description('parse letters (files or folders, .pdf and .txt) and load them into Neo4j')
    .argument('<paths...>', 'files or folders (searched recursively)')
    .option('--json', 'print the summary as one JSON object')
    .option('--dry-run', 'parse and map to graph rows without writing')
    .option('--batch-size <n>', 'letters per transaction', String(DEFAULT_BATCH_SIZE))
    .option(
      '--writers <n>',
      'batches written at once (more use more Neo4j cores; see the loader docs)',
      String(DEFAULT_WRITERS),
    )
    .action(async (paths: string[], options: LoadCommandOptions) => {
      const config = loadConfig();
      const log = (line: string) => process.stderr.write(line + '\n');
      const gateway: Neo4jGateway | null = options.dryRun
        ? null
        : await connectDatabase(config, { migrate: true, log });
      const progress = progressReporter(log);
      let summary: LoadSummary;
      try {
        summary = await loadLetters(paths, gateway, {
          dryRun: options.dryRun,
          batchSize: Number(options.batchSize),
          writers: Number(options.writers),
          transactionTimeoutMs: Math.max(config.queryTimeoutMs, LOAD_TRANSACTION_TIMEOUT_MS),
          onProgress: progress.update,
        });
      } catch (error) {
        progress.stop();
        if (error instanceof LoadAbortedError) {
          log(`imr-graph load: ${printable(error.message)}; rerun the same command to finish`);
          printSummary(error.summary, options.json);
          process.exitCode = 1;
          return;
        }
        throw error;
      } finally {
        await gateway?.close();
      }
      progress.stop();
      printSummary(summary, options.json);
      if (summary.failed > 0) process.exitCode = 1;
    });
}

function printSummary(summary: LoadSummary, json?: boolean): void {
  if (json) {
    process.stdout.write(JSON.stringify(summary) + '\n');
    return;
  }
  const rate = summary.seconds > 0 ? Math.round(summary.files / summary.seconds) : summary.files;
  process.stdout.write(
    `${summary.files} files in ${summary.seconds}s (${rate}/s): ${summary.loaded} loaded, ` +
      `${summary.replaced} replaced, ${summary.unchanged} unchanged, ${summary.failed} failed\n`,
  );
  for (const failure of summary.failures.slice(0, 50)) {
    process.stdout.write(`  ${failure.code} ${printable(failure.message)}\n`);
  }
  if (summary.failures.length > 50)
    process.stdout.write(`  ... and ${summary.failures.length - 50} more\n`);
}

function progressReporter(log: (line: string) => void) {
  if (process.stderr.isTTY) {
    const bar = new SingleBar(
      {
        format: 'loading {value} letters | {rate} letters/s | {failed} failed',
        stream: process.stderr,
      },
      Presets.shades_classic,
    );
    const started = performance.now();
    bar.start(0, 0, { rate: 0, failed: 0 });
    return {
      update: (p: LoadProgress) =>
        bar.update(p.files, {
          rate: Math.round(p.files / ((performance.now() - started) / 1000)),
          failed: p.failed,
        }),
      stop: () => bar.stop(),
    };
  }
  let next = 1000;
  return {
    update: (p: LoadProgress) => {
      while (p.files >= next) {
        log(`loaded ${p.written} of ${p.files} letters read, ${p.failed} failed`);
        next += 1000;
      }
    },
    stop: () => undefined,
  };
}
