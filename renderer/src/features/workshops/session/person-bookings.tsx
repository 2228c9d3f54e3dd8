import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconCalendarPlus, IconReceipt, IconUserMinus } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BookingDto, PersonBookingDto } from '../../../../../electron/common/contract';
import { BOOKING_STATUS_LABELS } from '../../../../../electron/common/domain/workshops/statuses';
import { useBackendEvent, useClient } from '../../../app/client-context';
import { notifySuccess } from '../../../app/notify';
import { toClientError, type ClientError } from '../../../transport';
import { canCall } from '../../auth/access';
import { useOpenSession } from '../../auth/session-context';
import { ErrorAlert } from '../../errors/error-alert';
import { PromotedAlert } from './booking-feedback';
import { BOOKING_STATUS_COLORS } from './booking-status-colors';
import { CancelBookingModal } from './cancel-booking-modal';
import { PickSessionModal } from './pick-session-modal';
import { sessionPath } from '../../../app/routes';
import { shortDate } from './session-text';
import { useSlipReprint } from './use-booking-actions';

/** A booking still to come: the session is planned, has not ended, and the person holds a seat or waits. */
function isUpcoming(entry: PersonBookingDto, now: number): boolean {
  return entry.session.status === 'prevue' && new Date(entry.session.endsAt).getTime() > now && (entry.status === 'a-venir' || entry.status === 'liste-attente');
}

function BookingLine({
  entry,
  actions,
  printing,
  onCancel,
  onReprint,
}: {
  entry: PersonBookingDto;
  actions: boolean;
  printing: boolean;
  onCancel(): void;
  onReprint(): void;
}) {
  const { t } = useTranslation();
  const { session } = entry;
  const values = { title: session.title, date: shortDate(session.date) };
  return (
    <Group component="li" justify="space-between" wrap="nowrap" align="flex-start">
      <Stack gap={2}>
        <Anchor component={Link} to={sessionPath(session.id)} fw={700}>
          {t('session.person.line', { date: shortDate(session.date), time: session.startTime, title: session.title })}
        </Anchor>
        <Group gap="xs">
          <Badge variant="filled" color={BOOKING_STATUS_COLORS[entry.status]}>
            {BOOKING_STATUS_LABELS[entry.status]}
            {entry.status === 'liste-attente' && entry.waitPosition ? ` — ${t('session.person.waitRank', { rank: entry.waitPosition })}` : ''}
          </Badge>
          {session.status === 'annulee' ? (
            <Badge variant="outline" color="red">
              {t('session.person.sessionCancelled')}
            </Badge>
          ) : null}
          {session.room ? <Text size="sm">{t('session.person.place', { room: session.room })}</Text> : null}
        </Group>
      </Stack>
      {actions ? (
        <Group gap="xs" wrap="nowrap">
          {entry.status === 'a-venir' ? (
            <Button variant="light" size="sm" leftSection={<IconReceipt aria-hidden />} loading={printing} aria-label={t('session.person.reprintLabel', values)} onClick={onReprint}>
              {t('session.booked.reprint')}
            </Button>
          ) : null}
          <Button variant="light" color="red" size="sm" leftSection={<IconUserMinus aria-hidden />} aria-label={t('session.person.cancelLabel', values)} onClick={onCancel}>
            {t('session.person.cancel')}
          </Button>
        </Group>
      ) : null}
    </Group>
  );
}

/** The person's workshops on their page: upcoming and past bookings, booking a new one, cancel, reprint the slip. */
export function PersonBookings({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const client = useClient();
  const role = useOpenSession().agent.role;
  const [entries, setEntries] = useState<PersonBookingDto[] | null>(null);
  const [error, setError] = useState<ClientError | null>(null);
  const [picking, setPicking] = useState(false);
  const [pickKey, setPickKey] = useState(0);
  const [cancelling, setCancelling] = useState<PersonBookingDto | null>(null);
  const [promoted, setPromoted] = useState<BookingDto | null>(null);
  const { printing, reprintSlip } = useSlipReprint(setError);

  const reload = useCallback(async () => {
    try {
      setEntries(await client.call('bookings.of-person', { beneficiaryId: personId }));
      setError(null);
    } catch (caught) {
      setError(toClientError(caught));
    }
  }, [client, personId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  useBackendEvent('workshops.changed', (payload) => {
    if (entries?.some((entry) => entry.sessionId === payload.sessionId)) void reload();
  });

  const { upcoming, past } = useMemo(() => {
    const now = Date.now();
    const all = entries ?? [];
    const next = all.filter((entry) => isUpcoming(entry, now)).sort((a, b) => a.session.startsAt.localeCompare(b.session.startsAt));
    const before = all.filter((entry) => !isUpcoming(entry, now)).sort((a, b) => b.session.startsAt.localeCompare(a.session.startsAt));
    return { upcoming: next, past: before };
  }, [entries]);

  const bookedSessionIds = useMemo(() => new Set(upcoming.map((entry) => entry.sessionId)), [upcoming]);

  const mayBook = canCall(role, 'bookings.create');
  const mayCancel = canCall(role, 'bookings.cancel');
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="person-bookings">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h3" id="person-bookings">
            {t('session.person.title')}
          </Title>
          {mayBook ? (
            <Button
              size="md"
              leftSection={<IconCalendarPlus aria-hidden />}
              onClick={() => {
                setPickKey((key) => key + 1);
                setPicking(true);
              }}
            >
              {t('session.person.book')}
            </Button>
          ) : null}
        </Group>
        {promoted ? <PromotedAlert booking={promoted} onClose={() => setPromoted(null)} /> : null}
        <ErrorAlert error={error} />
        {entries && entries.length === 0 ? <Text>{t('session.person.none')}</Text> : null}
        {entries && entries.length > 0 ? (
          <>
            <Title order={3} size="h4">
              {t('session.person.upcoming')}
            </Title>
            {upcoming.length === 0 ? <Text>{t('session.person.noneUpcoming')}</Text> : null}
            <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }} data-testid="person-bookings-upcoming">
              {upcoming.map((entry) => (
                <BookingLine
                  key={entry.id}
                  entry={entry}
                  actions={mayCancel}
                  printing={printing === entry.id}
                  onCancel={() => setCancelling(entry)}
                  onReprint={() => void reprintSlip(entry.id)}
                />
              ))}
            </Stack>
            {past.length > 0 ? (
              <>
                <Title order={3} size="h4">
                  {t('session.person.past')}
                </Title>
                <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }} data-testid="person-bookings-past">
                  {past.map((entry) => (
                    <BookingLine key={entry.id} entry={entry} actions={false} printing={false} onCancel={() => undefined} onReprint={() => undefined} />
                  ))}
                </Stack>
              </>
            ) : null}
          </>
        ) : null}
      </Stack>
      <CancelBookingModal
        booking={cancelling}
        session={cancelling?.session ?? null}
        onClose={() => setCancelling(null)}
        onCancelled={(result) => {
          setCancelling(null);
          setPromoted(result.promoted);
          notifySuccess(t('session.confirmCancel.done'));
          void reload();
        }}
      />
      {mayBook ? (
        <PickSessionModal key={pickKey} personId={personId} bookedSessionIds={bookedSessionIds} opened={picking} onClose={() => setPicking(false)} onBooked={() => void reload()} />
      ) : null}
    </Card>
  );
}
