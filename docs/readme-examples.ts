/**
 * `npm run docs:examples [-- --check]`: the README's answer to the mission question, from a
 * real run. A throwaway local Neo4j (temporary data directory, free port) gets the published
 * letters of data/letters and nothing else, the API answers the playground's first tab
 * (schema/examples.graphql) over HTTP, and the README block between the readme-examples
 * markers is written from that answer; with --check it is compared instead (exit 1 when the
 * README says something else). The graph section's block (readme-examples:graph markers) is
 * written the same way from the same run: a decision's neighbourhood and the chiropractic
 * impactGraph, each answer fed to the libraries the README names (Cytoscape.js headless,
 * graphology) so what it says about them is what they did. A tool beside the product: it may
 * import anything below it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import cytoscape from 'cytoscape';
import Graph from 'graphology';
import { parse, print, type OperationDefinitionNode } from 'graphql';
import { format, resolveConfig } from 'prettier';
import { LOAD_TRANSACTION_TIMEOUT_MS, loadLetters } from '../src/ingest/load-letters';
import { loadConfig } from '../src/config';
import { connectDatabase } from '../src/cli/connect';
import { findFreePort, startLocalNeo4j, stopLocalNeo4j } from '../tools/neo4j-local/local-neo4j';
import { packageRoot } from '../src/package-root';
import { startApiServer } from '../src/api/http/http-server';

const ROOT = packageRoot();
const README = join(ROOT, 'README.md');
const LETTERS = join(ROOT, 'data/letters');
const MARKER = 'readme-examples:mission';
const GRAPH_MARKER = 'readme-examples:graph';

interface ImpactRow {
  guideline: { document: string; section: string | null; source: string };
  decisions: number;
  overturned: number;
  overturnRate: number;
  rateLow: number;
  rateHigh: number;
  lift: number;
}

/** What the block says besides the answer itself. */
interface Facts {
  letters: number;
  decisions: number;
  chiropractic: number;
  chiropracticOverturned: number;
}

const log = (line: string) => process.stderr.write(line + '\n');

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const query = firstTab();
  const dataDir = mkdtempSync(join(tmpdir(), 'imr-graph-docs-'));
  const port = await findFreePort();
  const config = loadConfig({ ...process.env, IMR_GRAPH_LOG: 'silent' });
  log(`starting a throwaway Neo4j in ${dataDir} ...`);
  const neo4j = await startLocalNeo4j({ dataDir, port, password: config.neo4j.password, log });
  try {
    // Loading and a cold Neo4j on a busy machine need far longer than the API's 10 s.
    const local = {
      ...config,
      neo4j: { ...config.neo4j, uri: neo4j.uri, database: undefined },
      queryTimeoutMs: LOAD_TRANSACTION_TIMEOUT_MS,
    };
    const gateway = await connectDatabase(local, { migrate: true });
    try {
      const summary = await loadLetters([LETTERS], gateway);
      log(`loaded ${summary.loaded} letters of ${LETTERS} (${summary.failed} failed)`);
      const server = await startApiServer(local, gateway, { port: 0, host: '127.0.0.1' });
      try {
        const answer = await ask<{ guidelineImpact: ImpactRow[] }>(server.url, query);
        const facts = await factsOf(server.url, summary.loaded);
        const block = await renderBlock(query, answer, facts);
        await writeOrCheck(MARKER, block, check);
        await writeOrCheck(GRAPH_MARKER, await graphBlock(server.url), check);
      } finally {
        await server.close();
      }
    } finally {
      await gateway.close();
    }
  } finally {
    await stopLocalNeo4j({ dataDir });
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The first operation of schema/examples.graphql: the playground's first tab. */
function firstTab(): string {
  const document = parse(readFileSync(join(ROOT, 'schema/examples.graphql'), 'utf8'));
  const first = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
  );
  if (!first) throw new Error('schema/examples.graphql has no operation');
  return print(first);
}

async function ask<T>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<{ data: T }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!response.ok || body.errors || !body.data) {
    throw new Error(`the API answered ${response.status}: ${JSON.stringify(body.errors)}`);
  }
  return { data: body.data };
}

