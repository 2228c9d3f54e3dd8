import { describe, expect, it } from 'vitest';
import {
  CHECK_DIGIT_LABELS,
  checkDigitFor,
  checkNumber,
  nextNumber,
  normalizeNumber,
  patternProblem,
  type NumberRule,
} from '../../../electron/common/domain/passes/number-rule';

const digits10: NumberRule = { pattern: '\\d{10}', checkDigit: 'none' };
const luhn11: NumberRule = { pattern: '\\d{11}', checkDigit: 'luhn' };
const ean13: NumberRule = { pattern: '\\d{13}', checkDigit: 'gs1' };
const prefixed: NumberRule = { pattern: 'C\\d{6}', checkDigit: 'none' };

describe('normalizeNumber', () => {
  it('trims, drops spaces and hyphens, upper-cases', () => {
    expect(normalizeNumber('  c 12-34 56\t')).toBe('C123456');
    expect(normalizeNumber('')).toBe('');
  });
});

describe('patternProblem', () => {
  it('accepts valid patterns', () => {
    expect(patternProblem('\\d{10}')).toBeNull();
    expect(patternProblem('C\\d{6}')).toBeNull();
  });

  it('refuses empty and invalid patterns in French', () => {
    expect(patternProblem('')).toMatch(/^Règle de numérotation invalide : /);
    expect(patternProblem('  ')).toMatch(/^Règle de numérotation invalide : /);
    expect(patternProblem('[0-9')).toMatch(/^Règle de numérotation invalide : /);
    expect(patternProblem('\\d{3')).toBeNull(); // legal without the u flag: literal text
  });
});

describe('check digits', () => {
  it('computes Luhn digits', () => {
    expect(checkDigitFor('luhn', '7992739871')).toBe('3');
    expect(checkDigitFor('luhn', '0')).toBe('0');
    expect(checkDigitFor('luhn', '1')).toBe('8');
  });

  it('computes GS1 (EAN) digits', () => {
    expect(checkDigitFor('gs1', '400638133393')).toBe('1');
    expect(checkDigitFor('gs1', '590123412345')).toBe('7');
    expect(checkDigitFor('gs1', '9638507')).toBe('4'); // EAN-8 96385074
  });

  it('refuses a body that is not all digits', () => {
    expect(() => checkDigitFor('luhn', '12A')).toThrow(RangeError);
    expect(() => checkDigitFor('gs1', '')).toThrow(RangeError);
  });

  it('has French labels', () => {
    expect(CHECK_DIGIT_LABELS).toEqual({ none: 'Aucun', luhn: 'Luhn', gs1: 'GS1 (EAN)' });
  });
});

describe('checkNumber', () => {
  it('accepts a number following the rule, normalised', () => {
    expect(checkNumber(digits10, ' 0123-456 789 ')).toEqual({ ok: true, number: '0123456789' });
    expect(checkNumber(prefixed, 'c000123')).toEqual({ ok: true, number: 'C000123' });
  });

  it('refuses an empty number', () => {
    expect(checkNumber(digits10, '  - ')).toEqual({ ok: false, message: 'Numéro vide.' });
  });

  it('matches the whole number against the pattern', () => {
    expect(checkNumber(digits10, '01234567890')).toEqual({
      ok: false,
      message: 'Numéro mal lu : « 01234567890 » ne suit pas la règle de numérotation.',
    });
    expect(checkNumber({ pattern: '\\d{3}|X\\d', checkDigit: 'none' }, '1234').ok).toBe(false);
    expect(checkNumber({ pattern: '\\d{3}|X\\d', checkDigit: 'none' }, 'X1').ok).toBe(true);
  });

  it('checks Luhn digits', () => {
    expect(checkNumber(luhn11, '79927398713')).toEqual({ ok: true, number: '79927398713' });
    expect(checkNumber(luhn11, '79927398714')).toEqual({
      ok: false,
      message: 'Numéro mal lu : « 79927398714 », chiffre de contrôle faux.',
    });
  });

  it('checks GS1 digits', () => {
    expect(checkNumber(ean13, '4006381333931')).toEqual({ ok: true, number: '4006381333931' });
    expect(checkNumber(ean13, '4006381333932').ok).toBe(false);
    expect(checkNumber(ean13, '5901234123457').ok).toBe(true);
  });

  it('checks the trailing run of digits after a prefix', () => {
    const rule: NumberRule = { pattern: 'PN[0-9A-Z]*', checkDigit: 'luhn' };
    expect(checkNumber(rule, 'PN79927398713').ok).toBe(true);
    expect(checkNumber(rule, 'PN79927398710').ok).toBe(false);
    expect(checkNumber(rule, 'PN5').ok).toBe(false); // fewer than 2 trailing digits
    expect(checkNumber(rule, 'PN12X')).toEqual({ ok: false, message: 'Numéro mal lu : « PN12X », chiffre de contrôle faux.' });
  });

  it('reports an invalid pattern instead of throwing', () => {
    const result = checkNumber({ pattern: '(', checkDigit: 'none' }, '123');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^Règle de numérotation invalide/);
  });
});

describe('nextNumber', () => {
  it('increments keeping the zero-padded width', () => {
    expect(nextNumber(digits10, '0000000009')).toBe('0000000010');
    expect(nextNumber(digits10, '0000000009', 91)).toBe('0000000100');
    expect(nextNumber(digits10, '0000000010', 0)).toBe('0000000010');
    expect(nextNumber(digits10, '0000000010', -10)).toBe('0000000000');
    expect(nextNumber(digits10, '0000000010', -11)).toBeNull();
  });

  it('keeps a prefix', () => {
    expect(nextNumber(prefixed, 'C000999')).toBe('C001000');
    expect(nextNumber(prefixed, 'c000-001', 5)).toBe('C000006');
  });

  it('recomputes check digits', () => {
    expect(nextNumber(luhn11, '79927398713')).toBe('79927398721');
    expect(checkNumber(luhn11, '79927398721').ok).toBe(true);
    expect(nextNumber(ean13, '4006381333931')).toBe('4006381333948');
    expect(checkNumber(ean13, '4006381333948').ok).toBe(true);
    const series = Array.from({ length: 50 }, (_, i) => nextNumber(ean13, '4006381333931', i));
    for (const number of series) expect(number !== null && checkNumber(ean13, number).ok).toBe(true);
  });

  it('handles numbers beyond the safe integer range', () => {
    const rule: NumberRule = { pattern: '\\d{20}', checkDigit: 'none' };
    expect(nextNumber(rule, '12345678901234567899')).toBe('12345678901234567900');
  });

  it('returns null on overflow of the width', () => {
    expect(nextNumber(digits10, '9999999999')).toBeNull();
    expect(nextNumber(prefixed, 'C999999')).toBeNull();
    expect(nextNumber(luhn11, '99999999995')).toBeNull(); // body 9999999999 is full
  });

  it('returns null when the result breaks the pattern', () => {
    const rule: NumberRule = { pattern: '1\\d{3}', checkDigit: 'none' };
    expect(nextNumber(rule, '1998')).toBe('1999');
    expect(nextNumber(rule, '1999')).toBeNull(); // 2000
  });

  it('returns null without digits to increment', () => {
    expect(nextNumber({ pattern: '[A-Z]+', checkDigit: 'none' }, 'ABC')).toBeNull();
    expect(nextNumber({ pattern: '.*', checkDigit: 'luhn' }, '7X')).toBeNull();
  });
});
