/**
 * Letter text is data. Letters whose request, rationale, diagnoses, summary, guideline
 * paragraph and file name carry Cypher injection, backticks, `$param`s, odd unicode and a very
 * long line are stored verbatim as parsed, and nothing else in the graph changes: a bystander
 * case loaded first is byte-for-byte the same node set after the malicious letters come and go.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Determination } from '../../loaders/determination';
import { caseKey } from '../../src/ingest/to-graph-batch';
import { loadLetters } from '../../src/ingest/load-letters';
import { isFailure, parseLetterFile } from '../../loaders/read/read-letter';
import type { Neo4jGateway } from '../../src/graph/neo4j-gateway';
import { deleteCases } from '../../src/ingest/ingest.service';
import {
  cleanUp,
  expectCasesAsParsed,
  letterHeader,
  openGateway,
  orphanKeys,
  rows,
  seedWithHeader,
  snapshotGraph,
  vocabulary,
  type GraphSnapshot,
} from './load-helpers';

jest.setTimeout(300_000);

const BYSTANDER = 'CM99-9300000';
const MALICIOUS = ['CM99-9300001', 'CM99-9300002'];
const INJECTION = `'}) DETACH DELETE n // \`Case\` $keys " OR 1=1 ; MATCH (x) DETACH DELETE x`;
const INJECTION_2 = `"}]->(m) SET m.caseNumber = $caseNumber RETURN 1 UNION MATCH (n) DETACH DELETE n //`;
const UNICODE = 'Ünïcödé 日本語 🩺 \u202eRTL\u202c zero\u200bwidth \\u0027 \\ back\\slash';
const LONG_LINE = 'x'.repeat(120_000);

function maliciousLetter(caseNumber: string, injection: string): string {
  return (
    letterHeader(caseNumber) +
    [
      '',
      'HOW THE IMR FINAL DETERMINATION WAS MADE',
      'The Expert Reviewer has the following credentials:',
      'State(s) of Licensure: California',
      'Certification(s)/Specialty: Family Practice',
      '',
      'CLINICAL CASE SUMMARY',
      'The injured worker is a 48 year old male, who sustained an industrial injury on 10-13-2016.',
      `Diagnoses include ${injection} and ${UNICODE}. Treatment to date has included home exercise program.`,
      '',
      'IMR ISSUES, DECISIONS AND RATIONALES',
      'The Final Determination was based on decisions for the disputed items/services set forth below:',
      '',
      `MRI of the right shoulder ${injection.replace(/[;:]/g, '')}: Upheld`,
      '',
      'Claims Administrator guideline: Decision based on MTUS Shoulder Complaints 2004.',
      '',
      'MAXIMUS guideline: Decision based on MTUS Shoulder Complaints 2004, Section(s): Special Studies.',
      '',
      `Decision rationale: ${injection} ${UNICODE} ${LONG_LINE} Therefore, the request is not medically necessary.`,
      '',
      `${injection.replace(/[;:]/g, '')} ${UNICODE}: Overturned`,
      '',
      `Claims Administrator guideline: Decision based on Non-MTUS Citation ${injection}.`,
      '',
      `MAXIMUS guideline: Decision based on Non-MTUS Citation ${UNICODE} ${injection}.`,
      '',
      `Decision rationale: ${UNICODE}. ${injection}. Therefore, the request is medically necessary.`,
      '',
    ].join('\n')
  );
}

async function parse(file: string): Promise<Determination> {
  const result = await parseLetterFile(file);
  if (isFailure(result)) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result;
}

describe('malicious strings in letters stay data', () => {
  let gateway: Neo4jGateway;
  let dir: string;
  let vocabularyBefore: string[];
  let orphansBefore: string[];
  let withBystander: GraphSnapshot;
  const parsed: Determination[] = [];

  beforeAll(async () => {
    gateway = await openGateway();
    const [{ present }] = await rows(
      gateway,
      'present',
      'MATCH (c:Case) WHERE c.caseNumber IN $keys RETURN count(c) AS present',
      { keys: [BYSTANDER, ...MALICIOUS] },
    );
    if ((present as number) > 0) throw new Error('the test cases are already in the graph');
    vocabularyBefore = await vocabulary(gateway);
    orphansBefore = await orphanKeys(gateway);
    dir = mkdtempSync(join(tmpdir(), 'imr-load-malicious-'));
    const bystander = join(dir, 'bystander.txt');
    writeFileSync(bystander, seedWithHeader('001_d97560119e8eea04.txt', BYSTANDER));
    const summary = await loadLetters([bystander], gateway, { threads: 1 });
    if (summary.loaded !== 1) throw new Error('the bystander letter did not load');
    withBystander = await snapshotGraph(gateway);

    const files = [
      join(dir, `mal'}) DETACH DELETE n \`x\` $y ü.txt`),
      join(dir, 'mal-2 "}]->(m) $caseNumber.txt'),
    ];
    writeFileSync(files[0], maliciousLetter(MALICIOUS[0], INJECTION));
    writeFileSync(files[1], maliciousLetter(MALICIOUS[1], INJECTION_2));
    for (const file of files) parsed.push(await parse(file));
  });

  afterAll(async () => {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
    if (gateway === undefined) return;
    try {
      await cleanUp(gateway, [BYSTANDER, ...MALICIOUS], vocabularyBefore);
    } finally {
      await gateway.close();
    }
  });

  test('the parser kept the hostile text (else this test proves nothing)', () => {
    expect(parsed.map(caseKey)).toEqual(MALICIOUS);
    const [first, second] = parsed;
    expect(first.source.file).toContain("'}) DETACH DELETE n `x` $y");
    expect(first.decisions[0].request).toContain("'}) DETACH DELETE n // `Case` $keys");
    expect(first.decisions[0].rationale).toContain(INJECTION);
    expect(first.decisions[0].rationale).toContain(UNICODE);
    expect(first.decisions[0].rationale).toContain(LONG_LINE);
    expect(first.summary).toContain(INJECTION);
    expect(first.diagnoses.join(' ')).toContain('DETACH DELETE n');
    expect(first.decisions[1].request).toContain(UNICODE);
    expect(second.decisions[1].rationale).toContain(INJECTION_2);
    expect(second.decisions[0].request).toContain('$caseNumber');
  });

  test('the letters load and every field is stored verbatim as parsed', async () => {
    const summary = await loadLetters([dir], gateway, { threads: 1 });
    expect(summary).toMatchObject({ files: 3, loaded: 2, unchanged: 1, replaced: 0, failed: 0 });
    await expectCasesAsParsed(gateway, parsed);
    const stored = await rows(
      gateway,
      'storedText',
      `MATCH (c:Case {caseNumber: $key})-[:HAS_DECISION]->(d:Decision {ordinal: 1})
       RETURN c.summary AS summary, c.sourceFile AS file, d.request AS request,
              d.rationale AS rationale`,
      { key: MALICIOUS[0] },
    );
    expect(stored).toEqual([
      {
        summary: parsed[0].summary,
        file: parsed[0].source.file,
        request: parsed[0].decisions[0].request,
        rationale: parsed[0].decisions[0].rationale,
      },
    ]);
  });

  test('the full-text index finds the hostile text as words', async () => {
    const found = await rows(
      gateway,
      'fulltext',
      `CALL db.index.fulltext.queryNodes('decision_text', $q) YIELD node
       WHERE node.caseNumber IN $keys RETURN DISTINCT node.caseNumber AS key ORDER BY key`,
      { q: '"DETACH DELETE"', keys: MALICIOUS },
    );
    expect(found.map((r) => r.key)).toEqual(MALICIOUS);
  });

  test('nothing else changed: removing the hostile cases gives back the graph as it was', async () => {
    await deleteCases(gateway, MALICIOUS);
    await cleanUp(gateway, [], vocabularyBefore.concat(await vocabularyOf(gateway, withBystander)));
    const after = await snapshotGraph(gateway);
    expect(after.counts).toEqual(withBystander.counts);
    expect(after.checksum).toBe(withBystander.checksum);
    expect(after.elementIds).toEqual(withBystander.elementIds);
    expect(await orphanKeys(gateway)).toEqual(orphansBefore);
  });
});

/** Element ids of the vocabulary nodes that were in the graph at `snapshot`. */
async function vocabularyOf(gateway: Neo4jGateway, snapshot: GraphSnapshot): Promise<string[]> {
  const now = await vocabulary(gateway);
  return now.filter((id) => snapshot.elementIds.includes(id));
}
