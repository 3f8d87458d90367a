/**
 * `npm run bench`: every bench in one command, then bench/RESULTS.md.
 *
 *   npm run build && npm run bench              full: 100k letters, scale 10k/100k/1M (1M only
 *                                               when its load fits --max-load-minutes)
 *   npm run bench -- --quick                    short: 10k letters, 3 s load tests
 *   npm run bench -- --quick --data DIR         reuse a database loaded by an earlier run
 *
 * Parse (parse.bench), load (the loader's load.bench, in its own process), queries and the
 * scale curve (queries.bench), one expensive request against the others (stall.bench), the
 * memory soak (soak.bench; --soak-seconds, default 180), then the timings the unit tests no
 * longer take (refusal.bench).
 * A bench that fails is reported as failed; the others still run.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { benchPackageRoot, parseBenchArgs, type BenchArgs } from './bench-args';
import { machineInfo } from './machine';
import { runParseBench } from './parse.bench';
import { runQueriesBench } from './queries.bench';
import { runSoakBench } from './soak.bench';
import { runRefusalBench } from './refusal.bench';
import { renderResults, type LoadBenchOutcome, type RunSummary } from './results-md';
import { runStallBench } from './stall.bench';

const OUTPUT_LINES_KEPT = 40;

export async function runAll(argv: readonly string[]): Promise<RunSummary> {
  const args = parseBenchArgs(argv);
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const machine = machineInfo();
  const log = (line: string) => console.log(line);
  log(
    `bench${args.quick ? ' --quick' : ''}: ${machine.cpus} CPUs, ${machine.ramGiB} GiB, Node ${machine.node}`,
  );

  log('\n== parse ==');
  const parse = await runParseBench(args, log).catch((error: unknown) => failed('parse', error));
  log('\n== load ==');
  const load = await runLoadBench(args);
  log('\n== queries and scale ==');
  const queries = await runQueriesBench(args, { scale: args.scale, log }).catch((error: unknown) =>
    failed('queries', error),
  );
  log('\n== one expensive request against the others ==');
  const stall = await runStallBench(args, log).catch((error: unknown) => failed('stall', error));

  log('\n== memory soak ==');
  const soak = await runSoakBench(args, log).catch((error: unknown) => failed('soak', error));

  log('\n== canonicalising and refusing bad files ==');
  const refusal = await runRefusalBench(log).catch((error: unknown) => failed('refusal', error));

  const summary: RunSummary = {
    command: `npm run bench${argv.length ? ' -- ' + argv.join(' ') : ''}`,
    startedAt,
    seconds: (performance.now() - started) / 1000,
    machine,
    parse,
    load,
    queries,
    stall,
    soak,
    refusal,
  };
  const file = resultsFile(args);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, await formatMarkdown(renderResults(summary), file));
  log(`\nwrote ${file} (${(summary.seconds / 60).toFixed(1)} min)`);
  return summary;
}

/** bench/RESULTS.md for the default output folder; beside the JSON for any other. */
export function resultsFile(args: Pick<BenchArgs, 'out'>): string {
  const root = benchPackageRoot();
  const defaultOut = path.join(root, 'bench', 'out');
  return path.resolve(args.out) === defaultOut
    ? path.join(root, 'bench', 'RESULTS.md')
    : path.join(args.out, 'RESULTS.md');
}

/** Formatted with the project's prettier settings, so `npm run check` passes on the result. */
async function formatMarkdown(markdown: string, file: string): Promise<string> {
  try {
    // A dev dependency: without it (a production install) the file is written as rendered.
    const prettier = await import('prettier');
    const options = (await prettier.resolveConfig(file)) ?? {};
    return await prettier.format(markdown, { ...options, parser: 'markdown' });
  } catch {
    return markdown;
  }
}

function failed(name: string, error: unknown): { error: string } {
  console.error(`${name} bench failed:`, error);
  return { error: error instanceof Error ? error.message : String(error) };
}

/** The loader's bench, run as its own process with --quick passed on; its output is kept. */
function runLoadBench(args: BenchArgs): Promise<LoadBenchOutcome> {
  const script = path.join(__dirname, 'load.bench.js');
  const flags = args.quick ? ['--quick'] : [];
  const command = `node ${path.relative(benchPackageRoot(), script)} ${flags.join(' ')}`.trim();
  const empty = { command, exitCode: null, seconds: 0, output: '', json: null };
  if (!existsSync(script)) {
    const skipped = `skipped: ${path.relative(benchPackageRoot(), script)} is not built (bench/load.bench.ts missing?)`;
    console.log(skipped);
    return Promise.resolve({ ...empty, skipped });
  }
  const jsonFile = path.join(benchPackageRoot(), 'bench', 'out', 'load.json');
  const started = performance.now();
  const startedMs = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...flags], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk: Buffer) => {
      process.stdout.write(chunk);
      output += chunk.toString();
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('close', (exitCode) => {
      let json: unknown = null;
      try {
        if (statSync(jsonFile).mtimeMs >= startedMs)
          json = JSON.parse(readFileSync(jsonFile, 'utf8'));
      } catch {
        // No JSON from the load bench: its output is all there is.
      }
      resolve({
        command,
        exitCode,
        seconds: (performance.now() - started) / 1000,
        output: output.trimEnd().split('\n').slice(-OUTPUT_LINES_KEPT).join('\n'),
        json,
      });
    });
  });
}

if (require.main === module) {
  runAll(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
