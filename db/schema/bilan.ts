import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { beneficiary } from './beneficiary';

/** Versions of the needs-assessment grid; the highest version is the current one. Never changed in place. */
export const needsGrid = sqliteTable('needs_grid', {
  version: integer('version').primaryKey(),
  /** JSON, validated by NeedsGridDefinition. */
  definition: text('definition').notNull(),
  createdAt: text('created_at').notNull(),
  createdBy: text('created_by'),
});

/** A needs assessment of one person, answered against one version of the grid. */
export const bilan = sqliteTable(
  'bilan',
  {
    id: text('id').primaryKey(),
    beneficiaryId: text('beneficiary_id')
      .notNull()
      .references(() => beneficiary.id),
    gridVersion: integer('grid_version')
      .notNull()
      .references(() => needsGrid.version),
    status: text('status', { enum: ['draft', 'completed'] }).notNull().default('draft'),
    /** JSON answers keyed by question code. */
    answers: text('answers').notNull(),
    agentId: text('agent_id').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    completedAt: text('completed_at'),
  },
  (table) => [index('bilan_beneficiary_created').on(table.beneficiaryId, table.createdAt), index('bilan_completed_at').on(table.completedAt, table.status, table.beneficiaryId)],
);
