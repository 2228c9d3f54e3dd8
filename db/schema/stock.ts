import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { beneficiary } from './beneficiary';

/** Who prints and sells the passes (APTIC, Docaposte, the Métropole…), with the numbering rules of its carnets and passes. */
export const issuer = sqliteTable('issuer', {
  id: text('id').primaryKey(),
  name: text('name').notNull().unique(),
  carnetPattern: text('carnet_pattern').notNull(),
  carnetCheckDigit: text('carnet_check_digit', { enum: ['none', 'luhn', 'gs1'] }).notNull(),
  passPattern: text('pass_pattern').notNull(),
  passCheckDigit: text('pass_check_digit', { enum: ['none', 'luhn', 'gs1'] }).notNull(),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/** An order of carnets from one issuer: face value, carnet size and validity are the lot's. */
export const passLot = sqliteTable('pass_lot', {
  id: text('id').primaryKey(),
  issuerId: text('issuer_id')
    .notNull()
    .references(() => issuer.id),
  reference: text('reference').notNull(),
  faceValueCents: integer('face_value_cents').notNull(),
  carnetSize: integer('carnet_size').notNull(),
  /** Calendar dates (Europe/Paris), inclusive. */
  validUntil: text('valid_until').notNull(),
  graceUntil: text('grace_until').notNull(),
  blockDays: integer('block_days').notNull(),
  warningDays: integer('warning_days').notNull(),
  /** JSON array of priority-criterion codes. */
  targetCriteria: text('target_criteria').notNull().default('[]'),
  perimeter: text('perimeter'),
  createdAt: text('created_at').notNull(),
  createdBy: text('created_by'),
  /**
   * Null for this desk's own lots. Another site's id for a lot learnt from the hub when one of its passes was used
   * here: such lots, with their carnets, are not this desk's stock.
   */
  siteId: text('site_id'),
});

/**
 * A carnet of passes. Handed to one person at a time (`beneficiary_id`); `used_count` and `revoked_count` are
 * kept with its passes in the same transactions, so the stock counts never scan the passes.
 */
export const carnet = sqliteTable(
  'carnet',
  {
    id: text('id').primaryKey(),
    lotId: text('lot_id')
      .notNull()
      .references(() => passLot.id),
    number: text('number').notNull().unique(),
    passCount: integer('pass_count').notNull(),
    usedCount: integer('used_count').notNull().default(0),
    revokedCount: integer('revoked_count').notNull().default(0),
    receivedAt: text('received_at').notNull(),
    beneficiaryId: text('beneficiary_id').references(() => beneficiary.id),
    distributedAt: text('distributed_at'),
    distributedBy: text('distributed_by'),
    revokedAt: text('revoked_at'),
    revokedReason: text('revoked_reason', { enum: ['perdu', 'vole', 'annule'] }),
  },
  (table) => [index('carnet_lot').on(table.lotId), index('carnet_beneficiary').on(table.beneficiaryId)],
);

/**
 * One voucher. It is distributed with its carnet; used once; or revoked. Never deleted. Its key is the number the
 * issuer printed on it: the same on every desk that receives the lot, so the hub recognises a pass whichever desk
 * uploads it (a desk-made id would differ from desk to desk).
 */
export const pass = sqliteTable(
  'pass',
  {
    number: text('number').primaryKey(),
    carnetId: text('carnet_id')
      .notNull()
      .references(() => carnet.id),
    position: integer('position').notNull(),
    redeemedAt: text('redeemed_at'),
    redeemedBy: text('redeemed_by'),
    revokedAt: text('revoked_at'),
    revokedReason: text('revoked_reason', { enum: ['perdu', 'vole', 'annule'] }),
  },
  (table) => [index('pass_carnet').on(table.carnetId, table.position)],
);

/** What happened to a carnet or one of its passes, and to whom: the history shown by the lookup and the timeline. */
export const stockEvent = sqliteTable(
  'stock_event',
  {
    id: text('id').primaryKey(),
    carnetId: text('carnet_id')
      .notNull()
      .references(() => carnet.id),
    passNumber: text('pass_number').references(() => pass.number),
    kind: text('kind', { enum: ['received', 'distributed', 'taken-back', 'reassigned', 'revoked', 'redeemed'] }).notNull(),
    at: text('at').notNull(),
    actorId: text('actor_id'),
    /** The person concerned (the holder at the time). */
    beneficiaryId: text('beneficiary_id').references(() => beneficiary.id),
    /** JSON: reason, note, previous holder… */
    details: text('details').notNull().default('{}'),
  },
  (table) => [
    index('stock_event_carnet').on(table.carnetId, table.at),
    index('stock_event_beneficiary').on(table.beneficiaryId, table.at),
    index('stock_event_kind_at').on(table.kind, table.at, table.carnetId, table.beneficiaryId),
  ],
);
