import { Button, Stack, Table, Text, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookingDto, SessionSummaryDto } from '../../../../../electron/common/contract';
import { BOOKING_STATUS_LABELS } from '../../../../../electron/common/domain/workshops/statuses';
import { toClientError, type ClientError } from '../../../transport';
import { useOpenSession } from '../../auth/session-context';
import { personName } from '../../beneficiaries/search/person-label';
import { printHtml } from '../../devices/browser-print';
import { ErrorAlert } from '../../errors/error-alert';
import { callListHtml } from './call-sheets-html';
import { PhoneLink } from './phone-link';

/** A cancelled session's « Personnes à prévenir »: names and phones, and the A4 call list to tick by hand. */
export function CallListSection({ session, bookings }: { session: SessionSummaryDto; bookings: BookingDto[] }) {
  const { t } = useTranslation();
  const site = useOpenSession().site.name;
  const [error, setError] = useState<ClientError | null>(null);

  const print = async () => {
    setError(null);
    try {
      await printHtml(callListHtml(t, session, bookings, site, new Date()));
    } catch (caught) {
      setError(toClientError(caught));
    }
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="session-calls">
      <Title order={2} size="h3" id="session-calls">
        {t('session.calls.title')}
      </Title>
      <Text>{bookings.length === 0 ? t('session.calls.none') : t('session.calls.intro')}</Text>
      <ErrorAlert error={error} />
      {bookings.length > 0 ? (
        <>
          <Table striped withTableBorder fz="md" verticalSpacing="sm" data-testid="session-calls">
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
                  <Table.Td>{BOOKING_STATUS_LABELS[booking.status]}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Button size="md" w="fit-content" leftSection={<IconPrinter aria-hidden />} onClick={() => void print()}>
            {t('session.calls.print')}
          </Button>
        </>
      ) : null}
    </Stack>
  );
}
