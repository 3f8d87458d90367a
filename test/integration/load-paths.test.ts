/**
 * A load given bad paths next to good ones, into the real Neo4j: a FIFO, a nonexistent path,
 * an unreadable subfolder and a link loop are each reported (path, code, message) while every
 * readable letter loads, including those reached through links to files and to folders. The
 * load ends (a FIFO is never opened for a blocking read) and is not aborted.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadLetters, type LoadSummary } from '../../src/ingest/load-letters';
import type { Neo4jGateway } from '../../src/graph/neo4j-gateway';
import { cleanUp, openGateway, rows, seedWithHeader, vocabulary } from './load-helpers';
import { asUnprivileged } from '../helpers/unprivileged';

jest.setTimeout(300_000);

const DIRECT = 'CM99-9500001';
const IN_SUBFOLDER = 'CM99-9500002';
const LINKED_FILE = 'CM99-9500003';
const IN_LINKED_FOLDER = 'CM99-9500004';
const LOCKED = 'CM99-9500005';
const CASES = [DIRECT, IN_SUBFOLDER, LINKED_FILE, IN_LINKED_FOLDER, LOCKED];

describe('a load given bad paths among good ones', () => {
  let gateway: Neo4jGateway;
  let root: string;
  let vocabularyBefore: string[];
  let summary: LoadSummary;
  const at = (...parts: string[]) => join(root, ...parts);

  beforeAll(async () => {
    gateway = await openGateway();
    const [{ present }] = await rows(
      gateway,
      'present',
      'MATCH (c:Case) WHERE c.caseNumber IN $keys RETURN count(c) AS present',
      { keys: CASES },
    );
    if ((present as number) > 0) throw new Error('the test cases are already in the graph');
    vocabularyBefore = await vocabulary(gateway);

    root = mkdtempSync(join(tmpdir(), 'imr-load-paths-'));
    chmodSync(root, 0o755);
    mkdirSync(at('letters', 'sub'), { recursive: true });
    mkdirSync(at('letters', 'locked'));
    mkdirSync(at('outside'));
    writeFileSync(at('letters', 'a.txt'), seedWithHeader('000_07751491f83a9ffc.txt', DIRECT));
    writeFileSync(
      at('letters', 'sub', 'b.txt'),
      seedWithHeader('001_d97560119e8eea04.txt', IN_SUBFOLDER),
    );
    writeFileSync(at('outside', 'c.txt'), seedWithHeader('002_7dc7a3174c2fbe3d.txt', LINKED_FILE));
    symlinkSync(at('outside', 'c.txt'), at('letters', 'c-link.txt'));
    mkdirSync(at('outside', 'folder'));
    writeFileSync(
      at('outside', 'folder', 'd.txt'),
      seedWithHeader('003_76d55e3afe68ea32.txt', IN_LINKED_FOLDER),
    );
    symlinkSync(at('outside', 'folder'), at('letters', 'folder-link'));
    symlinkSync(at('letters'), at('letters', 'sub', 'loop'));
    writeFileSync(
      at('letters', 'locked', 'e.txt'),
      seedWithHeader('004_50284ec567ae815c.txt', LOCKED),
    );
    chmodSync(at('letters', 'locked'), 0o000);
    execFileSync('mkfifo', [at('pipe.txt')]);

    summary = await asUnprivileged(() =>
      loadLetters([at('pipe.txt'), at('missing'), at('letters')], gateway, {
        threads: 1,
        batchSize: 2,
      }),
    );
  });

  afterAll(async () => {
    if (root !== undefined) {
      chmodSync(at('letters', 'locked'), 0o755);
      rmSync(root, { recursive: true, force: true });
    }
    if (gateway === undefined) return;
    try {
      await cleanUp(gateway, CASES, vocabularyBefore);
    } finally {
      await gateway.close();
    }
  });

  test('every path that cannot be read is reported with its code and message', () => {
    expect(summary.failures).toEqual([
      { file: at('pipe.txt'), code: 'NOT_A_FILE', message: expect.stringMatching(/FIFO/) },
      { file: at('missing'), code: 'NOT_FOUND', message: expect.stringContaining('ENOENT') },
      {
        file: at('letters', 'locked'),
        code: 'UNREADABLE',
        message: expect.stringContaining('EACCES'),
      },
      { file: at('letters', 'sub', 'loop'), code: 'SYMLINK_LOOP', message: expect.any(String) },
    ]);
    expect(summary).toMatchObject({ failed: 4, loaded: 4, replaced: 0, unchanged: 0, files: 8 });
  });

  test('the readable letters load, through links to files and folders too', async () => {
    const stored = await rows(
      gateway,
      'stored',
      'MATCH (c:Case) WHERE c.caseNumber IN $keys RETURN c.caseNumber AS key ORDER BY key',
      { keys: CASES },
    );
    expect(stored.map((row) => row.key)).toEqual([
      DIRECT,
      IN_SUBFOLDER,
      LINKED_FILE,
      IN_LINKED_FOLDER,
    ]);
  });
});
