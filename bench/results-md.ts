/**
 * bench/RESULTS.md from the benches' results: the machine, every figure as a median with its
 * spread over repeated runs, the ratios against the peers, and each target as met or MISSED.
 */
import { DEFAULT_BATCH_SIZE } from '../src/ingest/load-letters';
import type { MachineInfo } from './machine';
import { METHOD, type ParseBenchResult, type Target } from './parse.bench';
import type { QueriesBenchResult } from './queries.bench';
import { renderStallSection, type StallBenchResult } from './stall.bench';
import { SOAK_PEAK_RSS_TARGET_MIB, type SoakBenchResult } from './soak.bench';
import type { RefusalBenchResult } from './refusal.bench';
import { formatSpread, type Spread } from './stats';
import { feedTargets } from './feed-questions';

export interface LoadBenchOutcome {
  /** How it was run, e.g. `node dist/bench/load.bench.js --quick`. */
  command: string;
  exitCode: number | null;
  seconds: number;
  /** The load bench's own output (last lines). */
  output: string;
  /** Its JSON result when it wrote one (bench/out/load.json). */
  json: unknown;
  skipped?: string;
}

export interface RunSummary {
  command: string;
  startedAt: string;
  seconds: number;
  machine: MachineInfo;
  parse: ParseBenchResult | { error: string };
  load: LoadBenchOutcome;
  queries: QueriesBenchResult | { error: string };
  /** Absent in results written before the stall bench existed. */
  stall?: StallBenchResult | { error: string };
  /** Absent in summaries written before the soak existed. */
  soak?: SoakBenchResult | { error: string };
  /** Absent in a summary from before the refusal bench existed. */
  refusal?: RefusalBenchResult | { error: string };
}

export function queryTargets(queries: QueriesBenchResult): Target[] {
  const targets: Target[] = [];
  for (const q of queries.questions) {
    const low = Math.min(...queries.connections);
    const high = Math.max(...queries.connections);
    const p50 = q.ratios[low]?.p50;
    const rps = q.ratios[high]?.requestsPerSecond;
    targets.push({
      name: `${q.id}: p50 at ${low} connection(s), ours/theirs`,
      goal: '≤ 1.00 (as fast as the Neo4j GraphQL Library)',
      value: p50 === undefined ? 'n/a' : `${p50.toFixed(2)}×`,
      met: p50 !== undefined && p50 <= 1,
    });
    targets.push({
      name: `${q.id}: req/s at ${high} connections, ours/theirs`,
      goal: '≥ 1.00',
      value: rps === undefined ? 'n/a' : `${rps.toFixed(2)}×`,
      met: rps !== undefined && rps >= 1,
    });
    targets.push({
      name: `${q.id}: same answer from both servers`,
      goal: 'identical after normalising',
      value: q.sameAnswer ? 'identical' : 'DIFFERENT',
      met: q.sameAnswer,
    });
    const at = `at ${queries.letters} letters`;
    if (q.id === 'guidelineImpact') {
      targets.push({
        name: `${q.id}: p50 at ${low} connection(s), ours/theirs (issue #5: twice as fast)`,
        goal: `≤ ${ANALYTIC_RATIO_TARGET.toFixed(2)}`,
        value: p50 === undefined ? 'n/a' : `${p50.toFixed(2)}×`,
        met: p50 !== undefined && p50 <= ANALYTIC_RATIO_TARGET,
      });
      for (const [how, side] of servedBy(q)) {
        const ms = side?.load[low]?.p50.median;
        targets.push({
          name: `${q.id}: our p50 at ${low} connection(s) ${at}, ${how} (issue #4, at 100,000)`,
          goal: `< ${ANALYTIC_P50_TARGET_MS} ms`,
          value: ms === undefined ? 'n/a' : `${ms.toFixed(0)} ms`,
          met: ms !== undefined && ms < ANALYTIC_P50_TARGET_MS,
        });
      }
    } else {
      for (const [how, side] of servedBy(q)) {
        const rate = side?.load[high]?.requestsPerSecond.median;
        targets.push({
          name: `${q.id}: our req/s at ${high} connections ${at}, ${how} (issue #4, at 100,000)`,
          goal: `> ${LOOKUP_RPS_TARGET} req/s`,
          value: rate === undefined ? 'n/a' : `${rate.toFixed(0)} req/s`,
          met: rate !== undefined && rate > LOOKUP_RPS_TARGET,
        });
      }
    }
  }
  return targets;
}

/** Our two ways of serving a question: every request computed, and the serve default. */
function servedBy(q: QueriesBenchResult['questions'][number]) {
  return [
    ['every request computed', q.ours],
    ['repeated, response cache', q.oursCached],
  ] as const;
}

