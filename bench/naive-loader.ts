/**
 * The reference the loader is measured against: what a first loader without batching does.
 * One write transaction per letter, one Cypher statement per node and per relationship
 * (MERGE for shared nodes, MATCH … MATCH … MERGE for every edge). It parses on the same
 * LetterPool as the real loader, so the comparison is about writing. Still idempotent (a letter
 * with a known sha256 is skipped) and a letter is wholly in or not at all, as the loader's are.
 */
import type { Determination } from '../loaders/determination';
import { toGraphBatch } from '../src/ingest/to-graph-batch';
import { toCreateCasesParams } from '../src/graph/write/write-params';
import { collectLetterFiles } from '../loaders/read/collect-files';
import { LetterPool } from '../src/ingest/letter-pool';
import { isFailure } from '../loaders/read/read-letter';
import type { NamedQuery } from '../src/graph/named-query';
import type { Neo4jGateway } from '../src/graph/neo4j-gateway';
import * as q from './naive-loader.queries';

export interface NaiveLoadSummary {
  letters: number;
  failed: number;
  statements: number;
  seconds: number;
}

type Run = <P extends object, R>(query: NamedQuery<P, R>, params: P) => Promise<R[]>;

/** Loads the first `limit` letters found under `paths`, one transaction each. */
export async function loadNaively(
  paths: readonly string[],
  gateway: Neo4jGateway,
  limit = Infinity,
): Promise<NaiveLoadSummary> {
  const started = performance.now();
  const statementsBefore = gateway.statementCount;
  const pool = new LetterPool();
  let letters = 0;
  let failed = 0;
  try {
    for await (const { result } of pool.parseAll(firstFiles(paths, limit))) {
      if (isFailure(result)) failed++;
      else {
        await gateway.writeTransaction((run) => writeLetter(run, result));
        letters++;
      }
    }
  } finally {
    await pool.close();
  }
  return {
    letters,
    failed,
    statements: gateway.statementCount - statementsBefore,
    seconds: (performance.now() - started) / 1000,
  };
}

async function* firstFiles(paths: readonly string[], limit: number): AsyncGenerator<string> {
  let count = 0;
  for await (const file of collectLetterFiles(paths)) {
    if (count++ >= limit) return;
    yield file;
  }
}

async function writeLetter(run: Run, determination: Determination): Promise<void> {
  const batch = toGraphBatch([determination]);
  const [row] = batch.cases;
  const key = row.properties.caseNumber;
  const [stored] = await run(q.findCaseHash, { key });
  if (stored === determination.source.sha256) return;
  if (stored !== undefined) await run(q.clearCase, { key });

  for (const c of batch.categories) {
    await run(q.mergeCategory, { key: c.key, name: c.name, level: c.level });
    if (c.parentKey !== null) await run(q.subcategoryOf, { from: c.key, to: c.parentKey });
  }
  for (const s of batch.services) {
    const { name, category, subcategory, drug } = s;
    await run(q.mergeService, { name, category, subcategory, drug });
    for (const to of [s.categoryKey, s.subcategoryKey]) {
      if (to !== null) await run(q.inCategory, { from: name, to });
    }
  }
  for (const d of batch.documents) await run(q.mergeDocument, d);
  for (const g of batch.guidelines) {
    const { key: gKey, source, document, section } = g;
    await run(q.mergeGuideline, { key: gKey, source, document, section });
    await run(q.sectionOf, { from: gKey, to: g.documentKey });
  }
  for (const r of batch.reviewers) {
    await run(q.mergeReviewer, r);
    for (const name of r.specialties) {
      await run(q.mergeSpecialty, { name });
      await run(q.certifiedIn, { from: r.key, to: name });
    }
    for (const name of r.licensedStates) {
      await run(q.mergeState, { name });
      await run(q.licensedIn, { from: r.key, to: name });
    }
  }
  for (const name of batch.diagnoses) await run(q.mergeDiagnosis, { name });
  for (const name of batch.bodyRegions) await run(q.mergeBodyRegion, { name });

  // Typed values (integers, dates) exactly as the real loader stores them.
  const [params] = toCreateCasesParams(batch, () => true).cases;
  await run(q.mergeCase, { key, properties: params.properties });
  await run(q.reviewedBy, { from: key, to: row.reviewer });
  for (const name of row.diagnoses) await run(q.hasDiagnosis, { from: key, to: name });
  for (const [i, decision] of row.decisions.entries()) {
    const id = decision.properties.id;
    await run(q.createDecision, { properties: params.decisions[i].properties });
    await run(q.hasDecision, { from: key, to: id });
    await run(q.forService, { from: id, to: decision.service });
    for (const name of decision.bodyRegions) await run(q.concerns, { from: id, to: name });
    for (const c of decision.citations) {
      const cited = c.party === 'UR' ? q.urCited : q.reviewerCited;
      const properties = {
        pages: c.pages,
        edition: c.edition,
        text: c.text,
        ...params.decisions[i].scope,
      };
      await run(cited, { from: id, to: c.guideline, properties });
    }
  }
  for (const decision of row.decisions) {
    if (decision.dependsOn === null) continue;
    const to = `${key}#${decision.dependsOn}`;
    await run(q.dependsOn, { from: decision.properties.id, to });
  }
}
