/**
 * A changed letter with the same case number replaces its case: the old decisions and
 * citations go, the new ones are as parsed, and shared nodes that only the old version used
 * (a guideline, a service, a diagnosis, a reviewer profile) do not stay behind as orphans.
 * The letter is a seed given a page-1 header (seeds have no case number), in a temp dir.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Determination } from '../../loaders/determination';
import { guidelineKey, normaliseDiagnosis, reviewerKey } from '../../src/ingest/to-graph-batch';
import { writeDeterminations } from '../../src/ingest/write-batch';
import { loadLetters } from '../../src/ingest/load-letters';
import { isFailure, parseLetterFile } from '../../loaders/read/read-letter';
import type { Neo4jGateway } from '../../src/graph/neo4j-gateway';
import { seedsDir } from '../helpers/corpus';
import {
  cleanUp,
  expectCasesAsParsed,
  letterHeader,
  openGateway,
  orphanKeys,
  rows,
  single,
  snapshotGraph,
  vocabulary,
  type GraphSnapshot,
} from './load-helpers';
import { nodeKeyCypher } from '../helpers/node-key';

jest.setTimeout(300_000);

const SEED = join(seedsDir(), '003_76d55e3afe68ea32.txt');
const CASE = 'CM99-9000003';
/** A case whose two versions arrive in one load, as two files. */
const TWICE = 'CM99-9000004';

/** The seed with a header carrying a case number of the test's own. */
function version1(caseNumber = CASE): string {
  return letterHeader(caseNumber) + readFileSync(SEED, 'utf8');
}

/**
 * Item 1 overturned instead of upheld, item 3's reviewer cites Knee instead of Low Back
 * Complaints, item 4 (Office visit) gone, the diagnosis and the reviewer's state changed, and
 * the header's priority line removed.
 */
function version2(caseNumber = CASE): string {
  const v1 = version1(caseNumber);
  const edited = replaceOnce(
    replaceOnce(
      replaceOnce(
        replaceOnce(v1, 'Pain Cream: Upheld', 'Pain Cream: Overturned'),
        'ACOEM Chapter 12 Low Back Complaints',
        'ACOEM Chapter 13 Knee Complaints',
      ),
      'State(s) of Licensure: California',
      'State(s) of Licensure: Nevada',
    ),
    'lumbar intervertebral disc disorder',
    'cervical intervertebral disc disorder',
  );
  // No priority any more: the stored case must lose the old value, not keep it.
  const withoutPriority = replaceOnce(edited, 'Priority: Standard\n', '');
  return withoutPriority.slice(0, withoutPriority.indexOf('Follow up PRN: Upheld'));
}

function replaceOnce(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`the seed no longer contains '${from}'`);
  return text.replace(from, to);
}

async function parse(file: string): Promise<Determination> {
  const result = await parseLetterFile(file);
  if (isFailure(result)) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result;
}

/** Identities of the shared nodes a letter points at, as the snapshot/orphan helpers name them. */
function sharedIdentities(d: Determination): string[] {
  const ids = new Set<string>();
  for (const x of d.decisions) {
    ids.add(`:Service{${x.service.name}}`);
    for (const party of [x.claimsAdministrator, x.reviewer]) {
      for (const c of party.citations) {
        for (const s of c.sections.length > 0 ? c.sections : [null])
          ids.add(`:Guideline{${guidelineKey(c.source, c.document, s)}}`);
      }
    }
  }
  for (const name of d.diagnoses) ids.add(`:Diagnosis{${normaliseDiagnosis(name)}}`);
  ids.add(`:Reviewer{${reviewerKey(d.reviewer.specialties, d.reviewer.licensedStates)}}`);
  return [...ids];
}

async function sharedPresent(gateway: Neo4jGateway, identities: string[]): Promise<string[]> {
  const found = await rows(
    gateway,
    'sharedPresent',
    `MATCH (n) WHERE n:Service OR n:Guideline OR n:Diagnosis OR n:Reviewer
     WITH reduce(s = '', l IN labels(n) | s + ':' + l) + '{' + ${nodeKeyCypher('n')} + '}' AS id
     WHERE id IN $identities RETURN id`,
    { identities },
  );
  return found.map((r) => r.id as string).sort();
}

