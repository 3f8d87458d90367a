/**
 * `npm run identity -- --compare DIR_A DIR_B`: what differs between two runs of
 * bench/identity.ts, and the summary each run writes. Files and node modules only.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { byCodeUnits, diffCounts, diffLines, excerpt, firstDifference } from './identity-dump';

export interface Summary {
  synthetic: { count: number; seed: number };
  parseExitCodes: Record<string, number>;
  load: { files: number; loaded: number; failed: number };
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  excludedProperties: readonly string[];
  parts: Record<string, { lines: number; sha256: string }>;
}

/**
 * Prints what differs between two runs, part by part (the first `limit` lines only in one of
 * them, cut around where each first differs from its counterpart); true when nothing does.
 */
export function compareRuns(a: string, b: string, limit: number): boolean {
  const [summaryA, summaryB] = [readSummary(a), readSummary(b)];
  let same = true;
  for (const kind of ['nodes', 'relationships'] as const) {
    for (const [name, [x, y]] of Object.entries(diffCounts(summaryA[kind], summaryB[kind]))) {
      process.stdout.write(`${kind} ${name}: ${x} in A, ${y} in B\n`);
      same = false;
    }
  }
  // Hashed again rather than taken from summary.json: a part edited since is seen.
  const [partsA, partsB] = [describeParts(a), describeParts(b)];
  const parts = [...new Set([...Object.keys(partsA), ...Object.keys(partsB)])];
  for (const part of parts.sort(byCodeUnits)) {
    if (partsA[part]?.sha256 === partsB[part]?.sha256) {
      process.stdout.write(`same    ${part}\n`);
      continue;
    }
    same = false;
    const { onlyInA, onlyInB } = diffLines(readLines(a, part), readLines(b, part));
    process.stdout.write(
      `DIFFERS ${part}: ${onlyInA.length} lines only in A, ${onlyInB.length} only in B\n`,
    );
    for (let i = 0; i < Math.min(limit, Math.max(onlyInA.length, onlyInB.length)); i++) {
      const [x, y] = [onlyInA[i], onlyInB[i]];
      const column = x !== undefined && y !== undefined ? firstDifference(x, y) : 0;
      if (x !== undefined) process.stdout.write(`  A ${excerpt(x, column)}\n`);
      if (y !== undefined) process.stdout.write(`  B ${excerpt(y, column)}\n`);
    }
  }
  for (const key of ['synthetic', 'parseExitCodes', 'load', 'excludedProperties'] as const) {
    if (JSON.stringify(summaryA[key]) !== JSON.stringify(summaryB[key])) {
      process.stdout.write(
        `${key}: ${JSON.stringify(summaryA[key])} in A, ${JSON.stringify(summaryB[key])} in B\n`,
      );
      same = false;
    }
  }
  process.stdout.write(same ? 'identical\n' : 'the runs differ\n');
  return same;
}

function readSummary(dir: string): Summary {
  return JSON.parse(fs.readFileSync(path.join(dir, 'summary.json'), 'utf8')) as Summary;
}

function readLines(dir: string, part: string): string[] {
  const file = path.join(dir, part);
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line !== '');
}

/** Lines and sha256 of every file of a run's parse/ and graph/. */
export function describeParts(out: string): Summary['parts'] {
  const parts: Summary['parts'] = {};
  for (const dir of ['parse', 'graph']) {
    for (const name of fs.readdirSync(path.join(out, dir)).sort(byCodeUnits)) {
      const data = fs.readFileSync(path.join(out, dir, name));
      const lines = data
        .toString('utf8')
        .split('\n')
        .filter((line) => line !== '').length;
      parts[`${dir}/${name}`] = { lines, sha256: sha256(data) };
    }
  }
  return parts;
}

export function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
