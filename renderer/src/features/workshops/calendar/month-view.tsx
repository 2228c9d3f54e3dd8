import type { TFunction } from 'i18next';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionSummaryDto } from '../../../../../electron/common/contract';
import type { IsoDate } from '../../../../../electron/common/domain/passes/paris-date';
import type { CalendarLinks } from './calendar-links';
import { calendarPath, sameMonth } from './calendar-range';
import { dayNumber, longDateText, weekdayName } from './calendar-format';
import { SessionLink } from './session-link';

/** Sessions shown in a day's cell before « + N autres ». */
export const MONTH_CELL_LIMIT = 3;

const NONE: readonly SessionSummaryDto[] = [];

const MonthCell = memo(function MonthCell({
  day,
  sessions,
  outside,
  isToday,
  t,
  href,
}: {
  day: IsoDate;
  sessions: readonly SessionSummaryDto[];
  outside: boolean;
  isToday: boolean;
  t: TFunction;
  href(path: string): string;
}) {
  const dayPath = calendarPath('jour', day);
  const hidden = sessions.length - MONTH_CELL_LIMIT;
  const className = [outside ? 'guichet-cal-cell-outside' : '', isToday ? 'guichet-cal-cell-today' : ''].filter(Boolean).join(' ') || undefined;
  return (
    <td className={className} data-testid="calendar-month-day" data-date={day}>
      <a href={href(dayPath)} data-to={dayPath} className="guichet-cal-day-link" aria-label={t('workshops.calendar.openDay', { date: longDateText(day) })}>
        {dayNumber(day)}
      </a>
      {isToday ? <span> {t('workshops.calendar.todayMarker')}</span> : null}
      {sessions.length > 0 ? (
        <ul className="guichet-cal-list">
          {sessions.slice(0, MONTH_CELL_LIMIT).map((session) => (
            <li key={session.id}>
              <SessionLink session={session} t={t} href={href} />
            </li>
          ))}
        </ul>
      ) : null}
      {hidden > 0 ? (
        <a href={href(dayPath)} data-to={dayPath} className="guichet-cal-more" aria-label={t('workshops.calendar.moreLabel', { count: hidden, date: longDateText(day) })}>
          {t('workshops.calendar.more', { count: hidden })}
        </a>
      ) : null}
    </td>
  );
});

/**
 * A month as a table of whole weeks (Monday to Sunday); each day shows its first sessions and a link to the day
 * view for the others. The days of the neighbouring months are shaded.
 */
export function MonthView({
  days,
  byDay,
  date,
  today,
  labelledBy,
  links,
}: {
  days: readonly IsoDate[];
  byDay: ReadonlyMap<IsoDate, readonly SessionSummaryDto[]>;
  date: IsoDate;
  today: IsoDate;
  /** The id of the heading that names the month. */
  labelledBy: string;
  links: CalendarLinks;
}) {
  const { t } = useTranslation();
  const weeks = useMemo(() => {
    const rows: IsoDate[][] = [];
    for (let index = 0; index < days.length; index += 7) rows.push(days.slice(index, index + 7));
    return rows;
  }, [days]);
  return (
    <table className="guichet-cal-month" aria-labelledby={labelledBy} data-testid="calendar-month" onClick={links.onClick}>
      <thead>
        <tr>
          {(weeks[0] ?? []).map((day) => (
            <th key={day} scope="col">
              {weekdayName(day)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week[0]}>
            {week.map((day) => (
              <MonthCell key={day} day={day} sessions={byDay.get(day) ?? NONE} outside={!sameMonth(day, date)} isToday={day === today} t={t} href={links.href} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
