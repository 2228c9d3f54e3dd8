import { z } from 'zod';
import { DEFAULT_TIME_ZONE } from '../../receipts/format';

/**
 * Calendar dates as `YYYY-MM-DD` strings, in Europe/Paris where an instant is turned into a date. Such strings
 * compare in calendar order with `<` and `>`. Arithmetic is done on UTC midnights, so it has no DST jumps.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
const INVALID_DATE_MESSAGE = 'Date invalide (JJ/MM/AAAA).';

function parseIsoDate(date: IsoDate): { year: number; month: number; day: number } | null {
  const match = ISO_DATE.exec(date);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function partsOf(date: IsoDate): { year: number; month: number; day: number } {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`Date invalide : « ${date} » (AAAA-MM-JJ attendu).`);
  return parts;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function fromUtc(ms: number): IsoDate {
  const d = new Date(ms);
  const year = d.getUTCFullYear().toString().padStart(4, '0');
  const month = (d.getUTCMonth() + 1).toString().padStart(2, '0');
  const day = d.getUTCDate().toString().padStart(2, '0');
  return `${year}-${month}-${day}`;
}

function utcMs(date: IsoDate): number {
  const { year, month, day } = partsOf(date);
  const d = new Date(Date.UTC(year, month - 1, day));
  d.setUTCFullYear(year); // Date.UTC maps years 0–99 to 1900–1999
  return d.getTime();
}

/** A `YYYY-MM-DD` string that names a real calendar day. */
export const IsoDateSchema: z.ZodType<string, string> = z
  .string()
  .regex(ISO_DATE, INVALID_DATE_MESSAGE)
  .refine((value) => parseIsoDate(value) !== null, INVALID_DATE_MESSAGE);

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: DEFAULT_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const timeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: DEFAULT_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function partMap(format: Intl.DateTimeFormat, instant: Date): Record<string, string> {
  const result: Record<string, string> = {};
  for (const part of format.formatToParts(instant)) result[part.type] = part.value;
  return result;
}

/** The calendar date in Europe/Paris at that instant (summer and winter time included). */
export function parisDate(instant: Date): IsoDate {
  const p = partMap(dateFormat, instant);
  return `${(p.year ?? '').padStart(4, '0')}-${p.month ?? ''}-${p.day ?? ''}`;
}

/** `HH:MM` in Europe/Paris at that instant (24-hour clock). */
export function parisTime(instant: Date): string {
  const p = partMap(timeFormat, instant);
  return `${p.hour ?? ''}:${p.minute ?? ''}`;
}

/** `date` plus `days` calendar days (negative to go back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtc(utcMs(date) + days * DAY_MS);
}

/** `date` plus `months` months, clamped to the end of the month: 2027-01-31 + 1 → 2027-02-28. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = partsOf(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return `${targetYear.toString().padStart(4, '0')}-${targetMonth.toString().padStart(2, '0')}-${targetDay.toString().padStart(2, '0')}`;
}

/** Whole days from `from` to `to`, negative when `to` is before `from`. */
export function daysFromTo(from: IsoDate, to: IsoDate): number {
  return Math.round((utcMs(to) - utcMs(from)) / DAY_MS);
}

/** `2027-01-31` → `31/01/2027`. */
export function frenchDate(date: IsoDate): string {
  const { year, month, day } = partsOf(date);
  return `${day.toString().padStart(2, '0')}/${month.toString().padStart(2, '0')}/${year.toString().padStart(4, '0')}`;
}
