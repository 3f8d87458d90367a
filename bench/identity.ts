/**
 * Behaviour identity: proof that a refactoring changed no output (issue 12).
 *
 *   npm run build && npm run identity -- --out DIR [--synthetic 300] [--seed 1]
 *   npm run identity -- --compare DIR_A DIR_B [--lines 10]   (exit 1 when they differ)
 *
 * DIR gets parse/*.jsonl (`imr-graph parse` output, byte for byte, for data/letters and for
 * `generate --count N --seed S` letters, in sorted file order), parse/synthetic.sha256 (the
 * generated letters), graph/{schema,nodes,relationships}.jsonl (the graph after `imr-graph
 * load` of both sets into an empty database, canonical and sorted: identity-dump.ts) and
 * summary.json (counts, sha256 per part). The database is a throwaway local Neo4j (`imr-graph
 * db start` on a free port in a temporary folder), or an empty one at NEO4J_URI (with
 * NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE). Left out of the dump: EXCLUDED_PROPERTIES.
 * Only the built CLI (package.json `bin`), neo4j-driver and node modules are used, never a
 * project module: their paths are what the refactorings it checks change.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { compareRuns, describeParts, sha256, type Summary } from './identity-compare';
import {
  byCodeUnits,
  EXCLUDED_PROPERTIES,
  nodeIdentity,
  nodeLine,
  relationshipLine,
  type Canonical,
  type KeysByLabel,
} from './identity-dump';

const LETTER_EXTENSIONS = ['.pdf', '.txt'];
const LOCAL_PASSWORD = 'identity-check';
/**
 * Letters per load transaction: small enough that the letters take several batches, so that
 * later batches meet shared nodes (services, guidelines ...) that earlier ones wrote.
 */
const LOAD_BATCH_SIZE = 100;

const root = packageRoot();

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: {
      out: { type: 'string' },
      compare: { type: 'boolean' },
      synthetic: { type: 'string', default: '300' },
      seed: { type: 'string', default: '1' },
      lines: { type: 'string', default: '10' },
    },
    allowPositionals: true,
  });
  if (values.compare) {
    if (positionals.length !== 2) throw new Error('--compare takes two run folders');
    process.exitCode = compareRuns(positionals[0], positionals[1], Number(values.lines)) ? 0 : 1;
    return;
  }
  if (!values.out || positionals.length > 0) {
    throw new Error('usage: --out DIR [--synthetic N] [--seed S], or --compare DIR_A DIR_B');
  }
  const began = Date.now();
  await record(values.out, Number(values.synthetic), Number(values.seed));
  process.stderr.write(`identity: written to ${values.out} in ${(Date.now() - began) / 1000} s\n`);
}

