import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { instant } from './columns';

/** Collectivities, their sites, the enrolled desks and the enrollment codes. */

export const collectivity = pgTable('collectivity', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  createdAt: instant('created_at').notNull(),
});

/** A place of the collectivity (CCAS, médiathèque): its id is the one the desk created at first run. */
export const site = pgTable('site', {
  id: uuid('id').primaryKey(),
  collectivityId: uuid('collectivity_id').notNull().references(() => collectivity.id),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
  communeCode: text('commune_code').notNull(),
  createdAt: instant('created_at').notNull(),
  updatedAt: instant('updated_at').notNull(),
});

export const desk = pgTable(
  'desk',
  {
    id: uuid('id').primaryKey(),
    collectivityId: uuid('collectivity_id').notNull().references(() => collectivity.id),
    siteId: uuid('site_id').notNull().references(() => site.id),
    /** sha256 (hex) of the secret given at enrollment; the secret itself is never stored. */
    secretHash: text('secret_hash').notNull(),
    appVersion: text('app_version').notNull(),
    enrolledAt: instant('enrolled_at').notNull(),
    revokedAt: instant('revoked_at'),
    lastSeenAt: instant('last_seen_at'),
  },
  (table) => [index('desk_collectivity').on(table.collectivityId)],
);

/** One-time codes an administrator gives to a desk to enroll it; only their sha256 (hex) is kept. */
export const enrollmentCode = pgTable('enrollment_code', {
  codeHash: text('code_hash').primaryKey(),
  collectivityId: uuid('collectivity_id').notNull().references(() => collectivity.id),
  createdAt: instant('created_at').notNull(),
  expiresAt: instant('expires_at').notNull(),
  usedAt: instant('used_at'),
  usedByDesk: uuid('used_by_desk'),
});

