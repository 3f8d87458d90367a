import 'reflect-metadata';
import { graphql, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { isFailure, parseLetterFile, type Decision, type Determination } from '../../loaders';
import { caseKey, guidelineKey } from '../../src/ingest/to-graph-batch';
import { loadLetters } from '../../src/ingest/load-letters';
import { analyticsResolvers } from '../../src/api/analytics';
import { wilsonInterval } from '../../src/api/analytics/statistics';
import { loadConfig } from '../../src/config';
import { connectDatabase } from '../../src/cli/connect';
import type { Neo4jGateway } from '../../src/graph/neo4j-gateway';
import { deleteCases } from '../../src/ingest/ingest.service';
import type { ApiContext } from '../../src/api/core/context';
import { createServiceScope } from '../../src/api/core/service-scope';
import { formatApiError } from '../../src/api/http/format-error';
import { corpusDir, filesUnder, seedsDir } from '../helpers/corpus';

/**
 * The mission question on real letters: "which guidelines most often lead to overturns for
 * chiropractic", asked through GraphQL against Neo4j with the seeds and the DWC corpus
 * loaded. The expected answer is computed here from the parser's output, not from the
 * database. Counts are taken as after-load minus before-load, so data already in the
 * database cannot change the verdict; the exact ranking is checked when there was none.
 */

const SUBCATEGORY = 'Chiropractic';
const LETTER_DIRS = [seedsDir(), corpusDir()];
/** The 133 PDFs are read twice (expected answer, then load), in-process from TypeScript:
 * about a minute each on two busy cores. */
const PARSE_AND_LOAD_MS = 900_000;

interface Counts {
  decisions: number;
  upheld: number;
  overturned: number;
}

type Party = 'reviewer' | 'claimsAdministrator';

/** Guideline keys a party cited for one decision, as the graph keys them (once each). */
function citedKeys(decision: Decision, party: Party): Set<string> {
  const keys = new Set<string>();
  for (const c of decision[party].citations) {
    const sections = c.sections.length > 0 ? c.sections : [null];
    for (const section of sections) keys.add(guidelineKey(c.source, c.document, section));
  }
  return keys;
}

const add = (counts: Counts, decision: Decision) => {
  counts.decisions++;
  if (decision.outcome === 'OVERTURNED') counts.overturned++;
  else counts.upheld++;
};
const zero = (): Counts => ({ decisions: 0, upheld: 0, overturned: 0 });

function expectedImpact(decisions: Decision[], party: Party): Map<string, Counts> {
  const byKey = new Map<string, Counts>();
  for (const decision of decisions) {
    for (const key of citedKeys(decision, party)) {
      if (!byKey.has(key)) byKey.set(key, zero());
      add(byKey.get(key)!, decision);
    }
  }
  return byKey;
}

type Row = Counts & { key: string; [field: string]: unknown };

const IMPACT = `query($filter: DecisionFilter, $outcome: Outcome, $citedBy: CitedBy, $min: Int, $limit: Int) {
  guidelineImpact(filter: $filter, outcome: $outcome, citedBy: $citedBy, minDecisions: $min, limit: $limit) {
    key decisions upheld overturned overturnRate outcome outcomeCount rate rateLow rateHigh baselineRate lift
    guideline { key source document section }
  }
}`;

const BREAKDOWN = `query($by: Dimension!, $filter: DecisionFilter) {
  outcomeBreakdown(by: $by, filter: $filter) { key decisions upheld overturned overturnRate rate rateLow rateHigh lift }
}`;

const AGREEMENT = `query($filter: DecisionFilter) {
  citationAgreement(filter: $filter) {
    decisions bothCited sameDocument sameDocumentShare sameGuideline
    agree { key decisions overturned } differ { key decisions overturned }
    groups { key decisions upheld overturned }
    urCitedNoEvidence { decisions overturned } urCitedNoEvidenceReviewerCited urCitedEvidence { decisions }
  }
}`;

function minus(after: Row[], before: Row[]): Map<string, Counts> {
  const earlier = new Map(before.map((r) => [r.key, r]));
  const out = new Map<string, Counts>();
  for (const r of after) {
    const b = earlier.get(r.key);
    const d = {
      decisions: r.decisions - (b?.decisions ?? 0),
      upheld: r.upheld - (b?.upheld ?? 0),
      overturned: r.overturned - (b?.overturned ?? 0),
    };
    if (d.decisions !== 0) out.set(r.key, d);
  }
  return out;
}

describe('analytics on the seeds and the DWC corpus', () => {
  let gateway: Neo4jGateway;
  let schema: GraphQLSchema;
  let determinations: Determination[] = [];
  let chiropractic: Decision[] = [];
  let loadedKeys: string[] = [];
  const before: Record<string, Row[]> = {};
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- GraphQL answers, checked field by field
  let agreementBefore: Record<string, any>;

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- GraphQL answers, checked field by field
  async function run<T = any>(source: string, variables: Record<string, unknown> = {}) {
    const context: ApiContext = {
      scope: createServiceScope(gateway),
      config: loadConfig(process.env),
      isAdmin: false,
    };
    const statements = gateway.statementCount;
    const result = await graphql({
      schema,
      source,
      variableValues: variables,
      contextValue: context,
    });
    return {
      // As a client gets them: through the API's one error mapping.
      errors: result.errors?.map((error) => formatApiError(error.toJSON(), error)),
      data: result.data as T,
      statements: gateway.statementCount - statements,
    };
  }

  async function impact(variables: Record<string, unknown>): Promise<Row[]> {
    const result = await run<{ guidelineImpact: Row[] }>(IMPACT, { limit: 100, ...variables });
    expect(result.errors).toBeUndefined();
    expect(result.statements).toBe(1);
    return result.data.guidelineImpact;
  }

  beforeAll(async () => {
    schema = await buildSchema({ resolvers: [...analyticsResolvers], validate: false });
    const config = { ...loadConfig(process.env), queryTimeoutMs: 120_000 };
    gateway = await connectDatabase(config, { migrate: true });

    const files = LETTER_DIRS.flatMap((dir) => [
      ...filesUnder(dir, '.txt'),
      ...filesUnder(dir, '.pdf'),
    ]);
    expect(files.length).toBeGreaterThan(100);
    const parsed = new Map<string, Determination>();
    let unparsed = 0;
    for (const file of files) {
      const result = await parseLetterFile(file);
      if (isFailure(result)) unparsed++;
      else parsed.set(caseKey(result), result); // a later letter replaces an earlier one
    }
    determinations = [...parsed.values()];
    loadedKeys = [...parsed.keys()];
    chiropractic = determinations
      .flatMap((d) => d.decisions)
      .filter((d) => d.service.subcategory === SUBCATEGORY);
    expect(chiropractic.length).toBeGreaterThan(5);

    // Our own letters may be in a long-lived database already: take them out first so that
    // after minus before is exactly what they contribute.
    await deleteCases(gateway, loadedKeys);
    const filter = { subcategory: SUBCATEGORY };
    before.reviewer = await impact({ filter });
    before.upheld = await impact({ filter, outcome: 'UPHELD' });
    before.ur = await impact({ filter, citedBy: 'CLAIMS_ADMINISTRATOR' });
    for (const by of ['SUBCATEGORY', 'SERVICE', 'DECISION_MONTH']) {
      before[by] = (await run(BREAKDOWN, { by, filter })).data.outcomeBreakdown;
    }
    agreementBefore = (await run(AGREEMENT, { filter })).data.citationAgreement;

    // Small batches: from TypeScript the letters parse in-process, as many at a time as two
    // batches hold, and PDF extraction has a per-letter time limit.
    const summary = await loadLetters(LETTER_DIRS, gateway, { batchSize: 5 });
    expect(summary.failures.slice(0, 1)).toEqual([]);
    expect(summary.failed).toBe(unparsed);
  }, PARSE_AND_LOAD_MS);

  afterAll(async () => {
    if (gateway) {
      await deleteCases(gateway, loadedKeys);
      await gateway.close();
    }
  });

  it('answers "which guidelines most often lead to overturns for chiropractic" as the letters say', async () => {
    const rows = await impact({ filter: { subcategory: SUBCATEGORY }, outcome: 'OVERTURNED' });
    const expected = expectedImpact(chiropractic, 'reviewer');
    expect(minus(rows, before.reviewer)).toEqual(expected);

    // The contract's order and statistics hold for every row, whatever else the shared
    // database holds: most overturns, then the higher overturn rate, then the key; the rate,
    // its Wilson interval and the lift from the row's own counts and one baseline for all.
    const ranked = [...rows].sort(
      (a, b) =>
        b.overturned - a.overturned ||
        b.overturned / b.decisions - a.overturned / a.decisions ||
        a.key.localeCompare(b.key),
    );
    expect(rows.map((r) => r.key)).toEqual(ranked.map((r) => r.key));
    expect(rows.length).toBeGreaterThan(0);
    const baselines = new Set(rows.map((r) => r.baselineRate));
    expect(baselines.size).toBe(1);
    const baseline = rows[0].baselineRate as number;
    if (before.reviewer.length === 0) {
      // Only this file's letters: the baseline is theirs.
      const overturned = chiropractic.filter((d) => d.outcome === 'OVERTURNED').length;
      expect(baseline).toBe(overturned / chiropractic.length);
    }
    for (const row of rows) {
      const interval = wilsonInterval(row.overturned, row.decisions);
      expect(row).toMatchObject({
        outcome: 'OVERTURNED',
        outcomeCount: row.overturned,
        overturnRate: row.overturned / row.decisions,
        rate: row.overturned / row.decisions,
      });
      expect(row.rateLow).toBeCloseTo(interval.low, 12);
      expect(row.rateHigh).toBeCloseTo(interval.high, 12);
      expect(row.lift).toBeCloseTo(row.overturned / row.decisions / baseline, 12);
      expect((row.guideline as { key: string }).key).toBe(row.key);
    }
  });

  it('ranks by upheld decisions when asked, and by the claims administrator citations', async () => {
    const filter = { subcategory: SUBCATEGORY };
    const upheld = await impact({ filter, outcome: 'UPHELD' });
    expect(minus(upheld, before.upheld)).toEqual(expectedImpact(chiropractic, 'reviewer'));
    const counts = upheld.map((r) => r.upheld);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    for (const r of upheld) expect(r.outcomeCount).toBe(r.upheld);
    const ur = await impact({ filter, citedBy: 'CLAIMS_ADMINISTRATOR' });
    expect(minus(ur, before.ur)).toEqual(expectedImpact(chiropractic, 'claimsAdministrator'));
  });

  it('hides thin evidence with minDecisions and keeps the first `limit`', async () => {
    const filter = { subcategory: SUBCATEGORY };
    const all = await impact({ filter });
    const thick = await impact({ filter, min: 2 });
    expect(thick.every((r) => r.decisions >= 2)).toBe(true);
    expect(thick.map((r) => r.key)).toEqual(all.filter((r) => r.decisions >= 2).map((r) => r.key));
    expect((await impact({ filter, limit: 1 })).map((r) => r.key)).toEqual([all[0].key]);
  });

  it('refuses a limit out of range', async () => {
    for (const limit of [0, 101]) {
      const result = await run(IMPACT, { limit });
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.statements).toBe(0);
    }
  });

  it('breaks the filtered decisions down so that single-valued dimensions add up to them', async () => {
    const filter = { subcategory: SUBCATEGORY };
    const added = chiropractic.length;
    for (const by of ['SUBCATEGORY', 'SERVICE', 'DECISION_MONTH']) {
      const result = await run(BREAKDOWN, { by, filter });
      expect(result.errors).toBeUndefined();
      expect(result.statements).toBe(1);
      const buckets: Row[] = result.data.outcomeBreakdown;
      const sum = (rows: Row[]) => rows.reduce((n, r) => n + r.decisions, 0);
      expect(sum(buckets) - sum(before[by])).toBe(added);
      for (const b of buckets) expect(b.upheld + b.overturned).toBe(b.decisions);
    }
    const subcategories: Row[] = (await run(BREAKDOWN, { by: 'SUBCATEGORY', filter })).data
      .outcomeBreakdown;
    expect(subcategories.map((b) => b.key)).toEqual([SUBCATEGORY]);

    // Exactly one case's decisions, whatever else is in the database.
    const one = determinations.find((d) => d.caseNumber !== null && d.decisions.length > 1)!;
    for (const by of ['CATEGORY', 'SERVICE', 'DECISION_MONTH', 'SUBCATEGORY']) {
      const buckets: Row[] = (await run(BREAKDOWN, { by, filter: { caseNumber: one.caseNumber } }))
        .data.outcomeBreakdown;
      expect(buckets.reduce((n, r) => n + r.decisions, 0)).toBe(one.decisions.length);
    }
    for (const by of [
      'GUIDELINE',
      'GUIDELINE_DOCUMENT',
      'SPECIALTY',
      'LICENSED_STATE',
      'BODY_REGION',
    ]) {
      const result = await run(BREAKDOWN, { by, filter: { caseNumber: one.caseNumber } });
      expect(result.errors).toBeUndefined();
      // Multi-valued: every decision is somewhere, some in several buckets.
      expect(
        result.data.outcomeBreakdown.reduce((n: number, r: Row) => n + r.decisions, 0),
      ).toBeGreaterThanOrEqual(one.decisions.length);
    }
  });

  it('measures how often the reviewer cited the same guideline document as UR', async () => {
    const result = await run(AGREEMENT, { filter: { subcategory: SUBCATEGORY } });
    expect(result.errors).toBeUndefined();
    expect(result.statements).toBe(1);
    const now = result.data.citationAgreement;
    const docs = (d: Decision, party: Party) => new Set(d[party].citations.map((c) => c.document));
    let both = 0;
    let same = 0;
    let noEvidence = 0;
    for (const d of chiropractic) {
      const ur = docs(d, 'claimsAdministrator');
      const imr = docs(d, 'reviewer');
      if (ur.size > 0 && imr.size > 0) {
        both++;
        if ([...ur].some((x) => imr.has(x))) same++;
      }
      if (d.claimsAdministrator.citedNoEvidence) noEvidence++;
    }
    expect(now.decisions - agreementBefore.decisions).toBe(chiropractic.length);
    expect(now.bothCited - agreementBefore.bothCited).toBe(both);
    expect(now.sameDocument - agreementBefore.sameDocument).toBe(same);
    expect(now.urCitedNoEvidence.decisions - agreementBefore.urCitedNoEvidence.decisions).toBe(
      noEvidence,
    );
    expect(now.groups.reduce((n: number, g: Row) => n + g.decisions, 0)).toBe(now.decisions);
    expect(now.agree.decisions + now.differ.decisions).toBe(now.bothCited);
    expect(now.sameDocumentShare).toBeCloseTo(
      now.bothCited ? now.sameDocument / now.bothCited : 0,
      12,
    );
  });

  it('gives overturn rates by specialty and month by month', async () => {
    const filter = { subcategory: SUBCATEGORY };
    const rates = await run(
      `query($filter: DecisionFilter) { specialtyOverturnRates(filter: $filter, minDecisions: 2) {
         key decisions overturned rate rateLow rateHigh } }`,
      { filter },
    );
    expect(rates.errors).toBeUndefined();
    expect(rates.statements).toBe(1);
    const specialties: Row[] = rates.data.specialtyOverturnRates;
    expect(specialties.length).toBeGreaterThan(0);
    expect(specialties.every((s) => s.decisions >= 2)).toBe(true);
    const r = specialties.map((s) => s.rate as number);
    expect(r).toEqual([...r].sort((a, b) => b - a));

    const trend = await run(
      `query($filter: DecisionFilter) { outcomeTrend(filter: $filter) { key decisions overturned } }`,
      { filter },
    );
    expect(trend.errors).toBeUndefined();
    const months: string[] = trend.data.outcomeTrend.map((m: Row) => m.key);
    expect(months).toEqual([...months].sort());
    expect(months.every((m) => /^\d{4}-\d{2}$/.test(m))).toBe(true);
  });

  it('finds similar cases by shared service, guideline, diagnosis and body region', async () => {
    const withChiro = determinations.find(
      (d) =>
        d.caseNumber !== null && d.decisions.some((x) => x.service.subcategory === SUBCATEGORY),
    )!;
    const result = await run(
      `query($n: ID!) { similarCases(caseNumber: $n, limit: 5) {
         caseNumber score sharedServices sharedGuidelines sharedDiagnoses sharedBodyRegions case { caseNumber } } }`,
      { n: withChiro.caseNumber },
    );
    expect(result.errors).toBeUndefined();
    expect(result.statements).toBe(1);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a GraphQL answer
    const hits: any[] = result.data.similarCases;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThanOrEqual(5);
    for (const hit of hits) {
      expect(hit.caseNumber).not.toBe(withChiro.caseNumber);
      expect(hit.case.caseNumber).toBe(hit.caseNumber);
      expect(hit.score).toBe(
        3 * hit.sharedServices.length +
          2 * hit.sharedGuidelines.length +
          2 * hit.sharedDiagnoses.length +
          hit.sharedBodyRegions.length,
      );
    }
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));

    const missing = await run(`{ similarCases(caseNumber: "CM00-0000000") { caseNumber } }`);
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
