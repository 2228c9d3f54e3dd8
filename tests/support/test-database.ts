import { randomBytes } from 'node:crypto';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../../db/open-database';
import type { GuichetDatabase } from '../../db/types';
import { MIGRATIONS_FOLDER, makeTempDir } from './test-backend';

export interface TestDatabase {
  dir: string;
  file: string;
  key: Buffer;
  db: GuichetDatabase;
}

/** A real encrypted database file, migrated with the committed migrations, in a fresh temp folder. */
export function openTestDatabase(key: Buffer = randomBytes(32)): TestDatabase {
  const dir = makeTempDir('guichet-db-');
  const file = path.join(dir, 'guichet.db');
  const db = openDatabase({ file, key, migrationsFolder: MIGRATIONS_FOLDER });
  return { dir, file, key, db };
}

/** Fingerprint of a database file and its WAL/SHM companions, to prove a refusal left them untouched. */
export function fingerprint(file: string): string {
  const hash = createHash('sha256');
  for (const suffix of ['', '-wal', '-shm']) {
    const part = `${file}${suffix}`;
    hash.update(suffix);
    hash.update(existsSync(part) ? readFileSync(part) : Buffer.from('absent'));
  }
  return hash.digest('hex');
}
