import { Button, Card, Group, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReminderDto } from '../../../../../electron/common/contract';
import { IsoDateSchema } from '../../../../../electron/common/domain/passes/paris-date';
import { longFrenchDate } from '../../../../../electron/common/domain/workshops/paris-time';
import { useBackendEvent, useClient } from '../../../app/client-context';
import { toClientError, type ClientError } from '../../../transport';
import { useOpenSession } from '../../auth/session-context';
import { printHtml } from '../../devices/browser-print';
import { ErrorAlert } from '../../errors/error-alert';
import { groupReminders, remindersHtml } from './call-sheets-html';
import { CallTable } from './call-table';
import { sessionPath } from '../../../app/routes';
import { parisTomorrow } from './session-text';

/** « Rappels » (`/ateliers/rappels`): the people booked on a day (tomorrow by default), to remind by phone. */
export function RemindersPage() {
  const { t } = useTranslation();
  const client = useClient();
  const site = useOpenSession().site.name;
  const [date, setDate] = useState(() => parisTomorrow());
  const [reminders, setReminders] = useState<ReminderDto[] | null>(null);
  const [error, setError] = useState<ClientError | null>(null);
  const valid = IsoDateSchema.safeParse(date).success;

  const reload = useCallback(async () => {
    if (!valid) return;
    try {
      setReminders(await client.call('bookings.reminders', { date }));
      setError(null);
    } catch (caught) {
      setError(toClientError(caught));
    }
  }, [client, date, valid]);

  useEffect(() => {
    void reload();
  }, [reload]);

  useBackendEvent('workshops.changed', (change) => {
    if (change.date === date) void reload();
  });

  const groups = useMemo(() => groupReminders(reminders ?? []), [reminders]);

  const print = async () => {
    setError(null);
    try {
      await printHtml(remindersHtml(t, date, groups, site, new Date()));
    } catch (caught) {
      setError(toClientError(caught));
    }
  };

  return (
    <Stack gap="lg" maw={1100}>
      <Title order={1}>{t('session.reminders.title')}</Title>
      <Text>{t('session.reminders.intro')}</Text>
      <Group align="flex-end" gap="md">
        <TextInput type="date" size="md" label={t('session.reminders.date')} description={t('session.reminders.dateHelp')} value={date} onChange={(event) => setDate(event.currentTarget.value)} />
        <Button size="md" leftSection={<IconPrinter aria-hidden />} disabled={!valid || reminders === null} onClick={() => void print()}>
          {t('session.reminders.print')}
        </Button>
      </Group>
      <ErrorAlert error={error} />
      {valid ? (
        <Title order={2} size="h3">
          {longFrenchDate(date)} — {t('session.reminders.count', { count: reminders?.length ?? 0 })}
        </Title>
      ) : null}
      {reminders === null ? (
        error ? null : <Loader aria-label={t('app.loading')} />
      ) : groups.length === 0 ? (
        <Text>{t('session.reminders.none')}</Text>
      ) : (
        groups.map(({ session, bookings }) => (
          <Card key={session.id} withBorder padding="lg" radius="md" component="section" aria-labelledby={`reminders-${session.id}`}>
            <Stack gap="sm">
              <Title order={3} size="h4" id={`reminders-${session.id}`}>
                <Link to={sessionPath(session.id)}>{t('session.reminders.session', { time: session.startTime, title: session.title, room: session.room || t('session.reminders.noRoom') })}</Link>
              </Title>
              <CallTable bookings={bookings} testId="reminders-session" />
            </Stack>
          </Card>
        ))
      )}
    </Stack>
  );
}
