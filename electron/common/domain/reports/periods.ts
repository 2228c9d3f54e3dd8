import { addDays, addMonths, type IsoDate } from '../passes/paris-date';
import { mondayOf, parisInstant } from '../workshops/paris-time';

/** A span of Paris calendar days, both ends included. */
export interface DayPeriod {
  from: IsoDate;
  to: IsoDate;
}

/** The instants a span of Paris days covers, as ISO strings: `start <= at < end` (summer and winter time included). */
export function instantRange(period: DayPeriod): { start: string; end: string } {
  return { start: parisInstant(period.from, '00:00').toISOString(), end: parisInstant(addDays(period.to, 1), '00:00').toISOString() };
}

/** `2027-03` → the days of March 2027. */
export function monthPeriod(month: string): DayPeriod {
  const from = `${month}-01`;
  return { from, to: addDays(addMonths(from, 1), -1) };
}

export const PERIOD_PRESETS = ['jour', 'semaine', 'mois', 'trimestre', 'annee'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

/** The current day, week (from Monday), month, quarter or year around `today`, in full. */
export function presetPeriod(preset: PeriodPreset, today: IsoDate): DayPeriod {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const pad = (n: number) => n.toString().padStart(2, '0');
  switch (preset) {
    case 'jour':
      return { from: today, to: today };
    case 'semaine': {
      const monday = mondayOf(today);
      return { from: monday, to: addDays(monday, 6) };
    }
    case 'mois':
      return monthPeriod(`${year}-${pad(month)}`);
    case 'trimestre': {
      const first = Math.floor((month - 1) / 3) * 3 + 1;
      return { from: `${year}-${pad(first)}-01`, to: addDays(addMonths(`${year}-${pad(first)}-01`, 3), -1) };
    }
    case 'annee':
      return { from: `${year}-01-01`, to: `${year}-12-31` };
  }
}

/** The days of a period, in order. */
export function daysOf(period: DayPeriod): IsoDate[] {
  const days: IsoDate[] = [];
  for (let day = period.from; day <= period.to; day = addDays(day, 1)) days.push(day);
  return days;
}

/** The months (`YYYY-MM`) a period touches, in order. */
export function monthsOf(period: DayPeriod): string[] {
  const months: string[] = [];
  for (let day = `${period.from.slice(0, 7)}-01`; day <= period.to; day = addMonths(day, 1)) months.push(day.slice(0, 7));
  return months;
}

const MONTH_NAMES = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];

/** `2027-03` → `mars 2027`. */
export function frenchMonth(month: string): string {
  const [year, index] = month.split('-').map(Number) as [number, number];
  return `${MONTH_NAMES[index - 1] ?? ''} ${year}`;
}