async function factsOf(url: string, letters: number): Promise<Facts> {
  const { data } = await ask<{
    all: { decisions: number }[];
    chiropractic: { decisions: number; overturned: number }[];
  }>(
    url,
    `{ all: outcomeBreakdown(by: CATEGORY) { decisions }
       chiropractic: outcomeBreakdown(by: SUBCATEGORY, filter: { subcategory: "Chiropractic" }) {
         decisions overturned } }`,
  );
  const chiro = data.chiropractic[0] ?? { decisions: 0, overturned: 0 };
  return {
    letters,
    decisions: data.all.reduce((sum, row) => sum + row.decisions, 0),
    chiropractic: chiro.decisions,
    chiropracticOverturned: chiro.overturned,
  };
}

const percent = (rate: number) => `${Math.round(rate * 100)}%`;
const thousands = (n: number) => n.toLocaleString('en-US');

/** The guideline as a reader names it: MTUS Chronic Pain: Manual therapy & manipulation. */
function guidelineLabel({ document, section, source }: ImpactRow['guideline']): string {
  const SHORT: Record<string, string> = {
    'Chronic Pain Medical Treatment Guidelines': 'MTUS Chronic Pain',
    'Official Disability Guidelines': 'ODG',
  };
  const name = SHORT[document] ?? (source === 'MTUS' ? `MTUS ${document}` : document);
  return section === null ? `${name} (no section)` : `${name}: ${section}`;
}

async function renderBlock(
  query: string,
  answer: { data: { guidelineImpact: ImpactRow[] } },
  facts: Facts,
): Promise<string> {
  const rows = answer.data.guidelineImpact;
  const shown = rows.length > 2 ? { data: { guidelineImpact: rows.slice(0, 2) } } : answer;
  const which = rows.length > 2 ? `the first two of its ${rows.length} rows` : 'in full';
  const table = [
    '| Guideline cited by the IMR reviewer (chiropractic decisions) | Decisions | Overturned | Rate (95% CI) | Lift |',
    '| --- | ---: | ---: | --- | ---: |',
    ...rows.map(
      (r) =>
        `| ${guidelineLabel(r.guideline)} | ${r.decisions} | ${r.overturned} | ` +
        `${percent(r.overturnRate)} (${percent(r.rateLow)}–${percent(r.rateHigh)}) | ${r.lift.toFixed(2)} |`,
    ),
  ];
  const baseline = facts.chiropracticOverturned / Math.max(1, facts.chiropractic);
  const text = [
    `<!-- ${MARKER}: written by npm run docs:examples from a real run; do not edit by hand -->`,
    '',
    '```graphql',
    query,
    '```',
    '',
    `Its answer on the published letters alone (the ${facts.letters} letters of ` +
      `[\`data/letters\`](data/README.md), ${thousands(facts.decisions)} decisions, ` +
      `${facts.chiropractic} of them chiropractic), ${which}:`,
    '',
    '```json',
    JSON.stringify(shown, null, 2),
    '```',
    '',
    ...table,
    '',
    'Rows are ranked by the number of overturns; `lift` compares a guideline’s overturn rate ' +
      `with the ${percent(baseline)} of all ${facts.chiropractic} chiropractic decisions ` +
      `(${facts.chiropracticOverturned} overturned), and the Wilson interval shows how little ` +
      `a small count says. ${facts.letters} letters are very few: the DWC publishes 140,000 to ` +
      '185,000 a year ([where](data/README.md)), so read this as what the query does, not as a ' +
      'finding, and load more with `npx imr-graph load DIR`. `synthetic: false` leaves out the ' +
      '3,000 synthetic demo letters `npm start` also loads (every filter takes it; ' +
      '`Case.synthetic` tells them apart), so the playground gives this same answer; ' +
      '`npm run docs:examples` writes this block again from a fresh Neo4j holding only ' +
      '`data/letters`.',
    '',
    `<!-- /${MARKER} -->`,
  ].join('\n');
  const options = await resolveConfig(README);
  return format(text, { ...options, parser: 'markdown', proseWrap: 'always' });
}

