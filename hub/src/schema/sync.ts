import { bigserial, index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { instant } from './columns';

/** The synchronisation's own tables: what was processed, per-desk sequences, statistics, deferred ops, the change log. */

/** Every operation the hub processed, with the result it answered: a replay gets the same result. */
export const processedOp = pgTable(
  'processed_op',
  {
    opId: uuid('op_id').primaryKey(),
    deskId: uuid('desk_id').notNull(),
    epoch: uuid('epoch').notNull(),
    seq: integer('seq').notNull(),
    type: text('type').notNull(),
    /** The OpResult answered; written in the same transaction as the operation's effect. */
    result: jsonb('result'),
    processedAt: instant('processed_at').notNull(),
  },
  (table) => [index('processed_op_desk_seq').on(table.deskId, table.epoch, table.seq)],
);

/** Highest contiguous seq per (desk, epoch): gaps and regressions after a restore are visible. */
export const deskEpoch = pgTable(
  'desk_epoch',
  {
    deskId: uuid('desk_id').notNull(),
    epoch: uuid('epoch').notNull(),
    firstSeq: integer('first_seq').notNull(),
    contiguousSeq: integer('contiguous_seq').notNull(),
    maxSeq: integer('max_seq').notNull(),
    startedAt: instant('started_at').notNull(),
    lastAt: instant('last_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.deskId, table.epoch] })],
);

/** Statistics operations (pseudonymised people, bookings, workshops, activities, day closes…), stored as sent. */
export const statEvent = pgTable(
  'stat_event',
  {
    opId: uuid('op_id').primaryKey(),
    collectivityId: uuid('collectivity_id').notNull(),
    siteId: uuid('site_id').notNull(),
    deskId: uuid('desk_id').notNull(),
    type: text('type').notNull(),
    key: text('key').notNull(),
    payload: jsonb('payload').notNull(),
    deskAt: instant('desk_at').notNull(),
    receivedAt: instant('received_at').notNull(),
  },
  (table) => [index('stat_event_type').on(table.collectivityId, table.type, table.deskAt)],
);

/** Operations answered `upgrade_required`: kept as received, not processed; the desk sends them again later. */
export const deferredOp = pgTable(
  'deferred_op',
  {
    opId: uuid('op_id').primaryKey(),
    deskId: uuid('desk_id').notNull(),
    epoch: uuid('epoch').notNull(),
    seq: integer('seq').notNull(),
    type: text('type').notNull(),
    schemaVersion: integer('schema_version').notNull(),
    op: jsonb('op').notNull(),
    receivedAt: instant('received_at').notNull(),
  },
  (table) => [index('deferred_op_desk_seq').on(table.deskId, table.epoch, table.seq)],
);

/** What the desks pull, per collectivity, in commit order (pushes of one collectivity are serialised). */
export const changeLog = pgTable(
  'change_log',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    collectivityId: uuid('collectivity_id').notNull(),
    entity: text('entity').notNull(),
    key: text('key').notNull(),
    data: jsonb('data').notNull(),
    at: instant('at').notNull(),
    /** Null: every desk of the collectivity pulls it; else only the desks of that site (a person's booking). */
    siteId: uuid('site_id'),
  },
  (table) => [index('change_log_collectivity_seq').on(table.collectivityId, table.seq)],
);
