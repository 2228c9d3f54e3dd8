import type { OpenDayDto } from '../../../common/contract';
import { addDays, parisDate, type IsoDate } from '../../../common/domain/passes/paris-date';
import { instantRange } from '../../../common/domain/reports/periods';
import { closedDatesSince } from '../../../../db/repositories/day-close.repo';
import { activeHoursSince, sessionDaysBetween } from '../../../../db/repositories/report-lists.repo';
import type { GuichetDatabase } from '../../../../db/types';

/** How far back a day left open is still flagged. */
export const OPEN_DAY_LOOKBACK_DAYS = 62;

/**
 * Past days (before `today`) with activity — passes, carnets, people, bilans, refusals, sessions — that nobody
 * closed, oldest first. Activity is counted per UTC hour in SQL, then each hour is placed in its Paris day.
 */
export function openDays(db: GuichetDatabase, today: IsoDate): OpenDayDto[] {
  const from = addDays(today, -OPEN_DAY_LOOKBACK_DAYS);
  const events = new Map<IsoDate, number>();
  const add = (date: IsoDate, n: number) => events.set(date, (events.get(date) ?? 0) + n);
  for (const row of activeHoursSince(db, instantRange({ from, to: from }).start)) add(parisDate(new Date(`${row.h}:30:00.000Z`)), row.n);
  for (const row of sessionDaysBetween(db, from, today)) add(row.date, row.n);
  const closed = closedDatesSince(db, from);
  return [...events.entries()]
    .filter(([date]) => date >= from && date < today && !closed.has(date))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, n]) => ({ date, events: n }));
}
