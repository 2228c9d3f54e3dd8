import { perConnection } from '../prepared';
import type { GuichetDatabase } from '../types';

/** Prepared once per connection: settings are read on every call (the idle lock) and every scan. */
const readSetting = perConnection((sqlite) => sqlite.prepare(`SELECT value FROM setting WHERE key = ?`).pluck());
const writeSetting = perConnection((sqlite) =>
  sqlite.prepare(`INSERT INTO setting (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`),
);

/** A setting's JSON value, or undefined when never set. */
export function getSetting<T>(db: GuichetDatabase, key: string): T | undefined {
  const value = readSetting(db.sqlite).get(key) as string | undefined;
  return value === undefined ? undefined : (JSON.parse(value) as T);
}

export function setSetting(db: GuichetDatabase, key: string, value: unknown, now: string): void {
  writeSetting(db.sqlite).run(key, JSON.stringify(value), now);
}
