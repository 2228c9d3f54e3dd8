import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Clock } from '../electron/common/domain/clock';
import { backupDatesToKeep } from './backup-retention';
import { durableRename } from './fsync';
import type { GuichetDatabase } from './types';

const DAILY_PATTERN = /^guichet-(\d{4}-\d{2}-\d{2})\.db$/;

/**
 * Copies the database with `VACUUM INTO` (the copy is encrypted with the same key), flushes it and renames it
 * into place, so a backup file is always complete. `db.backup()` fails on encrypted sources (research).
 */
export function backupDatabase(db: GuichetDatabase, target: string): void {
  mkdirSync(path.dirname(target), { recursive: true });
  const temporary = `${target}.partiel`;
  rmSync(temporary, { force: true });
  db.sqlite.prepare('VACUUM INTO ?').run(temporary);
  durableRename(temporary, target);
}

/** Today's backup if not taken yet, then prunes to 7 daily and 4 weekly. Returns the file written, if any. */
export function rotateDailyBackup(db: GuichetDatabase, dir: string, clock: Clock): string | null {
  mkdirSync(dir, { recursive: true });
  const today = clock().toISOString().slice(0, 10);
  const target = path.join(dir, `guichet-${today}.db`);
  const written = existsSync(target) ? null : target;
  if (written) backupDatabase(db, written);

  const dated = readdirSync(dir)
    .map((name) => ({ name, date: DAILY_PATTERN.exec(name)?.[1] }))
    .filter((entry): entry is { name: string; date: string } => entry.date !== undefined);
  const keep = backupDatesToKeep(dated.map((entry) => entry.date));
  for (const entry of dated) {
    if (!keep.has(entry.date)) rmSync(path.join(dir, entry.name), { force: true });
  }
  return written;
}
