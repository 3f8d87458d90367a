/**
 * Agreement of the parser's reasons with the hand-coded ones (../shared/spec/reasons-dev.txt,
 * `CASE#ORDINAL U|O: CODE ...`, one line per corpus decision): exact-set match rate, and per
 * code precision, recall and F1 with support, micro and macro averaged. Printed for the
 * decisions held back while the rules were written (every 4th case by sorted case number,
 * fixed before any rationale was read), for the rest, and for all.
 *
 *   npm run build && npm run reasons:agreement [-- --corpus DIR --gold FILE --out FILE]
 */
import { writeFileSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { isFailure, parseLetterFile, type ReasonCode } from '../loaders';
import { REASONS } from '../loaders/vocab/reasons';
import { benchPackageRoot } from './bench-args';
import { findPdfs } from './machine';
import { padTable } from './stats';

/** Every HOLD_OUT_EVERY-th case (by sorted case number, 1-based) was held back. */
export const HOLD_OUT_EVERY = 4;

export interface CodedDecision {
  /** `CASE#ORDINAL` */
  key: string;
  codes: ReasonCode[];
}

export interface CodeScore {
  code: ReasonCode;
  support: number;
  predicted: number;
  truePositives: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface AgreementReport {
  decisions: number;
  /** Decisions in the gold file the parser did not produce (or the other way round). */
  unmatched: string[];
  exactMatch: number;
  perCode: CodeScore[];
  micro: { precision: number; recall: number; f1: number };
  macro: { precision: number; recall: number; f1: number };
}

const LINE = /^(\S+#\d+)\s+[UO]:\s*(.*)$/;

/** The hand-coded file: `CM16-0213037#1 U: NO_SURGICAL_PLAN NO_RED_FLAGS`. */
export function readCodedDecisions(text: string): CodedDecision[] {
  const out: CodedDecision[] = [];
  for (const line of text.split('\n')) {
    const match = LINE.exec(line.trim());
    if (match === null) continue;
    out.push({ key: match[1], codes: match[2].split(/\s+/).filter(Boolean) as ReasonCode[] });
  }
  return out;
}

/** Case numbers held back: every 4th of the sorted distinct case numbers. */
export function heldOutCases(keys: readonly string[]): Set<string> {
  const cases = [...new Set(keys.map((key) => key.split('#')[0]))].sort();
  return new Set(cases.filter((_, index) => (index + 1) % HOLD_OUT_EVERY === 0));
}

export function scoreAgreement(
  gold: readonly CodedDecision[],
  predicted: ReadonlyMap<string, readonly ReasonCode[]>,
): AgreementReport {
  const codes = REASONS.map((r) => r.code);
  const counts = new Map(codes.map((code) => [code, { support: 0, predicted: 0, tp: 0 }]));
  const unmatched: string[] = [];
  let exact = 0;
  for (const decision of gold) {
    const mine = predicted.get(decision.key);
    if (mine === undefined) {
      unmatched.push(decision.key);
      continue;
    }
    const want = new Set(decision.codes);
    const got = new Set(mine);
    if (want.size === got.size && [...want].every((code) => got.has(code))) exact++;
    for (const code of want) counts.get(code)!.support++;
    for (const code of got) {
      counts.get(code)!.predicted++;
      if (want.has(code)) counts.get(code)!.tp++;
    }
  }
  const perCode = codes.map((code) => {
    const c = counts.get(code)!;
    return { code, support: c.support, predicted: c.predicted, truePositives: c.tp, ...prf(c) };
  });
  const total = perCode.reduce(
    (sum, c) => ({
      support: sum.support + c.support,
      predicted: sum.predicted + c.predicted,
      tp: sum.tp + c.truePositives,
    }),
    { support: 0, predicted: 0, tp: 0 },
  );
  const scored = perCode.filter((c) => c.support > 0 || c.predicted > 0);
  const mean = (f: (c: CodeScore) => number) =>
    scored.reduce((sum, c) => sum + f(c), 0) / Math.max(1, scored.length);
  const decisions = gold.length - unmatched.length;
  return {
    decisions,
    unmatched,
    exactMatch: decisions === 0 ? 0 : exact / decisions,
    perCode,
    micro: prf(total),
    macro: {
      precision: mean((c) => c.precision),
      recall: mean((c) => c.recall),
      f1: mean((c) => c.f1),
    },
  };
}

function prf(c: { support: number; predicted: number; tp: number }) {
  const precision = c.predicted === 0 ? 0 : c.tp / c.predicted;
  const recall = c.support === 0 ? 0 : c.tp / c.support;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function renderAgreement(title: string, report: AgreementReport): string {
  const pct = (x: number) => (100 * x).toFixed(1);
  const rows = [['code', 'support', 'predicted', 'precision %', 'recall %', 'F1 %']];
  for (const c of report.perCode)
    rows.push([
      c.code,
      String(c.support),
      String(c.predicted),
      pct(c.precision),
      pct(c.recall),
      pct(c.f1),
    ]);
  rows.push([
    'micro',
    '',
    '',
    pct(report.micro.precision),
    pct(report.micro.recall),
    pct(report.micro.f1),
  ]);
  rows.push([
    'macro',
    '',
    '',
    pct(report.macro.precision),
    pct(report.macro.recall),
    pct(report.macro.f1),
  ]);
  return [
    `== ${title}: ${report.decisions} decisions, exact code set ${pct(report.exactMatch)}%` +
      (report.unmatched.length > 0
        ? `, ${report.unmatched.length} not parsed: ${report.unmatched.join(' ')}`
        : ''),
    padTable(rows),
  ].join('\n');
}

/** The parser's codes for every decision of the corpus, by `CASE#ORDINAL`. */
export async function parseCorpusReasons(corpus: string): Promise<Map<string, ReasonCode[]>> {
  const out = new Map<string, ReasonCode[]>();
  for (const file of findPdfs(corpus)) {
    const result = await parseLetterFile(file);
    if (isFailure(result)) continue;
    const caseNumber = result.caseNumber ?? path.basename(file, '.pdf');
    for (const decision of result.decisions)
      out.set(
        `${caseNumber}#${decision.ordinal}`,
        decision.reasons.map((r) => r.code),
      );
  }
  return out;
}

async function main(): Promise<void> {
  const root = benchPackageRoot();
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string', default: path.join(root, 'data/letters/dwc-imr-2016-2017') },
      gold: {
        type: 'string',
        default:
          process.env.IMR_REASONS_GOLD ?? path.resolve(root, '../shared/spec/reasons-dev.txt'),
      },
      out: { type: 'string' },
    },
  });
  const gold = readCodedDecisions(readFileSync(values.gold, 'utf8'));
  const predicted = await parseCorpusReasons(values.corpus);
  const held = heldOutCases(gold.map((d) => d.key));
  const isHeld = (d: CodedDecision) => held.has(d.key.split('#')[0]);
  const parts = {
    'held out (every 4th case)': scoreAgreement(gold.filter(isHeld), predicted),
    development: scoreAgreement(
      gold.filter((d) => !isHeld(d)),
      predicted,
    ),
    all: scoreAgreement(gold, predicted),
  };
  for (const [title, report] of Object.entries(parts))
    console.log(renderAgreement(title, report) + '\n');
  if (values.out !== undefined) writeFileSync(values.out, JSON.stringify(parts, null, 2) + '\n');
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
