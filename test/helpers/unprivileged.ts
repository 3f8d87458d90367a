import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { packageRoot } from '../../src/package-root';
/**
 * Runs `work` as an unprivileged user would see the files: root reads a chmod 000 folder
 * anyway, so as root the work runs with the effective user nobody (the tests' files are
 * world-readable) and root is restored after it.
 */
export async function asUnprivileged<T>(work: () => Promise<T>): Promise<T> {
  if (process.getuid?.() !== 0 || !process.seteuid) return work();
  // The work's parse workers load the project's code as that user too.
  for (let dir = packageRoot(); ; dir = dirname(dir)) {
    if ((statSync(dir).mode & 0o005) !== 0o005) {
      throw new Error(
        `tests that run as an unprivileged user need the checkout readable by others: ${dir} is not (chmod o+rx it)`,
      );
    }
    if (dirname(dir) === dir) break;
  }
  process.seteuid(65534);
  try {
    return await work();
  } finally {
    process.seteuid(0);
  }
}
