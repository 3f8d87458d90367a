/** What a bench ran on, recorded beside every figure: numbers mean little without it. */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { benchPackageRoot } from './bench-args';

export interface MachineInfo {
  date: string;
  cpus: number;
  cpuModel: string;
  ramGiB: number;
  node: string;
  java: string;
  neo4j: string;
  pdftotext: string;
  os: string;
  loadAverage: number[];
}

export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString(),
    cpus: os.availableParallelism(),
    cpuModel: cpus[0]?.model?.trim() ?? 'unknown',
    ramGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    java: firstLine(spawnSync('java', ['-version'], { encoding: 'utf8' }).stderr) || 'not found',
    neo4j: neo4jVersionFromPom(),
    pdftotext:
      firstLine(spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).stderr) || 'not found',
    os: `${os.type()} ${os.release()}`,
    loadAverage: os.loadavg().map((n) => Math.round(n * 100) / 100),
  };
}

/** The version the local launcher embeds (tools/neo4j-local/pom.xml); the server reports the same. */
function neo4jVersionFromPom(): string {
  try {
    const pom = readFileSync(
      path.join(benchPackageRoot(), 'tools', 'neo4j-local', 'pom.xml'),
      'utf8',
    );
    return pom.match(/<neo4j\.version>([^<]+)</)?.[1] ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

function firstLine(text: string | null | undefined): string {
  return (text ?? '').split('\n')[0].trim();
}

/** PDFs under a folder, recursively, in a stable order. */
export function findPdfs(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.sort().flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return findPdfs(full);
    return /\.pdf$/i.test(name) ? [full] : [];
  });
}

/**
 * One pdftotext process per file, `parallel` at a time, started by xargs: forking from this
 * process (large once pdf.js is loaded) would add its own cost to each file.
 */
export function pdftotext(files: readonly string[], parallel: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const args = ['-0', '-P', String(parallel), '-I', '{}', 'pdftotext', '-layout', '{}', '-'];
    const xargs = spawn('xargs', args, { stdio: ['pipe', 'ignore', 'inherit'] });
    xargs.on('error', reject);
    xargs.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`xargs: exit ${code}`)),
    );
    xargs.stdin.end(files.join('\0'));
  });
}

export function hasPdftotext(): boolean {
  return spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).error === undefined;
}
