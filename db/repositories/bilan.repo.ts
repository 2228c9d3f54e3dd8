import { and, desc, eq, inArray, ne } from 'drizzle-orm';
import { bilan, needsGrid } from '../schema';
import type { GuichetDatabase } from '../types';

export type NeedsGridRow = typeof needsGrid.$inferSelect;
export type BilanRow = typeof bilan.$inferSelect;

export function currentNeedsGrid(db: GuichetDatabase): NeedsGridRow | undefined {
  return db.orm.select().from(needsGrid).orderBy(desc(needsGrid.version)).limit(1).get();
}

export function findNeedsGrid(db: GuichetDatabase, version: number): NeedsGridRow | undefined {
  return db.orm.select().from(needsGrid).where(eq(needsGrid.version, version)).get();
}

export function insertNeedsGrid(db: GuichetDatabase, row: NeedsGridRow): void {
  db.orm.insert(needsGrid).values(row).run();
}

export function findBilan(db: GuichetDatabase, id: string): BilanRow | undefined {
  return db.orm.select().from(bilan).where(eq(bilan.id, id)).get();
}

export function insertBilan(db: GuichetDatabase, row: BilanRow): void {
  db.orm.insert(bilan).values(row).run();
}

export function updateBilan(db: GuichetDatabase, id: string, changes: Partial<Omit<BilanRow, 'id'>>): void {
  db.orm.update(bilan).set(changes).where(eq(bilan.id, id)).run();
}

/** A person's bilans, newest first. */
export function listBilansOf(db: GuichetDatabase, beneficiaryId: string): BilanRow[] {
  return db.orm.select().from(bilan).where(eq(bilan.beneficiaryId, beneficiaryId)).orderBy(desc(bilan.createdAt), desc(bilan.id)).all();
}

/** Moves a person's bilans to another record (merge). Returns the ids moved. */
export function moveBilans(db: GuichetDatabase, fromId: string, toId: string, now: string): string[] {
  const ids = db.orm.select({ id: bilan.id }).from(bilan).where(eq(bilan.beneficiaryId, fromId)).all().map((row) => row.id);
  if (ids.length > 0) db.orm.update(bilan).set({ beneficiaryId: toId, updatedAt: now }).where(eq(bilan.beneficiaryId, fromId)).run();
  return ids;
}

/** Undoing a merge: these bilans go back from the survivor to the other record (those still with the survivor). */
export function moveBilansBack(db: GuichetDatabase, ids: readonly string[], survivorId: string, mergedId: string, now: string): void {
  if (ids.length === 0) return;
  db.orm
    .update(bilan)
    .set({ beneficiaryId: mergedId, updatedAt: now })
    .where(and(inArray(bilan.id, [...ids]), eq(bilan.beneficiaryId, survivorId)))
    .run();
}

/** Whether the person has a finished bilan (a carnet is handed out after one, unless by a referent). */
export function hasCompletedBilan(db: GuichetDatabase, beneficiaryId: string): boolean {
  return (
    db.orm
      .select({ id: bilan.id })
      .from(bilan)
      .where(and(eq(bilan.beneficiaryId, beneficiaryId), eq(bilan.status, 'completed')))
      .limit(1)
      .get() !== undefined
  );
}

/** A draft bilan of the person other than `exceptId`, if any. */
export function findDraftBilanOf(db: GuichetDatabase, beneficiaryId: string, exceptId: string | null): BilanRow | undefined {
  const where = exceptId
    ? and(eq(bilan.beneficiaryId, beneficiaryId), eq(bilan.status, 'draft'), ne(bilan.id, exceptId))
    : and(eq(bilan.beneficiaryId, beneficiaryId), eq(bilan.status, 'draft'));
  return db.orm.select().from(bilan).where(where).get();
}
