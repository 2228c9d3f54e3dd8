import { nameKey } from './name-folding';

/** What two records share, per the duplicate rule (research/domain.md §3, La Coop's detection). */
export type DuplicateReason = 'nom' | 'prenom' | 'telephone' | 'email';

export interface DuplicateFields {
  nom: string;
  prenom: string;
  phone: string | null;
  email: string | null;
}

/** Names this long or longer tolerate one typo (substitution, insertion, deletion or swap of two letters). */
export const TYPO_MIN_LENGTH = 5;

/** Optimal string alignment distance (Damerau-Levenshtein without repeated edits of a substring). */
export function damerauLevenshtein(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  const rows = x.length + 1;
  const cols = y.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < cols; j += 1) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[rows - 1]![cols - 1]!;
}

/**
 * Two names are similar when their keys (case, accents, spaces, hyphens and apostrophes ignored) are equal,
 * or, when both have at least five letters, differ by one typo.
 */
export function similarNames(a: string, b: string): boolean {
  const ka = nameKey(a);
  const kb = nameKey(b);
  if (!ka || !kb) return false;
  if (ka === kb) return true;
  const la = [...ka].length;
  const lb = [...kb].length;
  if (la < TYPO_MIN_LENGTH || lb < TYPO_MIN_LENGTH || Math.abs(la - lb) > 1) return false;
  return damerauLevenshtein(ka, kb) <= 1;
}

function sameEmail(a: string | null, b: string | null): boolean {
  return !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** What the two records share; they are probably the same person when it is at least two things. */
export function duplicateReasons(a: DuplicateFields, b: DuplicateFields): DuplicateReason[] {
  const reasons: DuplicateReason[] = [];
  if (similarNames(a.nom, b.nom)) reasons.push('nom');
  if (similarNames(a.prenom, b.prenom)) reasons.push('prenom');
  if (a.phone && b.phone && a.phone === b.phone) reasons.push('telephone');
  if (sameEmail(a.email, b.email)) reasons.push('email');
  return reasons;
}

export function isProbableDuplicate(a: DuplicateFields, b: DuplicateFields): boolean {
  return duplicateReasons(a, b).length >= 2;
}

/**
 * The key and, from five letters, the key with each letter deleted in turn: two keys one typo apart
 * (substitution, insertion, deletion, swap) always share one of these, so candidates are found by equality.
 */
export function nameVariants(key: string): string[] {
  const chars = [...key];
  if (chars.length === 0) return [];
  const variants = new Set([key]);
  if (chars.length >= TYPO_MIN_LENGTH) {
    for (let i = 0; i < chars.length; i += 1) variants.add([...chars.slice(0, i), ...chars.slice(i + 1)].join(''));
  }
  return [...variants];
}

/** The stored variants of a nom (see `nameVariants`). */
export function nomVariants(nom: string): string[] {
  return nameVariants(nameKey(nom));
}