/** One run: parse both letter sets, load them into an empty database, dump it. */
async function record(out: string, count: number, seed: number): Promise<void> {
  if (!Number.isInteger(count) || count < 1) throw new Error('--synthetic must be a count');
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(path.join(out, 'parse'), { recursive: true });
  fs.mkdirSync(path.join(out, 'graph'), { recursive: true });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-identity-'));
  try {
    const sets = {
      letters: path.join(root, 'data', 'letters'),
      synthetic: await generateLetters(path.join(work, 'synthetic'), count, seed, out),
    };
    const parseExitCodes: Record<string, number> = {};
    for (const [name, dir] of Object.entries(sets)) {
      const files = letterFiles(dir);
      log(`parsing ${files.length} letters of ${name} ...`);
      const result = await runCli(['parse', ...files], { allowExit: [0, 1] });
      fs.writeFileSync(path.join(out, 'parse', `${name}.jsonl`), result.stdout);
      parseExitCodes[name] = result.code;
    }
    const { load, counts } = await withEmptyDatabase(work, async (env, driver) => {
      log('loading both sets ...');
      const batch = ['--batch-size', String(LOAD_BATCH_SIZE)];
      const loaded = await runCli(['load', '--json', ...batch, ...Object.values(sets)], {
        env,
        allowExit: [0, 1],
      });
      const load = JSON.parse(loaded.stdout.toString()) as Summary['load'];
      log('dumping the graph ...');
      return { load, counts: await dumpGraph(driver, out, env.NEO4J_DATABASE) };
    });
    const summary: Summary = {
      synthetic: { count, seed },
      parseExitCodes,
      load: { files: load.files, loaded: load.loaded, failed: load.failed },
      ...counts,
      excludedProperties: EXCLUDED_PROPERTIES,
      parts: describeParts(out),
    };
    fs.writeFileSync(path.join(out, 'summary.json'), JSON.stringify(summary, null, 2) + '\n');
    log(`excluded properties: ${EXCLUDED_PROPERTIES.join(', ') || 'none'}`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/**
 * `imr-graph generate` into `dir`, and the generated letters' hashes into
 * parse/synthetic.sha256: a changed generator shows there, apart from a changed parser.
 */
async function generateLetters(dir: string, count: number, seed: number, out: string) {
  await runCli(['generate', '--count', String(count), '--seed', String(seed), '--out', dir]);
  const manifest = letterFiles(dir).map(
    (file) => `${sha256(fs.readFileSync(file))}  ${path.relative(dir, file)}\n`,
  );
  fs.writeFileSync(path.join(out, 'parse', 'synthetic.sha256'), manifest.join(''));
  return dir;
}

/**
 * Runs `use` against an empty database: NEO4J_URI when set (refused unless empty), else a
 * throwaway local Neo4j started and stopped through the CLI.
 */
async function withEmptyDatabase<T>(
  work: string,
  use: (env: NodeJS.ProcessEnv, driver: Driver) => Promise<T>,
): Promise<T> {
  const given = process.env.NEO4J_URI?.trim();
  const dataDir = path.join(work, 'neo4j');
  const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_USER: process.env.NEO4J_USER || 'neo4j' };
  if (given) {
    if (env.NEO4J_PASSWORD === undefined) throw new Error('NEO4J_URI needs NEO4J_PASSWORD');
  } else {
    const port = await freePort();
    env.NEO4J_PASSWORD = LOCAL_PASSWORD;
    log(`starting a throwaway Neo4j on port ${port} ...`);
    await runCli(['db', 'start', '--data', dataDir, '--port', String(port)], { env });
    env.NEO4J_URI = `bolt://127.0.0.1:${port}`;
    delete env.NEO4J_DATABASE;
  }
  const driver = neo4j.driver(
    env.NEO4J_URI!,
    neo4j.auth.basic(env.NEO4J_USER!, env.NEO4J_PASSWORD!),
  );
  try {
    const session = driver.session({ database: env.NEO4J_DATABASE || undefined });
    try {
      const { records } = await session.run('MATCH (n) RETURN count(n) AS nodes');
      const nodes = Number(records[0].get('nodes'));
      if (nodes > 0)
        throw new Error(`the database at ${env.NEO4J_URI} is not empty (${nodes} nodes)`);
    } finally {
      await session.close();
    }
    return await use(env, driver);
  } finally {
    await driver.close();
    if (!given) await runCli(['db', 'stop', '--data', dataDir], { env });
  }
}

/** Writes graph/schema.jsonl, nodes.jsonl and relationships.jsonl, sorted; returns counts. */
async function dumpGraph(driver: Driver, out: string, database: string | undefined) {
  const session = driver.session({ database: database || undefined, defaultAccessMode: 'READ' });
  try {
    const { schema, keys, graph } = await session.executeRead(async (tx) => {
      const { schema, keys } = await readSchema(tx);
      return { schema, keys, graph: await readGraph(tx, keys) };
    });
    log(`node keys: ${[...keys].map(([label, key]) => `${label}.${key.join('+')}`).join(', ')}`);
    writeSorted(path.join(out, 'graph', 'schema.jsonl'), schema);
    writeSorted(path.join(out, 'graph', 'nodes.jsonl'), graph.nodes);
    writeSorted(path.join(out, 'graph', 'relationships.jsonl'), graph.relationships);
    return graph.counts;
  } finally {
    await session.close();
  }
}

/** Constraints and indexes as lines, and the key properties of each constrained label. */
async function readSchema(tx: ManagedTransaction) {
  const constraints = await tx.run(
    `SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, properties
     RETURN name, type, entityType, labelsOrTypes, properties`,
  );
  const indexes = await tx.run(
    `SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, owningConstraint
     WHERE owningConstraint IS NULL
     RETURN name, type, entityType, labelsOrTypes, properties`,
  );
  const schema = [
    ...constraints.records.map((r) => JSON.stringify({ kind: 'constraint', ...r.toObject() })),
    ...indexes.records.map((r) => JSON.stringify({ kind: 'index', ...r.toObject() })),
  ];
  const keys = new Map<string, string[]>();
  for (const r of constraints.records) {
    if (!['UNIQUENESS', 'NODE_KEY'].includes(r.get('type') as string)) continue;
    for (const label of r.get('labelsOrTypes') as string[]) {
      keys.set(label, [...(keys.get(label) ?? []), ...(r.get('properties') as string[])]);
    }
  }
  return { schema, keys: keys as KeysByLabel };
}

/** Every node and relationship as a canonical line, with counts per label and type. */
async function readGraph(tx: ManagedTransaction, keys: KeysByLabel) {
  const nodeRows = await tx.run(
    'MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS properties',
  );
  const identities = new Map<string, Canonical>();
  const nodes: string[] = [];
  const nodeCounts: Record<string, number> = {};
  for (const r of nodeRows.records) {
    const node = { labels: r.get('labels') as string[], properties: r.get('properties') };
    identities.set(r.get('id') as string, nodeIdentity(node, keys));
    nodes.push(nodeLine(node));
    for (const label of node.labels) nodeCounts[label] = (nodeCounts[label] ?? 0) + 1;
  }
  const relationshipRows = await tx.run(
    `MATCH (a)-[r]->(b)
     RETURN elementId(a) AS a, type(r) AS type, properties(r) AS properties, elementId(b) AS b`,
  );
  const relationships: string[] = [];
  const relationshipCounts: Record<string, number> = {};
  for (const r of relationshipRows.records) {
    const type = r.get('type') as string;
    const [a, b] = [identities.get(r.get('a')), identities.get(r.get('b'))];
    relationships.push(relationshipLine(type, a!, b!, r.get('properties')));
    relationshipCounts[type] = (relationshipCounts[type] ?? 0) + 1;
  }
  const counts = { nodes: sortedKeys(nodeCounts), relationships: sortedKeys(relationshipCounts) };
  return { nodes, relationships, counts };
}

/** Letter files under a folder, by path relative to it in code-unit order. */
function letterFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => LETTER_EXTENSIONS.includes(path.extname(name).toLowerCase()))
    .sort(byCodeUnits)
    .map((name) => path.join(dir, name));
}

