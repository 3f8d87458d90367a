/**
 * Runs `work` as an unprivileged user would see the files: root reads a chmod 000 folder
 * anyway, so as root the work runs with the effective user nobody (the tests' files are
 * world-readable) and root is restored after it.
 */
export async function asUnprivileged<T>(work: () => Promise<T>): Promise<T> {
  if (process.getuid?.() !== 0 || !process.seteuid) return work();
  process.seteuid(65534);
  try {
    return await work();
  } finally {
    process.seteuid(0);
  }
}
