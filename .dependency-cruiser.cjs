/**
 * The house's walls, checked by `npm run check` (depcruise). Imports run one way: from a floor
 * to the floors below it, never up and never sideways between rooms of one floor. Tests,
 * benches and docs stand outside and may import anything; nothing of the product imports them.
 */
const FLOORS = [
  // A letter in, a Determination out: the parser, pure apart from reading files.
  ['loaders'],
  // What every part of src/ may use: the configuration and where the package lies.
  ['src/config\\.ts', 'src/package-root\\.ts'],
  // The graph: its model, the one gateway, schema and migrations, all write Cypher, the check.
  ['src/graph'],
  // Letters into the graph: the worker pool, mapping to batches, batch writes.
  ['src/ingest'],
  // The API's ground floor: errors, pagination, per-request loaders, limits, filters, enums.
  ['src/api/core'],
  // Entity rooms, each on the floor above those it builds on.
  ['src/api/guideline', 'src/api/service', 'src/api/reviewer', 'src/api/reason'],
  ['src/api/decision'],
  ['src/api/case'],
  ['src/api/analytics', 'src/api/search', 'src/api/graph-view', 'src/api/ingest'],
  // The fields that join one entity to another, resolved in one place.
  ['src/api/joins'],
  // The schema assembled from every resolver, and the HTTP server that serves it.
  ['src/api/schema'],
  ['src/api/http'],
  // The command line, on top of everything (and the only part of src/ that uses the tools).
  ['src/cli'],
];

const TOOLS = 'tools';
/** The explorer page's browser code: its own compilation (its tsconfig.json), bundled by esbuild. */
const EXPLORER_CLIENT = 'src/api/http/explorer/client';
const OUTSIDE = '^(test|bench|docs)/';
const room = (path) => `^${path}(/|$)`;
const anyOf = (paths) => `(${paths.map(room).join('|')})`;

const wallRules = FLOORS.flatMap((rooms, floor) => {
  const above = FLOORS.slice(floor + 1).flat();
  return rooms.flatMap((from) => {
    const higher = [...above, ...rooms.filter((other) => other !== from)];
    return higher.length === 0
      ? []
      : [
          {
            name: `no-upward-import:${from}`,
            comment: `${from} may import only the floors below it`,
            severity: 'error',
            from: { path: room(from) },
            to: { path: anyOf(higher) },
          },
        ];
  });
});

module.exports = {
  forbidden: [
    ...wallRules,
    {
      name: 'no-circular',
      comment: 'No file imports itself through others',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'product-stays-out-of-tests-and-tools',
      comment: 'loaders/ and src/ never import tests, benches or docs',
      severity: 'error',
      from: { path: '^(loaders|src|tools)/' },
      to: { path: OUTSIDE },
    },
    {
      name: 'tools-only-from-the-cli',
      comment: 'Only the command line uses the tools (the local Neo4j launcher, the generator)',
      severity: 'error',
      from: { path: '^(loaders|src)/', pathNot: room('src/cli') },
      to: { path: room(TOOLS) },
    },
    {
      name: 'generator-uses-only-the-contract',
      comment: 'The synthetic letter generator builds on the parser contract (loaders/) alone',
      severity: 'error',
      from: { path: room('tools/synthetic') },
      to: { path: '^(src|tools/neo4j-local)/' },
    },
    {
      name: 'launcher-stands-alone',
      comment: 'The local Neo4j launcher imports nothing of the project',
      severity: 'error',
      from: { path: room('tools/neo4j-local') },
      to: { path: '^(loaders|src|tools/synthetic)/' },
    },
    {
      name: 'explorer-client-stays-in-the-browser',
      comment:
        "The explorer's browser code (bundled by esbuild) imports only its own folder and npm packages, never server code",
      severity: 'error',
      from: { path: room(EXPLORER_CLIENT) },
      to: { path: '^(loaders|src|tools)/', pathNot: room(EXPLORER_CLIENT) },
    },
    {
      name: 'server-leaves-the-explorer-client-alone',
      comment: 'The server serves the bundle from dist/; it never imports the browser code',
      severity: 'error',
      from: { path: '^(loaders|src|tools)/', pathNot: room(EXPLORER_CLIENT) },
      to: { path: room(EXPLORER_CLIENT) },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules|\\.stryker-tmp|reports|coverage)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'] },
  },
};
