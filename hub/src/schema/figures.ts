import { pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { instant } from './columns';
import { collectivity } from './organisation';

/**
 * The Métropole's readers of the figures page (`GET /figures`): not desks, read-only. Each one has a random token,
 * shown once by `figures-token`; only its sha256 (hex) is kept.
 */
export const figuresReader = pgTable(
  'figures_reader',
  {
    id: uuid('id').primaryKey(),
    collectivityId: uuid('collectivity_id').notNull().references(() => collectivity.id),
    label: text('label').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdAt: instant('created_at').notNull(),
    revokedAt: instant('revoked_at'),
  },
  (table) => [unique('figures_reader_token').on(table.tokenHash)],
);
