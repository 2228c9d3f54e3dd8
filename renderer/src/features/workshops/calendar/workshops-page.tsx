import type { TFunction } from 'i18next';
import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconPhoneCall, IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { notifySuccess } from '../../../app/notify';
import { canCall } from '../../auth/access';
import { useOpenSession } from '../../auth/session-context';
import { ErrorAlert } from '../../errors/error-alert';
import { SessionFormModal, type SessionFormResult } from '../session-form/session-form-modal';
import { useCalendarLinks } from './calendar-links';
import { AgendaSelect } from './agenda-select';
import { CalendarToolbar } from './calendar-toolbar';
import { dayMonthText, dayTitle, longDateText, monthTitle } from './calendar-format';
import { daysOf, inRange, positionFrom, rangeOf, today, type CalendarPosition, type DayRange } from './calendar-range';
import { DayView } from './day-view';
import { MonthView } from './month-view';
import { useCalendarSessions } from './use-calendar-sessions';
import { WeekView } from './week-view';
import './calendar.css';

const PERIOD_HEADING_ID = 'calendar-period';

/**
 * « Ateliers »: the site's calendar by day, week or month, for the whole place or one agent's agenda (their
 * workshops and individual appointments). The view, the date and the agent are in the address
 * (`?vue=semaine&date=2027-03-03&agent=…`), so that a reload or « Retour » comes back to the same period.
 */
export function WorkshopsPage() {
  const { t } = useTranslation();
  const role = useOpenSession().agent.role;
  const [params, setParams] = useSearchParams();
  const { view, date } = positionFrom(params);
  const agent = params.get('agent');
  const position = useMemo<CalendarPosition>(() => ({ view, date }), [view, date]);
  const range = useMemo(() => rangeOf(position), [position]);
  const days = useMemo(() => daysOf(range), [range]);
  const { sessions, byDay, error, reload } = useCalendarSessions(range, agent);
  const links = useCalendarLinks();
  const [creating, setCreating] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const todayDate = today();

  const go = (next: CalendarPosition, facilitatorId: string | null = agent) =>
    setParams({ vue: next.view, date: next.date, ...(facilitatorId ? { agent: facilitatorId } : {}) });

  const heading = periodHeading(t, position, range);

  const onSaved = (result: SessionFormResult) => {
    setCreating(false);
    setFormKey((key) => key + 1);
    if (result.mode === 'created') {
      notifySuccess(t('workshops.calendar.created', { count: result.sessions.length }));
      const first = result.sessions[0];
      // Show the new session: its period if it is not the one on screen.
      if (first && !inRange(range, first.date)) go({ view, date: first.date });
      else void reload();
    } else {
      notifySuccess(t('workshops.calendar.updated'));
      void reload();
    }
  };

  return (
    <Stack gap="lg">
      <Title order={1}>{t('workshops.calendar.title')}</Title>
      <Text>{t('workshops.calendar.intro')}</Text>
      <Group gap="sm">
        {canCall(role, 'workshops.create') ? (
          <Button size="md" leftSection={<IconPlus aria-hidden />} onClick={() => setCreating(true)}>
            {t('workshops.calendar.newSession')}
          </Button>
        ) : null}
        <Button component={Link} to="/ateliers/rappels" size="md" variant="default" leftSection={<IconPhoneCall aria-hidden />}>
          {t('workshops.calendar.reminders')}
        </Button>
      </Group>
      <AgendaSelect value={agent} onChange={(facilitatorId) => go(position, facilitatorId)} />
      <CalendarToolbar position={position} onChange={(next) => go(next)} />
      <Stack gap="sm" component="section" aria-labelledby={PERIOD_HEADING_ID} aria-busy={sessions === null && !error}>
        <Title order={2} id={PERIOD_HEADING_ID}>
          {heading}
        </Title>
        <Text role="status" c="dimmed">
          {sessions === null
            ? error
              ? ''
              : t('workshops.calendar.loading')
            : sessions.length === 0
              ? t('workshops.calendar.countNone')
              : t('workshops.calendar.count', { count: sessions.length })}
        </Text>
        <ErrorAlert error={error} />
        {sessions === null ? (
          error ? null : (
            <Loader aria-label={t('workshops.calendar.loading')} />
          )
        ) : view === 'jour' ? (
          <DayView sessions={byDay.get(date) ?? []} />
        ) : view === 'semaine' ? (
          <WeekView days={days} byDay={byDay} today={todayDate} links={links} />
        ) : (
          <MonthView days={days} byDay={byDay} date={date} today={todayDate} labelledBy={PERIOD_HEADING_ID} links={links} />
        )}
      </Stack>
      {canCall(role, 'workshops.create') ? (
        // A fresh form after each save and for another day; closing it keeps what was typed.
        <SessionFormModal key={`${formKey}-${date}`} opened={creating} defaultDate={date} onClose={() => setCreating(false)} onSaved={onSaved} />
      ) : null}
    </Stack>
  );
}

function periodHeading(t: TFunction, { view, date }: CalendarPosition, range: DayRange): string {
  if (view === 'jour') return dayTitle(date);
  if (view === 'mois') return monthTitle(date);
  const sameYear = range.from.slice(0, 4) === range.to.slice(0, 4);
  return t('workshops.calendar.weekHeading', { from: sameYear ? dayMonthText(range.from) : longDateText(range.from), to: longDateText(range.to) });
}
