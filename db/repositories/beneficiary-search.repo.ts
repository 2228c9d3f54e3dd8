import type Database from 'better-sqlite3-multiple-ciphers';
import type { GuichetDatabase } from '../types';
import type { BeneficiaryRow } from './beneficiary.repo';
import { perConnection } from '../prepared';

/**
 * The hot paths of the search box and of duplicate detection, as prepared statements (the query builder
 * re-prepares each call). Raw rows use the SQL column names; `toRow` maps them to the drizzle shape.
 */
interface RawBeneficiary {
  id: string;
  nom: string;
  prenom: string;
  birth_year: number | null;
  genre: BeneficiaryRow['genre'];
  social_status: BeneficiaryRow['socialStatus'];
  commune_code: string | null;
  qpv: BeneficiaryRow['qpv'];
  qpv_code: string | null;
  phone: string | null;
  no_phone: number;
  email: string | null;
  language: BeneficiaryRow['language'];
  priority_criteria: string;
  notice_given_on: string | null;
  note: string | null;
  nom_key: string;
  prenom_key: string;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  merged_into: string | null;
}

function toRow(raw: RawBeneficiary): BeneficiaryRow {
  return {
    id: raw.id,
    nom: raw.nom,
    prenom: raw.prenom,
    birthYear: raw.birth_year,
    genre: raw.genre,
    socialStatus: raw.social_status,
    communeCode: raw.commune_code,
    qpv: raw.qpv,
    qpvCode: raw.qpv_code,
    phone: raw.phone,
    noPhone: raw.no_phone === 1,
    email: raw.email,
    language: raw.language,
    priorityCriteria: raw.priority_criteria,
    noticeGivenOn: raw.notice_given_on,
    note: raw.note,
    nomKey: raw.nom_key,
    prenomKey: raw.prenom_key,
    createdAt: raw.created_at,
    createdBy: raw.created_by,
    updatedAt: raw.updated_at,
    mergedInto: raw.merged_into,
  };
}

interface SearchStatements {
  byId: Database.Statement;
  activeByIds: Database.Statement;
  byBirthYear: Database.Statement;
  byPhonePrefix: Database.Statement;
  byPhone: Database.Statement;
  byEmail: Database.Statement;
  nomVariantMatches: Database.Statement;
  countTokenRange: Database.Statement;
  /** Token range scans with 0 to MAX_EXTRA_WORDS more words checked per candidate. */
  tokenRanges: Database.Statement[];
}
/** Query words beyond the first that are checked in SQL; more are joined into the last one. */
export const MAX_EXTRA_WORDS = 3;

/** The other words are checked on the token row itself: `words` holds all the person's tokens. */
function tokenRangeSql(extraWords: number): string {
  const extra = Array.from({ length: extraWords }, () => ' AND instr(words, ?) > 0').join('');
  return `SELECT beneficiary_id AS id FROM beneficiary_token WHERE token >= ? AND token < ?${extra} ORDER BY token, beneficiary_id`;
}

const prepared = perConnection((sqlite): SearchStatements => {
  const active = 'merged_into IS NULL';
  return {
    byId: sqlite.prepare('SELECT * FROM beneficiary WHERE id = ?'),
    activeByIds: sqlite.prepare('SELECT b.* FROM json_each(?) AS wanted JOIN beneficiary b ON b.id = wanted.value WHERE b.merged_into IS NULL'),
    byBirthYear: sqlite.prepare(`SELECT * FROM beneficiary WHERE birth_year = ? AND ${active} ORDER BY nom_key, prenom_key LIMIT ?`),
    byPhonePrefix: sqlite.prepare(`SELECT * FROM beneficiary WHERE phone >= ? AND phone < ? AND ${active} ORDER BY phone LIMIT ?`),
    byPhone: sqlite.prepare(`SELECT * FROM beneficiary WHERE phone = ? AND ${active} LIMIT 200`),
    byEmail: sqlite.prepare(`SELECT * FROM beneficiary WHERE email = ? AND ${active} LIMIT 200`),
    // A prénom one typo away from a key of five letters or more keeps its first two or its last two letters:
    // a cheap filter in SQL, before the real distance is computed on the few rows left.
    nomVariantMatches: sqlite.prepare(
      `SELECT DISTINCT beneficiary_id, prenom_key FROM beneficiary_nom_variant
       WHERE variant IN (SELECT value FROM json_each(@variants))
         AND (prenom_key = @prenom
              OR (@length >= 5 AND length(prenom_key) BETWEEN @length - 1 AND @length + 1
                  AND (substr(prenom_key, 1, 2) = @head OR substr(prenom_key, -2) = @tail)))`,
    ).raw(),
    countTokenRange: sqlite.prepare('SELECT count(*) FROM (SELECT 1 FROM beneficiary_token WHERE token >= ? AND token < ? LIMIT ?)').pluck(),
    tokenRanges: Array.from({ length: MAX_EXTRA_WORDS + 1 }, (_, n) => sqlite.prepare(tokenRangeSql(n))),
  };
});

