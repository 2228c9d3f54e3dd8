import { and, asc, desc, eq, inArray, isNotNull, lt, or, sql } from 'drizzle-orm';
import { printJob } from '../schema';
import type { GuichetDatabase } from '../types';

/**
 * Print queue rows. Callers wrap writes in an IMMEDIATE transaction (`db.sqlite.transaction(…).immediate()`);
 * these functions only read and write rows. Print jobs are local state: no outbox, no audit.
 */
export type PrintJobRow = typeof printJob.$inferSelect;
export type PrintJobState = PrintJobRow['state'];

/** Jobs still to print, in the order they will print. */
export const WAITING_STATES: readonly PrintJobState[] = ['queued', 'paused', 'printing'];

export function insertPrintJob(db: GuichetDatabase, row: PrintJobRow): void {
  db.orm.insert(printJob).values(row).run();
}

export function findPrintJob(db: GuichetDatabase, id: string): PrintJobRow | undefined {
  return db.orm.select().from(printJob).where(eq(printJob.id, id)).get();
}

/** The oldest job waiting to be sent (queued or paused), if any. */
export function nextPrintJob(db: GuichetDatabase): PrintJobRow | undefined {
  return db.orm
    .select()
    .from(printJob)
    .where(inArray(printJob.state, ['queued', 'paused']))
    .orderBy(asc(printJob.createdAt), asc(printJob.id))
    .limit(1)
    .get();
}

/** Waiting and failed jobs, oldest first, then the most recent printed or cancelled ones. */
export function listPrintJobs(db: GuichetDatabase, recentLimit = 10): PrintJobRow[] {
  const open = db.orm
    .select()
    .from(printJob)
    .where(inArray(printJob.state, ['queued', 'paused', 'printing', 'failed']))
    .orderBy(asc(printJob.createdAt), asc(printJob.id))
    .all();
  const done = db.orm
    .select()
    .from(printJob)
    .where(inArray(printJob.state, ['printed', 'cancelled']))
    .orderBy(desc(printJob.updatedAt), desc(printJob.id))
    .limit(recentLimit)
    .all();
  return [...open, ...done];
}

/** The most recently printed job. */
export function lastPrintedJob(db: GuichetDatabase): PrintJobRow | undefined {
  return db.orm
    .select()
    .from(printJob)
    .where(and(eq(printJob.state, 'printed'), isNotNull(printJob.printedAt)))
    .orderBy(desc(printJob.printedAt), desc(printJob.id))
    .limit(1)
    .get();
}

export function countWaitingPrintJobs(db: GuichetDatabase): number {
  const row = db.orm
    .select({ n: sql<number>`count(*)` })
    .from(printJob)
    .where(inArray(printJob.state, [...WAITING_STATES]))
    .get();
  return row?.n ?? 0;
}

/** Marks a job as being sent; counts the attempt. Only a queued or paused job can start. */
export function markPrintJobPrinting(db: GuichetDatabase, id: string, target: string, now: string): boolean {
  const result = db.orm
    .update(printJob)
    .set({ state: 'printing', printerTarget: target, attempts: sql`${printJob.attempts} + 1`, updatedAt: now })
    .where(and(eq(printJob.id, id), inArray(printJob.state, ['queued', 'paused'])))
    .run();
  return result.changes === 1;
}

export function markPrintJobPrinted(db: GuichetDatabase, id: string, now: string): void {
  db.orm.update(printJob).set({ state: 'printed', printedAt: now, lastError: null, updatedAt: now }).where(eq(printJob.id, id)).run();
}

/** Back to waiting, with the reason: `paused` while the printer needs a person, `queued` for a retry. */
export function markPrintJobWaiting(db: GuichetDatabase, id: string, state: 'queued' | 'paused', error: string | null, now: string): void {
  db.orm
    .update(printJob)
    .set({ state, lastError: error, updatedAt: now })
    .where(and(eq(printJob.id, id), inArray(printJob.state, ['queued', 'paused', 'printing'])))
    .run();
}

export function markPrintJobFailed(db: GuichetDatabase, id: string, error: string, now: string): void {
  db.orm.update(printJob).set({ state: 'failed', lastError: error, updatedAt: now }).where(eq(printJob.id, id)).run();
}

/** Cancels a job not being sent right now. Returns whether it was cancelled. */
export function cancelPrintJob(db: GuichetDatabase, id: string, now: string): boolean {
  const result = db.orm
    .update(printJob)
    .set({ state: 'cancelled', updatedAt: now })
    .where(and(eq(printJob.id, id), inArray(printJob.state, ['queued', 'paused', 'failed'])))
    .run();
  return result.changes === 1;
}

/** A failed job goes back to the queue (the agent asked for a retry). */
export function requeueFailedPrintJob(db: GuichetDatabase, id: string, now: string): boolean {
  const result = db.orm
    .update(printJob)
    .set({ state: 'queued', updatedAt: now })
    .where(and(eq(printJob.id, id), eq(printJob.state, 'failed')))
    .run();
  return result.changes === 1;
}

/**
 * Jobs left `printing` by a process that stopped mid-send go back to `queued`: whether they printed is unknown,
 * and the queue checks the printer's status before sending them again. Returns how many.
 */
export function requeueInterruptedPrintJobs(db: GuichetDatabase, message: string, now: string): number {
  return db.orm
    .update(printJob)
    .set({ state: 'queued', lastError: message, updatedAt: now })
    .where(eq(printJob.state, 'printing'))
    .run().changes;
}

/** Deletes printed and cancelled jobs last changed before `before` (receipts carry names). Returns how many. */
export function purgeFinishedPrintJobs(db: GuichetDatabase, before: string): number {
  return db.orm
    .delete(printJob)
    .where(and(or(eq(printJob.state, 'printed'), eq(printJob.state, 'cancelled')), lt(printJob.updatedAt, before)))
    .run().changes;
}
