import type { Command } from 'commander';
import { isFailure, parseLetterFile, parseLetterFileWithText } from '../../loaders';
import { LetterPool, type ParseResult } from '../ingest/letter-pool';

/**
 * `imr-graph parse FILE...`: one NDJSON line per file in input order; bad files get an error
 * object on their line and the command exits 1 after the others are parsed. Many files are
 * parsed on the letter pool (one worker per core); one file is parsed here, which is faster
 * than starting a worker for it.
 */
export function registerParseCommand(program: Command): void {
  program
    .command('parse')
    .description('parse letters (PDF or text) and print one JSON determination per file')
    .argument('<files...>', 'letter files, .pdf or .txt')
    .option('--pretty', 'indented JSON for humans instead of NDJSON')
    .option(
      '--with-text',
      'add `text`: the cleaned letter text that citation and request spans count in (letters are read one by one)',
    )
    .action(async (files: string[], options: { pretty?: boolean; withText?: boolean }) => {
      let failed = 0;
      const results = options.withText ? parseWithText(files) : parseInOrder(files);
      for await (const result of results) {
        if (isFailure(result)) failed++;
        process.stdout.write(JSON.stringify(result, null, options.pretty ? 2 : undefined) + '\n');
      }
      if (failed > 0) process.exitCode = 1;
    });
}

/** `--with-text` is for looking at a few letters: they are parsed here, one after another. */
async function* parseWithText(files: readonly string[]): AsyncGenerator<ParseResult> {
  for (const file of files) yield await parseLetterFileWithText(file);
}

async function* parseInOrder(files: readonly string[]): AsyncGenerator<ParseResult> {
  if (files.length === 1) {
    yield await parseLetterFile(files[0]);
    return;
  }
  const pool = new LetterPool();
  try {
    for await (const { result } of pool.parseAll(files)) yield result;
  } finally {
    await pool.close();
  }
}
