/**
 * The API against the Neo4j GraphQL Library on the same database, question by question:
 * (i) a case with its decisions, services and cited guidelines, (ii) the first page of
 * overturned decisions in a category with services, (iii) which guidelines most often lead to
 * overturns for chiropractic. For each: the Cypher statements one request runs on each side,
 * then p50 / p99 latency and requests/s under autocannon at 1 and 16 connections, and the
 * ratios ours/theirs. Each server runs in its own process; the load generator in this one.
 *
 *   npm run build && npm run bench:queries [-- --quick] [--letters N] [--data DIR] [--scale 10000,100000]
 *
 * A fresh local Neo4j in a temporary folder is started, filled with N synthetic letters
 * (default 100,000; --quick 10,000) and removed at the end; --data DIR keeps the database in
 * DIR and reuses what it already holds. --scale adds the analytic question's p50 at each count
 * (the database grows from the smallest). Writes OUT/queries.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { defineQuery } from '../src/graph/named-query';
import { parseBenchArgs, type BenchArgs } from './bench-args';
import { ensureLetters, openBenchDb, type LoadRecord } from './bench-db';
import { feedQuestions, feedTargets, type FeedQuestion } from './feed-questions';
import { machineInfo, type MachineInfo } from './machine';
import {
  DEFAULT_QUESTION_PARAMS,
  questions,
  type Question,
  type QuestionParams,
} from './questions';
import {
  loadTest,
  postGraphql,
  spawnServer,
  type LoadResult,
  type ServerProcess,
} from './server-process';
import { formatSpread, padTable, ratio, spread, type Spread } from './stats';

export interface LoadFigures {
  p50: Spread;
  p99: Spread;
  requestsPerSecond: Spread;
  errors: number;
  runs: LoadResult[];
}

export interface SideResult {
  /** Cypher statements for one request of this question. */
  statements: number;
  error?: string;
  /** keyed by connection count */
  load: Record<string, LoadFigures>;
}

export interface QuestionResult {
  id: Question['id'];
  title: string;
  sameAnswer: boolean;
  /** Our server with its response cache off: every request runs its Cypher. */
  ours: SideResult;
  theirs: SideResult;
  /**
   * Our server as `imr-graph serve` runs it, with the response cache: after the first
   * request the same question is answered from memory until the graph changes.
   */
  oursCached?: SideResult;
  /** ours / theirs, by connection count: latency ratios below 1 and rps ratios above 1 favour ours */
  ratios: Record<string, { p50: number; p99: number; requestsPerSecond: number }>;
  requests: { ours: Question['ours']; theirs: Question['theirs'] };
}

export interface ScalePoint {
  letters: number;
  decisions: number;
  ours: Spread;
  theirs: Spread;
  /** ours p50 / theirs p50 */
  ratio: number;
}

export interface QueriesBenchResult {
  machine: MachineInfo;
  neo4j: string;
  letters: number;
  decisions: number;
  seconds: number;
  rounds: number;
  connections: number[];
  params: QuestionParams;
  loads: LoadRecord[];
  questions: QuestionResult[];
  scale: ScalePoint[];
  skipped: string[];
  /** The graph feed's questions, ours only (no counterpart in the reference library). */
  feed?: FeedResult[];
}

export interface FeedResult {
  id: string;
  title: string;
  statements: number;
  nodes: number;
  error?: string;
  load: Record<string, LoadFigures>;
}

const pickCase = defineQuery<Record<string, never>, string>(
  'bench.pickCase',
  `MATCH (c:Case) WHERE c.caseNumber STARTS WITH 'SYN-' AND c.decisionCount >= 4
     AND EXISTS { (c)-[:HAS_DECISION]->(:Decision)-[:REVIEWER_CITED]->(:Guideline) }
   RETURN c.caseNumber AS caseNumber ORDER BY c.caseNumber LIMIT 1`,
  (row) => row.caseNumber as string,
);

