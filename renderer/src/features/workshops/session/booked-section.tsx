import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconReceipt, IconUserMinus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BookingDto } from '../../../../../electron/common/contract';
import { BOOKING_STATUS_LABELS } from '../../../../../electron/common/domain/workshops/statuses';
import { personName } from '../../beneficiaries/search/person-label';
import { BOOKING_STATUS_COLORS } from './booking-status-colors';
import { PhoneLink } from './phone-link';

/** « Inscrits »: the people holding a seat, their status, phone and passes used; cancel or reprint the slip. */
export function BookedSection({
  bookings,
  open,
  printing,
  onCancel,
  onReprint,
}: {
  bookings: BookingDto[];
  /** The session still takes cancellations and slips. */
  open: boolean;
  printing: string | null;
  onCancel(booking: BookingDto): void;
  onReprint(booking: BookingDto): void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="section" aria-labelledby="session-booked">
      <Title order={2} size="h3" id="session-booked">
        {t('session.booked.title')}
      </Title>
      {bookings.length === 0 ? (
        <Text>{t('session.booked.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped withTableBorder fz="md" verticalSpacing="sm" data-testid="session-booked">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('session.booked.name')}</Table.Th>
                <Table.Th scope="col">{t('session.booked.status')}</Table.Th>
                <Table.Th scope="col">{t('session.booked.phone')}</Table.Th>
                <Table.Th scope="col">{t('session.booked.passes')}</Table.Th>
                <Table.Th scope="col">{t('session.booked.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {bookings.map((booking) => {
                const name = personName(booking);
                const upcoming = open && booking.status === 'a-venir';
                return (
                  <Table.Tr key={booking.id}>
                    <Table.Th scope="row">{name}</Table.Th>
                    <Table.Td>
                      <Group gap={4}>
                        <Badge variant="filled" color={BOOKING_STATUS_COLORS[booking.status]}>
                          {BOOKING_STATUS_LABELS[booking.status]}
                        </Badge>
                        {booking.overCapacity ? <Badge variant="outline" color="dark">{t('session.booked.overCapacity')}</Badge> : null}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <PhoneLink booking={booking} />
                    </Table.Td>
                    <Table.Td>
                      {booking.passNumbers.length > 0
                        ? booking.passNumbers.map((number) => (booking.passesToConfirm.includes(number) ? t('session.booked.toConfirm', { number }) : number)).join(', ')
                        : t('session.booked.noPass')}
                    </Table.Td>
                    <Table.Td>
                      {upcoming ? (
                        <Group gap="xs" wrap="nowrap">
                          <Button
                            size="sm"
                            variant="light"
                            leftSection={<IconReceipt aria-hidden />}
                            loading={printing === booking.id}
                            aria-label={t('session.booked.reprintLabel', { name })}
                            onClick={() => onReprint(booking)}
                          >
                            {t('session.booked.reprint')}
                          </Button>
                          <Button
                            size="sm"
                            variant="light"
                            color="red"
                            leftSection={<IconUserMinus aria-hidden />}
                            aria-label={t('session.booked.cancelLabel', { name })}
                            onClick={() => onCancel(booking)}
                          >
                            {t('session.booked.cancel')}
                          </Button>
                        </Group>
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
