import { Alert, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconHourglass, IconPhoneCall } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BookingDto } from '../../../../../electron/common/contract';
import { ErrorAlert } from '../../errors/error-alert';
import { personName } from '../../beneficiaries/search/person-label';
import { callName, readablePhone } from './session-text';
import type { BookingOutcome } from './use-booking-actions';

/** What a booking gave: booked or on the waiting list (with the rank), the slip sent, and any warning. */
export function BookingResultAlert({ outcome }: { outcome: BookingOutcome }) {
  const { t } = useTranslation();
  const { booking, receipts, warning } = outcome.result;
  const waiting = booking.status === 'liste-attente';
  const waitingText = booking.waitPosition ? t('session.result.waiting', { rank: booking.waitPosition }) : t('session.result.waitingNoRank');
  return (
    <Stack gap="xs" data-testid="booking-result">
      <Alert
        color={waiting ? 'orange' : 'green'}
        variant="light"
        role="status"
        icon={waiting ? <IconHourglass aria-hidden /> : <IconCircleCheck aria-hidden />}
        title={personName(booking)}
      >
        <Text fw={700}>{waiting ? waitingText : t('session.result.booked')}</Text>
        {receipts.length > 0 && !outcome.printError ? <Text>{t('session.result.slipSent')}</Text> : null}
      </Alert>
      {warning ? (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} data-testid="booking-warning">
          <Text fw={700}>{warning}</Text>
        </Alert>
      ) : null}
      <ErrorAlert error={outcome.printError} />
    </Stack>
  );
}

/** The first of the waiting list got the freed seat: the agent must call them. */
export function PromotedAlert({ booking, onClose }: { booking: BookingDto; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="blue"
      variant="light"
      role="status"
      icon={<IconPhoneCall aria-hidden />}
      title={t('session.promoted.title')}
      withCloseButton
      closeButtonLabel={t('common.close')}
      onClose={onClose}
      data-testid="promoted-notice"
    >
      <Text fw={700} size="lg">
        {t('session.promoted.text', { name: callName(booking), phone: readablePhone(booking.phone) ?? t('session.booked.noPhone') })}
      </Text>
    </Alert>
  );
}
