import type { Command } from 'commander';
import { isFailure, parseLetterFile } from '../../loaders';

/**
 * `imr-graph parse FILE...`: one NDJSON line per file in input order; bad files get an error
 * object on their line and the command exits 1 after the others are parsed.
 */
export function registerParseCommand(program: Command): void {
  program
    .command('parse')
    .description('parse letters (PDF or text) and print one JSON determination per file')
    .argument('<files...>', 'letter files, .pdf or .txt')
    .option('--pretty', 'indented JSON for humans instead of NDJSON')
    .action(async (files: string[], options: { pretty?: boolean }) => {
      let failed = 0;
      for (const file of files) {
        const result = await parseLetterFile(file);
        if (isFailure(result)) failed++;
        process.stdout.write(JSON.stringify(result, null, options.pretty ? 2 : undefined) + '\n');
      }
      if (failed > 0) process.exitCode = 1;
    });
}