/** Issue #5: the analytic question at least twice as fast as the library. */
export const ANALYTIC_RATIO_TARGET = 0.5;
/** Issue #4, at 100,000 letters on this 2-core machine. */
export const ANALYTIC_P50_TARGET_MS = 20;
export const LOOKUP_RPS_TARGET = 1000;

/** Targets a load bench may report in its JSON as `targets: [{name, goal, value, met}]`. */
function loadTargets(json: unknown): Target[] {
  const list = (json as { targets?: unknown } | null)?.targets;
  if (!Array.isArray(list)) return [];
  return list.filter(
    (t): t is Target =>
      typeof t === 'object' &&
      t !== null &&
      typeof (t as Target).name === 'string' &&
      typeof (t as Target).met === 'boolean',
  );
}

const s = (x: Spread | undefined, digits = 1) => (x ? formatSpread(x, digits) : 'n/a');

/** Keys of a bench's JSON that are context, not results (rendered elsewhere or too long). */
const JSON_SKIPPED = new Set(['machine', 'targets', 'command']);

type JsonScalar = string | number | boolean | null;
const isScalar = (v: unknown): v is JsonScalar =>
  v === null || ['string', 'number', 'boolean'].includes(typeof v);
/** An object whose values are scalars or small objects (a cell each), no lists. */
const isFlatObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  Object.values(v).every((x) => !Array.isArray(x));

function cell(v: unknown): string {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return 'n/a';
    return Number.isInteger(v) ? String(v) : v.toFixed(Math.abs(v) >= 100 ? 0 : 2);
  }
  if (isScalar(v)) return v === null ? '' : String(v).replace(/\|/g, '\\|');
  if (typeof v === 'object' && v !== null && 'median' in v) return formatSpread(v as Spread);
  return JSON.stringify(v).replace(/\|/g, '\\|');
}

