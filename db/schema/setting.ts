import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Key/value settings of the desk; values are JSON. */
export const setting = sqliteTable('setting', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: text('updated_at').notNull(),
});
