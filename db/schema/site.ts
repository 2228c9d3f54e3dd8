import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** The one site (place) this desk belongs to, created by the first-run wizard. */
export const site = sqliteTable('site', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind', { enum: ['ccas', 'mediatheque', 'both'] }).notNull(),
  communeCode: text('commune_code').notNull(),
  communeName: text('commune_name').notNull(),
  createdAt: text('created_at').notNull(),
});
