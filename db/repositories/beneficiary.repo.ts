import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type Database from 'better-sqlite3-multiple-ciphers';
import { beneficiary, beneficiaryMerge } from '../schema';
import { perConnection } from '../prepared';
import type { GuichetDatabase } from '../types';

/**
 * Beneficiary rows and their search tokens. Callers write inside `writeChange`; these functions only read and
 * write rows. Tokens are rewritten with the row, in the same transaction.
 */
export type BeneficiaryRow = typeof beneficiary.$inferSelect;
export type BeneficiaryMergeRow = typeof beneficiaryMerge.$inferSelect;

interface Statements {
  insertToken: Database.Statement;
  deleteTokens: Database.Statement;
  insertVariant: Database.Statement;
  deleteVariants: Database.Statement;
}
const prepared = perConnection(
  (sqlite): Statements => ({
    insertToken: sqlite.prepare('INSERT OR IGNORE INTO beneficiary_token (token, beneficiary_id, words) VALUES (?, ?, ?)'),
    deleteTokens: sqlite.prepare('DELETE FROM beneficiary_token WHERE beneficiary_id = ?'),
    insertVariant: sqlite.prepare('INSERT OR IGNORE INTO beneficiary_nom_variant (variant, beneficiary_id, prenom_key) VALUES (?, ?, ?)'),
    deleteVariants: sqlite.prepare('DELETE FROM beneficiary_nom_variant WHERE beneficiary_id = ?'),
  }),
);

export function findBeneficiary(db: GuichetDatabase, id: string): BeneficiaryRow | undefined {
  return db.orm.select().from(beneficiary).where(eq(beneficiary.id, id)).get();
}

export function findBeneficiaries(db: GuichetDatabase, ids: string[]): BeneficiaryRow[] {
  if (ids.length === 0) return [];
  return db.orm.select().from(beneficiary).where(inArray(beneficiary.id, ids)).all();
}

/** What search and duplicate detection look up, derived from the names (see name-folding, duplicates). */
export interface BeneficiaryKeys {
  /** Search tokens of both names. */
  tokens: string[];
  /** Variants of the nom key, and the prénom key stored beside them. */
  nomVariants: string[];
  prenomKey: string;
}

/** The person's tokens as stored beside each token: space-delimited, so ` ${prefix}` finds a word start. */
export function tokenWords(tokens: string[]): string {
  return ` ${tokens.join(' ')} `;
}

export function insertBeneficiary(db: GuichetDatabase, row: BeneficiaryRow, keys: BeneficiaryKeys): void {
  db.orm.insert(beneficiary).values(row).run();
  replaceBeneficiaryKeys(db, row.id, keys);
}

export function updateBeneficiary(db: GuichetDatabase, row: BeneficiaryRow, keys: BeneficiaryKeys): void {
  const { id, ...changes } = row;
  db.orm.update(beneficiary).set(changes).where(eq(beneficiary.id, id)).run();
  replaceBeneficiaryKeys(db, id, keys);
}

export function replaceBeneficiaryKeys(db: GuichetDatabase, id: string, keys: BeneficiaryKeys): void {
  const { insertToken, deleteTokens, insertVariant, deleteVariants } = prepared(db.sqlite);
  deleteTokens.run(id);
  deleteVariants.run(id);
  const words = tokenWords(keys.tokens);
  for (const token of keys.tokens) insertToken.run(token, id, words);
  for (const variant of keys.nomVariants) insertVariant.run(variant, id, keys.prenomKey);
}

/** Marks a record as merged into another one; its keys go so that search and duplicate checks skip it. */
export function markBeneficiaryMerged(db: GuichetDatabase, id: string, survivorId: string, now: string): void {
  db.orm.update(beneficiary).set({ mergedInto: survivorId, updatedAt: now }).where(eq(beneficiary.id, id)).run();
  replaceBeneficiaryKeys(db, id, { tokens: [], nomVariants: [], prenomKey: '' });
}

export function insertBeneficiaryMerge(db: GuichetDatabase, row: BeneficiaryMergeRow): void {
  db.orm.insert(beneficiaryMerge).values(row).run();
}

export function findBeneficiaryMerge(db: GuichetDatabase, id: string): BeneficiaryMergeRow | undefined {
  return db.orm.select().from(beneficiaryMerge).where(eq(beneficiaryMerge.id, id)).get();
}

export function markMergeUndone(db: GuichetDatabase, id: string, at: string, actorId: string): void {
  db.orm.update(beneficiaryMerge).set({ undoneAt: at, undoneBy: actorId }).where(eq(beneficiaryMerge.id, id)).run();
}

export function listMergesInto(db: GuichetDatabase, survivorId: string): BeneficiaryMergeRow[] {
  return db.orm.select().from(beneficiaryMerge).where(eq(beneficiaryMerge.survivorId, survivorId)).orderBy(asc(beneficiaryMerge.at)).all();
}

export function activeBeneficiaryById(db: GuichetDatabase, id: string): BeneficiaryRow | undefined {
  return db.orm.select().from(beneficiary).where(and(eq(beneficiary.id, id), isNull(beneficiary.mergedInto))).get();
}