interface CliResult {
  code: number;
  stdout: Buffer;
}

/** The built CLI (package.json's `bin`) as a child process; stderr passes through. */
function runCli(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; allowExit?: number[] } = {},
): Promise<CliResult> {
  const bin = (
    JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      bin: Record<string, string>;
    }
  ).bin['imr-graph'];
  const child = spawn(process.execPath, [path.join(root, bin), ...args], {
    cwd: root,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const result = { code: code ?? -1, stdout: Buffer.concat(chunks) };
      if ((options.allowExit ?? [0]).includes(result.code)) resolve(result);
      else reject(new Error(`imr-graph ${args[0]} ${args[1] ?? ''} exited with ${code}`));
    });
  });
}

function writeSorted(file: string, lines: string[]): void {
  fs.writeFileSync(
    file,
    lines
      .sort(byCodeUnits)
      .map((line) => line + '\n')
      .join(''),
  );
}

function sortedKeys(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => byCodeUnits(a, b)));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The folder of the package.json named imr-graph, above this file (bench/ or dist/bench/). */
function packageRoot(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (
      fs.existsSync(manifest) &&
      JSON.parse(fs.readFileSync(manifest, 'utf8')).name === 'imr-graph'
    )
      return dir;
  }
  throw new Error(`no imr-graph package.json above ${__dirname}`);
}

function log(line: string): void {
  process.stderr.write(`identity: ${line}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`identity: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
