import type { Command } from 'commander';
import { generateCorpus } from '../../tools/synthetic/generate-corpus';

/** `imr-graph generate`: synthetic letters (case numbers SYN-…) for scale tests and demos. */
export function registerGenerateCommand(program: Command): void {
  program
    .command('generate')
    .description('write synthetic letters in the 2016-17 text layout (deterministic for a seed)')
    .requiredOption('--count <n>', 'how many letters')
    .option('--seed <s>', 'random seed', '1')
    .requiredOption('--out <dir>', 'output folder (letters go in subfolders of 1,000)')
    .option('--intended', 'also write intended.ndjson with the facts each letter states')
    .action(async (options: { count: string; seed: string; out: string; intended?: boolean }) => {
      const count = Number(options.count);
      if (!Number.isInteger(count) || count < 1)
        throw new Error(`--count must be a positive whole number, not '${options.count}'`);
      const started = performance.now();
      const result = await generateCorpus({
        count,
        seed: Number(options.seed),
        outDir: options.out,
        writeIntended: options.intended ?? false,
      });
      const seconds = (performance.now() - started) / 1000;
      process.stdout.write(
        `${result.letters} synthetic letters in ${result.folders} folders under ${options.out} (${seconds.toFixed(1)}s)\n`,
      );
    });
}
