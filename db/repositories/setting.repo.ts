import { eq } from 'drizzle-orm';
import { setting } from '../schema';
import type { GuichetDatabase } from '../types';

/** A setting's JSON value, or undefined when never set. */
export function getSetting<T>(db: GuichetDatabase, key: string): T | undefined {
  const row = db.orm.select({ value: setting.value }).from(setting).where(eq(setting.key, key)).get();
  return row === undefined ? undefined : (JSON.parse(row.value) as T);
}

export function setSetting(db: GuichetDatabase, key: string, value: unknown, now: string): void {
  const json = JSON.stringify(value);
  db.orm
    .insert(setting)
    .values({ key, value: json, updatedAt: now })
    .onConflictDoUpdate({ target: setting.key, set: { value: json, updatedAt: now } })
    .run();
}
