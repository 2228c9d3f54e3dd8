import { Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BookingDto } from '../../../../../electron/common/contract';
import { BOOKING_STATUS_LABELS } from '../../../../../electron/common/domain/workshops/statuses';
import { personName } from '../../beneficiaries/search/person-label';
import { BOOKING_STATUS_COLORS } from './booking-status-colors';
import { PhoneLink } from './phone-link';

/** People to call, on screen: name, phone (a `tel:` link) and booking status — the reminders and a cancellation's calls. */
export function CallTable({ bookings, testId }: { bookings: BookingDto[]; testId: string }) {
  const { t } = useTranslation();
  return (
    <Table striped withTableBorder fz="md" verticalSpacing="sm" data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('session.booked.name')}</Table.Th>
          <Table.Th scope="col">{t('session.booked.phone')}</Table.Th>
          <Table.Th scope="col">{t('session.booked.status')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {bookings.map((booking) => (
          <Table.Tr key={booking.id}>
            <Table.Th scope="row">{personName(booking)}</Table.Th>
            <Table.Td>
              <PhoneLink booking={booking} />
            </Table.Td>
            <Table.Td>
              <Badge variant="filled" color={BOOKING_STATUS_COLORS[booking.status]}>
                {BOOKING_STATUS_LABELS[booking.status]}
              </Badge>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
