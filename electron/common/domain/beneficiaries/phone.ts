/**
 * Phone numbers are stored in one form: French numbers as ten digits (`0612345678`), other countries as `+`
 * and digits. Returns null when the value cannot be a phone number.
 */
export function normalizePhone(value: string): string | null {
  const trimmed = value.trim();
  if (!/^[+\d][\d\s.\-()/]*$/.test(trimmed)) return null;
  let digits = trimmed.replace(/[^\d]/g, '');
  const international = trimmed.startsWith('+') || digits.startsWith('00');
  if (digits.startsWith('00')) digits = digits.slice(2);
  if (international) {
    if (digits.startsWith('33')) {
      const national = digits.slice(2).replace(/^0/, '');
      return /^[1-9]\d{8}$/.test(national) ? `0${national}` : null;
    }
    return /^[1-9]\d{6,14}$/.test(digits) ? `+${digits}` : null;
  }
  return /^0[1-9]\d{8}$/.test(digits) ? digits : null;
}

/** The digits a person types to find a phone number, in the stored form's terms (`+33 6 12` → `0612`). */
export function phoneSearchDigits(query: string): string {
  const digits = query.replace(/[^\d]/g, '');
  if (query.trim().startsWith('+33')) return `0${digits.slice(2).replace(/^0/, '')}`;
  if (digits.startsWith('0033')) return `0${digits.slice(4).replace(/^0/, '')}`;
  return digits;
}

/** A stored phone number as people read it: French numbers in pairs (`06 12 34 56 78`), others as stored. */
export function displayPhone(stored: string): string {
  return /^0\d{9}$/.test(stored) ? stored.replace(/(\d{2})(?=\d)/g, '$1 ') : stored;
}
