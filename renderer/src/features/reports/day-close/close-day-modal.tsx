import { Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DayReportDto } from '../../../../../electron/common/contract';
import { longFrenchDate } from '../../../../../electron/common/domain/workshops/paris-time';
import { useClient } from '../../../app/client-context';
import { toClientError, type ClientError } from '../../../transport';
import { FormModal } from '../../shell/form-modal';

/**
 * The confirmation before closing: the figures will be frozen, and later corrections will show as adjustments on
 * the next close. A refusal (day already closed by someone else…) stays in the dialog, in French.
 */
export function CloseDayModal({
  date,
  opened,
  onClose,
  onClosed,
  onRefused,
}: {
  date: string;
  opened: boolean;
  onClose(): void;
  onClosed(report: DayReportDto): void;
  /** The backend refused: the page reloads what it shows, since the day may have changed meanwhile. */
  onRefused(): void;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const [error, setError] = useState<ClientError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event?: FormEvent<HTMLFormElement>) => {
    event?.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onClosed(await client.call('reports.close-day', { date }));
    } catch (caught) {
      const clientError = toClientError(caught);
      setError(clientError);
      if (clientError.code === 'CONFLICT') onRefused();
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormModal
      opened={opened}
      title={t('close.confirm.title', { date: longFrenchDate(date) })}
      error={error}
      submitLabel={t('close.confirm.submit')}
      submitting={busy}
      onSubmit={(event) => void submit(event)}
      onClose={onClose}
    >
      <Stack gap="sm">
        <Text fw={700}>{t('close.confirm.frozen')}</Text>
        <Text>{t('close.confirm.later')}</Text>
      </Stack>
    </FormModal>
  );
}
