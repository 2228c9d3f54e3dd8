import { site } from '../schema';
import type { GuichetDatabase } from '../types';

export type SiteRow = typeof site.$inferSelect;

/** The desk's one site, or undefined before the first-run wizard. */
export function getSite(db: GuichetDatabase): SiteRow | undefined {
  return db.orm.select().from(site).limit(1).get();
}

export function insertSite(db: GuichetDatabase, row: SiteRow): void {
  db.orm.insert(site).values(row).run();
}