const countDecisions = defineQuery<Record<string, never>, number>(
  'bench.countDecisions',
  'MATCH (d:Decision) RETURN count(d) AS n',
  (row) => row.n as number,
);

export async function runQueriesBench(
  args: BenchArgs,
  options: { scale?: number[]; log?: (line: string) => void; write?: boolean } = {},
): Promise<QueriesBenchResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const scale = options.scale ?? [];
  const rounds = args.rounds ?? (args.quick ? 1 : 3);
  const compare = args.only.includes('compare');
  const sizes = [...new Set([...(compare ? scale : []), args.letters])].sort((a, b) => a - b);
  const db = await openBenchDb({ data: args.data, log });
  const servers: ServerProcess[] = [];
  const result: QueriesBenchResult = {
    machine: machineInfo(),
    neo4j: db.neo4jVersion,
    letters: args.letters,
    decisions: 0,
    seconds: args.seconds,
    rounds,
    connections: args.connections,
    params: { caseNumber: '', ...DEFAULT_QUESTION_PARAMS },
    loads: [],
    questions: [],
    scale: [],
    skipped: [],
  };
  try {
    for (const size of sizes) {
      const skip = tooLongToLoad(size, result.loads, args.maxLoadMinutes);
      if (skip) {
        result.skipped.push(skip);
        log(skip);
        continue;
      }
      const load = await ensureLetters(db, size, args.seed, log);
      result.loads.push(load);
      if (load.letters > size && size !== args.letters) {
        // A kept database that has grown past a scale point cannot measure it any more.
        const note = `skipped ${size} letters: the database in ${db.dataDir} already holds ${load.letters}`;
        result.skipped.push(note);
        log(note);
        continue;
      }
      if (servers.length === 0) {
        const cpuProfileDir = args.profile ? path.join(args.out, 'profiles') : undefined;
        const how = { uri: db.uri, password: db.password, cpuProfileDir };
        servers.push(await spawnServer('ours', how));
        if (compare) {
          servers.push(await spawnServer('reference', how));
          servers.push(await spawnServer('ours-cached', how));
        }
        log(
          `servers: ours at ${servers[0].url}` +
            (compare
              ? `, reference at ${servers[1].url}, ours with its response cache at ${servers[2].url}`
              : ''),
        );
      }
      const [caseNumber] = await db.gateway.read(pickCase, {});
      const [decisions] = await db.gateway.read(countDecisions, {});
      const params: QuestionParams = { ...DEFAULT_QUESTION_PARAMS, caseNumber };
      const asked = questions(params);
      const [ours, theirs, oursCached] = servers;
      if (size === args.letters) {
        result.letters = load.letters;
        result.params = params;
        result.decisions = decisions;
        for (const question of compare ? asked : []) {
          result.questions.push(
            await measureQuestion(ours, theirs, oursCached, question, args, rounds, log),
          );
        }
        if (args.only.includes('feed')) {
          result.feed = [];
          for (const question of await feedQuestions(db.gateway, params.subcategory)) {
            result.feed.push(await measureFeedQuestion(ours, question, args, rounds, log));
          }
        }
      }
      if (compare && scale.includes(size)) {
        // At the question bench's own size its single-connection runs are the scale point.
        const measured = result.questions.find((q) => q.id === 'guidelineImpact');
        const point =
          size === args.letters && measured?.ours.load[1] && measured.theirs.load[1]
            ? scalePointOf(measured, load.letters, decisions)
            : await measureScalePoint(
                ours,
                theirs,
                asked[2],
                load.letters,
                decisions,
                args,
                rounds,
                log,
              );
        result.scale.push(point);
      }
    }
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await db.close();
  }
  log(renderQueriesTable(result));
  if (options.write !== false) {
    mkdirSync(args.out, { recursive: true });
    writeFileSync(path.join(args.out, 'queries.json'), JSON.stringify(result, null, 2) + '\n');
    log(`wrote ${path.join(args.out, 'queries.json')}`);
  }
  return result;
}

