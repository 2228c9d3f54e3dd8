import { perConnection } from '../prepared';
import type { GuichetDatabase } from '../types';

export interface DayCloseRow {
  date: string;
  seq: number;
  closedAt: string;
  closedBy: string;
  closedByName: string;
  figures: string;
  checkedAt: string;
}

export interface AdjustmentRow {
  id: string;
  date: string;
  detectedAt: string;
  changes: string;
  reportedInSeq: number | null;
}

const CLOSE_COLUMNS = `d.date, d.seq, d.closed_at AS closedAt, d.closed_by AS closedBy, coalesce(a.display_name, '') AS closedByName,
  d.figures, d.checked_at AS checkedAt`;
const ADJUSTMENT_COLUMNS = `id, date, detected_at AS detectedAt, changes, reported_in_seq AS reportedInSeq`;

const statements = perConnection((sqlite) => ({
  find: sqlite.prepare(`SELECT ${CLOSE_COLUMNS} FROM day_close d LEFT JOIN agent a ON a.id = d.closed_by WHERE d.date = ?`),
  nextSeq: sqlite.prepare(`SELECT coalesce(max(seq), 0) + 1 AS seq FROM day_close`),
  insert: sqlite.prepare(
    `INSERT INTO day_close (date, seq, closed_at, closed_by, figures, checked_at) VALUES (@date, @seq, @closedAt, @closedBy, @figures, @closedAt)`,
  ),
  setChecked: sqlite.prepare(`UPDATE day_close SET checked_at = ? WHERE date = ?`),
  /** Closed days whose figures may have moved since they were last compared with the data. */
  toCheck: sqlite.prepare(
    `WITH changed(date, at) AS MATERIALIZED (
        SELECT s.date, s.updated_at FROM workshop_session s WHERE s.updated_at > @since
        UNION ALL SELECT s.date, b.status_at FROM booking b JOIN workshop_session s ON s.id = b.session_id WHERE b.status_at > @since
      )
     SELECT ${CLOSE_COLUMNS} FROM day_close d LEFT JOIN agent a ON a.id = d.closed_by
      WHERE d.checked_at < date(d.date, '+1 day') || 'T00:00:00.000Z'
         OR EXISTS (SELECT 1 FROM changed c WHERE c.date = d.date AND c.at > d.checked_at)`,
  ),
  insertAdjustment: sqlite.prepare(`INSERT INTO day_adjustment (id, date, detected_at, changes) VALUES (?, ?, ?, ?)`),
  adjustmentsOf: sqlite.prepare(`SELECT ${ADJUSTMENT_COLUMNS} FROM day_adjustment WHERE date = ? ORDER BY detected_at, id`),
  reportedIn: sqlite.prepare(`SELECT ${ADJUSTMENT_COLUMNS} FROM day_adjustment WHERE reported_in_seq = ? ORDER BY date, detected_at`),
  unreported: sqlite.prepare(`SELECT ${ADJUSTMENT_COLUMNS} FROM day_adjustment WHERE reported_in_seq IS NULL ORDER BY date, detected_at`),
  report: sqlite.prepare(`UPDATE day_adjustment SET reported_in_seq = ? WHERE reported_in_seq IS NULL`),
  closedSince: sqlite.prepare(`SELECT date FROM day_close WHERE date >= ? ORDER BY date`),
}));

export function findDayClose(db: GuichetDatabase, date: string): DayCloseRow | undefined {
  return statements(db.sqlite).find.get(date) as DayCloseRow | undefined;
}

export function nextCloseSeq(db: GuichetDatabase): number {
  return (statements(db.sqlite).nextSeq.get() as { seq: number }).seq;
}

export function insertDayClose(db: GuichetDatabase, row: { date: string; seq: number; closedAt: string; closedBy: string; figures: string }): void {
  statements(db.sqlite).insert.run(row);
}

export function markDayChecked(db: GuichetDatabase, date: string, at: string): void {
  statements(db.sqlite).setChecked.run(at, date);
}

/**
 * Closed days to compare with the data again: last compared before their day was over (the UTC midnight after the
 * day is at or after the Paris one, so this errs on the side of checking), or whose sessions or bookings changed
 * since they were last compared. Every other figure of a day is counted from instants of that day. Only the
 * sessions and bookings changed since `since` (the last comparison of all closed days) are read, through their
 * indexes: the cost follows what changed, not how many days were ever closed.
 */
export function closedDaysToCheck(db: GuichetDatabase, since: string): DayCloseRow[] {
  return statements(db.sqlite).toCheck.all({ since }) as DayCloseRow[];
}

export function insertAdjustment(db: GuichetDatabase, row: { id: string; date: string; detectedAt: string; changes: string }): void {
  statements(db.sqlite).insertAdjustment.run(row.id, row.date, row.detectedAt, row.changes);
}

export function adjustmentsOfDay(db: GuichetDatabase, date: string): AdjustmentRow[] {
  return statements(db.sqlite).adjustmentsOf.all(date) as AdjustmentRow[];
}

export function adjustmentsReportedIn(db: GuichetDatabase, seq: number): AdjustmentRow[] {
  return statements(db.sqlite).reportedIn.all(seq) as AdjustmentRow[];
}

export function unreportedAdjustments(db: GuichetDatabase): AdjustmentRow[] {
  return statements(db.sqlite).unreported.all() as AdjustmentRow[];
}

/** Gives every adjustment not yet reported to the close `seq`. */
export function reportAdjustments(db: GuichetDatabase, seq: number): void {
  statements(db.sqlite).report.run(seq);
}

export function closedDatesSince(db: GuichetDatabase, from: string): Set<string> {
  return new Set((statements(db.sqlite).closedSince.all(from) as Array<{ date: string }>).map((row) => row.date));
}
