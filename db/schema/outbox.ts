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
    /** The local account that made the change (uploaded as an id, never a name). */
    actorId: text('actor_id'),
    /**
     * `pending` until the hub answers; `needs-upgrade` is kept and sent again later (the hub is older than the
     * operation); the others are final.
     */
    state: text('state', { enum: ['pending', 'accepted', 'conflict', 'rejected', 'needs-upgrade'] }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    /** Epoch milliseconds before which the operation is not sent again (a `retry_later` or `upgrade_required`). */
    nextAttemptAt: integer('next_attempt_at').notNull().default(0),
    lastError: text('last_error'),
    /** The hub's answer (JSON OpResult). */
    result: text('result'),
    doneAt: text('done_at'),
  },
  (table) => [index('outbox_state_seq').on(table.state, table.seq), index('outbox_operation_entity').on(table.operation, table.entityId)],
);
