import type { IsoDate } from '../../../../../electron/common/domain/passes/paris-date';
import { longFrenchDate } from '../../../../../electron/common/domain/workshops/paris-time';

const noon = (date: IsoDate) => new Date(`${date}T12:00:00Z`);
const dayMonth = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
const monthYear = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });
// The domain's `longFrenchDate` builds a formatter per call: a month shows 42 days, so its answers are kept.
const longDates = new Map<IsoDate, string>();
const weekday = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', timeZone: 'UTC' });

/** « lundi » → « Lundi ». */
export function capitalized(text: string): string {
  return text.charAt(0).toLocaleUpperCase('fr-FR') + text.slice(1);
}

/** « Lundi 3 mars 2027 ». */
export function dayTitle(date: IsoDate): string {
  return capitalized(longDateText(date));
}

/** « lundi 3 mars » (no year). */
export function dayMonthText(date: IsoDate): string {
  return dayMonth.format(noon(date));
}

/** « lundi 3 mars 2027 ». */
export function longDateText(date: IsoDate): string {
  let text = longDates.get(date);
  if (text === undefined) {
    text = longFrenchDate(date);
    longDates.set(date, text);
  }
  return text;
}

/** « Mars 2027 ». */
export function monthTitle(date: IsoDate): string {
  return capitalized(monthYear.format(noon(date)));
}

/** « lundi ». */
export function weekdayName(date: IsoDate): string {
  return weekday.format(noon(date));
}

/** The day of the month, « 3 ». */
export function dayNumber(date: IsoDate): string {
  return String(Number(date.slice(8, 10)));
}
