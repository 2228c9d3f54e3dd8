import { Button, Stack, Table, Text, Title } from '@mantine/core';
import { IconUserMinus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BookingDto } from '../../../../../electron/common/contract';
import { personName } from '../../beneficiaries/search/person-label';
import { PhoneLink } from './phone-link';

/** « Liste d’attente »: rank, name and phone; « Retirer » takes a person off the list. */
export function WaitingSection({ bookings, open, onRemove }: { bookings: BookingDto[]; open: boolean; onRemove(booking: BookingDto): void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="section" aria-labelledby="session-waiting">
      <Title order={2} size="h3" id="session-waiting">
        {t('session.waiting.title')}
      </Title>
      {bookings.length === 0 ? (
        <Text>{t('session.waiting.none')}</Text>
      ) : (
        <Table striped withTableBorder fz="md" verticalSpacing="sm" data-testid="session-waiting">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('session.waiting.rank')}</Table.Th>
              <Table.Th scope="col">{t('session.booked.name')}</Table.Th>
              <Table.Th scope="col">{t('session.booked.phone')}</Table.Th>
              <Table.Th scope="col">{t('session.booked.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {bookings.map((booking, index) => {
              const name = personName(booking);
              return (
                <Table.Tr key={booking.id}>
                  <Table.Td>{booking.waitPosition ?? index + 1}</Table.Td>
                  <Table.Th scope="row">{name}</Table.Th>
                  <Table.Td>
                    <PhoneLink booking={booking} />
                  </Table.Td>
                  <Table.Td>
                    {open ? (
                      <Button size="sm" variant="light" color="red" leftSection={<IconUserMinus aria-hidden />} aria-label={t('session.waiting.removeLabel', { name })} onClick={() => onRemove(booking)}>
                        {t('session.waiting.remove')}
                      </Button>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
