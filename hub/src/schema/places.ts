import { sql } from 'drizzle-orm';
import { bigint, boolean, date, index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { instant } from './columns';
import { collectivity, site } from './organisation';

/**
 * What the places of a collectivity share with each other (issue 8 item 2): their service catalogues, their
 * collective workshops (so that a CCAS can say where to go), and the accounts its administrator disabled.
 */

export const service = pgTable('service', {
  /** The desk's own id. */
  id: uuid('id').primaryKey(),
  collectivityId: uuid('collectivity_id').notNull().references(() => collectivity.id),
  siteId: uuid('site_id').notNull().references(() => site.id),
  name: text('name').notNull(),
  themes: jsonb('themes').notNull(),
  level: text('level'),
  defaultDurationMin: integer('default_duration_min').notNull(),
  passRequired: boolean('pass_required').notNull(),
  pricePasses: integer('price_passes').notNull(),
  archived: boolean('archived').notNull(),
  updatedAt: instant('updated_at').notNull(),
});

export const workshop = pgTable(
  'workshop',
  {
    /** The desk's own session id. */
    id: uuid('id').primaryKey(),
    collectivityId: uuid('collectivity_id').notNull().references(() => collectivity.id),
    siteId: uuid('site_id').notNull().references(() => site.id),
    serviceId: uuid('service_id').notNull(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    themes: jsonb('themes').notNull(),
    level: text('level'),
    date: date('date', { mode: 'string' }).notNull(),
    startTime: text('start_time').notNull(),
    durationMin: integer('duration_min').notNull(),
    capacity: integer('capacity'),
    /** planned | cancelled | closed */
    status: text('status').notNull(),
    updatedAt: instant('updated_at').notNull(),
  },
  (table) => [index('workshop_collectivity_date').on(table.collectivityId, table.date)],
);

/** A login the hub's administrator disabled at every desk of the collectivity (someone who left, a lost password). */
export const accountBlock = pgTable(
  'account_block',
  {
    collectivityId: uuid('collectivity_id').notNull().references(() => collectivity.id),
    login: text('login').notNull(),
    disabled: boolean('disabled').notNull(),
    reason: text('reason').notNull(),
    updatedAt: instant('updated_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.collectivityId, table.login] })],
);

/**
 * Who holds a seat in a workshop, by booking id: the running desk's own bookings (from its booking operations) and
 * the seats other desks took through the hub (POST /v1/bookings). The same booking id is used by both sides.
 */
export const workshopSeat = pgTable(
  'workshop_seat',
  {
    bookingId: uuid('booking_id').primaryKey(),
    collectivityId: uuid('collectivity_id').notNull().references(() => collectivity.id),
    workshopId: uuid('workshop_id').notNull(),
    holds: boolean('holds').notNull(),
    updatedAt: instant('updated_at').notNull(),
  },
  (table) => [index('workshop_seat_workshop').on(table.workshopId)],
);

/**
 * A seat taken by another desk for a person: the person's name and phone travel in the change log to the running
 * site only (change_log.site_id), and are removed a week after the workshop (`changeSeq` points at that change).
 */
export const remoteBooking = pgTable(
  'remote_booking',
  {
    id: uuid('id').primaryKey(),
    collectivityId: uuid('collectivity_id').notNull().references(() => collectivity.id),
    workshopId: uuid('workshop_id').notNull(),
    fromSiteId: uuid('from_site_id').notNull().references(() => site.id),
    toSiteId: uuid('to_site_id').notNull().references(() => site.id),
    workshopDate: date('workshop_date', { mode: 'string' }).notNull(),
    changeSeq: bigint('change_seq', { mode: 'number' }).notNull(),
    createdAt: instant('created_at').notNull(),
    identityPurgedAt: instant('identity_purged_at'),
  },
  (table) => [index('remote_booking_purge').on(table.workshopDate).where(sql`identity_purged_at IS NULL`)],
);
