import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The people helped at the desk, minimal by design (research/reliability.md §4.2): no social-security number,
 * no health details. The note is local: it never goes into an upload payload.
 */
export const beneficiary = sqliteTable(
  'beneficiary',
  {
    /** UUIDv7. */
    id: text('id').primaryKey(),
    nom: text('nom').notNull(),
    prenom: text('prenom').notNull(),
    birthYear: integer('birth_year'),
    genre: text('genre', { enum: ['feminin', 'masculin', 'non-communique'] }).notNull().default('non-communique'),
    /** La Coop's statut social (closed list), for the funders' figures. */
    socialStatus: text('social_status', { enum: ['scolarise', 'sans-emploi', 'en-emploi', 'retraite', 'non-communique'] })
      .notNull()
      .default('non-communique'),
    /** INSEE code of the commune of residence. */
    communeCode: text('commune_code'),
    qpv: text('qpv', { enum: ['oui', 'non', 'ne-sait-pas'] }).notNull().default('ne-sait-pas'),
    qpvCode: text('qpv_code'),
    /** `0612345678` for French numbers, `+` and digits otherwise. */
    phone: text('phone'),
    noPhone: integer('no_phone', { mode: 'boolean' }).notNull().default(false),
    /** Lower-case. */
    email: text('email'),
    language: text('language', { enum: ['fr', 'en', 'ar', 'es', 'pt', 'ro', 'ta', 'zh'] }).notNull().default('fr'),
    /** JSON array of criterion codes (closed list and the desk's own). */
    priorityCriteria: text('priority_criteria').notNull().default('[]'),
    /** ISO date the information notice was handed over. */
    noticeGivenOn: text('notice_given_on'),
    /** Short, objective, seen by colleagues, never uploaded. */
    note: text('note'),
    /** Folded name keys for duplicate detection (`nameKey`). */
    nomKey: text('nom_key').notNull(),
    prenomKey: text('prenom_key').notNull(),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by'),
    updatedAt: text('updated_at').notNull(),
    /** Set when a referent merged this record into another one: it is then hidden from search. */
    mergedInto: text('merged_into'),
  },
  (table) => [
    index('beneficiary_birth_year').on(table.birthYear, table.nomKey, table.prenomKey),
    index('beneficiary_phone').on(table.phone),
    index('beneficiary_email').on(table.email),
    index('beneficiary_nom_key').on(table.nomKey, table.prenomKey),
    index('beneficiary_created_at').on(table.createdAt),
    /** Covers the reports' look-ups of the people reached (no name in it). */
    index('beneficiary_report').on(table.id, table.mergedInto, table.birthYear, table.genre, table.socialStatus, table.communeCode, table.qpv, table.priorityCriteria),
  ],
);

/**
 * Search tokens of each person's names (folded words, joined words), for prefix search as the agent types:
 * `token >= ? AND token < ?` is a range scan of the primary key. Each row also carries all the person's
 * tokens (` jean pierre jeanpierre lefevre `), so the other words of a query are checked on the same row,
 * without a lookup per candidate. The migration declares this table and the variants below WITHOUT ROWID
 * (hand-edited SQL: drizzle cannot express it), so each row is stored once, in its key's order.
 */
export const beneficiaryToken = sqliteTable(
  'beneficiary_token',
  {
    token: text('token').notNull(),
    beneficiaryId: text('beneficiary_id')
      .notNull()
      .references(() => beneficiary.id),
    words: text('words').notNull(),
  },
  (table) => [primaryKey({ columns: [table.token, table.beneficiaryId] }), index('beneficiary_token_beneficiary').on(table.beneficiaryId)],
);

/**
 * Duplicate detection: the nom key and, from five letters, the key with each letter deleted in turn. Two keys
 * one typo apart share a variant, so similar noms are found by equality; each row carries the prénom key so
 * the prénom is compared without a lookup per candidate.
 */
export const beneficiaryNomVariant = sqliteTable(
  'beneficiary_nom_variant',
  {
    variant: text('variant').notNull(),
    beneficiaryId: text('beneficiary_id')
      .notNull()
      .references(() => beneficiary.id),
    prenomKey: text('prenom_key').notNull(),
  },
  (table) => [primaryKey({ columns: [table.variant, table.beneficiaryId] }), index('beneficiary_nom_variant_beneficiary').on(table.beneficiaryId)],
);

/**
 * One merge of two records, with both records as they were before, so that the audit trail (which holds ids
 * only) can be followed back and the merge undone.
 */
export const beneficiaryMerge = sqliteTable('beneficiary_merge', {
  id: text('id').primaryKey(),
  survivorId: text('survivor_id')
    .notNull()
    .references(() => beneficiary.id),
  mergedId: text('merged_id')
    .notNull()
    .references(() => beneficiary.id),
  /** JSON of both rows before the merge. */
  survivorBefore: text('survivor_before').notNull(),
  mergedBefore: text('merged_before').notNull(),
  /** JSON: ids of the rows moved to the survivor, per table. */
  moved: text('moved').notNull(),
  at: text('at').notNull(),
  actorId: text('actor_id').notNull(),
  /** Set when a referent undid the merge (the rows moved went back to the other record). */
  undoneAt: text('undone_at'),
  undoneBy: text('undone_by'),
});
