/**
 * The pure mapping from parsed letters to a graph batch (src/ingest/to-graph-batch.ts),
 * without a database: the five seed letters against reviewed expectations
 * (test/golden/expected-graph), one file per seed plus the five in one batch (each shared node
 * once, in the order the letters first mention it). Long free text (summary, rationale,
 * citation text) appears in the expectations as its start and length; that the mapping passes
 * it through verbatim is checked against the parser's output. Mapping twice gives the same.
 *
 * IMR_WRITE_GRAPH_GOLDEN=1 rewrites the expectations from the current mapping and fails the
 * run: a rewritten file must be reviewed against the letter before it is committed.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isFailure, parseLetterFile, type Determination } from '../../loaders';
import type { GraphBatch } from '../../src/graph/write/graph-batch';
import {
  caseKey,
  categoryKey,
  decisionId,
  documentKey,
  subcategoryKey,
  toGraphBatch,
} from '../../src/ingest/to-graph-batch';
import { seedFiles } from '../helpers/corpus';

const EXPECTED_DIR = join(__dirname, 'expected-graph');
const WRITE = process.env.IMR_WRITE_GRAPH_GOLDEN === '1';

/** Free text shortened for the expectations: its first 40 characters and its length. */
function abbreviate(text: string | null): string | null {
  if (text === null || text.length <= 60) return text;
  return `${text.slice(0, 40)}… (${text.length} chars)`;
}

/** The batch as the expectations hold it: long text abbreviated, everything else as mapped. */
function reviewable(batch: GraphBatch): unknown {
  return {
    ...batch,
    cases: batch.cases.map((c) => ({
      ...c,
      properties: { ...c.properties, summary: abbreviate(c.properties.summary) },
      decisions: c.decisions.map((d) => ({
        ...d,
        properties: { ...d.properties, rationale: abbreviate(d.properties.rationale) },
        citations: d.citations.map((x) => ({ ...x, text: abbreviate(x.text) })),
      })),
    })),
  };
}

function expectation(name: string, batch: GraphBatch): unknown {
  const file = join(EXPECTED_DIR, `${name}.json`);
  if (WRITE) {
    const previous = JSON.parse(readFileSync(file, { encoding: 'utf8', flag: 'a+' }) || '{}');
    const notes = previous.notes ?? [
      'Written from toGraphBatch output; review against the letter.',
    ];
    writeFileSync(file, JSON.stringify({ notes, batch: reviewable(batch) }, null, 2) + '\n');
  }
  return JSON.parse(readFileSync(file, 'utf8')).batch;
}

