import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { DatabaseOpenError } from '../../../db/database-open-error';
import { openDatabase } from '../../../db/open-database';
import { setSetting, getSetting } from '../../../db/repositories/setting.repo';
import { MIGRATIONS_FOLDER, makeTempDir } from '../../support/test-backend';
import { fingerprint, openTestDatabase } from '../../support/test-database';

const SECRET = 'Fatoumata Koné, 06 12 34 56 78';

function refusal(run: () => unknown): DatabaseOpenError {
  try {
    run();
  } catch (error) {
    if (error instanceof DatabaseOpenError) return error;
    throw error;
  }
  throw new Error('the database was expected to be refused');
}

describe('openDatabase', () => {
  it('encrypts the file and its WAL: no readable text, no SQLite header', () => {
    const { db, file } = openTestDatabase();
    setSetting(db, 'probe', SECRET, '2026-11-22T10:00:00.000Z');
    const bytes = Buffer.concat([readFileSync(file), existsSync(`${file}-wal`) ? readFileSync(`${file}-wal`) : Buffer.alloc(0)]);
    expect(bytes.includes(Buffer.from('Koné'))).toBe(false);
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
    db.close();
  });

  it('reopens with the same key and finds the data, with the durability pragmas set', () => {
    const { db, file, key } = openTestDatabase();
    setSetting(db, 'probe', SECRET, '2026-11-22T10:00:00.000Z');
    db.close();
    const again = openDatabase({ file, key, migrationsFolder: MIGRATIONS_FOLDER });
    expect(getSetting<string>(again, 'probe')).toBe(SECRET);
    expect(again.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(again.sqlite.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(again.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(again.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    again.close();
  });

  it('refuses a wrong key with a French message and leaves the file untouched', () => {
    const { db, file } = openTestDatabase();
    setSetting(db, 'probe', SECRET, '2026-11-22T10:00:00.000Z');
    db.close();
    const before = fingerprint(file);
    const error = refusal(() => openDatabase({ file, key: randomBytes(32), migrationsFolder: MIGRATIONS_FOLDER }));
    expect(error.code).toBe('WRONG_KEY');
    expect(error.message).toMatch(/ne s’ouvre pas avec cette clé/);
    expect(fingerprint(file)).toBe(before);
  });

  it('refuses a plaintext database where an encrypted one is expected, never recreating it', () => {
    const dir = makeTempDir();
    const file = path.join(dir, 'guichet.db');
    const plain = new Database(file);
    plain.exec(`CREATE TABLE person (name TEXT); INSERT INTO person VALUES ('${SECRET}')`);
    plain.close();
    const before = fingerprint(file);
    const error = refusal(() => openDatabase({ file, key: randomBytes(32), migrationsFolder: MIGRATIONS_FOLDER }));
    expect(error.code).toBe('PLAINTEXT');
    expect(error.message).toMatch(/en clair/);
    expect(fingerprint(file)).toBe(before);
  });

  it('refuses a key that is not 32 bytes', () => {
    const dir = makeTempDir();
    const error = refusal(() => openDatabase({ file: path.join(dir, 'g.db'), key: Buffer.alloc(8), migrationsFolder: MIGRATIONS_FOLDER }));
    expect(error.code).toBe('BAD_KEY');
    expect(existsSync(path.join(dir, 'g.db'))).toBe(false);
  });

  it('refuses a database written by a newer version and leaves it untouched', () => {
    const { db, file, key } = openTestDatabase();
    db.sqlite.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('future', Date.now() + 10 ** 12);
    db.close();
    const before = fingerprint(file);
    const error = refusal(() => openDatabase({ file, key, migrationsFolder: MIGRATIONS_FOLDER }));
    expect(error.code).toBe('NEWER_VERSION');
    expect(error.message).toMatch(/version plus récente/);
    expect(fingerprint(file)).toBe(before);
  });

  it('refuses a damaged file with the integrity check', () => {
    const { db, file, key } = openTestDatabase();
    for (let i = 0; i < 400; i += 1) setSetting(db, `filler.${i}`, 'x'.repeat(200), '2026-11-22T10:00:00.000Z');
    db.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const bytes = readFileSync(file);
    const pageSize = 4096;
    randomBytes(pageSize).copy(bytes, pageSize * 5);
    writeFileSync(file, bytes);
    const error = refusal(() => openDatabase({ file, key, migrationsFolder: MIGRATIONS_FOLDER }));
    expect(error.code).toBe('CORRUPT');
    expect(error.message).toMatch(/endommagée/);
  });

  it('backs up the database, encrypted, before applying a new migration', () => {
    const oldFolder = path.join(makeTempDir(), 'migrations');
    cpSync(MIGRATIONS_FOLDER, oldFolder, { recursive: true });
    const journalFile = path.join(oldFolder, 'meta/_journal.json');
    const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: unknown[] };
    writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, 1) }));

    const dir = makeTempDir();
    const file = path.join(dir, 'guichet.db');
    const key = randomBytes(32);
    const first = openDatabase({ file, key, migrationsFolder: oldFolder });
    setSetting(first, 'probe', SECRET, '2026-11-22T10:00:00.000Z');
    first.close();
    expect(existsSync(path.join(dir, 'backups'))).toBe(false);

    const upgraded = openDatabase({ file, key, migrationsFolder: MIGRATIONS_FOLDER });
    upgraded.close();
    const backups = readdirSync(path.join(dir, 'backups'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/^avant-migration-.*\.db$/);
    const backupFile = path.join(dir, 'backups', backups[0] ?? '');
    expect(readFileSync(backupFile).includes(Buffer.from('Koné'))).toBe(false);
    const restored = openDatabase({ file: backupFile, key, migrationsFolder: oldFolder });
    expect(getSetting<string>(restored, 'probe')).toBe(SECRET);
    restored.close();
  });
});