/** A scale point is skipped when loading up to it would take over the allowed minutes. */
export function tooLongToLoad(
  size: number,
  loads: LoadRecord[],
  maxMinutes: number,
): string | null {
  const measured = loads.filter((l) => l.added > 0 && Number.isFinite(l.lettersPerSecond));
  const last = loads[loads.length - 1];
  if (measured.length === 0 || !last) return null;
  const rate = measured[measured.length - 1].lettersPerSecond;
  const minutes = (size - last.letters) / rate / 60;
  if (minutes <= maxMinutes) return null;
  return (
    `skipped ${size} letters: loading ${size - last.letters} more at the measured ` +
    `${rate.toFixed(0)} letters/s would take about ${minutes.toFixed(0)} min (limit ${maxMinutes} min, --max-load-minutes)`
  );
}

async function measureQuestion(
  ours: ServerProcess,
  theirs: ServerProcess,
  oursCached: ServerProcess,
  question: Question,
  args: BenchArgs,
  rounds: number,
  log: (line: string) => void,
): Promise<QuestionResult> {
  log(`question ${question.id}: ${question.title}`);
  // The second answer counts: a server's first request may run one-off statements (the
  // library checks the Neo4j version once), which are not the question's cost.
  await askOnce(ours, question.ours);
  await askOnce(theirs, question.theirs);
  const oursCheck = await askOnce(ours, question.ours);
  const theirsCheck = await askOnce(theirs, question.theirs);
  const a = JSON.stringify(question.normaliseOurs(oursCheck.data));
  const b = JSON.stringify(question.normaliseTheirs(theirsCheck.data));
  const sameAnswer = !oursCheck.error && !theirsCheck.error && a === b;
  if (!sameAnswer) {
    log(
      `  answers differ or failed:\n    ours:   ${oursCheck.error ?? a.slice(0, 400)}\n    theirs: ${theirsCheck.error ?? b.slice(0, 400)}`,
    );
  }
  const side = (check: typeof oursCheck): SideResult => ({
    statements: check.statements,
    ...(check.error ? { error: check.error } : {}),
    load: {},
  });
  const result: QuestionResult = {
    id: question.id,
    title: question.title,
    sameAnswer,
    ours: side(oursCheck),
    theirs: side(theirsCheck),
    ratios: {},
    requests: { ours: question.ours, theirs: question.theirs },
  };
  // The cached server's first answer fills its cache; the second is a hit (no statement).
  await askOnce(oursCached, question.ours);
  const cachedCheck = await askOnce(oursCached, question.ours);
  const cachedSame = JSON.stringify(question.normaliseOurs(cachedCheck.data)) === a;
  if (!cachedCheck.error) result.oursCached = side(cachedCheck);
  if (!cachedSame) {
    result.sameAnswer = false;
    log(`  the cached answer differs: ${cachedCheck.error ?? 'not the computed one'}`);
  }
  // Warm the servers' JIT and Neo4j's query caches before anything is timed.
  const warm = Math.min(2, args.seconds);
  if (!oursCheck.error) await loadTest(ours.url, question.ours, 4, warm);
  if (!theirsCheck.error) await loadTest(theirs.url, question.theirs, 4, warm);
  if (result.oursCached) await loadTest(oursCached.url, question.ours, 4, warm);
  for (const connections of args.connections) {
    const runs: Record<'ours' | 'theirs', LoadResult[]> = { ours: [], theirs: [] };
    for (let round = 0; round < rounds; round++) {
      // Alternate who goes first, so a drift in the machine's load hits both alike.
      const order = round % 2 === 0 ? (['ours', 'theirs'] as const) : (['theirs', 'ours'] as const);
      for (const who of order) {
        if (result[who].error) continue;
        const server = who === 'ours' ? ours : theirs;
        runs[who].push(await loadTest(server.url, question[who], connections, args.seconds));
      }
    }
    for (const who of ['ours', 'theirs'] as const) {
      if (runs[who].length > 0) result[who].load[connections] = figures(runs[who]);
    }
    if (result.oursCached) {
      const cachedRuns: LoadResult[] = [];
      for (let round = 0; round < rounds; round++) {
        cachedRuns.push(await loadTest(oursCached.url, question.ours, connections, args.seconds));
      }
      result.oursCached.load[connections] = figures(cachedRuns);
    }
    const o = result.ours.load[connections];
    const t = result.theirs.load[connections];
    if (o && t) {
      result.ratios[connections] = {
        p50: ratio(o.p50.median, t.p50.median),
        p99: ratio(o.p99.median, t.p99.median),
        requestsPerSecond: ratio(o.requestsPerSecond.median, t.requestsPerSecond.median),
      };
    }
    const c = result.oursCached?.load[connections];
    log(
      `  ${connections} conn: ours p50 ${fmt(o?.p50)} ms, ${fmt(o?.requestsPerSecond)} req/s; ` +
        `theirs p50 ${fmt(t?.p50)} ms, ${fmt(t?.requestsPerSecond)} req/s; ` +
        `ours cached p50 ${fmt(c?.p50)} ms, ${fmt(c?.requestsPerSecond)} req/s`,
    );
  }
  return result;
}