function table(rows: Record<string, unknown>[]): string[] {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const numeric = columns.map((c) => rows.every((r) => typeof r[c] === 'number' || r[c] == null));
  return [
    `| ${columns.join(' | ')} |`,
    `| ${numeric.map((n) => (n ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((r) => `| ${columns.map((c) => cell(r[c])).join(' | ')} |`),
  ];
}

/**
 * Another bench's JSON result as Markdown without knowing its shape: scalar fields as a list,
 * an array of objects as a table, an object of scalars as a one-row table. Nested values that
 * fit none of these are shown as JSON in a cell; `machine`, `targets` and `command` are left
 * to their own sections.
 */
export function renderJson(json: unknown): string[] {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return [];
  const out: string[] = [];
  const scalars = Object.entries(json).filter(([k, v]) => !JSON_SKIPPED.has(k) && isScalar(v));
  if (scalars.length > 0) {
    out.push(...scalars.map(([k, v]) => `- ${k}: ${cell(v)}`), '');
  }
  for (const [key, value] of Object.entries(json)) {
    if (JSON_SKIPPED.has(key) || isScalar(value)) continue;
    if (Array.isArray(value) && value.length > 0 && value.every(isFlatObject)) {
      out.push(`${key}:`, '', ...table(value), '');
    } else if (isFlatObject(value)) {
      out.push(`${key}:`, '', ...table([value]), '');
    } else if (Array.isArray(value) && value.every(isScalar)) {
      out.push(`- ${key}: ${value.map(cell).join(', ')}`, '');
    }
  }
  return out;
}

export function renderResults(run: RunSummary): string {
  const m = run.machine;
  const out: string[] = [
    '# Benchmark results',
    '',
    `Produced by \`${run.command}\` on ${run.startedAt} in ${(run.seconds / 60).toFixed(1)} min. ` +
      'Figures are medians with (min–max) over the repeated runs; a figure without a range had one run. ' +
      'The machine is shared and small, so compare rows of one run rather than runs with each other.',
    '',
    '## Machine',
    '',
    '| | |',
    '| --- | --- |',
    `| CPUs | ${m.cpus} × ${m.cpuModel} |`,
    `| RAM | ${m.ramGiB} GiB |`,
    `| OS | ${m.os} |`,
    `| Node | ${m.node} |`,
    `| Java | ${m.java} |`,
    `| Neo4j | ${'neo4j' in run.queries ? run.queries.neo4j : m.neo4j} |`,
    `| poppler | ${m.pdftotext} |`,
    `| load average at start | ${m.loadAverage.join(' ')} |`,
    '',
  ];
  const targets: Target[] = [];

  out.push('## Parsing (`npm run bench:parse`)', '');
  if ('error' in run.parse) {
    out.push(`Failed: ${run.parse.error}`, '');
  } else {
    const p = run.parse;
    out.push(
      `${p.corpus.pdfs} real letters (PDF) from \`${p.corpus.dir}\`; ${p.rounds} rounds after a warm-up round. ` +
        `Text: the same letters' extracted text in memory, ${p.textLettersPerRound} parses per round on one core, the parser's memos emptied before each pass over the corpus. ` +
        `PDF: read + extract (pdf.js) + parse on the LetterPool, ${p.poolThreads} worker threads. ` +
        'pdftotext extracts only (no parse), one process per file.',
      '',
      '| method | letters/s |',
      '| --- | ---: |',
      ...Object.entries(p.rates).map(([name, rate]) => `| ${name} | ${s(rate)} |`),
      '',
    );
    const pool = p.rates[METHOD.pool]?.median;
    for (const name of [METHOD.pdftotext1, METHOD.pdftotext2]) {
      const theirs = p.rates[name]?.median;
      if (pool !== undefined && theirs !== undefined) {
        out.push(`- LetterPool / ${name}: ${(pool / theirs).toFixed(2)}×`);
      }
    }
    out.push('');
    targets.push(...p.targets);
  }

  out.push('## Loading (`npm run bench:load`)', '');
  if (run.load.skipped) {
    out.push(run.load.skipped, '');
  } else {
    out.push(
      `\`${run.load.command}\` (exit ${run.load.exitCode}, ${run.load.seconds.toFixed(0)} s).`,
      '',
    );
    const tables = run.load.json === null ? [] : renderJson(run.load.json);
    out.push(...tables);
    if (tables.length === 0 || run.load.exitCode !== 0) {
      out.push('Its output (last lines):', '', '```', run.load.output.trim(), '```', '');
    }
    targets.push(...loadTargets(run.load.json));
  }

  out.push('## Queries: our API against the Neo4j GraphQL Library (`npm run bench:queries`)', '');
  if ('error' in run.queries) {
    out.push(`Failed: ${run.queries.error}`, '');
  } else {
    const q = run.queries;
    out.push(
      `${q.letters} synthetic letters (${q.decisions} decisions) in one local Neo4j; both servers read it, ` +
        'each in its own Node process; autocannon in a third. "ours" runs with its response ' +
        'cache off, so every request runs its Cypher as the library\'s do; "ours, response cache" ' +
        'is the same server as `imr-graph serve` runs it, answering the repeated question from memory. ' +
        `${q.seconds} s per run, ${q.rounds} run(s) per figure, after a warm-up. ` +
        `Case ${q.params.caseNumber}; category ${q.params.category}; subcategory ${q.params.subcategory}. ` +
        '"statements" is the number of Cypher statements one GraphQL request runs ' +
        "(our gateway's statementCount; a counting proxy around the library's driver).",
      '',
      '| question | connections | side | statements | p50 ms | p99 ms | req/s |',
      '| --- | ---: | --- | ---: | ---: | ---: | ---: |',
    );
    for (const question of q.questions) {
      for (const connections of q.connections) {
        for (const who of ['ours', 'theirs'] as const) {
          const f = question[who].load[connections];
          const label = who === 'ours' ? 'ours' : 'Neo4j GraphQL';
          out.push(
            `| ${question.id} | ${connections} | ${label} | ${question[who].statements} | ${s(f?.p50, 0)} | ${s(f?.p99, 0)} | ${s(f?.requestsPerSecond)} |`,
          );
        }
        const cached = question.oursCached?.load[connections];
        if (question.oursCached && cached) {
          out.push(
            `| ${question.id} | ${connections} | ours, response cache | ${question.oursCached.statements} | ${s(cached.p50, 0)} | ${s(cached.p99, 0)} | ${s(cached.requestsPerSecond)} |`,
          );
        }
        const r = question.ratios[connections];
        if (r) {
          out.push(
            `| ${question.id} | ${connections} | **ours/theirs** | | **${r.p50.toFixed(2)}** | **${r.p99.toFixed(2)}** | **${r.requestsPerSecond.toFixed(2)}** |`,
          );
        }
      }
    }
    const loads = q.loads.filter((l) => l.added > 0);
    if (loads.length > 0) {
      out.push(
        '',
        `Loading the bench database (loadLetters, synthetic text letters, batches of ${DEFAULT_BATCH_SIZE}): ` +
          loads
            .map(
              (l) =>
                `${l.added} letters to ${l.letters} in ${l.seconds.toFixed(0)} s (${l.lettersPerSecond.toFixed(0)} letters/s)`,
            )
            .join('; ') +
          '.',
      );
    }
    out.push('', 'Questions:', '');
    for (const question of q.questions) {
      const errors = [question.ours.error, question.theirs.error].filter(Boolean).join('; ');
      out.push(
        `- **${question.id}**: ${question.title}. Answers ${question.sameAnswer ? 'identical' : 'DIFFER'}` +
          (errors ? ` (errors: ${errors})` : '') +
          '.',
      );
    }
    out.push('');
    targets.push(...queryTargets(q));

    out.push('## Scale: guidelineImpact p50 at 1 connection', '');
    if (q.scale.length === 0) out.push('Not measured in this run.');
    else {
      out.push(
        '| letters | decisions | ours p50 ms | Neo4j GraphQL p50 ms | ours/theirs |',
        '| ---: | ---: | ---: | ---: | ---: |',
      );
      for (const point of q.scale) {
        out.push(
          `| ${point.letters} | ${point.decisions} | ${s(point.ours, 0)} | ${s(point.theirs, 0)} | ${point.ratio.toFixed(2)} |`,
        );
      }
    }
    for (const skipped of q.skipped) out.push('', `- ${skipped}`);
    out.push('');

    if (q.feed !== undefined) {
      out.push(
        '## The graph feed and the reasons (ours only, response cache off, layout included)',
        '',
        '| question | connections | statements | nodes | p50 ms | p99 ms | req/s |',
        '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      );
      for (const question of q.feed) {
        for (const connections of q.connections) {
          const f = question.load[connections];
          out.push(
            `| ${question.id} | ${connections} | ${question.statements} | ${question.nodes} | ${s(f?.p50, 0)} | ${s(f?.p99, 0)} | ${s(f?.requestsPerSecond)} |`,
          );
        }
      }
      out.push('', ...q.feed.map((question) => `- **${question.id}**: ${question.title}.`), '');
      targets.push(...feedTargets(q));
    }
  }

  if (run.stall) {
    const stall = renderStallSection(run.stall);
    out.push(...stall.lines);
    targets.push(...stall.targets);
  }
  if (run.soak) {
    out.push(...renderSoak(run.soak));
    if (!('error' in run.soak)) targets.push(...soakTargets(run.soak));
  }
  if (run.refusal) {
    out.push('## Canonicalising and refusing bad files (`bench/refusal.bench.ts`)', '');
    if ('error' in run.refusal) {
      out.push(`Failed: ${run.refusal.error}`, '');
    } else {
      out.push('One run each, on one core.', '', '| what | ms | result |', '| --- | ---: | --- |');
      for (const t of run.refusal.timings) {
        out.push(`| ${t.name} | ${t.ms.toFixed(1)} | ${t.outcome} |`);
        targets.push({
          name: t.name,
          goal: `< ${t.goalMs} ms`,
          value: `${t.ms.toFixed(1)} ms`,
          met: t.ms < t.goalMs,
        });
      }
      out.push('');
    }
  }

  out.push('## Targets', '', '| target | goal | value | |', '| --- | --- | --- | --- |');
  for (const t of targets)
    out.push(`| ${t.name} | ${t.goal} | ${t.value} | ${t.met ? 'met' : '**MISSED**'} |`);
  out.push('');
  return out.join('\n');
}

/** The memory soak (soak.bench): the server's RSS at start, peak and end under varied load. */
export function renderSoak(soak: SoakBenchResult | { error: string }): string[] {
  const out = ['## Memory under varied load (`node dist/bench/soak.bench.js`)', ''];
  if ('error' in soak) return [...out, `Failed: ${soak.error}`, ''];
  out.push(
    `${soak.letters} letters; the server runs with \`${soak.nodeFlags.join(' ') || '(no flags)'}\` ` +
      'as `npm start` and the Docker image run it. RSS and V8 heap in use in MiB, sampled every half second.',
    '',
    '| response cache | s | connections | requests | req/s | errors | RSS start | RSS peak | RSS end | heap used peak |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const r of soak.runs) {
    out.push(
      `| ${r.cache} | ${r.seconds} | ${r.connections} | ${r.requests} | ${r.requestsPerSecond.toFixed(0)} | ` +
        `${r.errors + r.non2xx} | ${r.rssMiB.start} | ${r.rssMiB.peak} | ${r.rssMiB.end} | ${r.heapUsedMiB.peak} |`,
    );
  }
  out.push('');
  return out;
}

export function soakTargets(soak: SoakBenchResult): Target[] {
  return soak.runs
    .filter((r) => r.cache === 'default')
    .map((r) => ({
      name: `peak RSS over a ${r.seconds} s soak at ${r.connections} connections, default response cache (issue 11)`,
      goal: `< ${SOAK_PEAK_RSS_TARGET_MIB} MiB`,
      value: `${r.rssMiB.peak} MiB`,
      met: r.rssMiB.peak < SOAK_PEAK_RSS_TARGET_MIB,
    }));
}
