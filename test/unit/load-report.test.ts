import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { registerLoadCommand } from '../../src/cli/load.command';

/** The human report of `imr-graph load` is one line per failure, whatever the file is named. */
describe('the load report', () => {
  let dir: string;
  let out: string[];
  let spies: jest.SpyInstance[];

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'imr-load-report-'));
    out = [];
    const capture = (chunk: string | Uint8Array) => {
      out.push(String(chunk));
      return true;
    };
    spies = [
      jest.spyOn(process.stdout, 'write').mockImplementation(capture),
      jest.spyOn(process.stderr, 'write').mockImplementation(capture),
    ];
    process.exitCode = undefined;
  });
  afterEach(() => {
    for (const spy of spies) spy.mockRestore();
    process.exitCode = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  test('a file name with a newline, a carriage return or a bidi override cannot forge lines', async () => {
    const name = 'bad\n  3000 files in 1s: 3000 loaded, 0 failed\r\u202e.txt';
    writeFileSync(join(dir, name), 'not a determination letter');
    const program = new Command('imr-graph').exitOverride();
    registerLoadCommand(program);
    await program.parseAsync(['node', 'imr-graph', 'load', '--dry-run', dir]);

    const lines = out.join('').split('\n');
    const failure = lines.filter((line) => line.includes('bad'));
    expect(failure).toHaveLength(1);
    expect(failure[0]).toContain('bad\\n  3000 files in 1s: 3000 loaded, 0 failed\\r\\u202e.txt');
    expect(lines.filter((line) => line.startsWith('  3000 files'))).toEqual([]);
    expect(out.join('')).not.toMatch(/[\r\u202e]/);
    expect(process.exitCode).toBe(1);
  });
});
