import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { agent } from './agent';
import { beneficiary } from './beneficiary';
import { pass, passLot } from './stock';

/** What a pass pays for at this place (APTIC: one scan = one pass + one service), with La Coop's themes. */
export const service = sqliteTable('service', {
  id: text('id').primaryKey(),
  name: text('name').notNull().unique(),
  /** JSON array of La Coop thématique codes. */
  themes: text('themes').notNull().default('[]'),
  level: text('level', { enum: ['debutant', 'intermediaire', 'avance'] }),
  defaultDurationMin: integer('default_duration_min').notNull(),
  passRequired: integer('pass_required', { mode: 'boolean' }).notNull(),
  pricePasses: integer('price_passes').notNull().default(1),
  archivedAt: text('archived_at'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/** A collective workshop or an individual appointment, on one day of the site's calendar. */
export const workshopSession = sqliteTable(
  'workshop_session',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: ['collectif', 'individuel'] }).notNull(),
    title: text('title').notNull(),
    serviceId: text('service_id')
      .notNull()
      .references(() => service.id),
    themes: text('themes').notNull().default('[]'),
    level: text('level', { enum: ['debutant', 'intermediaire', 'avance'] }),
    /** The Paris calendar day and wall-clock time, and the instant they name. */
    date: text('date').notNull(),
    startTime: text('start_time').notNull(),
    startsAt: text('starts_at').notNull(),
    durationMin: integer('duration_min').notNull(),
    room: text('room').notNull().default(''),
    facilitatorId: text('facilitator_id').references(() => agent.id),
    capacity: integer('capacity').notNull(),
    seriesId: text('series_id'),
    status: text('status', { enum: ['prevue', 'annulee', 'close'] }).notNull().default('prevue'),
    cancelledAt: text('cancelled_at'),
    cancelReason: text('cancel_reason'),
    closedAt: text('closed_at'),
    closedBy: text('closed_by'),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by'),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [
    index('workshop_session_date').on(table.date, table.startTime),
    index('workshop_session_series').on(table.seriesId),
    /** The day close finds the sessions changed since its last check. */
    index('workshop_session_updated_at').on(table.updatedAt),
  ],
);

/**
 * A person's place in a session: booked (à venir), on the waiting list, then present, absent (excused or not), or
 * cancelled. `queued_at` orders the waiting list. One active booking per person and session.
 */
export const booking = sqliteTable(
  'booking',
  {
    id: text('id').primaryKey(),
    sessionId: text('session_id')
      .notNull()
      .references(() => workshopSession.id),
    beneficiaryId: text('beneficiary_id')
      .notNull()
      .references(() => beneficiary.id),
    status: text('status', { enum: ['a-venir', 'liste-attente', 'present', 'absent-excuse', 'absent', 'annule'] }).notNull(),
    queuedAt: text('queued_at').notNull(),
    bookedBy: text('booked_by'),
    promotedAt: text('promoted_at'),
    passesRedeemed: integer('passes_redeemed').notNull().default(0),
    overCapacity: integer('over_capacity', { mode: 'boolean' }).notNull().default(false),
    signedInAt: text('signed_in_at'),
    signedInBy: text('signed_in_by'),
    statusAt: text('status_at').notNull(),
    /** The other place that booked this seat through the hub (its name), null for this desk's own bookings. */
    bookedVia: text('booked_via'),
  },
  (table) => [
    index('booking_session').on(table.sessionId, table.status, table.queuedAt),
    index('booking_beneficiary').on(table.beneficiaryId),
    uniqueIndex('booking_active').on(table.sessionId, table.beneficiaryId).where(sql`status <> 'annule'`),
    /** The day close finds the bookings changed since its last check. */
    index('booking_status_at').on(table.statusAt),
  ],
);

/**
 * A seat this desk took for a person in another place's collective workshop, through the hub: the other place has
 * the booking; this desk keeps what the person was told (where, when) for their history.
 */
