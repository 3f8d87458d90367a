import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isFailure, parseLetterFile } from '../../loaders/read/read-letter';
import { LetterPool, type ParseResult } from '../../src/ingest/letter-pool';
import { buildPdf, type Text } from '../../bench/pdf-fixture';
import { corpusPdfs, seedFiles } from '../helpers/corpus';

const corpus = corpusPdfs();
const seeds = seedFiles();
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'letter-pool-'));
  writeFileSync(join(dir, 'slow.pdf'), slowPdf());
  writeFileSync(join(dir, 'binary.pdf'), Buffer.from([0, 1, 2, 3, 0, 0, 0, 255]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('LetterPool', () => {
  let pool: LetterPool;
  beforeAll(() => {
    pool = new LetterPool({ threads: 2 });
  });
  afterAll(() => pool.close());

  test('parses on worker threads what parseLetterFile parses in this thread', async () => {
    const files = [...corpus.slice(0, 3), seeds[0]];
    const onPool = await Promise.all(files.map((file) => pool.parse(file)));
    for (const [i, file] of files.entries()) {
      expect(isFailure(onPool[i])).toBe(false);
      expect(onPool[i]).toEqual(await parseLetterFile(file));
    }
  }, 60_000);

  test('parseAll yields every file once, in input order, a bad file failing alone', async () => {
    const files = [
      corpus[3],
      join(dir, 'no-such-file.pdf'),
      corpus[4],
      join(dir, 'binary.pdf'),
      ...corpus.slice(5, 9),
    ];
    const seen: { path: string; result: ParseResult }[] = [];
    for await (const entry of pool.parseAll(files, 3)) seen.push(entry);
    expect(seen.map((entry) => entry.path)).toEqual(files);
    expect(seen[1].result).toMatchObject({ error: { code: 'UNREADABLE' } });
    expect(seen[3].result).toMatchObject({ error: { code: 'UNREADABLE' } });
    const parsed = seen.filter((entry) => !isFailure(entry.result));
    expect(parsed).toHaveLength(files.length - 2);
    for (const { path, result } of parsed) expect(result).toEqual(await parseLetterFile(path));
  }, 60_000);

  test('passes its PDF deadline on to the workers', async () => {
    const hurried = new LetterPool({ threads: 1, timeoutMs: 20 });
    try {
      expect(await hurried.parse(join(dir, 'slow.pdf'))).toMatchObject({
        error: { code: 'UNREADABLE', message: expect.stringMatching(/gave up after 20 ms/) },
      });
    } finally {
      await hurried.close();
    }
  }, 60_000);

  test('stops a worker still busy past its time: that letter fails, a fresh worker goes on', async () => {
    const strict = new LetterPool({ threads: 1, timeoutMs: 60_000, stopAfterMs: 50 });
    try {
      // The first letter of a fresh worker has time to start it; the second does not.
      expect(isFailure(await strict.parse(seeds[0]))).toBe(false);
      expect(await strict.parse(join(dir, 'slow.pdf'))).toEqual({
        source: { file: 'slow.pdf' },
        error: {
          code: 'UNREADABLE',
          message: 'slow.pdf: could not be parsed (did not finish in 50 ms)',
        },
      });
      expect(await strict.parse(seeds[1])).toEqual(await parseLetterFile(seeds[1]));
    } finally {
      await strict.close();
    }
  }, 120_000);

  test('a closed pool refuses work with a coded failure', async () => {
    const closing = new LetterPool({ threads: 1 });
    await closing.close();
    expect(await closing.parse(seeds[0])).toMatchObject({ error: { code: 'UNREADABLE' } });
  });
});

/** 200 pages of 50 lines: long enough to overrun a deadline of a few milliseconds. */
function slowPdf(): Uint8Array {
  const line =
    'A line of text long enough to keep the text layer busy for a while, again and again.';
  const page: Text[] = Array.from({ length: 50 }, (_, i) => [72, 740 - 14 * i, line]);
  return buildPdf(Array.from({ length: 200 }, () => page));
}
