import * as fs from 'node:fs';
import { stopLocalNeo4j } from '../../tools/neo4j-local/local-neo4j';
import { takeLocalNeo4j } from './global-setup';

/** Stops the throwaway Neo4j of the global setup, if it started one, and deletes its data. */
export default async function globalTeardown(): Promise<void> {
  const local = takeLocalNeo4j();
  if (!local) return;
  await stopLocalNeo4j({ dataDir: local.dataDir });
  fs.rmSync(local.dataDir, { recursive: true, force: true });
}
