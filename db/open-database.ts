import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import type { Clock } from '../electron/common/domain/clock';
import { systemClock } from '../electron/common/domain/clock';
import { backupDatabase } from './backup';
import { DatabaseOpenError } from './database-open-error';
import { createOrm } from './orm';
import type { GuichetDatabase } from './types';

export interface OpenDatabaseOptions {
  file: string;
  /** 32 random bytes; never derived from a PIN. */
  key: Buffer;
  /** The committed drizzle migrations (db/migrations). */
  migrationsFolder: string;
  /** Where the backup taken before a migration goes. Defaults to `<file's folder>/backups`. */
  backupDir?: string;
  clock?: Clock;
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
const BUSY_TIMEOUT_MS = 5000;

/** SQLite page cache per connection, in KiB. */
const PAGE_CACHE_KIB = 65_536;

/**
 * Opens the encrypted database: key, pragmas, integrity check, migrations (after a backup). Refuses —
 * without writing to the file — a plaintext database, a wrong key, a damaged file or a newer schema.
 */
export function openDatabase(options: OpenDatabaseOptions): GuichetDatabase {
  if (options.key.length !== 32) throw new DatabaseOpenError('BAD_KEY');
  const isNew = !existsSync(options.file) || statSync(options.file).size === 0;
  if (!isNew && isPlaintextSqlite(options.file)) throw new DatabaseOpenError('PLAINTEXT');
  if (isNew) mkdirSync(path.dirname(options.file), { recursive: true });

  const sqlite = new Database(options.file);
  try {
    applyKey(sqlite, options.key);
    assertKeyOpens(sqlite);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // Pages are decrypted into this cache: 64 MB keeps the search and duplicate indexes of 200,000 people hot.
    sqlite.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
    if (!isNew) assertIntact(sqlite);
    const orm = createOrm(sqlite);
    const database: GuichetDatabase = { file: options.file, sqlite, orm, close: () => sqlite.close() };
    runMigrations(database, options, isNew);
    return database;
  } catch (error) {
    if (sqlite.open) sqlite.close();
    throw asOpenError(error);
  }
}

/** SQLite's own corruption errors (raised by a pragma or the check itself) become CORRUPT. */
function asOpenError(error: unknown): unknown {
  if (error instanceof DatabaseOpenError) return error;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && code.startsWith('SQLITE_CORRUPT')) return new DatabaseOpenError('CORRUPT', code);
  return error;
}

function isPlaintextSqlite(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const header = Buffer.alloc(SQLITE_HEADER.length);
    const read = readSync(fd, header, 0, header.length, 0);
    return read === header.length && header.equals(SQLITE_HEADER);
  } finally {
    closeSync(fd);
  }
}

function applyKey(sqlite: Database.Database, key: Buffer): void {
  sqlite.pragma(`cipher = 'chacha20'`);
  sqlite.pragma(`key = "x'${key.toString('hex')}'"`);
}

/** The first read decrypts page 1: a wrong key fails here, before anything is written. */
function assertKeyOpens(sqlite: Database.Database): void {
  try {
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_NOTADB') throw new DatabaseOpenError('WRONG_KEY');
    throw new DatabaseOpenError('CORRUPT', code ?? String(error));
  }
}

function assertIntact(sqlite: Database.Database): void {
  const rows = sqlite.pragma('quick_check') as Array<{ quick_check: string }>;
  const verdict = rows.map((row) => row.quick_check).join('; ');
  if (verdict !== 'ok') throw new DatabaseOpenError('CORRUPT', verdict.slice(0, 200));
}

function lastAppliedMigrationMillis(sqlite: Database.Database): number | null {
  const table = sqlite
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'`)
    .get();
  if (!table) return null;
  const row = sqlite.prepare('SELECT max(created_at) AS last FROM __drizzle_migrations').get() as { last: number | null };
  return row.last === null ? null : Number(row.last);
}

function runMigrations(database: GuichetDatabase, options: OpenDatabaseOptions, isNew: boolean): void {
  const migrations = readMigrationFiles({ migrationsFolder: options.migrationsFolder });
  const newestKnown = Math.max(0, ...migrations.map((m) => m.folderMillis));
  const lastApplied = lastAppliedMigrationMillis(database.sqlite);
  if (lastApplied !== null && lastApplied > newestKnown) throw new DatabaseOpenError('NEWER_VERSION');
  const pending = migrations.filter((m) => lastApplied === null || m.folderMillis > lastApplied);
  if (pending.length === 0) return;

  if (!isNew && lastApplied !== null) {
    const clock = options.clock ?? systemClock;
    const stamp = clock().toISOString().replace(/[:.]/g, '-');
    const backupDir = options.backupDir ?? path.join(path.dirname(options.file), 'backups');
    backupDatabase(database, path.join(backupDir, `avant-migration-${stamp}.db`));
  }
  try {
    migrate(database.orm, { migrationsFolder: options.migrationsFolder });
  } catch (error) {
    throw new DatabaseOpenError('MIGRATION_FAILED', error instanceof Error ? error.message : String(error));
  }
}
