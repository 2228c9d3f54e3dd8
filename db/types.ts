import type Database from 'better-sqlite3-multiple-ciphers';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type * as schema from './schema';

export type Schema = typeof schema;
export type Orm = BetterSQLite3Database<Schema>;

/** An open, keyed, migrated database. One per process: the only writer. */
export interface GuichetDatabase {
  readonly file: string;
  readonly sqlite: Database.Database;
  readonly orm: Orm;
  close(): void;
}
