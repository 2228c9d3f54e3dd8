import type { TFunction } from 'i18next';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionSummaryDto } from '../../../../../electron/common/contract';
import type { IsoDate } from '../../../../../electron/common/domain/passes/paris-date';
import type { CalendarLinks } from './calendar-links';
import { calendarPath } from './calendar-range';
import { capitalized, dayMonthText, longDateText } from './calendar-format';
import { SessionLink } from './session-link';

const NONE: readonly SessionSummaryDto[] = [];

const WeekColumn = memo(function WeekColumn({
  day,
  sessions,
  isToday,
  t,
  href,
}: {
  day: IsoDate;
  sessions: readonly SessionSummaryDto[];
  isToday: boolean;
  t: TFunction;
  href(path: string): string;
}) {
  const headingId = `week-day-${day}`;
  const dayPath = calendarPath('jour', day);
  return (
    <section className={isToday ? 'guichet-cal-column guichet-cal-column-today' : 'guichet-cal-column'} aria-labelledby={headingId} data-testid="calendar-week-day">
      <h3 id={headingId}>
        <a href={href(dayPath)} data-to={dayPath} aria-label={t('workshops.calendar.openDay', { date: longDateText(day) })}>
          {capitalized(dayMonthText(day))}
        </a>
        {isToday ? ` ${t('workshops.calendar.todayMarker')}` : null}
      </h3>
      {sessions.length === 0 ? (
        <p className="guichet-cal-empty">{t('workshops.calendar.noSession')}</p>
      ) : (
        <ul className="guichet-cal-list">
          {sessions.map((session) => (
            <li key={session.id}>
              <SessionLink session={session} t={t} href={href} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});

/** A week in 7 columns, Monday to Sunday; every session of each day in time order. */
export function WeekView({
  days,
  byDay,
  today,
  links,
}: {
  days: readonly IsoDate[];
  byDay: ReadonlyMap<IsoDate, readonly SessionSummaryDto[]>;
  today: IsoDate;
  links: CalendarLinks;
}) {
  const { t } = useTranslation();
  return (
    <div className="guichet-cal-week" data-testid="calendar-week" onClick={links.onClick}>
      {days.map((day) => (
        <WeekColumn key={day} day={day} sessions={byDay.get(day) ?? NONE} isToday={day === today} t={t} href={links.href} />
      ))}
    </div>
  );
}
