import { nameWords } from './name-folding';
import { phoneSearchDigits } from './phone';

/** What a search box entry asks for. */
export type BeneficiaryQuery =
  | { kind: 'empty' }
  | { kind: 'words'; words: string[] }
  /** Four digits: a birth year, or the start of a phone number. */
  | { kind: 'digits'; digits: string; birthYear: number | null };

/** At least this many digits before a phone search starts (fewer would match thousands of numbers). */
export const PHONE_MIN_DIGITS = 4;

export function parseBeneficiaryQuery(query: string): BeneficiaryQuery {
  const trimmed = query.trim();
  if (!trimmed) return { kind: 'empty' };
  if (/^[+\d][\d\s.\-()]*$/.test(trimmed)) {
    const digits = phoneSearchDigits(trimmed);
    const birthYear = /^(19|20)\d\d$/.test(trimmed) ? Number(trimmed) : null;
    if (digits.length < PHONE_MIN_DIGITS && birthYear === null) return { kind: 'empty' };
    return { kind: 'digits', digits, birthYear };
  }
  const words = nameWords(trimmed);
  return words.length === 0 ? { kind: 'empty' } : { kind: 'words', words };
}
