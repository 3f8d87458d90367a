#!/usr/bin/env node
import 'reflect-metadata';
import { Command } from 'commander';
import { registerDbCommand } from './db.command';
import { registerGenerateCommand } from './generate.command';
import { registerLoadCommand } from './load.command';
import { registerParseCommand } from './parse.command';
import { registerServeCommand } from './serve.command';
import { registerStartCommand } from './start.command';

/** The `imr-graph` command line: one sub-command per job, each in its own module. */
export function buildProgram(): Command {
  const program = new Command('imr-graph')
    .description('IMR determination letters as a Neo4j knowledge graph, served through GraphQL')
    .showHelpAfterError();
  registerParseCommand(program);
  registerLoadCommand(program);
  registerDbCommand(program);
  registerGenerateCommand(program);
  registerServeCommand(program);
  registerStartCommand(program);
  return program;
}

if (require.main === module) {
  buildProgram()
    .parseAsync(process.argv)
    .catch((error: unknown) => {
      process.stderr.write(
        `imr-graph: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exit(2);
    });
}
