import { addDays, parisDate, parisTime, type IsoDate } from '../passes/paris-date';

/** `HH:MM`, 24-hour clock. */
export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * The instant at which the Paris wall clock shows `date` `time`. In the autumn hour that happens twice, the first
 * (summer time) is chosen; in the spring hour that does not exist, the hour after the jump is used.
 */
export function parisInstant(date: IsoDate, time: string): Date {
  if (!TIME_PATTERN.test(time)) throw new RangeError(`Heure invalide : « ${time} » (HH:MM attendu).`);
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(year, month - 1, day, hours, minutes);
  // Paris is UTC+1 or UTC+2: try summer time first, then winter time.
  for (const offsetHours of [2, 1]) {
    const candidate = new Date(wall - offsetHours * 3_600_000);
    if (parisDate(candidate) === date && parisTime(candidate) === time) return candidate;
  }
  return new Date(wall - 3_600_000);
}

/** The Monday of the week of `date` (French weeks start on Monday). */
export function mondayOf(date: IsoDate): IsoDate {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(date, -((weekday + 6) % 7));
}

/** `lundi 3 mars 2027`, the long French date of a calendar day. */
export function longFrenchDate(date: IsoDate): string {
  return new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );
}