/** One feed question on our uncached server: statements, size, then p50/p99 per connections. */
async function measureFeedQuestion(
  ours: ServerProcess,
  question: FeedQuestion,
  args: BenchArgs,
  rounds: number,
  log: (line: string) => void,
): Promise<FeedResult> {
  log(`feed ${question.id}: ${question.title}`);
  await askOnce(ours, question.request);
  const check = await askOnce(ours, question.request);
  const view = (check.data as { [field: string]: { nodes?: unknown[] } } | null) ?? {};
  const result: FeedResult = {
    id: question.id,
    title: question.title,
    statements: check.statements,
    nodes: Object.values(view)[0]?.nodes?.length ?? 0,
    ...(check.error ? { error: check.error } : {}),
    load: {},
  };
  if (check.error) {
    log(`  failed: ${check.error}`);
    return result;
  }
  await loadTest(ours.url, question.request, 4, Math.min(2, args.seconds));
  for (const connections of args.connections) {
    const runs: LoadResult[] = [];
    for (let round = 0; round < rounds; round++) {
      runs.push(await loadTest(ours.url, question.request, connections, args.seconds));
    }
    result.load[connections] = figures(runs);
    const f = result.load[connections];
    log(`  ${connections} conn: p50 ${fmt(f.p50)} ms, p99 ${fmt(f.p99)} ms, ${result.nodes} nodes`);
  }
  return result;
}

async function measureScalePoint(
  ours: ServerProcess,
  theirs: ServerProcess,
  question: Question,
  letters: number,
  decisions: number,
  args: BenchArgs,
  rounds: number,
  log: (line: string) => void,
): Promise<ScalePoint> {
  const p50 = async (server: ServerProcess, request: Question['ours']) => {
    const check = await askOnce(server, request);
    if (check.error) return spread([]);
    await loadTest(server.url, request, 1, Math.min(2, args.seconds));
    const runs: number[] = [];
    for (let round = 0; round < rounds; round++) {
      runs.push((await loadTest(server.url, request, 1, args.seconds)).p50);
    }
    return spread(runs);
  };
  const o = await p50(ours, question.ours);
  const t = await p50(theirs, question.theirs);
  const point = { letters, decisions, ours: o, theirs: t, ratio: ratio(o.median, t.median) };
  log(`scale ${letters} letters: ${question.id} p50 ours ${fmt(o)} ms, theirs ${fmt(t)} ms`);
  return point;
}

function scalePointOf(question: QuestionResult, letters: number, decisions: number): ScalePoint {
  const ours = question.ours.load[1].p50;
  const theirs = question.theirs.load[1].p50;
  return { letters, decisions, ours, theirs, ratio: ratio(ours.median, theirs.median) };
}

