/**
 * French formatting of amounts and dates for receipts and screens. Pure: dates are passed in, never read from
 * a clock here.
 *
 * Spaces follow French typography where the medium can show it: on screen, thousands are grouped with a narrow
 * no-break space (U+202F) and the euro sign follows a no-break space (U+00A0): `1 234,50 €`. Receipt printers have
 * no narrow space in their code pages (Windows-1252, CP858), so `print` uses U+00A0 for both, which both code
 * pages print as a space that never breaks a line.
 */

export const NO_BREAK_SPACE = '\u00A0';
export const NARROW_NO_BREAK_SPACE = '\u202F';

export type FormatTarget = 'screen' | 'print';

/** `1250` → `12,50 €`; `123450` → `1 234,50 €`. Amounts are integer cents. */
export function formatEuros(cents: number, target: FormatTarget = 'print'): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Montant invalide : ${cents} (centimes entiers attendus).`);
  const group = target === 'screen' ? NARROW_NO_BREAK_SPACE : NO_BREAK_SPACE;
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(cents);
  const euros = Math.floor(absolute / 100).toString();
  const rest = (absolute % 100).toString().padStart(2, '0');
  const grouped = euros.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${sign}${grouped},${rest}${NO_BREAK_SPACE}€`;
}

/** The desks are in metropolitan France; overseas communes pass their own zone. */
export const DEFAULT_TIME_ZONE = 'Europe/Paris';

function parts(date: Date, timeZone: string, options: Intl.DateTimeFormatOptions): Record<string, string> {
  const result: Record<string, string> = {};
  for (const part of new Intl.DateTimeFormat('fr-FR', { timeZone, ...options }).formatToParts(date)) {
    result[part.type] = part.value;
  }
  return result;
}

/** `22/11/2026` */
export function formatDate(date: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  const p = parts(date, timeZone, { day: '2-digit', month: '2-digit', year: 'numeric' });
  return `${p.day}/${p.month}/${p.year}`;
}

/** `09:05` (24-hour clock) */
export function formatTime(date: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  const p = parts(date, timeZone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return `${p.hour}:${p.minute}`;
}

/** `22/11/2026 à 09:05` */
export function formatDateTime(date: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  return `${formatDate(date, timeZone)} à ${formatTime(date, timeZone)}`;
}

/** `dimanche 22 novembre 2026` */
export function formatLongDate(date: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  const p = parts(date, timeZone, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  return `${p.weekday} ${p.day} ${p.month} ${p.year}`;
}
