import { Button, Stack, Text, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookingDto, SessionSummaryDto } from '../../../../../electron/common/contract';
import { toClientError, type ClientError } from '../../../transport';
import { useOpenSession } from '../../auth/session-context';
import { printHtml } from '../../devices/browser-print';
import { ErrorAlert } from '../../errors/error-alert';
import { callListHtml } from './call-sheets-html';
import { CallTable } from './call-table';

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
          <CallTable bookings={bookings} testId="session-calls" />
          <Button size="md" w="fit-content" leftSection={<IconPrinter aria-hidden />} onClick={() => void print()}>
            {t('session.calls.print')}
          </Button>
        </>
      ) : null}
    </Stack>
  );
}
