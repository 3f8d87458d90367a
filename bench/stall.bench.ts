/**
 * One expensive request against everyone else. Against our server with the limits and
 * timeouts `imr-graph serve` has (response cache off, so every request reaches Neo4j):
 *
 * 1. what single fields cost: the mean time of each alone, relative to a case lookup (the
 *    basis of DATABASE_COST in src/api/core/complexity.ts);
 * 2. the worst single request the limits let through: candidates built to be as expensive as
 *    possible (many root fields of analytics, a deep traversal …), each run alone; the slowest
 *    one accepted is the worst;
 * 3. case lookups (one client, one after another) alone, then while the worst request runs
 *    back to back on another connection: p50, p99 and the slowest lookup.
 *
 *   npm run build && npm run bench:stall [-- --quick] [--letters N] [--data DIR] [--seconds S]
 *
 * Letters: 10,000 synthetic letters (--quick 3,000) in a fresh local Neo4j, or at least that
 * many in the database kept in --data DIR (a bigger one is used as it is). Writes
 * OUT/stall.json; `npm run bench` runs it too and puts it in bench/RESULTS.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { defineQuery } from '../src/graph/named-query';
import { parseBenchArgs, type BenchArgs } from './bench-args';
import { ensureLetters, openBenchDb } from './bench-db';
import type { Target } from './parse.bench';
import { spawnServer } from './server-process';
import { padTable } from './stats';

/** The target of issue 11: a case lookup during the worst single request. */
export const LOOKUP_P99_TARGET_MS = 1000;

export interface LatencyFigures {
  requests: number;
  p50: number;
  p99: number;
  max: number;
  failed: number;
}

export interface StallBenchResult {
  letters: number;
  fields: { field: string; meanMs: number; relative: number }[];
  candidates: { name: string; status: number; code: string | null; ms: number }[];
  worst: string;
  /** Worst requests completed during the measurement, and their status codes. */
  worstRuns: { count: number; statuses: Record<string, number> };
  alone: LatencyFigures;
  duringWorst: LatencyFigures;
}

interface Answer {
  status: number;
  code: string | null;
  ms: number;
}

async function post(url: string, query: string, variables: object = {}): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return {
    status: response.status,
    code: body.errors?.[0]?.extensions?.code ?? null,
    ms: performance.now() - started,
  };
}

const LOOKUP = `query Lookup($caseNumber: ID!) {
  case(caseNumber: $caseNumber) { caseNumber outcome decisions { id outcome service { name } } }
}`;

/** One root field each: what the cost table weighs. */
function fieldProbes(caseNumber: string): Record<string, string> {
  const filter = '{ subcategory: "Chiropractic" }';
  return {
    case: `{ case(caseNumber: "${caseNumber}") { caseNumber outcome } }`,
    cases: '{ cases(first: 20) { totalCount edges { node { caseNumber } } } }',
    decisions: `{ decisions(first: 20, filter: ${filter}) { totalCount edges { node { id } } } }`,
    services: '{ services { name } }',
    search: '{ search(text: "lumbar MRI", first: 20) { score } }',
    guidelineImpact: `{ guidelineImpact(filter: ${filter}, limit: 10) { decisions overturned } }`,
    outcomeBreakdown: '{ outcomeBreakdown(by: GUIDELINE) { key decisions } }',
    citationAgreement: '{ citationAgreement { decisions } }',
    specialtyOverturnRates: '{ specialtyOverturnRates { key decisions } }',
    outcomeTrend: '{ outcomeTrend { key decisions } }',
    similarCases: `{ similarCases(caseNumber: "${caseNumber}", limit: 10) { score } }`,
    'graph depth 1': `{ graph(id: "Case:${caseNumber}", depth: 1, limit: 200) { truncated } }`,
    'graph depth 2': `{ graph(id: "Case:${caseNumber}", depth: 2, limit: 500) { truncated } }`,
    'graph depth 3': `{ graph(id: "Case:${caseNumber}", depth: 3, limit: 500) { truncated } }`,
  };
}

