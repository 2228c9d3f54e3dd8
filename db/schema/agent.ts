import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** One account per agent, never shared. Hashes are PHC-style strings carrying their parameters. */
export const agent = sqliteTable('agent', {
  id: text('id').primaryKey(),
  login: text('login').notNull().unique(),
  displayName: text('display_name').notNull(),
  role: text('role', { enum: ['accueil', 'mediateur', 'referent', 'admin'] }).notNull(),
  passwordHash: text('password_hash').notNull(),
  pinHash: text('pin_hash'),
  disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  lastLoginAt: text('last_login_at'),
});
