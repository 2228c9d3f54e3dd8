import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Append-only, hash-chained journal. Triggers in the migration forbid UPDATE and DELETE.
 * hash = SHA-256(prevHash + canonical JSON of the row's other columns).
 */
export const audit = sqliteTable(
  'audit',
  {
  seq: integer('seq').primaryKey(),
  at: text('at').notNull(),
  actorId: text('actor_id'),
  action: text('action').notNull(),
  targetType: text('target_type'),
  targetId: text('target_id'),
  /** JSON with ids and codes only: never names or free text. */
  details: text('details').notNull(),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
  },
  /** The day close counts some actions per day (refusals at the door). */
  (table) => [index('audit_action_at').on(table.action, table.at)],
);
