/**
 * Files that are not letters, or not whole ones, through the real entry point (parseLetterFile
 * on temporary files) and through the `parse` command: each fails on its own with a code and a
 * message that names the file, and never stops the other files.
 */
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import {
  isFailure,
  MAX_LETTER_BYTES,
  parseLetterFile,
  type Determination,
  type ParseErrorCode,
} from '../../loaders';
import { registerParseCommand } from '../../src/cli/parse.command';
import { corpusPdfs, seedFiles } from '../helpers/corpus';

/** A one-page PDF that says `text` in Helvetica, with a correct cross-reference table. */
function pdfSaying(text: string): Buffer {
  const content = `BT /F1 24 Tf 72 700 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

let dir: string;
const file = (name: string, data: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'imr-bad-input-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Parses a file and checks its failure: the code and the file named in the message (how fast
 * a refusal is, is measured by bench/refusal.bench.ts). */
async function expectFailure(
  path: string,
  code: ParseErrorCode,
  fileName: string,
): Promise<string> {
  const result = await parseLetterFile(path);
  if (!isFailure(result)) throw new Error(`${fileName} parsed as a letter`);
  expect(result.error.code).toBe(code);
  expect(result.source.file).toBe(fileName);
  expect(result.error.message.startsWith(`${fileName}: `)).toBe(true);
  return result.error.message;
}

const seedText = (): string => readFileSync(seedFiles()[0], 'utf8');

describe('parseLetterFile on files that are not letters', () => {
  test('an empty file is UNREADABLE', async () => {
    expect(await expectFailure(file('empty.txt', ''), 'UNREADABLE', 'empty.txt')).toMatch(/empty/);
  });

  test('a file of white space is UNREADABLE', async () => {
    await expectFailure(file('blank.txt', ' \n\n\t \n'), 'UNREADABLE', 'blank.txt');
  });

  test('binary junk is UNREADABLE', async () => {
    const junk = Buffer.alloc(4096);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919 + 13) % 256;
    await expectFailure(file('junk.bin', junk), 'UNREADABLE', 'junk.bin');
  });

  test('text that is not UTF-8 is UNREADABLE', async () => {
    const latin1 = Buffer.from(
      'HOW THE IMR FINAL DETERMINATION WAS MADE\nPatient\xe9 \xff\xfe caf\xe9\n',
      'latin1',
    );
    expect(await expectFailure(file('latin1.txt', latin1), 'UNREADABLE', 'latin1.txt')).toMatch(
      /UTF-8/,
    );
  });

  test('a PDF that is not a letter is NOT_A_DETERMINATION', async () => {
    await expectFailure(file('hello.pdf', pdfSaying('Hello')), 'NOT_A_DETERMINATION', 'hello.pdf');
  });

  test('a damaged PDF is UNREADABLE', async () => {
    const broken = pdfSaying('Hello').subarray(0, 120);
    await expectFailure(file('broken.pdf', broken), 'UNREADABLE', 'broken.pdf');
  });

  test(`a file over ${MAX_LETTER_BYTES / 1048576} MB is TOO_LARGE, refused before it is read`, async () => {
    const path = file('huge.pdf', '');
    truncateSync(path, 21 * 1024 * 1024); // sparse: no 21 MB written
    expect(await expectFailure(path, 'TOO_LARGE', 'huge.pdf')).toMatch(/21\.0 MB/);
  });

  test('a missing file and a folder are UNREADABLE', async () => {
    await expectFailure(join(dir, 'missing.pdf'), 'UNREADABLE', 'missing.pdf');
    mkdirSync(join(dir, 'folder.pdf'));
    await expectFailure(join(dir, 'folder.pdf'), 'UNREADABLE', 'folder.pdf');
  });
});

describe('parseLetterFile on broken letters', () => {
  test('a letter cut in the middle of its case summary has NO_DECISIONS', async () => {
    const text = seedText();
    const cut = text.slice(0, text.indexOf('CLINICAL CASE SUMMARY') + 400);
    await expectFailure(file('truncated.txt', cut), 'NO_DECISIONS', 'truncated.txt');
  });

  test('a letter with its items removed has NO_DECISIONS', async () => {
    const text = seedText();
    const lead = text.indexOf('set forth below:');
    const noItems = text.slice(0, lead + 'set forth below:'.length) + '\n';
    await expectFailure(file('no-items.txt', noItems), 'NO_DECISIONS', 'no-items.txt');
  });

  test('the seed itself parses (the broken versions above fail for what was cut)', async () => {
    const result = await parseLetterFile(file('whole.txt', seedText()));
    expect(isFailure(result)).toBe(false);
  });
});

describe('the parse command', () => {
  let out: string[];
  let writeSpy: jest.SpyInstance;

  beforeEach(() => {
    out = [];
    writeSpy = jest
      .spyOn(process.stdout, 'write')
      .mockImplementation((chunk: string | Uint8Array) => {
        out.push(String(chunk));
        return true;
      });
    process.exitCode = undefined;
  });
  afterEach(() => {
    writeSpy.mockRestore();
    process.exitCode = undefined;
  });

  async function runParse(...args: string[]): Promise<{ lines: string[]; exitCode: unknown }> {
    const program = new Command('imr-graph').exitOverride();
    registerParseCommand(program);
    await program.parseAsync(['node', 'imr-graph', 'parse', ...args]);
    const exitCode = process.exitCode;
    return {
      lines: out
        .join('')
        .split('\n')
        .filter((l) => l !== ''),
      exitCode,
    };
  }

  test('prints one JSON line per file, in order, and exits 1 when any file failed', async () => {
    const good = seedFiles().slice(0, 2);
    const bad = file('cli-empty.txt', '');
    const notLetter = file('cli-hello.pdf', pdfSaying('Hello'));
    const { lines, exitCode } = await runParse(good[0], bad, good[1], notLetter);
    expect(lines).toHaveLength(4);
    const parsed = lines.map(
      (l) => JSON.parse(l) as { source: { file: string }; error?: { code: string } },
    );
    expect(parsed.map((p) => [p.source.file, p.error?.code ?? 'ok'])).toEqual([
      [good[0].split('/').pop(), 'ok'],
      ['cli-empty.txt', 'UNREADABLE'],
      [good[1].split('/').pop(), 'ok'],
      ['cli-hello.pdf', 'NOT_A_DETERMINATION'],
    ]);
    expect(exitCode).toBe(1);
  });

  test('exits 0 when every file parsed', async () => {
    const { lines, exitCode } = await runParse(...seedFiles());
    expect(lines).toHaveLength(seedFiles().length);
    expect(exitCode).toBeUndefined();
  });

  test('--with-text adds the cleaned text the spans count in; without it, no text', async () => {
    const [seed] = seedFiles();
    const bad = file('cli-empty-text.txt', '');
    const { lines, exitCode } = await runParse('--with-text', seed, bad);
    const [withText, failed] = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const letter = withText as unknown as Determination & { text: string };
    const header = letter.decisions[0].requestSpan!;
    expect(letter.text.slice(header.start, header.end)).toMatch(/: Upheld$/);
    expect(JSON.stringify({ ...letter, text: undefined })).toBe(
      JSON.stringify(await parseLetterFile(seed)),
    );
    expect((failed.error as { code: string }).code).toBe('UNREADABLE');
    expect(exitCode).toBe(1);
    const plain = await runParse(seed);
    expect(JSON.parse(plain.lines.at(-1)!)).not.toHaveProperty('text');
  });

  test('prints for many files, parsed on worker threads, what one file parsed here prints', async () => {
    const files = [...seedFiles(), ...corpusPdfs().slice(0, 3)];
    const { lines } = await runParse(...files);
    const inThread = await Promise.all(files.map((f) => parseLetterFile(f)));
    expect(lines).toEqual(inThread.map((result) => JSON.stringify(result)));
  });
});
