import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BookingDto } from '../../../../../electron/common/contract';
import { personName } from '../../beneficiaries/search/person-label';
import { readablePhone } from './session-text';

/** The person's phone as a `tel:` link (a softphone or a paired phone dials it), or « pas de téléphone ». */
export function PhoneLink({ booking }: { booking: Pick<BookingDto, 'nom' | 'prenom' | 'phone'> }) {
  const { t } = useTranslation();
  const phone = readablePhone(booking.phone);
  if (!phone || !booking.phone) return <Text span>{t('session.booked.noPhone')}</Text>;
  return (
    <Anchor href={`tel:${booking.phone}`} fw={700} aria-label={t('session.reminders.call', { name: personName(booking), phone })}>
      {phone}
    </Anchor>
  );
}
