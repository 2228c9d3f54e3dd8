import { addDays, addMonths, parisDate, type IsoDate } from '../../../../../electron/common/domain/passes/paris-date';
import { IsoDateSchema } from '../../../../../electron/common/domain/passes/paris-date';
import { mondayOf } from '../../../../../electron/common/domain/workshops/paris-time';

/** The calendar's views, named as in the address (`?vue=jour|semaine|mois`). */
export const CALENDAR_VIEWS = ['jour', 'semaine', 'mois'] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];

export const DEFAULT_VIEW: CalendarView = 'semaine';

export interface CalendarPosition {
  view: CalendarView;
  date: IsoDate;
}

/** The days the calendar loads and shows for a view, both ends included. */
export interface DayRange {
  from: IsoDate;
  to: IsoDate;
}

/** Today in Paris, the site's calendar day. */
export function today(now: Date = new Date()): IsoDate {
  return parisDate(now);
}

/** The view and date read from the address; anything missing or invalid falls back to this week, today. */
export function positionFrom(params: URLSearchParams, now: Date = new Date()): CalendarPosition {
  const rawView = params.get('vue');
  const view = CALENDAR_VIEWS.find((candidate) => candidate === rawView) ?? DEFAULT_VIEW;
  const rawDate = params.get('date') ?? '';
  const date = IsoDateSchema.safeParse(rawDate).success ? rawDate : today(now);
  return { view, date };
}

/** The address of the calendar at that view and date (used by links to a day, and by other screens). */
export function calendarPath(view: CalendarView, date: IsoDate): string {
  return `/ateliers?${new URLSearchParams({ vue: view, date }).toString()}`;
}

function firstOfMonth(date: IsoDate): IsoDate {
  return `${date.slice(0, 7)}-01`;
}

/**
 * The days of a view: a day; a week from Monday to Sunday; a month as whole weeks, from the Monday of its first
 * week to the Sunday of its last (at most 6 weeks, 42 days).
 */
export function rangeOf({ view, date }: CalendarPosition): DayRange {
  if (view === 'jour') return { from: date, to: date };
  if (view === 'semaine') {
    const monday = mondayOf(date);
    return { from: monday, to: addDays(monday, 6) };
  }
  const first = firstOfMonth(date);
  const last = addDays(addMonths(first, 1), -1);
  return { from: mondayOf(first), to: addDays(mondayOf(last), 6) };
}

/** The same view one period earlier (`-1`) or later (`1`). */
export function step({ view, date }: CalendarPosition, direction: 1 | -1): CalendarPosition {
  if (view === 'jour') return { view, date: addDays(date, direction) };
  if (view === 'semaine') return { view, date: addDays(date, 7 * direction) };
  return { view, date: addMonths(firstOfMonth(date), direction) };
}

/** The days from `from` to `to`, in order. */
export function daysOf({ from, to }: DayRange): IsoDate[] {
  const days: IsoDate[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

/** Whether a day is in the range. */
export function inRange(range: DayRange, date: IsoDate): boolean {
  return date >= range.from && date <= range.to;
}

/** Whether a day is in the month of `date`. */
export function sameMonth(day: IsoDate, date: IsoDate): boolean {
  return day.slice(0, 7) === date.slice(0, 7);
}
