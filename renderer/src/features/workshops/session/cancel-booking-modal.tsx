import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookingDto, CancelBookingDto, SessionSummaryDto } from '../../../../../electron/common/contract';
import { toClientError, type ClientError } from '../../../transport';
import { ErrorAlert } from '../../errors/error-alert';
import { personName } from '../../beneficiaries/search/person-label';
import { shortDate } from './session-text';
import { useBookingActions } from './use-booking-actions';

/** Asks before cancelling a booking (or leaving the waiting list), then cancels it. */
export function CancelBookingModal({
  booking,
  session,
  onClose,
  onCancelled,
}: {
  booking: BookingDto | null;
  session: Pick<SessionSummaryDto, 'title' | 'date'> | null;
  onClose(): void;
  onCancelled(result: CancelBookingDto): void;
}) {
  const { t } = useTranslation();
  const { cancel } = useBookingActions();
  const [error, setError] = useState<ClientError | null>(null);
  const [busy, setBusy] = useState(false);
  const waiting = booking?.status === 'liste-attente';
  const values = booking && session ? { name: personName(booking), title: session.title, date: shortDate(session.date) } : null;

  const close = () => {
    setError(null);
    onClose();
  };

  const confirm = async () => {
    if (!booking) return;
    setBusy(true);
    setError(null);
    try {
      onCancelled(await cancel(booking.id));
    } catch (caught) {
      setError(toClientError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      opened={booking !== null}
      onClose={close}
      title={waiting ? t('session.confirmCancel.waitingTitle') : t('session.confirmCancel.title')}
      size="md"
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{ title: { fontSize: 'var(--mantine-font-size-xl)', fontWeight: 700 } }}
    >
      <Stack gap="md">
        <ErrorAlert error={error} />
        {values ? <Text size="lg">{waiting ? t('session.confirmCancel.waitingText', values) : t('session.confirmCancel.text', values)}</Text> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" size="md" onClick={close} data-autofocus>
            {t('session.confirmCancel.keep')}
          </Button>
          <Button color="red" size="md" loading={busy} onClick={() => void confirm()}>
            {waiting ? t('session.confirmCancel.confirmWaiting') : t('session.confirmCancel.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
