import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Receipts waiting for, or sent to, the receipt printer. Local operational state: never uploaded, no outbox
 * or audit rows. A job is stored before it is sent and kept until printed or cancelled; printed and cancelled
 * jobs are purged after a few days (receipts carry names).
 */
export const printJob = sqliteTable(
  'print_job',
  {
    /** UUIDv7. */
    id: text('id').primaryKey(),
    createdAt: text('created_at').notNull(),
    /** What the receipt is for, e.g. `distribution`, `test-page`, `end-of-day`. */
    kind: text('kind').notNull(),
    /** The receipt layout (electron/common/receipts/receipt-layout.ts), as JSON. */
    layout: text('layout').notNull(),
    /** Where it goes or went, e.g. `tcp://192.168.1.50:9100`, `/dev/usb/lp0`. */
    printerTarget: text('printer_target').notNull(),
    state: text('state', { enum: ['queued', 'printing', 'printed', 'paused', 'cancelled', 'failed'] }).notNull().default('queued'),
    /** Sends started (a send interrupted after bytes left counts). */
    attempts: integer('attempts').notNull().default(0),
    /** French message of the last problem, shown to the agent. */
    lastError: text('last_error'),
    printedAt: text('printed_at'),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [index('print_job_state_created').on(table.state, table.createdAt)],
);