/** One request, its answer and the statements it cost (the servers are otherwise idle). */
async function askOnce(server: ServerProcess, request: Question['ours']) {
  const before = await server.statements();
  let data: unknown = null;
  let error: string | undefined;
  try {
    const answer = await postGraphql(server.url, request);
    data = answer.data;
    if (answer.errors?.length) error = answer.errors.map((e) => e.message).join('; ');
  } catch (e) {
    error = (e as Error).message;
  }
  const statements = (await server.statements()) - before;
  return { data, error, statements };
}

function figures(runs: LoadResult[]): LoadFigures {
  return {
    p50: spread(runs.map((r) => r.p50)),
    p99: spread(runs.map((r) => r.p99)),
    requestsPerSecond: spread(runs.map((r) => r.requestsPerSecond)),
    errors: runs.reduce((n, r) => n + r.errors + r.non2xx, 0),
    runs,
  };
}

function fmt(s: Spread | undefined): string {
  return s ? formatSpread(s) : 'n/a';
}

export function renderQueriesTable(result: QueriesBenchResult): string {
  const rows = [['question', 'conn', 'side', 'statements', 'p50 ms', 'p99 ms', 'req/s']];
  for (const q of result.questions) {
    for (const connections of result.connections) {
      for (const who of ['ours', 'theirs'] as const) {
        const f = q[who].load[connections];
        rows.push([
          q.id,
          String(connections),
          who,
          String(q[who].statements),
          fmt(f?.p50),
          fmt(f?.p99),
          fmt(f?.requestsPerSecond),
        ]);
      }
      const cached = q.oursCached?.load[connections];
      if (q.oursCached && cached) {
        rows.push([
          q.id,
          String(connections),
          'ours, response cache',
          String(q.oursCached.statements),
          fmt(cached.p50),
          fmt(cached.p99),
          fmt(cached.requestsPerSecond),
        ]);
      }
      const r = q.ratios[connections];
      if (r) {
        rows.push([
          q.id,
          String(connections),
          'ours/theirs',
          '',
          r.p50.toFixed(2),
          r.p99.toFixed(2),
          r.requestsPerSecond.toFixed(2),
        ]);
      }
    }
  }
  const lines = [
    `queries at ${result.letters} letters (${result.decisions} decisions), ${result.seconds} s per run, ${result.rounds} round(s)`,
    padTable(rows),
    ...result.questions
      .filter((q) => !q.sameAnswer)
      .map((q) => `WARNING ${q.id}: the two servers' answers differ`),
  ];
  if (result.scale.length > 0) {
    const scaleRows = [['letters', 'decisions', 'ours p50 ms', 'theirs p50 ms', 'ours/theirs']];
    for (const p of result.scale) {
      scaleRows.push([
        String(p.letters),
        String(p.decisions),
        fmt(p.ours),
        fmt(p.theirs),
        p.ratio.toFixed(2),
      ]);
    }
    lines.push('scale (guidelineImpact, 1 connection)', padTable(scaleRows));
  }
  if (result.feed && result.feed.length > 0) {
    const feedRows = [
      ['feed question', 'conn', 'statements', 'nodes', 'p50 ms', 'p99 ms', 'req/s'],
    ];
    for (const q of result.feed) {
      for (const connections of result.connections) {
        const f = q.load[connections];
        feedRows.push([
          q.id,
          String(connections),
          String(q.statements),
          String(q.nodes),
          fmt(f?.p50),
          fmt(f?.p99),
          fmt(f?.requestsPerSecond),
        ]);
      }
    }
    lines.push('graph feed (ours, response cache off, layout included)', padTable(feedRows));
    for (const t of feedTargets(result)) {
      lines.push(`${t.met ? 'met' : 'MISSED'}: ${t.name}: ${t.value} (goal ${t.goal})`);
    }
  }
  lines.push(...result.skipped);
  return lines.join('\n');
}

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  const scaleGiven = process.argv.some((a) => a === '--scale' || a.startsWith('--scale='));
  await runQueriesBench(args, { scale: scaleGiven ? args.scale : [] });
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
