/**
 * Numbering rules of pass and carnet numbers: a pattern (JavaScript regex source, matched against the whole
 * number) and an optional check digit (Luhn or GS1/EAN). Pure: every issuer configures its own rule.
 */

/** Check digit algorithms. `gs1` is the EAN/GS1 mod-10 with weights 3, 1 from the right. */
export const CHECK_DIGITS = ['none', 'luhn', 'gs1'] as const;
export type CheckDigit = (typeof CHECK_DIGITS)[number];

export const CHECK_DIGIT_LABELS: Record<CheckDigit, string> = {
  none: 'Aucun',
  luhn: 'Luhn',
  gs1: 'GS1 (EAN)',
};

/** How an issuer numbers its passes or carnets, e.g. `{ pattern: '\\d{10}', checkDigit: 'luhn' }`. */
export interface NumberRule {
  /** JS regex source matched against the whole normalised number (anchors are added here). */
  pattern: string;
  checkDigit: CheckDigit;
}

export type NumberCheck = { ok: true; number: string } | { ok: false; message: string };

const DIGITS = /^\d+$/;
const TRAILING_DIGITS = /\d*$/;
const SEPARATORS = /[\s-]+/g;
const ALREADY_NORMAL = /^[0-9A-Z]*$/;

/** What an agent types or a scanner reads, made comparable: trimmed, without spaces or hyphens, upper-case. */
export function normalizeNumber(raw: string): string {
  if (ALREADY_NORMAL.test(raw)) return raw; // fast path for files of hundreds of thousands of numbers
  return raw.trim().replace(SEPARATORS, '').toUpperCase();
}

function anchored(pattern: string): RegExp {
  return new RegExp(`^(?:${pattern})$`);
}

/** French message when the pattern is empty or not a valid regular expression, else null. */
export function patternProblem(pattern: string): string | null {
  if (pattern.trim() === '') return 'Règle de numérotation invalide : la règle est vide.';
  try {
    anchored(pattern);
    return null;
  } catch {
    return `Règle de numérotation invalide : « ${pattern} » n’est pas une expression régulière valide.`;
  }
}

/** The digit to append to an all-digits `body` so that the whole number passes the check. */
export function checkDigitFor(checkDigit: Exclude<CheckDigit, 'none'>, body: string): string {
  if (!DIGITS.test(body)) throw new RangeError(`Corps de numéro invalide : « ${body} » (chiffres attendus).`);
  let sum = 0;
  // Walk from the right: the rightmost body digit is the one next to the check digit.
  for (let i = body.length - 1, position = 0; i >= 0; i -= 1, position += 1) {
    const digit = body.charCodeAt(i) - 48;
    if (checkDigit === 'luhn') {
      if (position % 2 === 0) {
        const doubled = digit * 2;
        sum += doubled > 9 ? doubled - 9 : doubled;
      } else {
        sum += digit;
      }
    } else {
      sum += position % 2 === 0 ? digit * 3 : digit;
    }
  }
  return String((10 - (sum % 10)) % 10);
}

/**
 * A rule compiled once, for checking many numbers (a delivery file has hundreds of thousands of lines): the
 * returned function takes an already normalised number and gives the French problem, or null when it is good.
 */
export function compileNumberProblem(rule: NumberRule): (number: string) => string | null {
  const problem = patternProblem(rule.pattern);
  if (problem !== null) return () => problem;
  const regex = anchored(rule.pattern);
  const checkDigit = rule.checkDigit;
  return (number) => {
    if (number === '') return 'Numéro vide.';
    if (!regex.test(number)) return `Numéro mal lu : « ${number} » ne suit pas la règle de numérotation.`;
    if (checkDigit !== 'none') {
      const tail = TRAILING_DIGITS.exec(number)?.[0] ?? '';
      if (tail.length < 2 || checkDigitFor(checkDigit, tail.slice(0, -1)) !== tail.slice(-1)) {
        return `Numéro mal lu : « ${number} », chiffre de contrôle faux.`;
      }
    }
    return null;
  };
}

/** A rule compiled once, with the same behaviour as `checkNumber`. */
export function compileNumberRule(rule: NumberRule): (raw: string) => NumberCheck {
  const problemOf = compileNumberProblem(rule);
  return (raw) => {
    const number = normalizeNumber(raw);
    const message = problemOf(number);
    return message === null ? { ok: true, number } : { ok: false, message };
  };
}

/**
 * Checks a number read or typed against the rule: normalised, then matched against the pattern, then its
 * check digit (the last digit of its trailing run of digits, computed over the rest of that run).
 */
export function checkNumber(rule: NumberRule, raw: string): NumberCheck {
  return compileNumberRule(rule)(raw);
}

/**
 * A series of numbers from `start`: the returned function gives the number `offset` after it (null when the
 * width would overflow, the offset goes before zero, or the result breaks the pattern). Parses once, for
 * generating long series.
 */
export function numberSeries(rule: NumberRule, start: string): (offset: number) => string | null {
  const number = normalizeNumber(start);
  const withCheck = rule.checkDigit !== 'none';
  const checkDigit = rule.checkDigit;
  const withoutCheck = withCheck ? number.slice(0, -1) : number;
  if (withCheck && !/\d$/.test(number)) return () => null;
  const digits = TRAILING_DIGITS.exec(withoutCheck)?.[0] ?? '';
  if (digits === '' || patternProblem(rule.pattern) !== null) return () => null;
  const prefix = withoutCheck.slice(0, withoutCheck.length - digits.length);
  const width = digits.length;
  const base = BigInt(digits);
  const regex = anchored(rule.pattern);
  return (offset) => {
    if (!Number.isSafeInteger(offset)) throw new RangeError(`Pas invalide : ${offset} (entier attendu).`);
    const value = base + BigInt(offset);
    if (value < 0n) return null;
    const text = value.toString();
    if (text.length > width) return null;
    const body = text.padStart(width, '0');
    const next = `${prefix}${body}${checkDigit === 'none' ? '' : checkDigitFor(checkDigit, body)}`;
    return regex.test(next) ? next : null;
  };
}

/**
 * The number `step` after `number` in the same series: the trailing run of digits (before the check digit,
 * if the rule has one) is incremented, keeping the prefix and the zero-padded width, and the check digit is
 * recomputed. Null if the width would overflow or the result breaks the pattern.
 */
export function nextNumber(rule: NumberRule, number: string, step = 1): string | null {
  return numberSeries(rule, number)(step);
}
