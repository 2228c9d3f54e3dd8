import { Button, Checkbox, Group, Loader, Modal, Radio, Stack, Text } from '@mantine/core';
import { IconUserCheck } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionSummaryDto } from '../../../../../electron/common/contract';
import { addDays } from '../../../../../electron/common/domain/passes/paris-date';
import { useClient } from '../../../app/client-context';
import { toClientError, type ClientError } from '../../../transport';
import { ErrorAlert } from '../../errors/error-alert';
import { BookingResultAlert } from './booking-feedback';
import { parisToday, shortDate } from './session-text';
import { useBookingActions, type BookingOutcome } from './use-booking-actions';

/** How far ahead the person's page offers sessions. */
const DAYS_AHEAD = 28;

/**
 * « Inscrire à un atelier » from the person's page: the sessions of the next four weeks with their seats left
 * (a full one puts the person on its waiting list); arrow keys move through the choices.
 */
export function PickSessionModal({
  personId,
  bookedSessionIds,
  opened,
  onClose,
  onBooked,
}: {
  personId: string;
  /** Sessions the person is already booked in or waiting for. */
  bookedSessionIds: ReadonlySet<string>;
  opened: boolean;
  onClose(): void;
  onBooked(): void;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const { book } = useBookingActions();
  const [sessions, setSessions] = useState<SessionSummaryDto[] | null>(null);
  const [chosen, setChosen] = useState('');
  const [printSlip, setPrintSlip] = useState(true);
  const [outcome, setOutcome] = useState<BookingOutcome | null>(null);
  const [error, setError] = useState<ClientError | string | null>(null);
  const [busy, setBusy] = useState(false);
  // Reloaded after each booking, for the seats left.
  const [loads, setLoads] = useState(0);

  useEffect(() => {
    if (!opened) return;
    const from = parisToday();
    const now = Date.now();
    client.call('workshops.calendar', { from, to: addDays(from, DAYS_AHEAD - 1) }).then(
      (found) => setSessions(found.filter((session) => session.status === 'prevue' && new Date(session.startsAt).getTime() > now)),
      (caught: unknown) => setError(toClientError(caught)),
    );
  }, [client, opened, loads]);

  const submit = async (event?: FormEvent<HTMLFormElement>) => {
    event?.preventDefault();
    if (!chosen) {
      setError(t('session.pick.required'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      setOutcome(await book({ sessionId: chosen, beneficiaryId: personId, printSlip }));
      setChosen('');
      setLoads((count) => count + 1);
      onBooked();
    } catch (caught) {
      setError(toClientError(caught));
    } finally {
      setBusy(false);
    }
  };

  const seats = (session: SessionSummaryDto) =>
    session.seatsLeft > 0 ? t('session.page.seatsLeft', { count: session.seatsLeft }) : t('session.pick.full', { waiting: session.waiting });

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('session.pick.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{ title: { fontSize: 'var(--mantine-font-size-xl)', fontWeight: 700 } }}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          {outcome ? <BookingResultAlert outcome={outcome} /> : null}
          <ErrorAlert error={error} />
          {sessions === null ? (
            <Loader aria-label={t('app.loading')} />
          ) : sessions.length === 0 ? (
            <Text>{t('session.pick.none')}</Text>
          ) : (
            <Radio.Group label={t('session.pick.sessions')} description={t('session.pick.intro')} value={chosen} onChange={setChosen} size="md">
              <Stack gap="sm" mt="xs" mah={420} style={{ overflowY: 'auto' }} p={4}>
                {sessions.map((session, index) => {
                  const already = bookedSessionIds.has(session.id);
                  return (
                    <Radio
                      key={session.id}
                      value={session.id}
                      disabled={already}
                      data-autofocus={index === 0 || undefined}
                      label={t('session.pick.option', { date: shortDate(session.date), time: session.startTime, title: session.title })}
                      description={[session.room, already ? t('session.pick.already') : seats(session)].filter(Boolean).join(' — ')}
                    />
                  );
                })}
              </Stack>
            </Radio.Group>
          )}
          <Checkbox size="md" label={t('session.book.printSlip')} checked={printSlip} onChange={(event) => setPrintSlip(event.currentTarget.checked)} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" size="md" onClick={onClose}>
              {t('common.close')}
            </Button>
            <Button type="submit" size="md" loading={busy} disabled={!sessions || sessions.length === 0} leftSection={<IconUserCheck aria-hidden />}>
              {t('session.pick.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
