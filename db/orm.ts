import type Database from 'better-sqlite3-multiple-ciphers';
import { createTableRelationsHelpers, extractTablesRelationalConfig } from 'drizzle-orm';
import { BetterSQLiteSession } from 'drizzle-orm/better-sqlite3/session';
import { BaseSQLiteDatabase, SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import * as schema from './schema';
import type { Orm } from './types';

/**
 * drizzle over the encrypted connection. drizzle's `better-sqlite3` entry point imports the unencrypted
 * `better-sqlite3` package at load time, so the database object is assembled from the same public parts
 * it uses (dialect, session, database), around our better-sqlite3-multiple-ciphers connection.
 */
export function createOrm(sqlite: Database.Database): Orm {
  const dialect = new SQLiteSyncDialect();
  const tables = extractTablesRelationalConfig(schema, createTableRelationsHelpers);
  const relational = { fullSchema: schema, schema: tables.tables, tableNamesMap: tables.tableNamesMap };
  const session = new BetterSQLiteSession(sqlite as never, dialect, relational, {});
  return new BaseSQLiteDatabase('sync', dialect, session, relational) as unknown as Orm;
}
