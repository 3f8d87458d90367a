import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

let found: string | undefined;

/**
 * The folder holding imr-graph's package.json, found by walking up from this file, so the
 * same answer comes from src/ under ts-jest and from dist/src/ when built.
 */
export function packageRoot(): string {
  if (found !== undefined) return found;
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'imr-graph') {
      return (found = dir);
    }
    if (dirname(dir) === dir)
      throw new Error(`imr-graph's package.json not found above ${__dirname}`);
  }
}
