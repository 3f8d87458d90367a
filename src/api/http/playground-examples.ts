import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse } from 'graphql';
import { packageRoot } from '../../package-root';

/** One GraphiQL tab: an example operation with the comment lines written above it. */
export interface ExampleTab {
  name: string;
  query: string;
}

export const EXAMPLES_FILE = join('schema', 'examples.graphql');

/**
 * Splits schema/examples.graphql into one tab per operation. The comment lines directly above
 * an operation travel with it (they say what it answers); the file's opening comment, set off
 * by a blank line, does not. The whole file is parsed first, so a syntax error names its line.
 */
export function splitExamples(source: string): ExampleTab[] {
  const document = parse(source, { noLocation: false });
  const lines = source.split('\n');
  const lineStarts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    lineStarts.push(offset);
    offset += line.length + 1;
  }
  const tabs: ExampleTab[] = [];
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION || !definition.loc) continue;
    const { start, end } = definition.loc;
    let firstLine = lineOf(lineStarts, start);
    while (firstLine > 0 && lines[firstLine - 1].trimStart().startsWith('#')) firstLine--;
    const text = source.slice(lineStarts[firstLine], end).trimEnd();
    tabs.push({ name: definition.name?.value ?? `Example ${tabs.length + 1}`, query: text + '\n' });
  }
  return tabs;
}

function lineOf(lineStarts: number[], position: number): number {
  let line = 0;
  while (line + 1 < lineStarts.length && lineStarts[line + 1] <= position) line++;
  return line;
}

export function readExampleTabs(file: string = join(packageRoot(), EXAMPLES_FILE)): ExampleTab[] {
  return splitExamples(readFileSync(file, 'utf8'));
}