async function writeOrCheck(marker: string, block: string, check: boolean): Promise<void> {
  const readme = readFileSync(README, 'utf8');
  const start = readme.indexOf(`<!-- ${marker}`);
  const endMarker = `<!-- /${marker} -->`;
  const end = readme.indexOf(endMarker);
  if (start < 0 || end < start) throw new Error(`README.md has no ${marker} markers`);
  const next = readme.slice(0, start) + block.trimEnd() + readme.slice(end + endMarker.length);
  if (next === readme) {
    log(`README.md: the ${marker} block is as a fresh run gives it`);
    return;
  }
  if (check) {
    log(`README.md: the ${marker} block differs from a fresh run; run npm run docs:examples`);
    process.exitCode = 1;
    return;
  }
  writeFileSync(README, next);
  log(`README.md: ${marker} block written`);
}

type Json = Record<string, unknown>;

interface View {
  root: string;
  truncated: boolean;
  nodes: Json[];
  edges: Json[];
  cytoscape: Json[];
  graphology: Json;
  nvl: { nodes: Json[]; relationships: Json[] };
}

const DECISION_VIEW = `query DecisionView($id: ID!) {
  graph(id: $id, depth: 1, limit: 20) {
    root
    truncated
    nodes { id label caption group count size color }
    edges { type source target weight }
    cytoscape
    graphology
    nvl
  }
}`;

const IMPACT_VIEW = `{
  impactGraph(
    filter: { subcategory: "Chiropractic", synthetic: false }
    by: SERVICE
    minDecisions: 2
  ) {
    nodes { id caption size color }
    edges { source target weight properties }
  }
}`;

/**
 * The first published chiropractic decision (by id) whose neighbourhood has both parties
 * citing one guideline: a UR_CITED and a REVIEWER_CITED edge between the same two nodes.
 */
async function decisionWithParallelEdges(url: string): Promise<{ id: string; view: View }> {
  const { data } = await ask<{ decisions: { edges: { node: { id: string } }[] } }>(
    url,
    `{ decisions(filter: { subcategory: "Chiropractic", synthetic: false }, first: 100) {
         edges { node { id } } } }`,
  );
  const ids = data.decisions.edges.map((e) => e.node.id).sort();
  for (const id of ids) {
    const { data: answer } = await ask<{ graph: View }>(url, DECISION_VIEW, {
      id: `Decision:${id}`,
    });
    const pairs = answer.graph.edges.map((e) => `${String(e.source)}->${String(e.target)}`);
    if (new Set(pairs).size < pairs.length) return { id: `Decision:${id}`, view: answer.graph };
  }
  throw new Error('no published chiropractic decision has parallel edges');
}

/** What Cytoscape.js and graphology do with an answer, as they did it. */
function libraryFacts(view: View) {
  // The libraries may keep and change what they are given: each gets its own copy.
  const cy = cytoscape({
    headless: true,
    styleEnabled: false,
    elements: structuredClone(view.cytoscape) as never,
    layout: { name: 'preset' },
  });
  const root = view.root;
  const byId = cy.getElementById(root).length;
  let bySelector: string;
  const warn = console.warn;
  console.warn = () => undefined; // Cytoscape warns about the selector it cannot read
  try {
    bySelector = String(cy.$(`#${root}`).length);
  } catch (error) {
    bySelector = `an error (${error instanceof Error ? error.message : String(error)})`;
  } finally {
    console.warn = warn;
  }
  cy.destroy();
  const multi = Graph.from(structuredClone(view.graphology) as never);
  let defaultImport: string;
  try {
    new Graph().import(structuredClone(view.graphology) as never);
    defaultImport = 'succeeds';
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    defaultImport = `throws "${message.split(/\. (?=[A-Z])/)[0]}"`;
  }
  return {
    byId,
    bySelector,
    order: multi.order,
    size: multi.size,
    multi: multi.multi,
    defaultImport,
  };
}

/** A code block prettier leaves as written (one line per row keeps a long answer short). */
const fence = (lang: string, text: string) =>
  ['<!-- prettier-ignore -->', '```' + lang, text, '```'].join('\n');
const oneLineRows = (rows: unknown[]) =>
  '[\n' + rows.map((r) => '  ' + JSON.stringify(r)).join(',\n') + '\n]';

