import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { DEFAULT_NEO4J_PASSWORD } from '../../src/config';

/** docker-compose.yml cannot be run here (no Docker), so its shape and variables are checked. */

interface Service {
  image?: string;
  build?: unknown;
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition?: string }>;
  healthcheck?: { test?: unknown };
  volumes?: string[];
}

const root = path.join(__dirname, '..', '..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

const composeText = read('docker-compose.yml');
const compose = parse(composeText) as {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
};
const example = new Map(
  read('.env.example')
    .split('\n')
    .filter((line) => /^[A-Z][A-Z0-9_]*=/.test(line))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
);

describe('docker-compose.yml', () => {
  test('runs Neo4j 5.26 Community with a health check and a data volume', () => {
    const neo4j = compose.services.neo4j;
    expect(neo4j.image).toMatch(/^neo4j:5\.26(\.\d+)?-community$/);
    expect(neo4j.healthcheck?.test).toBeTruthy();
    expect(neo4j.volumes).toContain('neo4j-data:/data');
    expect(compose.volumes).toHaveProperty('neo4j-data');
  });

  test('starts imr-graph from the Dockerfile once Neo4j is healthy', () => {
    const app = compose.services['imr-graph'];
    expect(app.build).toBeDefined();
    expect(app.depends_on?.neo4j?.condition).toBe('service_healthy');
    expect(app.environment?.NEO4J_URI).toBe('bolt://neo4j:7687');
  });

  test('uses only variables that .env.example lists, with the same default password', () => {
    // $${...} is escaped for the container's shell, not a compose variable.
    const interpolated = [...composeText.matchAll(/(?<!\$)\$\{([A-Z][A-Z0-9_]*)/g)].map(
      (m) => m[1],
    );
    const appVariables = Object.keys(compose.services['imr-graph'].environment ?? {});
    const unlisted = [...new Set([...interpolated, ...appVariables])].filter(
      (n) => !example.has(n),
    );
    expect(unlisted).toEqual([]);
    expect(example.get('NEO4J_PASSWORD')).toBe(DEFAULT_NEO4J_PASSWORD);
    expect(composeText).toContain(`\${NEO4J_PASSWORD:-${DEFAULT_NEO4J_PASSWORD}}`);
  });
});

test('.env.example lists every variable that src/config.ts reads', () => {
  const config = read('src/config.ts');
  const names = [...config.matchAll(/env\.([A-Z][A-Z0-9_]*)|'([A-Z][A-Z0-9_]{2,})'/g)].map(
    (m) => m[1] ?? m[2],
  );
  expect(names.length).toBeGreaterThan(0);
  expect(names.filter((n) => !example.has(n))).toEqual([]);
});
