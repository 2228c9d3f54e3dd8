import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Changes waiting to be uploaded to the hub, written in the same transaction as the change itself. */
export const outbox = sqliteTable(
  'outbox',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    /** Operation id (UUIDv7), created once, used by the hub as idempotency key. */
    opId: text('op_id').notNull().unique(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    operation: text('operation').notNull(),
    /** JSON, pseudonymised: no names, phone numbers or free text. */
    payload: text('payload').notNull(),
    createdAt: text('created_at').notNull(),
    state: text('state', { enum: ['pending', 'accepted', 'conflict', 'rejected'] }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    doneAt: text('done_at'),
  },
  (table) => [index('outbox_state_seq').on(table.state, table.seq)],
);