async function graphBlock(url: string): Promise<string> {
  const { id, view } = await decisionWithParallelEdges(url);
  const facts = libraryFacts(view);
  const pairOf = (e: Json) => `${String(e.source)}->${String(e.target)}`;
  const parallel = [
    ...new Set(view.edges.map(pairOf).filter((pair, i, all) => all.indexOf(pair) !== i)),
  ];
  const captionOf = new Map(view.nodes.map((n) => [n.id, String(n.caption)]));
  const parallelTargets = parallel.map((pair) => {
    const target = view.edges.find((e) => pairOf(e) === pair)!.target;
    return `“${captionOf.get(target) ?? String(target)}”`;
  });
  const { data: impact } = await ask<{ impactGraph: { nodes: Json[]; edges: Json[] } }>(
    url,
    IMPACT_VIEW,
  );
  const text = [
    `<!-- ${GRAPH_MARKER}: written by npm run docs:examples from a real run; do not edit by hand -->`,
    '',
    `A decision's neighbourhood (\`$id\` = \`"${id}"\`, a published chiropractic decision):`,
    '',
    ['```graphql', DECISION_VIEW, '```'].join('\n'),
    '',
    `Its answer's \`nodes\` and \`edges\` (${view.nodes.length} nodes, ${view.edges.length} edges, ` +
      `\`truncated: ${view.truncated}\`):`,
    '',
    fence(
      'json',
      `{\n"nodes": ${oneLineRows(view.nodes)},\n"edges": ${oneLineRows(view.edges)}\n}`,
    ),
    '',
    `${parallel.length} pairs of its edges are parallel: a \`UR_CITED\` and a \`REVIEWER_CITED\` ` +
      `from the decision to the same guideline (${parallelTargets.join(', ')}: the claims ` +
      'administrator and the IMR reviewer both cited it). ' +
      `Fed to the libraries as they come, by this script: Cytoscape.js 3.35 (headless) finds the root ` +
      `with \`cy.getElementById(${JSON.stringify(view.root)})\` (${facts.byId} element) but ` +
      `\`cy.$('#${view.root}')\` gives ${facts.bySelector} elements, because \`: # | /\` are ` +
      'selector syntax; graphology 0.26 reads `Graph.from(answer.graphology)` as a multigraph ' +
      `(multi: ${facts.multi}, ${facts.order} nodes, ${facts.size} edges, from the \`options\` the ` +
      `answer carries) while \`new Graph().import(answer.graphology)\` ${facts.defaultImport}. ` +
      'The same view as Cytoscape elements, graphology JSON and NVL nodes (first node of each):',
    '',
    fence(
      'json',
      [
        '{',
        `"cytoscape": [${JSON.stringify(view.cytoscape[0])}, …],`,
        `"graphology": {"options": ${JSON.stringify(view.graphology.options)},`,
        `  "nodes": [${JSON.stringify((view.graphology.nodes as Json[])[0])}, …], …},`,
        `"nvl": {"nodes": [${JSON.stringify(view.nvl.nodes[0])}, …], "relationships": [${JSON.stringify(view.nvl.relationships[0])}, …]}`,
        '}',
      ].join('\n'),
    ),
    '',
    'The mission question as a graph: guidelines the IMR reviewer cited against the services of ' +
      'the chiropractic decisions in the published letters:',
    '',
    ['```graphql', IMPACT_VIEW, '```'].join('\n'),
    '',
    `Its answer: ${impact.impactGraph.nodes.length} nodes and ${impact.impactGraph.edges.length} ` +
      'edges:',
    '',
    fence(
      'json',
      `{\n"nodes": ${oneLineRows(impact.impactGraph.nodes)},\n"edges": ${oneLineRows(impact.impactGraph.edges)}\n}`,
    ),
    '',
    `<!-- /${GRAPH_MARKER} -->`,
  ].join('\n');
  const options = await resolveConfig(README);
  return format(text, { ...options, parser: 'markdown', proseWrap: 'always' });
}

if (require.main === module) {
  main().catch((error: unknown) => {
    log(`docs:examples: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  });
}
