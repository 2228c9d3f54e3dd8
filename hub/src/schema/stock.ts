import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, primaryKey, text, unique, uuid } from 'drizzle-orm/pg-core';
import { instant } from './columns';
import { collectivity, site } from './organisation';

/** The collectivity's passes: issuers, lots, carnets, passes, and the redemptions that decide who used a pass first. */

export const issuer = pgTable('issuer', {
  id: uuid('id').primaryKey(),
  collectivityId: uuid('collectivity_id').notNull().references(() => collectivity.id),
  name: text('name').notNull(),
  carnetRule: jsonb('carnet_rule').notNull(),
  passRule: jsonb('pass_rule').notNull(),
  updatedAt: instant('updated_at').notNull(),
});

export const lot = pgTable('lot', {
  id: uuid('id').primaryKey(),
  collectivityId: uuid('collectivity_id').notNull().references(() => collectivity.id),
  issuerId: uuid('issuer_id').notNull().references(() => issuer.id),
  reference: text('reference').notNull(),
  faceValueCents: integer('face_value_cents').notNull(),
  carnetSize: integer('carnet_size').notNull(),
  validUntil: date('valid_until', { mode: 'string' }).notNull(),
  graceUntil: date('grace_until', { mode: 'string' }).notNull(),
  blockDays: integer('block_days').notNull(),
  warningDays: integer('warning_days').notNull(),
  targetCriteria: jsonb('target_criteria').notNull(),
  /** The site that received the lot. */
  siteId: uuid('site_id').notNull().references(() => site.id),
  createdAt: instant('created_at').notNull(),
  updatedAt: instant('updated_at').notNull(),
});

export const carnet = pgTable(
  'carnet',
  {
    collectivityId: uuid('collectivity_id').notNull(),
    number: text('number').notNull(),
    lotId: uuid('lot_id').notNull().references(() => lot.id),
    siteId: uuid('site_id').notNull(),
    /** in-stock | distributed | revoked */
    state: text('state').notNull(),
    /** The holder's pseudonym (Pid), never their identity. */
    person: text('person'),
    updatedAt: instant('updated_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.collectivityId, table.number] })],
);

export const pass = pgTable(
  'pass',
  {
    collectivityId: uuid('collectivity_id').notNull(),
    number: text('number').notNull(),
    carnetNumber: text('carnet_number').notNull(),
    lotId: uuid('lot_id').notNull().references(() => lot.id),
    position: integer('position').notNull(),
    state: text('state').notNull(),
    /** The site that holds, redeemed or revoked the pass. */
    siteId: uuid('site_id').notNull(),
    updatedAt: instant('updated_at').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.collectivityId, table.number] }),
    index('pass_carnet').on(table.collectivityId, table.carnetNumber),
    check('pass_state', sql`${table.state} in ('in-stock', 'distributed', 'redeemed', 'revoked')`),
  ],
);

/** THE arbiter of double redemption: the first redemption committed wins (UNIQUE pass), never the desks' clocks. */
export const redemption = pgTable(
  'redemption',
  {
    opId: uuid('op_id').primaryKey(),
    collectivityId: uuid('collectivity_id').notNull(),
    passNumber: text('pass_number').notNull(),
    deskId: uuid('desk_id').notNull(),
    siteId: uuid('site_id').notNull(),
    sessionId: uuid('session_id').notNull(),
    serviceId: uuid('service_id').notNull(),
    bookingId: uuid('booking_id').notNull(),
    /** The desk's clock: informative only. */
    deskAt: instant('desk_at').notNull(),
    acceptedAt: instant('accepted_at').notNull(),
  },
  (table) => [unique('redemption_pass').on(table.collectivityId, table.passNumber)],
);

/** A redemption that arrived after another site's one for the same pass: kept, shown to both sites. */
export const conflict = pgTable(
  'conflict',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    collectivityId: uuid('collectivity_id').notNull(),
    passNumber: text('pass_number').notNull(),
    winnerOpId: uuid('winner_op_id').notNull(),
    loserOpId: uuid('loser_op_id').notNull(),
    loserDeskId: uuid('loser_desk_id').notNull(),
    loserSiteId: uuid('loser_site_id').notNull(),
    loserDeskAt: instant('loser_desk_at').notNull(),
    detectedAt: instant('detected_at').notNull(),
  },
  (table) => [index('conflict_collectivity').on(table.collectivityId, table.detectedAt)],
);

