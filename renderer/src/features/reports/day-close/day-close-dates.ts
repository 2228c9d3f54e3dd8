import { IsoDateSchema, parisDate, type IsoDate } from '../../../../../electron/common/domain/passes/paris-date';

/** Today's calendar date in Paris. */
export function parisToday(now: Date = new Date()): IsoDate {
  return parisDate(now);
}

export function isIsoDate(value: string): boolean {
  return IsoDateSchema.safeParse(value).success;
}

/**
 * Which day the address asks for: today without a date; `invalid` for text that is not a calendar day; `future`
 * for a day not yet arrived (the backend refuses to report it).
 */
export function requestedDay(param: string | undefined, today: IsoDate): { date: IsoDate; problem: 'invalid' | 'future' | null } {
  if (param === undefined) return { date: today, problem: null };
  if (!isIsoDate(param)) return { date: today, problem: 'invalid' };
  if (param > today) return { date: param, problem: 'future' };
  return { date: param, problem: null };
}
