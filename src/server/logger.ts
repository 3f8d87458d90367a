import type { AppConfig } from '../config';

/** Operational log lines to stderr. Callers pass counts, names and codes, never letter text. */
export interface Logger {
  info(line: string): void;
  error(line: string): void;
}

export function createLogger(level: AppConfig['logLevel']): Logger {
  const write = (line: string) => process.stderr.write(`${line}\n`);
  return {
    info: level === 'silent' ? () => undefined : write,
    error: level === 'silent' ? () => undefined : write,
  };
}

export const silentLogger: Logger = { info: () => undefined, error: () => undefined };