/** A prefix range [from, to) per query word. */
export interface TokenRange {
  from: string;
  to: string;
}

/**
 * Ids of people with a token in the range and, for each other prefix, a token starting with it; in token
 * order. An id comes once per matching token of the range.
 */
export function iterateTokenRanges(db: GuichetDatabase, first: TokenRange, otherPrefixes: string[]): IterableIterator<{ id: string }> {
  const statement = prepared(db.sqlite).tokenRanges[otherPrefixes.length];
  if (!statement) throw new Error(`at most ${MAX_EXTRA_WORDS} more words`);
  return statement.iterate(first.from, first.to, ...otherPrefixes.map((prefix) => ` ${prefix}`)) as IterableIterator<{ id: string }>;
}

/** How many tokens fall in a range, counting up to `cap` (to pick the most selective word cheaply). */
export function countTokenRange(db: GuichetDatabase, range: TokenRange, cap: number): number {
  return prepared(db.sqlite).countTokenRange.get(range.from, range.to, cap) as number;
}

/** The records of these ids that were not merged into another, in one statement (a page of search results). */
export function activeBeneficiaryRowsByIds(db: GuichetDatabase, ids: readonly string[]): BeneficiaryRow[] {
  return (prepared(db.sqlite).activeByIds.all(JSON.stringify(ids)) as RawBeneficiary[]).map(toRow);
}

export function beneficiaryRowById(db: GuichetDatabase, id: string): BeneficiaryRow | undefined {
  const raw = prepared(db.sqlite).byId.get(id) as RawBeneficiary | undefined;
  return raw ? toRow(raw) : undefined;
}

export function beneficiariesByBirthYear(db: GuichetDatabase, year: number, limit: number): BeneficiaryRow[] {
  return (prepared(db.sqlite).byBirthYear.all(year, limit) as RawBeneficiary[]).map(toRow);
}

export function beneficiariesByPhonePrefix(db: GuichetDatabase, from: string, to: string, limit: number): BeneficiaryRow[] {
  return (prepared(db.sqlite).byPhonePrefix.all(from, to, limit) as RawBeneficiary[]).map(toRow);
}

export function beneficiariesByPhone(db: GuichetDatabase, phone: string): BeneficiaryRow[] {
  return (prepared(db.sqlite).byPhone.all(phone) as RawBeneficiary[]).map(toRow);
}

export function beneficiariesByEmail(db: GuichetDatabase, email: string): BeneficiaryRow[] {
  return (prepared(db.sqlite).byEmail.all(email) as RawBeneficiary[]).map(toRow);
}

/**
 * People whose nom shares a variant with the given ones (see `nameVariants`) and whose prénom key may be
 * similar to `prenomKey` (a necessary condition only: the caller checks the distance), with their prénom key.
 */
export function nomVariantMatches(db: GuichetDatabase, variants: string[], prenomKey: string): Array<{ id: string; prenomKey: string }> {
  if (variants.length === 0 || prenomKey === '') return [];
  const chars = [...prenomKey];
  const rows = prepared(db.sqlite).nomVariantMatches.all({
    variants: JSON.stringify(variants),
    prenom: prenomKey,
    length: chars.length,
    head: chars.slice(0, 2).join(''),
    tail: chars.slice(-2).join(''),
  }) as Array<[string, string]>;
  return rows.map(([id, prenomKey]) => ({ id, prenomKey }));
}
