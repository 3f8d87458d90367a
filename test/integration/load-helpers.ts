/**
 * Shared by the loader's integration tests: a gateway to the database tests' Neo4j, expected
 * graph facts computed from the parser's own output (never from the database), a snapshot of
 * the whole graph to prove that nothing changed, and a clean-up that removes what a test file
 * loaded, including the vocabulary nodes (categories, specialties, states) that only it created.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Determination } from '../../loaders/determination';
import { guidelineKey, normaliseDiagnosis, caseKey } from '../../src/ingest/to-graph-batch';
import { collectLetterFiles } from '../../loaders/read/collect-files';
import { isFailure, parseLetterFile } from '../../loaders/read/read-letter';
import { type AppConfig, loadConfig } from '../../src/config';
import { connectDatabase } from '../../src/cli/connect';
import { defineQuery, type Row } from '../../src/graph/named-query';
import type { Neo4jGateway } from '../../src/graph/neo4j-gateway';
import { deleteCases } from '../../src/ingest/ingest.service';
import { seedsDir } from '../helpers/corpus';
import { nodeKeyCypher } from '../helpers/node-key';

/** The Neo4j of the jest global setup; a cold JVM on 2 busy cores needs long timeouts. */
export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  if (!process.env.NEO4J_URI)
    throw new Error('NEO4J_URI is not set: the jest global setup sets it');
  return { ...loadConfig(process.env), queryTimeoutMs: 120_000, logLevel: 'silent', ...overrides };
}

export function openGateway(overrides: Partial<AppConfig> = {}): Promise<Neo4jGateway> {
  return connectDatabase(testConfig(overrides), { migrate: true });
}

/** A test's own Cypher, as a named query so it goes through the gateway like the app's. */
export function query(name: string, cypher: string) {
  return defineQuery<Record<string, unknown>, Row>(`test.${name}`, cypher, (row) => row);
}