describe('golden: seed letters mapped to graph batches', () => {
  const parsed = new Map<string, Determination>();
  const bytesHash = new Map<string, string>();

  beforeAll(async () => {
    for (const file of seedFiles()) {
      const result = await parseLetterFile(file);
      if (isFailure(result)) throw new Error(`${basename(file)}: ${result.error.code}`);
      parsed.set(basename(file, '.txt'), result);
      bytesHash.set(
        basename(file, '.txt'),
        createHash('sha256').update(readFileSync(file)).digest('hex'),
      );
    }
  });

  afterAll(() => {
    if (WRITE) throw new Error('IMR_WRITE_GRAPH_GOLDEN=1 rewrote the expectations: review them');
  });

  test('each seed maps to its reviewed batch', () => {
    for (const [name, determination] of parsed) {
      const batch = toGraphBatch([determination]);
      expect({ name, batch: reviewable(batch) }).toEqual({ name, batch: expectation(name, batch) });
    }
  });

  test('the five in one batch: each shared node once, in order of first mention', () => {
    const all = toGraphBatch([...parsed.values()]);
    expect(reviewable(all)).toEqual(expectation('all-seeds', all));
    for (const list of [all.services.map((s) => s.name), all.guidelines.map((g) => g.key)]) {
      expect(new Set(list).size).toBe(list.length);
    }
    // The combined batch's cases are the single batches' cases.
    expect(all.cases).toEqual([...parsed.values()].map((d) => toGraphBatch([d]).cases[0]));
  });

  test('keys are deterministic: doc:<sha256 of the bytes> without a case number, <case>#<ordinal>', () => {
    for (const [name, d] of parsed) {
      const [row] = toGraphBatch([d]).cases;
      expect(d.caseNumber).toBeNull();
      expect(row.properties.caseNumber).toBe(`doc:${bytesHash.get(name)}`);
      expect(caseKey(d)).toBe(row.properties.caseNumber);
      expect(row.decisions.map((x) => x.properties.id)).toEqual(
        d.decisions.map((x) => decisionId(`doc:${bytesHash.get(name)}`, x.ordinal)),
      );
      expect(row.reviewer).toBe(
        `${[...d.reviewer.specialties].sort().join(';')}|${[...d.reviewer.licensedStates].sort().join(';')}`,
      );
    }
  });

  test('free text passes through verbatim', () => {
    for (const d of parsed.values()) {
      const [row] = toGraphBatch([d]).cases;
      expect(row.properties.summary).toBe(d.summary);
      row.decisions.forEach((x, i) => {
        expect(x.properties.request).toBe(d.decisions[i].request);
        expect(x.properties.rationale).toBe(d.decisions[i].rationale);
        const texts = [
          ...d.decisions[i].claimsAdministrator.citations,
          ...d.decisions[i].reviewer.citations,
        ].map((c) => c.text);
        for (const c of x.citations) expect(texts).toContain(c.text);
      });
    }
  });

  test('every row refers only to shared nodes the batch lists; parents come before subcategories', () => {
    const all = toGraphBatch([...parsed.values()]);
    const services = new Set(all.services.map((s) => s.name));
    const guidelines = new Set(all.guidelines.map((g) => g.key));
    const documents = new Set(all.documents.map((x) => x.key));
    const reviewers = new Set(all.reviewers.map((r) => r.key));
    const categories = all.categories.map((c) => c.key);
    for (const c of all.cases) {
      expect(reviewers.has(c.reviewer)).toBe(true);
      for (const x of c.diagnoses) expect(all.diagnoses).toContain(x);
      for (const d of c.decisions) {
        expect(services.has(d.service)).toBe(true);
        for (const b of d.bodyRegions) expect(all.bodyRegions).toContain(b);
        for (const x of d.citations) expect(guidelines.has(x.guideline)).toBe(true);
        if (d.dependsOn !== null) {
          expect(c.decisions.map((y) => y.properties.ordinal)).toContain(d.dependsOn);
        }
      }
    }
    for (const g of all.guidelines) {
      expect(documents.has(g.documentKey)).toBe(true);
      expect(g.documentKey).toBe(documentKey(g.source, g.document));
    }
    for (const s of all.services) {
      if (s.category !== null) expect(s.categoryKey).toBe(categoryKey(s.category));
      if (s.category !== null && s.subcategory !== null) {
        expect(s.subcategoryKey).toBe(subcategoryKey(s.category, s.subcategory));
      }
      for (const key of [s.categoryKey, s.subcategoryKey])
        if (key !== null) expect(categories).toContain(key);
    }
    all.categories.forEach((c, i) => {
      if (c.parentKey !== null) expect(categories.slice(0, i)).toContain(c.parentKey);
    });
  });

  test('mapping twice, or parsing and mapping again, gives identical output', async () => {
    const letters = [...parsed.values()];
    const once = JSON.stringify(toGraphBatch(letters));
    expect(JSON.stringify(toGraphBatch(letters))).toBe(once);
    const reparsed: Determination[] = [];
    for (const file of seedFiles()) {
      const result = await parseLetterFile(file);
      if (isFailure(result)) throw new Error(result.error.code);
      reparsed.push(result);
    }
    expect(JSON.stringify(toGraphBatch(reparsed))).toBe(once);
    // The mapping does not change its input.
    expect(JSON.stringify(reparsed)).toBe(JSON.stringify(letters));
  });
});
