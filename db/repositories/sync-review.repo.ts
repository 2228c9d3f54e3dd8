import { and, count, desc, eq, isNull } from 'drizzle-orm';
import { syncReview } from '../schema';
import type { GuichetDatabase } from '../types';

export type SyncReviewRow = typeof syncReview.$inferSelect;
export type NewSyncReview = Omit<SyncReviewRow, 'settledAt' | 'settledBy' | 'outcome' | 'comment'>;

/** Records a situation to review; an operation is reviewed once, whatever the number of answers about it. */
export function insertSyncReview(db: GuichetDatabase, row: NewSyncReview): void {
  db.orm.insert(syncReview).values(row).onConflictDoNothing().run();
}

/** Another site lost against one of our redemptions: recorded once per pass and other site. */
/** Whether this conflict (the pass, the losing site and its desk's time) is already in the inbox (a pull replayed). */
export function hasElsewhereReview(db: GuichetDatabase, passNumber: string, otherSiteName: string, otherSiteAt: string): boolean {
  const found = db.orm
    .select({ id: syncReview.id })
    .from(syncReview)
    .where(
      and(
        eq(syncReview.kind, 'conflict-elsewhere'),
        eq(syncReview.passNumber, passNumber),
        eq(syncReview.otherSiteName, otherSiteName),
        eq(syncReview.otherSiteAt, otherSiteAt),
      ),
    )
    .get();
  return found !== undefined;
}

export function listSyncReviews(db: GuichetDatabase, includeSettled: boolean, limit = 500): SyncReviewRow[] {
  return db.orm
    .select()
    .from(syncReview)
    .where(includeSettled ? undefined : isNull(syncReview.settledAt))
    .orderBy(desc(syncReview.detectedAt))
    .limit(limit)
    .all();
}

export function findSyncReview(db: GuichetDatabase, id: string): SyncReviewRow | undefined {
  return db.orm.select().from(syncReview).where(eq(syncReview.id, id)).get();
}

export function countOpenSyncReviews(db: GuichetDatabase): number {
  return db.orm.select({ n: count() }).from(syncReview).where(isNull(syncReview.settledAt)).get()?.n ?? 0;
}

export function settleSyncReview(
  db: GuichetDatabase,
  id: string,
  settlement: { outcome: NonNullable<SyncReviewRow['outcome']>; comment: string; settledAt: string; settledBy: string },
): void {
  db.orm.update(syncReview).set(settlement).where(eq(syncReview.id, id)).run();
}