export const bookingElsewhere = sqliteTable(
  'booking_elsewhere',
  {
    id: text('id').primaryKey(),
    beneficiaryId: text('beneficiary_id')
      .notNull()
      .references(() => beneficiary.id),
    workshopId: text('workshop_id').notNull(),
    siteId: text('site_id').notNull(),
    siteName: text('site_name').notNull(),
    title: text('title').notNull(),
    date: text('date').notNull(),
    startTime: text('start_time').notNull(),
    durationMin: integer('duration_min').notNull(),
    bookedAt: text('booked_at').notNull(),
    bookedBy: text('booked_by'),
  },
  (table) => [index('booking_elsewhere_beneficiary').on(table.beneficiaryId)],
);

/** A pass used: for which session, by whom, scanned by which agent. A pass is redeemed once, ever. */
export const redemption = sqliteTable(
  'redemption',
  {
    passNumber: text('pass_number')
      .primaryKey()
      .references(() => pass.number),
    sessionId: text('session_id')
      .notNull()
      .references(() => workshopSession.id),
    bookingId: text('booking_id')
      .notNull()
      .references(() => booking.id),
    /** Who attended (the person selected at the door, or the holder). */
    beneficiaryId: text('beneficiary_id')
      .notNull()
      .references(() => beneficiary.id),
    /** The carnet's holder, when another person was confirmed at the door. */
    holderId: text('holder_id'),
    serviceId: text('service_id').notNull(),
    /** The pass's lot (kept here for the reports; set by every redemption, filled in by the migration that added it). */
    lotId: text('lot_id').references(() => passLot.id),
    faceValueCents: integer('face_value_cents').notNull(),
    at: text('at').notNull(),
    agentId: text('agent_id'),
    /**
     * Accepted « à confirmer »: the pass was of a lot this desk knew, but its hand-out at another site had not reached
     * this desk yet. Confirmed (or turned into a conflict) by the hub's answer to the redemption's upload.
     */
    provisional: integer('provisional', { mode: 'boolean' }).notNull().default(false),
  },
  (table) => [
    index('redemption_session').on(table.sessionId),
    index('redemption_at').on(table.at),
    /** Covers the reports' scans of a period: no table row is read. */
    index('redemption_report').on(table.at, table.serviceId, table.lotId, table.faceValueCents),
  ],
);

/** The activity record written when a session closes (La Coop's model), nothing retyped. */
export const activity = sqliteTable(
  'activity',
  {
    id: text('id').primaryKey(),
    sessionId: text('session_id')
      .notNull()
      .unique()
      .references(() => workshopSession.id),
    type: text('type', { enum: ['collectif', 'individuel'] }).notNull(),
    date: text('date').notNull(),
    durationMin: integer('duration_min').notNull(),
    placeName: text('place_name').notNull(),
    communeCode: text('commune_code').notNull(),
    title: text('title').notNull(),
    themes: text('themes').notNull(),
    level: text('level', { enum: ['debutant', 'intermediaire', 'avance'] }),
    autonomy: text('autonomy', { enum: ['entierement-accompagne', 'partiellement-autonome', 'autonome'] }),
    redirection: text('redirection'),
    /** JSON array of the beneficiary ids present. */
    participantIds: text('participant_ids').notNull(),
    /** Kept with `participant_ids` and the session's service, for the reports. */
    participantCount: integer('participant_count').notNull().default(0),
    serviceId: text('service_id'),
    newParticipants: integer('new_participants').notNull(),
    passesRedeemed: integer('passes_redeemed').notNull(),
    recordedAt: text('recorded_at').notNull(),
    recordedBy: text('recorded_by'),
  },
  (table) => [
    index('activity_date').on(table.date),
    /** Covers the period report's reading of activities. */
    index('activity_report').on(
      table.date,
      table.serviceId,
      table.type,
      table.durationMin,
      table.participantCount,
      table.newParticipants,
      table.placeName,
      table.communeCode,
      table.themes,
      table.sessionId,
    ),
  ],
);

/**
 * One row per person present at an activity, by day: the reports count the people reached from this narrow table
 * (the activity's JSON list is what was recorded; this is its index). Written with the activity.
 */
export const activityParticipant = sqliteTable(
  'activity_participant',
  {
    date: text('date').notNull(),
    beneficiaryId: text('beneficiary_id').notNull(),
    activityId: text('activity_id')
      .notNull()
      .references(() => activity.id),
  },
  (table) => [primaryKey({ columns: [table.date, table.beneficiaryId, table.activityId] })],
);
