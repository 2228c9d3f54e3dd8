import { index, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Reference data pulled from the hub (research/reliability.md §1.3): each pass's state as the collectivity knows it
 * — distributed, redeemed elsewhere, revoked — without its holder's identity. Written with the pull cursor in one
 * transaction.
 */
export const hubPass = sqliteTable(
  'hub_pass',
  {
    number: text('number').primaryKey(),
    carnetNumber: text('carnet_number').notNull(),
    lotId: text('lot_id').notNull(),
    state: text('state', { enum: ['in-stock', 'distributed', 'redeemed', 'revoked'] }).notNull(),
    /** The site that holds, redeemed or revoked the pass. */
    siteId: text('site_id').notNull(),
    /** When the hub learnt this state. */
    at: text('at').notNull(),
  },
  (table) => [index('hub_pass_carnet').on(table.carnetNumber)],
);

/** The other reference data pulled from the hub (sites, issuers, lots), as the hub sent it (JSON). */
export const hubReference = sqliteTable(
  'hub_reference',
  {
    entity: text('entity', { enum: ['site', 'issuer', 'lot', 'service', 'workshop', 'account'] }).notNull(),
    key: text('key').notNull(),
    data: text('data').notNull(),
    at: text('at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.entity, table.key] })],
);

/**
 * What the hub refused or found in conflict, for the referents' review inbox: never deleted; settled with an
 * outcome (audited).
 */
export const syncReview = sqliteTable(
  'sync_review',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: ['conflict', 'conflict-elsewhere', 'rejected'] }).notNull(),
    /** This desk's operation (null when another site's redemption lost against one of ours). */
    opId: text('op_id').unique(),
    operation: text('operation').notNull(),
    passNumber: text('pass_number'),
    message: text('message').notNull(),
    otherSiteName: text('other_site_name'),
    otherSiteAt: text('other_site_at'),
    /** This desk's time of the operation. */
    occurredAt: text('occurred_at'),
    detectedAt: text('detected_at').notNull(),
    settledAt: text('settled_at'),
    settledBy: text('settled_by'),
    outcome: text('outcome', { enum: ['seance-maintenue', 'signale', 'erreur-saisie'] }),
    comment: text('comment'),
  },
  (table) => [index('sync_review_open').on(table.settledAt, table.detectedAt), index('sync_review_pass').on(table.passNumber)],
);