describe('a changed letter replaces its case', () => {
  let gateway: Neo4jGateway;
  let dir: string;
  let file: string;
  let v1: Determination;
  let v2: Determination;
  let vocabularyBefore: string[];
  let orphansBefore: string[];
  let existedBefore: string[];
  let firstLoad: GraphSnapshot;

  beforeAll(async () => {
    gateway = await openGateway();
    const present = await single(
      gateway,
      'present',
      'MATCH (c:Case {caseNumber: $k}) RETURN count(c)',
      {
        k: CASE,
      },
    );
    if (present > 0) throw new Error(`${CASE} is already in the graph`);
    vocabularyBefore = await vocabulary(gateway);
    orphansBefore = await orphanKeys(gateway);
    dir = mkdtempSync(join(tmpdir(), 'imr-load-replace-'));
    file = join(dir, `${CASE}.txt`);
    writeFileSync(file, version1());
    v1 = await parse(file);
    writeFileSync(file, version2());
    v2 = await parse(file);
    writeFileSync(file, version1());
    existedBefore = await sharedPresent(gateway, [
      ...sharedIdentities(v1),
      ...sharedIdentities(v2),
    ]);
  });

  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    if (gateway === undefined) return;
    try {
      await cleanUp(gateway, [CASE, TWICE], vocabularyBefore);
    } finally {
      await gateway.close();
    }
  });

  test('the edit is what the test means it to be (parser check)', () => {
    expect(v1.caseNumber).toBe(CASE);
    expect(v2.caseNumber).toBe(CASE);
    expect(v1.source.sha256).not.toBe(v2.source.sha256);
    expect(v1.decisions.map((d) => d.outcome)).toEqual(['UPHELD', 'UPHELD', 'UPHELD', 'UPHELD']);
    expect(v2.decisions.map((d) => d.outcome)).toEqual(['OVERTURNED', 'UPHELD', 'UPHELD']);
    expect(v2.decisions[2].reviewer.citations.map((c) => c.document)).toEqual(['Knee Complaints']);
    expect(v1.decisions[2].reviewer.citations.map((c) => c.document)).toEqual([
      'Low Back Complaints',
    ]);
    expect([v1.priority, v2.priority]).toEqual(['Standard', null]);
  });

  test('the first version loads as parsed', async () => {
    const summary = await loadLetters([file], gateway, { threads: 1 });
    expect(summary).toMatchObject({ files: 1, loaded: 1, replaced: 0, unchanged: 0, failed: 0 });
    await expectCasesAsParsed(gateway, [v1]);
    firstLoad = await snapshotGraph(gateway, ['State']);
  });

  test('the changed version replaces it: old decisions and citations gone, new ones as parsed', async () => {
    writeFileSync(file, version2());
    const summary = await loadLetters([file], gateway, { threads: 1 });
    expect(summary).toMatchObject({ files: 1, loaded: 0, replaced: 1, unchanged: 0, failed: 0 });
    await expectCasesAsParsed(gateway, [v2]);
    const decisions = await rows(
      gateway,
      'decisionsOfCase',
      `MATCH (d:Decision) WHERE d.caseNumber = $k OR d.id STARTS WITH $k + '#'
       RETURN d.id AS id, d.outcome AS outcome ORDER BY id`,
      { k: CASE },
    );
    expect(decisions).toEqual([
      { id: `${CASE}#1`, outcome: 'OVERTURNED' },
      { id: `${CASE}#2`, outcome: 'UPHELD' },
      { id: `${CASE}#3`, outcome: 'UPHELD' },
    ]);
    const cases = await single(
      gateway,
      'caseCount',
      'MATCH (c:Case {caseNumber: $k}) RETURN count(c)',
      {
        k: CASE,
      },
    );
    expect(cases).toBe(1);
  });

  test('shared nodes only the old version used are gone; no new orphans anywhere', async () => {
    const onlyOld = sharedIdentities(v1).filter(
      (id) => !sharedIdentities(v2).includes(id) && !existedBefore.includes(id),
    );
    // The edit must make some (else this test proves nothing): the Low Back guideline, the
    // Office visit service, the old diagnosis and the California reviewer profile.
    expect(onlyOld.length).toBeGreaterThanOrEqual(existedBefore.length === 0 ? 4 : 1);
    expect(await sharedPresent(gateway, onlyOld)).toEqual([]);
    expect(await sharedPresent(gateway, sharedIdentities(v2))).toEqual(sharedIdentities(v2).sort());
    expect(await orphanKeys(gateway)).toEqual(orphansBefore);
  });

  test('loading the first version again restores the graph the first load made', async () => {
    writeFileSync(file, version1());
    const restored = await loadLetters([file], gateway, { threads: 1 });
    expect(restored).toMatchObject({ files: 1, loaded: 0, replaced: 1, unchanged: 0 });
    await expectCasesAsParsed(gateway, [v1]);
    // States are vocabulary and stay (Nevada now exists): everything else is as it was.
    const now = await snapshotGraph(gateway, ['State']);
    expect(now.counts).toEqual(firstLoad.counts);
    expect(now.checksum).toBe(firstLoad.checksum);
    const again = await loadLetters([file], gateway, { threads: 1 });
    expect(again).toMatchObject({ files: 1, loaded: 0, replaced: 0, unchanged: 1 });
    expect(await orphanKeys(gateway)).toEqual(orphansBefore);
  });

  test('two versions of one case in one load: the later file wins, the case is there once', async () => {
    const both = join(dir, 'both');
    mkdirSync(both);
    writeFileSync(join(both, 'a-first.txt'), version1(TWICE));
    writeFileSync(join(both, 'b-second.txt'), version2(TWICE));
    const later = await parse(join(both, 'b-second.txt'));
    const summary = await loadLetters([both], gateway, { threads: 1, batchSize: 10 });
    expect(summary).toMatchObject({ files: 2, loaded: 1, replaced: 1, unchanged: 0, failed: 0 });
    await expectCasesAsParsed(gateway, [later]);
    expect(await orphanKeys(gateway)).toEqual(orphansBefore);
  });

  test('a replacement locks for clean-up only the shared nodes its new version no longer links', async () => {
    const statements = async (d: Determination, sha256: string) => {
      const names: string[] = [];
      await writeDeterminations(gateway, [{ ...d, source: { ...d.source, sha256 } }], {
        onTiming: (name) => names.push(name),
      });
      return names;
    };
    // The same shared nodes again (only the hash differs): they are still used, none is locked,
    // so two writers replacing cases that share a popular node never wait for each other on it.
    const same = await statements(v1, 'a'.repeat(64));
    expect(same).toContain('load.clearCases');
    expect(same).not.toContain('load.lockNodes');
    // Another version drops some: those are locked, judged and deleted.
    const other = await statements(v2, 'b'.repeat(64));
    expect(other).toContain('load.lockNodes');
    const onlyOld = sharedIdentities(v1).filter(
      (id) => !sharedIdentities(v2).includes(id) && !existedBefore.includes(id),
    );
    expect(onlyOld.length).toBeGreaterThan(0);
    expect(await sharedPresent(gateway, onlyOld)).toEqual([]);
    expect(await orphanKeys(gateway)).toEqual(orphansBefore);
  });
});