const aliases = (count: number, field: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

/** Requests built to cost as much as possible; the limits refuse some of them. */
function worstCandidates(caseNumber: string): Record<string, string> {
  const breakdown = 'outcomeBreakdown(by: GUIDELINE) { key decisions overturned }';
  return {
    '3000 aliases of outcomeBreakdown (the issue)': aliases(3000, breakdown),
    '20 aliases of outcomeBreakdown': aliases(20, breakdown),
    '9 aliases of outcomeBreakdown': aliases(9, breakdown),
    '9 aliases of citationAgreement': aliases(9, 'citationAgreement { decisions }'),
    '9 aliases of specialtyOverturnRates': aliases(9, 'specialtyOverturnRates { key decisions }'),
    '20 aliases of guidelineImpact(limit: 100)': aliases(
      20,
      'guidelineImpact(limit: 100, minDecisions: 1) { decisions lift }',
    ),
    '20 aliases of citationAgreement': aliases(20, 'citationAgreement { decisions }'),
    '20 aliases of specialtyOverturnRates': aliases(20, 'specialtyOverturnRates { key decisions }'),
    '20 aliases of similarCases(limit: 100)': aliases(
      20,
      `similarCases(caseNumber: "${caseNumber}", limit: 100) { score }`,
    ),
    '20 aliases of graph(depth: 3, limit: 500)': aliases(
      20,
      `graph(id: "Case:${caseNumber}", depth: 3, limit: 500) { truncated nodes { id } }`,
    ),
    '5 aliases of graph(depth: 2, limit: 500)': aliases(
      5,
      `graph(id: "Case:${caseNumber}", depth: 2, limit: 500) { truncated nodes { id } }`,
    ),
    'one of each analytic': `{ guidelineImpact(limit: 100) { decisions }
      outcomeBreakdown(by: GUIDELINE) { decisions } citationAgreement { decisions }
      specialtyOverturnRates { decisions } outcomeTrend { decisions }
      similarCases(caseNumber: "${caseNumber}", limit: 100) { score } }`,
  };
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function lookups(url: string, caseNumber: string, until: () => boolean) {
  const times: number[] = [];
  let failed = 0;
  while (!until()) {
    const answer = await post(url, LOOKUP, { caseNumber });
    if (answer.status !== 200 || answer.code !== null) failed++;
    times.push(answer.ms);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return {
    requests: times.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? NaN,
    failed,
  } satisfies LatencyFigures;
}

async function meanMs(url: string, query: string, runs: number): Promise<number> {
  const first = await post(url, query);
  if (first.status !== 200 || first.code !== null) {
    throw new Error(`probe refused (${first.status} ${first.code}): ${query}`);
  }
  let total = 0;
  for (let i = 0; i < runs; i++) total += (await post(url, query)).ms;
  return total / runs;
}

const pickCase = defineQuery<Record<string, never>, string>(
  'bench.stallCase',
  `MATCH (c:Case) WHERE c.caseNumber STARTS WITH 'SYN-' AND c.decisionCount >= 3
   RETURN c.caseNumber AS caseNumber ORDER BY c.caseNumber LIMIT 1`,
  (row) => row.caseNumber as string,
);

export async function runStallBench(
  args: BenchArgs,
  log: (line: string) => void = console.log,
): Promise<StallBenchResult> {
  const db = await openBenchDb({ data: args.data, log });
  try {
    const { letters } = await ensureLetters(db, args.quick ? 3_000 : 10_000, args.seed, log);
    const [caseNumber] = await db.gateway.read(pickCase, {});
    const server = await spawnServer('ours-defaults', { uri: db.uri, password: db.password });
    try {
      return await measure(server.url, caseNumber, letters, args, log);
    } finally {
      await server.stop();
    }
  } finally {
    await db.close();
  }
}

async function measure(
  url: string,
  caseNumber: string,
  letters: number,
  args: BenchArgs,
  log: (line: string) => void,
): Promise<StallBenchResult> {
  const runs = args.quick ? 3 : 5;
  const fields: StallBenchResult['fields'] = [];
  for (const [field, query] of Object.entries(fieldProbes(caseNumber))) {
    fields.push({ field, meanMs: await meanMs(url, query, runs), relative: NaN });
  }
  const lookupMs = fields[0].meanMs;
  for (const f of fields) f.relative = f.meanMs / lookupMs;
  log(
    padTable([
      ['field alone', 'mean ms', 'x case'],
      ...fields.map((f) => [f.field, f.meanMs.toFixed(1), f.relative.toFixed(1)]),
    ]),
  );

  const candidates: StallBenchResult['candidates'] = [];
  for (const [name, query] of Object.entries(worstCandidates(caseNumber))) {
    const answer = await post(url, query);
    candidates.push({ name, ...answer });
  }
  log(
    padTable([
      ['worst-request candidate', 'status', 'code', 'ms'],
      ...candidates.map((c) => [c.name, String(c.status), c.code ?? '-', c.ms.toFixed(0)]),
    ]),
  );
  const accepted = candidates.filter((c) => c.status === 200 && c.code === null);
  const worst = [...(accepted.length ? accepted : candidates)].sort((a, b) => b.ms - a.ms)[0];
  const worstQuery = worstCandidates(caseNumber)[worst.name];

  const seconds = args.seconds;
  const timed = (ms: number) => {
    const end = performance.now() + ms;
    return () => performance.now() >= end;
  };
  const alone = await lookups(url, caseNumber, timed(seconds * 1000));
  // The worst request back to back on its own connection, for at least `seconds` and until it
  // has run twice; the lookups run while it does.
  let done = false;
  const statuses: Record<string, number> = {};
  let worstCount = 0;
  const hammer = (async () => {
    const end = performance.now() + seconds * 1000;
    while (performance.now() < end || worstCount < 2) {
      const answer = await post(url, worstQuery);
      const key = `${answer.status} ${answer.code ?? 'ok'}`;
      statuses[key] = (statuses[key] ?? 0) + 1;
      worstCount++;
    }
    done = true;
  })();
  // Let the worst request start first.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const duringWorst = await lookups(url, caseNumber, () => done);
  await hammer;
  log(
    padTable([
      ['case lookups', 'requests', 'p50 ms', 'p99 ms', 'max ms', 'failed'],
      ...[
        ['alone', alone],
        [`during "${worst.name}"`, duringWorst],
      ].map(([name, f]) => {
        const l = f as LatencyFigures;
        return [
          name as string,
          String(l.requests),
          l.p50.toFixed(1),
          l.p99.toFixed(1),
          l.max.toFixed(1),
          String(l.failed),
        ];
      }),
    ]),
  );
  log(
    `worst request ran ${worstCount} times: ${JSON.stringify(statuses)}; lookup p99 ${duringWorst.p99.toFixed(0)} ms (target < ${LOOKUP_P99_TARGET_MS} ms)`,
  );
  return {
    letters,
    fields,
    candidates,
    worst: worst.name,
    worstRuns: { count: worstCount, statuses },
    alone,
    duringWorst,
  };
}

/** The section of bench/RESULTS.md, and its target. */
export function renderStallSection(result: StallBenchResult | { error: string }): {
  lines: string[];
  targets: Target[];
} {
  const lines = ['## One expensive request against the others (`npm run bench:stall`)', ''];
  if ('error' in result) return { lines: [...lines, `Failed: ${result.error}`, ''], targets: [] };
  const r = result;
  const ms = (n: number) => n.toFixed(0);
  lines.push(
    `${r.letters} synthetic letters; our server as \`imr-graph serve\` runs it (limits, 15 s deadline, ` +
      '4 sessions per request), response cache off so that every request reaches Neo4j.',
    '',
    'Each field alone (mean ms; the basis of the cost weights in `src/api/core/complexity.ts`):',
    '',
    '| field | mean ms | × a case lookup |',
    '| --- | ---: | ---: |',
    ...r.fields.map((f) => `| ${f.field} | ${f.meanMs.toFixed(1)} | ${f.relative.toFixed(1)} |`),
    '',
    'Candidates for the worst single request, each run alone:',
    '',
    '| request | status | code | ms |',
    '| --- | ---: | --- | ---: |',
    ...r.candidates.map((c) => `| ${c.name} | ${c.status} | ${c.code ?? ''} | ${ms(c.ms)} |`),
    '',
    `Case lookups, one after another on one connection, alone and while "${r.worst}" ran back to back ` +
      `on another (${r.worstRuns.count} runs: ${Object.entries(r.worstRuns.statuses)
        .map(([status, n]) => `${n} × ${status}`)
        .join(', ')}):`,
    '',
    '| case lookups | requests | p50 ms | p99 ms | max ms | failed |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...(
      [
        ['alone', r.alone],
        ['during the worst request', r.duringWorst],
      ] as const
    ).map(
      ([name, l]) =>
        `| ${name} | ${l.requests} | ${ms(l.p50)} | ${ms(l.p99)} | ${ms(l.max)} | ${l.failed} |`,
    ),
    '',
  );
  const target: Target = {
    name: 'case lookup p99 during the worst single request',
    goal: `< ${LOOKUP_P99_TARGET_MS} ms`,
    value: `${ms(r.duringWorst.p99)} ms`,
    met: r.duringWorst.p99 < LOOKUP_P99_TARGET_MS && r.duringWorst.failed === 0,
  };
  return { lines, targets: [target] };
}

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  const result = await runStallBench(args);
  mkdirSync(args.out, { recursive: true });
  const file = path.join(args.out, 'stall.json');
  writeFileSync(file, JSON.stringify(result, null, 2));
  console.log(`wrote ${file}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
