import { closeSync, fsyncSync, openSync, renameSync } from 'node:fs';
import path from 'node:path';

/** Flushes a file (or a directory entry table) to disk. */
export function fsyncPath(target: string): void {
  const fd = openSync(target, 'r');
  try {
    fsyncSync(fd);
  } catch (error) {
    // Some platforms refuse fsync on directories (Windows); the file itself was flushed already.
    if (!isDirectoryFsyncRefusal(error)) throw error;
  } finally {
    closeSync(fd);
  }
}

function isDirectoryFsyncRefusal(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'EISDIR' || code === 'EPERM' || code === 'EINVAL';
}

/** Renames atomically and makes the rename durable. */
export function durableRename(from: string, to: string): void {
  fsyncPath(from);
  renameSync(from, to);
  fsyncPath(path.dirname(to));
}
