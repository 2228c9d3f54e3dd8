import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { agent } from './agent';

/**
 * A closed day of this site (Europe/Paris calendar day): its sequence number and its figures frozen as they were
 * at the close. Never changed afterwards except `checked_at`, the last time its figures were compared with the
 * data again (a later correction becomes a `day_adjustment`, never an edit of `figures`).
 */
export const dayClose = sqliteTable('day_close', {
  date: text('date').primaryKey(),
  seq: integer('seq').notNull().unique(),
  closedAt: text('closed_at').notNull(),
  closedBy: text('closed_by')
    .notNull()
    .references(() => agent.id),
  /** JSON, validated by DayFiguresDto. */
  figures: text('figures').notNull(),
  checkedAt: text('checked_at').notNull(),
});

/**
 * A correction found after a day was closed: which figures moved, from what to what. It is reported on the next
 * close (`reported_in_seq`, set by that close) and on every reprint of the corrected day.
 */
export const dayAdjustment = sqliteTable(
  'day_adjustment',
  {
    id: text('id').primaryKey(),
    date: text('date')
      .notNull()
      .references(() => dayClose.date),
    detectedAt: text('detected_at').notNull(),
    /** JSON array of { key, label, before, after }. */
    changes: text('changes').notNull(),
    reportedInSeq: integer('reported_in_seq'),
  },
  (table) => [index('day_adjustment_date').on(table.date, table.detectedAt), index('day_adjustment_reported').on(table.reportedInSeq)],
);