export async function rows(
  gateway: Neo4jGateway,
  name: string,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<Row[]> {
  return gateway.read(query(name, cypher), params);
}

export async function single<T = number>(
  gateway: Neo4jGateway,
  name: string,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<T> {
  const [row] = await rows(gateway, name, cypher, params);
  return Object.values(row)[0] as T;
}

/** Files in the loader's order, parsed one by one; failures are returned, not thrown. */
export async function parseInLoadOrder(paths: readonly string[]): Promise<{
  files: string[];
  parsed: Map<string, Determination>;
  byFile: Map<string, Determination>;
  failures: { file: string; code: string }[];
}> {
  const files: string[] = [];
  for await (const file of collectLetterFiles(paths)) files.push(file);
  const parsed = new Map<string, Determination>();
  const byFile = new Map<string, Determination>();
  const failures: { file: string; code: string }[] = [];
  for (const file of files) {
    const result = await parseLetterFile(file);
    if (isFailure(result)) failures.push({ file, code: result.error.code });
    else {
      byFile.set(file, result);
      // A later letter with the same case number replaces the earlier one, as the loader does.
      parsed.set(caseKey(result), result);
    }
  }
  return { files, parsed, byFile, failures };
}

/** Guideline keys one party cites in one decision: one per section, the document if none. */
export function citedKeys(citations: Determination['decisions'][number]['reviewer']): string[] {
  const keys = citations.citations.flatMap((c) =>
    (c.sections.length > 0 ? c.sections : [null]).map((s) => guidelineKey(c.source, c.document, s)),
  );
  return [...new Set(keys)].sort();
}

/** The span each citation edge should carry: that of the party's first citation of the key. */
function citationSpans(type: string, party: Determination['decisions'][number]['reviewer']): Row[] {
  const spans = new Map<string, Row>();
  for (const c of party.citations) {
    for (const s of c.sections.length > 0 ? c.sections : [null]) {
      const key = guidelineKey(c.source, c.document, s);
      if (!spans.has(key))
        spans.set(key, { type, key, start: c.span?.start ?? null, end: c.span?.end ?? null });
    }
  }
  return [...spans.values()];
}

const sortedSpans = (spans: readonly Row[]): Row[] =>
  spans
    .filter((s) => s.key !== null)
    .map((s) => ({ type: s.type, key: s.key, start: s.start ?? null, end: s.end ?? null }))
    .sort((a, b) => `${a.type}|${a.key}`.localeCompare(`${b.type}|${b.key}`));

export function expectedDiagnoses(d: Determination): string[] {
  return [...new Set(d.diagnoses.map(normaliseDiagnosis).filter((x) => x !== ''))].sort();
}

/** Neo4j stores no null properties: a field the graph lacks reads as null. */
function withNulls(row: Row, fields: readonly string[]): Row {
  return Object.fromEntries(fields.map((f) => [f, row[f] ?? null]));
}

const CASE_FIELDS = [
  'key',
  'caseNumber',
  'sha256',
  'sourceFile',
  'layout',
  'format',
  'outcome',
  'priority',
  'dateAssigned',
  'decisionDate',
  'injuryDate',
  'urDenialDate',
  'applicationReceived',
  'patientAge',
  'patientSex',
  'summary',
  'priorTreatments',
  'decisionCount',
  'overturnedCount',
  'warningCount',
];
const DECISION_FIELDS = [
  'where',
  'id',
  'caseNumber',
  'ordinal',
  'outcome',
  'request',
  'originalRequest',
  'authorized',
  'rationale',
  'decisionDate',
  'decisionMonth',
  'serviceName',
  'category',
  'subcategory',
  'bodyRegions',
  'laterality',
  'spinalLevels',
  'sessions',
  'perWeek',
  'weeks',
  'quantity',
  'strength',
  'retrospective',
  'dateOfService',
  'urCitedNoEvidence',
  'reviewerCitedNoEvidence',
  'requestStart',
  'requestEnd',
  'parents',
  'dependsOn',
];

const sorted = (values: readonly string[]) => [...values].sort();

/** Everything the graph holds about the given cases, one row per case. */
export async function readCases(gateway: Neo4jGateway, keys: readonly string[]): Promise<Row[]> {
  return rows(
    gateway,
    'readCases',
    `UNWIND $keys AS key
     MATCH (c:Case {caseNumber: key})
     CALL (c) {
       OPTIONAL MATCH (c)-[:REVIEWED_BY]->(r:Reviewer)
       OPTIONAL MATCH (r)-[:CERTIFIED_IN]->(s:Specialty)
       OPTIONAL MATCH (r)-[:LICENSED_IN]->(st:State)
       RETURN collect(DISTINCT r {.*}) AS reviewers,
              collect(DISTINCT s.name) AS certifiedIn, collect(DISTINCT st.name) AS licensedIn
     }
     CALL (c) {
       OPTIONAL MATCH (c)-[:HAS_DIAGNOSIS]->(x:Diagnosis)
       RETURN collect(x.name) AS diagnoses
     }
     CALL (c) {
       OPTIONAL MATCH (c)-[:HAS_DECISION]->(d:Decision)
       CALL (d) {
         OPTIONAL MATCH (d)-[:FOR_SERVICE]->(s:Service)
         RETURN collect(s {.name, .category, .subcategory, .drug}) AS services
       }
       CALL (d) {
         OPTIONAL MATCH (d)-[:CONCERNS]->(b:BodyRegion)
         RETURN collect(b.name) AS regions
       }
       CALL (d) {
         OPTIONAL MATCH (d)-[u:UR_CITED]->(g:Guideline)
         RETURN collect(g.key) AS ur, collect(u {.*}) AS urEdges
       }
       CALL (d) {
         OPTIONAL MATCH (d)-[v:REVIEWER_CITED]->(g:Guideline)
         RETURN collect(g.key) AS rv
       }
       CALL (d) {
         OPTIONAL MATCH (d)-[e:UR_CITED|REVIEWER_CITED]->()
         RETURN collect(DISTINCT e {.outcome, .category, .subcategory}) AS edgeScopes
       }
       CALL (d) {
         OPTIONAL MATCH (d)-[e:UR_CITED|REVIEWER_CITED]->(g:Guideline)
         RETURN collect({type: type(e), key: g.key, start: e.start, end: e.end}) AS spans
       }
       CALL (d) {
         OPTIONAL MATCH (d)-[:DEPENDS_ON]->(t:Decision)
         RETURN collect(t.id) AS dependsOn
       }
       CALL (d) {
         OPTIONAL MATCH (p)-[:HAS_DECISION]->(d)
         RETURN count(p) AS parents
       }
       RETURN collect(d {.*, services, regions, ur, urEdges, rv, edgeScopes, spans, dependsOn, parents}) AS decisions
     }
     RETURN key, c {.*} AS properties, reviewers, certifiedIn, licensedIn, diagnoses, decisions`,
    { keys },
  );
}

/**
 * Asserts that the graph holds each determination exactly as parsed: the case's properties,
 * its reviewer profile, diagnoses, and every decision with its service, body regions, both
 * parties' citations and its dependency.
 */
export async function expectCasesAsParsed(
  gateway: Neo4jGateway,
  determinations: readonly Determination[],
): Promise<void> {
  const keys = determinations.map(caseKey);
  const stored = new Map((await readCases(gateway, keys)).map((r) => [r.key as string, r]));
  expect([...stored.keys()].sort()).toEqual([...keys].sort());
  for (const d of determinations) {
    const key = caseKey(d);
    const row = stored.get(key) as Row;
    const props = row.properties as Row;
    expect(withNulls({ key, ...props }, CASE_FIELDS)).toEqual({
      key,
      caseNumber: key,
      sha256: d.source.sha256,
      sourceFile: d.source.file,
      layout: d.source.layout,
      format: d.source.format,
      outcome: d.outcome,
      priority: d.priority,
      dateAssigned: d.dates.assigned,
      decisionDate: d.dates.decision,
      injuryDate: d.dates.injury,
      urDenialDate: d.dates.urDenial,
      applicationReceived: d.dates.applicationReceived,
      patientAge: d.patient.age,
      patientSex: d.patient.sex,
      summary: d.summary,
      priorTreatments: d.priorTreatments,
      decisionCount: d.decisions.length,
      overturnedCount: d.decisions.filter((x) => x.outcome === 'OVERTURNED').length,
      warningCount: d.warnings.length,
    });
    const reviewers = row.reviewers as Row[];
    expect(reviewers).toHaveLength(1);
    expect(sorted(reviewers[0].specialties as string[])).toEqual(sorted(d.reviewer.specialties));
    expect(sorted(reviewers[0].licensedStates as string[])).toEqual(
      sorted(d.reviewer.licensedStates),
    );
    expect(sorted(row.certifiedIn as string[])).toEqual(
      sorted([...new Set(d.reviewer.specialties)]),
    );
    expect(sorted(row.licensedIn as string[])).toEqual(
      sorted([...new Set(d.reviewer.licensedStates)]),
    );
    expect(sorted(row.diagnoses as string[])).toEqual(expectedDiagnoses(d));

    const decisions = (row.decisions as Row[]).sort(
      (a, b) => (a.ordinal as number) - (b.ordinal as number),
    );
    expect(decisions.map((x) => x.ordinal)).toEqual(d.decisions.map((x) => x.ordinal));
    d.decisions.forEach((item, i) => {
      const got = decisions[i];
      const where = `${key}#${item.ordinal}`;
      expect(withNulls({ where, ...got }, DECISION_FIELDS)).toEqual({
        where,
        id: where,
        caseNumber: key,
        ordinal: item.ordinal,
        outcome: item.outcome,
        request: item.request,
        originalRequest: item.originalRequest,
        authorized: item.authorized,
        rationale: item.rationale,
        decisionDate: d.dates.decision,
        decisionMonth: d.dates.decision?.slice(0, 7) ?? null,
        serviceName: item.service.name,
        category: item.service.category,
        subcategory: item.service.subcategory,
        bodyRegions: item.details.bodyRegions,
        laterality: item.details.laterality,
        spinalLevels: item.details.spinalLevels,
        sessions: item.details.sessions,
        perWeek: item.details.perWeek,
        weeks: item.details.weeks,
        quantity: item.details.quantity,
        strength: item.details.strength,
        retrospective: item.details.retrospective,
        dateOfService: item.details.dateOfService,
        urCitedNoEvidence: item.claimsAdministrator.citedNoEvidence,
        reviewerCitedNoEvidence: item.reviewer.citedNoEvidence,
        requestStart: item.requestSpan?.start ?? null,
        requestEnd: item.requestSpan?.end ?? null,
        parents: 1,
        dependsOn: item.dependsOn === null ? [] : [`${key}#${item.dependsOn}`],
      });
      expect({ where, services: got.services }).toEqual({
        where,
        services: [
          {
            name: item.service.name,
            category: item.service.category,
            subcategory: item.service.subcategory,
            drug: item.service.drug,
          },
        ],
      });
      expect({ where, regions: sorted(got.regions as string[]) }).toEqual({
        where,
        regions: sorted([...new Set(item.details.bodyRegions)]),
      });
      expect({ where, ur: sorted(got.ur as string[]) }).toEqual({
        where,
        ur: citedKeys(item.claimsAdministrator),
      });
      expect({ where, rv: sorted(got.rv as string[]) }).toEqual({
        where,
        rv: citedKeys(item.reviewer),
      });
      // Each citation edge carries the span of the party's first citation of its guideline.
      expect({ where, spans: sortedSpans(got.spans as Row[]) }).toEqual({
        where,
        spans: sortedSpans([
          ...citationSpans('UR_CITED', item.claimsAdministrator),
          ...citationSpans('REVIEWER_CITED', item.reviewer),
        ]),
      });
      // Every citation edge carries its decision's outcome and category (the analytics'
      // relationship indexes count from them).
      const cited = (got.ur as string[]).length + (got.rv as string[]).length;
      expect({ where, edgeScopes: got.edgeScopes }).toEqual({
        where,
        edgeScopes:
          cited === 0
            ? []
            : [
                {
                  outcome: item.outcome,
                  category: item.service.category,
                  subcategory: item.service.subcategory,
                },
              ],
      });
    });
  }
}

/** Aggregates over the given cases, as the graph has them. */
export async function countsInGraph(gateway: Neo4jGateway, keys: readonly string[]) {
  const [row] = await rows(
    gateway,
    'countsInGraph',
    `MATCH (c:Case) WHERE c.caseNumber IN $keys
     CALL (c) { MATCH (c)-[:HAS_DECISION]->(d:Decision) RETURN collect(d) AS ds }
     WITH collect(c) AS cases, reduce(all = [], x IN collect(ds) | all + x) AS ds
     CALL (ds) { UNWIND ds AS d MATCH (d)-[r:UR_CITED]->() RETURN count(r) AS ur }
     CALL (ds) { UNWIND ds AS d MATCH (d)-[r:REVIEWER_CITED]->() RETURN count(r) AS rv }
     CALL (ds) { UNWIND ds AS d MATCH (d)-[:UR_CITED|REVIEWER_CITED]->(g) RETURN count(DISTINCT g) AS guidelines }
     CALL (ds) { UNWIND ds AS d MATCH (d)-[:FOR_SERVICE]->(s) RETURN count(DISTINCT s) AS services }
     CALL (ds) { UNWIND ds AS d MATCH (d)-[:CONCERNS]->(b) RETURN count(DISTINCT b) AS bodyRegions }
     CALL (ds) { UNWIND ds AS d MATCH (d)-[r:DEPENDS_ON]->() RETURN count(r) AS dependsOn }
     CALL (ds) { UNWIND ds AS d MATCH (d)-[r:GROUNDED_ON]->() RETURN count(r) AS grounds }
     CALL (ds) { UNWIND ds AS d MATCH (d)-[:GROUNDED_ON]->(x) RETURN count(DISTINCT x) AS reasons }
     CALL (ds) { UNWIND ds AS d RETURN sum(CASE d.outcome WHEN 'OVERTURNED' THEN 1 ELSE 0 END) AS overturned }
     CALL (cases) { UNWIND cases AS c MATCH (c)-[:REVIEWED_BY]->(r) RETURN count(DISTINCT r) AS reviewers }
     CALL (cases) { UNWIND cases AS c MATCH (c)-[:HAS_DIAGNOSIS]->(x) RETURN count(DISTINCT x) AS diagnoses }
     RETURN size(cases) AS cases, size(ds) AS decisions, ur, rv, guidelines, services, bodyRegions,
            dependsOn, grounds, reasons, overturned, reviewers, diagnoses`,
    { keys },
  );
  return row;
}

/** The same aggregates computed from the parser's output. */
export function countsFromParse(determinations: readonly Determination[]) {
  const decisions = determinations.flatMap((d) => d.decisions);
  const distinct = (values: string[]) => new Set(values).size;
  return {
    cases: determinations.length,
    decisions: decisions.length,
    ur: decisions.reduce((n, x) => n + citedKeys(x.claimsAdministrator).length, 0),
    rv: decisions.reduce((n, x) => n + citedKeys(x.reviewer).length, 0),
    guidelines: distinct(
      decisions.flatMap((x) => [...citedKeys(x.claimsAdministrator), ...citedKeys(x.reviewer)]),
    ),
    services: distinct(decisions.map((x) => x.service.name)),
    bodyRegions: distinct(decisions.flatMap((x) => x.details.bodyRegions)),
    dependsOn: decisions.filter((x) => x.dependsOn !== null).length,
    grounds: decisions.reduce((n, x) => n + x.reasons.length, 0),
    reasons: distinct(decisions.flatMap((x) => x.reasons.map((r) => r.code))),
    overturned: decisions.filter((x) => x.outcome === 'OVERTURNED').length,
    reviewers: distinct(
      determinations.map(
        (d) =>
          `${sorted(d.reviewer.specialties).join(';')}|${sorted(d.reviewer.licensedStates).join(';')}`,
      ),
    ),
    diagnoses: distinct(determinations.flatMap(expectedDiagnoses)),
  };
}

export interface GraphSnapshot {
  /** Node count per label combination and relationship count per type. */
  counts: Record<string, number>;
  /** sha256 over every node's labels and properties and every relationship's ends and properties. */
  checksum: string;
  /** Element ids of every node and relationship: equal only if nothing was deleted and recreated. */
  elementIds: string[];
}

/** Identity of a node by content: its labels and its key property. */
const NODE_IDENTITY = `reduce(s = '', l IN labels(n) | s + ':' + l) + '{' +
  coalesce(${nodeKeyCypher('n')}, '?') + '}'`;

/**
 * The whole graph, by content (nodes with `ignoreLabels`, and their relationships, left out).
 * Test files run one at a time, so between two snapshots of one test only that test writes.
 */
export async function snapshotGraph(
  gateway: Neo4jGateway,
  ignoreLabels: readonly string[] = [],
): Promise<GraphSnapshot> {
  const ignored = (identity: string) => ignoreLabels.some((l) => identity.startsWith(`:${l}{`));
  const nodes = await rows(
    gateway,
    'snapshotNodes',
    `MATCH (n) RETURN elementId(n) AS id, ${NODE_IDENTITY} AS identity, properties(n) AS props`,
  );
  const rels = await rows(
    gateway,
    'snapshotRels',
    `MATCH (a)-[r]->(b)
     WITH r, type(r) AS type, properties(r) AS props, a AS n, b
     WITH r, type, props, ${NODE_IDENTITY} AS from, b AS n
     RETURN elementId(r) AS id, type, props, from, ${NODE_IDENTITY} AS to`,
  );
  const counts: Record<string, number> = {};
  const lines: string[] = [];
  for (const node of nodes) {
    if (ignored(node.identity as string)) continue;
    const label = (node.identity as string).split('{')[0];
    counts[label] = (counts[label] ?? 0) + 1;
    lines.push(`N ${node.identity as string} ${stableJson(node.props)}`);
  }
  for (const rel of rels) {
    if (ignored(rel.from as string) || ignored(rel.to as string)) continue;
    counts[`-[:${rel.type as string}]-`] = (counts[`-[:${rel.type as string}]-`] ?? 0) + 1;
    lines.push(
      `R ${rel.from as string} ${rel.type as string} ${rel.to as string} ${stableJson(rel.props)}`,
    );
  }
  const hash = createHash('sha256');
  for (const line of lines.sort()) hash.update(line + '\n');
  return {
    counts,
    checksum: hash.digest('hex'),
    elementIds: [...nodes, ...rels]
      .filter((x) => !ignored((x.identity ?? x.from) as string) && !ignored((x.to ?? '') as string))
      .map((x) => x.id as string)
      .sort(),
  };
}

export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Row).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Shared nodes that no case reaches, by label: the loader must never leave any behind. */
export async function orphanKeys(gateway: Neo4jGateway): Promise<string[]> {
  const found = await rows(
    gateway,
    'orphans',
    `CALL () { MATCH (n:Guideline) WHERE NOT (n)<-[:UR_CITED|REVIEWER_CITED]-() RETURN n
       UNION MATCH (n:Service) WHERE NOT (n)<-[:FOR_SERVICE]-() RETURN n
       UNION MATCH (n:Diagnosis) WHERE NOT (n)<-[:HAS_DIAGNOSIS]-() RETURN n
       UNION MATCH (n:Reviewer) WHERE NOT (n)<-[:REVIEWED_BY]-() RETURN n
       UNION MATCH (n:BodyRegion) WHERE NOT (n)<-[:CONCERNS]-() RETURN n
       UNION MATCH (n:GuidelineDocument) WHERE NOT (n)<-[:SECTION_OF]-() RETURN n
       UNION MATCH (n:Decision) WHERE NOT (n)<-[:HAS_DECISION]-() RETURN n }
     RETURN ${NODE_IDENTITY} AS identity`,
  );
  return found.map((r) => r.identity as string).sort();
}

/** Vocabulary nodes (categories, specialties, states) that exist now; a test removes those it added. */
export async function vocabulary(gateway: Neo4jGateway): Promise<string[]> {
  const found = await rows(
    gateway,
    'vocabulary',
    `MATCH (n) WHERE n:ServiceCategory OR n:Specialty OR n:State
     RETURN elementId(n) AS id`,
  );
  return found.map((r) => r.id as string);
}

/**
 * Deletes the test's cases with their decisions and the shared nodes left without a case, then
 * the vocabulary nodes created since `before` that no service or reviewer points at any more
 * (a new category goes with its new subcategories).
 */
export async function cleanUp(
  gateway: Neo4jGateway,
  keys: readonly string[],
  before: readonly string[],
): Promise<void> {
  await deleteCases(gateway, [...new Set(keys)]);
  await gateway.write(
    query(
      'deleteNewVocabulary',
      `MATCH (n) WHERE (n:ServiceCategory OR n:Specialty OR n:State)
         AND NOT elementId(n) IN $before
         AND NOT (n)<-[:IN_CATEGORY|CERTIFIED_IN|LICENSED_IN]-()
       DETACH DELETE n`,
    ),
    { before },
  );
}

export function fileNames(files: readonly string[]): string[] {
  return files.map((f) => basename(f));
}

/**
 * A seed letter (data/letters/seeds) with a page-1 header giving
 * it a case number of the test's own: the seeds have none. `edits` replace text once each.
 */
export function seedWithHeader(
  seed: string,
  caseNumber: string,
  edits: readonly [string, string][] = [],
): string {
  let text = letterHeader(caseNumber) + readFileSync(join(seedsDir(), seed), 'utf8');
  for (const [from, to] of edits) {
    if (!text.includes(from)) throw new Error(`${seed} no longer contains '${from}'`);
    text = text.replace(from, to);
  }
  return text;
}

/** A page-1 header (the 2016-17 text layout) giving a letter the case number; ends with a newline. */
export function letterHeader(caseNumber: string): string {
  return [
    `Case Number: ${caseNumber}`,
    'Date Assigned: 11/09/2016',
    'Decision Date: 12/09/2016',
    'Priority: Standard',
    'Date of Injury: 10/13/2016',
    'UR Denial Date: 11/03/2016',
    'Application Received: 11/03/2016',
    '',
  ].join('\n');
}

/** The project root and its built command line, which the CLI tests run as a user would. */
export const PROJECT_ROOT = resolve(__dirname, '../..');
export const CLI = join(PROJECT_ROOT, 'dist/src/cli/main.js');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built `imr-graph` with `args` (the log silenced) and gives its exit code and output. */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build before the tests`);
  return new Promise((done) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      {
        cwd: PROJECT_ROOT,
        env: { ...process.env, IMR_GRAPH_LOG: 'silent', ...env },
        timeout: 240_000,
      },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        done({ code, stdout, stderr });
      },
    );
  });
}
