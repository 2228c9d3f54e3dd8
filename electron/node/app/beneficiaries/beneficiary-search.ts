import { prefixUpperBound } from '../../../common/domain/beneficiaries/name-folding';
import { parseBeneficiaryQuery, PHONE_MIN_DIGITS } from '../../../common/domain/beneficiaries/search-query';
import type { BeneficiaryRow } from '../../../../db/repositories/beneficiary.repo';
import {
  MAX_EXTRA_WORDS,
  beneficiariesByBirthYear,
  beneficiariesByPhonePrefix,
  activeBeneficiaryRowsByIds,
  countTokenRange,
  iterateTokenRanges,
  type TokenRange,
} from '../../../../db/repositories/beneficiary-search.repo';
import type { GuichetDatabase } from '../../../../db/types';

/** Counting tokens stops here: beyond it, a word is common enough not to drive the scan. */
const SELECTIVITY_CAP = 2000;

const range = (prefix: string): TokenRange => ({ from: prefix, to: prefixUpperBound(prefix) });

function byName(a: BeneficiaryRow, b: BeneficiaryRow): number {
  return a.nomKey.localeCompare(b.nomKey) || a.prenomKey.localeCompare(b.prenomKey) || a.id.localeCompare(b.id);
}

/**
 * Search as the agent types: every word of the query must start a word of the person's names (accents, case,
 * apostrophes and hyphens ignored); four digits find a birth year; four digits or more, the start of a phone
 * number. Merged records are never found.
 */
export function searchBeneficiaries(db: GuichetDatabase, query: string, limit: number): BeneficiaryRow[] {
  const parsed = parseBeneficiaryQuery(query);
  if (parsed.kind === 'empty') return [];
  if (parsed.kind === 'digits') {
    const found = new Map<string, BeneficiaryRow>();
    if (parsed.birthYear !== null) for (const row of beneficiariesByBirthYear(db, parsed.birthYear, limit)) found.set(row.id, row);
    if (parsed.digits.length >= PHONE_MIN_DIGITS && found.size < limit) {
      for (const row of beneficiariesByPhonePrefix(db, parsed.digits, prefixUpperBound(parsed.digits), limit - found.size)) found.set(row.id, row);
    }
    return [...found.values()];
  }
  // The word with the fewest tokens drives the range scan; the others are checked per candidate in SQL.
  const words = [...new Set(parsed.words)].map((word) => ({ word, range: range(word) }));
  const ranked =
    words.length === 1
      ? words
      : words
          .map((entry) => ({ ...entry, count: countTokenRange(db, entry.range, SELECTIVITY_CAP) }))
          .sort((a, b) => a.count - b.count || b.word.length - a.word.length);
  const [driver, ...rest] = ranked;
  if (driver === undefined) return [];
  const others = rest.slice(0, MAX_EXTRA_WORDS).map((entry) => entry.word);
  // Ids in token order, read by pages of `limit` in one statement each (a merged record is skipped, and its place
  // taken by the next id).
  const seen = new Set<string>();
  const found: BeneficiaryRow[] = [];
  let page: string[] = [];
  const readPage = () => {
    found.push(...activeBeneficiaryRowsByIds(db, page));
    page = [];
  };
  for (const { id } of iterateTokenRanges(db, driver.range, others)) {
    if (seen.has(id)) continue;
    seen.add(id);
    page.push(id);
    if (found.length + page.length >= limit) readPage();
    if (found.length >= limit) break;
  }
  if (page.length > 0) readPage();
  return found.slice(0, limit).sort(byName);
}
