import { Checkbox, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionDetailDto, SessionSummaryDto } from '../../../../../electron/common/contract';
import { useClient } from '../../../app/client-context';
import { toClientError, type ClientError } from '../../../transport';
import { FormModal } from '../../shell/form-modal';

/** « Annuler la séance »: a reason is required; a session of a series may take the rest of the series with it. */
export function CancelSessionModal({
  session,
  opened,
  onClose,
  onCancelled,
}: {
  session: SessionSummaryDto;
  opened: boolean;
  onClose(): void;
  onCancelled(detail: SessionDetailDto): void;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const [reason, setReason] = useState('');
  const [wholeSeries, setWholeSeries] = useState(false);
  const [reasonError, setReasonError] = useState<string | undefined>(undefined);
  const [error, setError] = useState<ClientError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event?: FormEvent<HTMLFormElement>) => {
    event?.preventDefault();
    if (reason.trim().length < 2) {
      setReasonError(t('session.cancelSession.reasonRequired'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onCancelled(await client.call('workshops.cancel', { id: session.id, reason: reason.trim(), wholeSeries: session.seriesId !== null && wholeSeries }));
    } catch (caught) {
      const failure = toClientError(caught);
      setReasonError(failure.fields.reason);
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormModal
      opened={opened}
      title={t('session.cancelSession.title')}
      error={error}
      submitLabel={t('session.cancelSession.submit')}
      submitting={busy}
      onSubmit={(event) => void submit(event)}
      onClose={onClose}
    >
      <Stack gap="md">
        <Text>{t('session.cancelSession.intro')}</Text>
        <Textarea
          size="md"
          label={t('session.cancelSession.reason')}
          description={t('session.cancelSession.reasonHelp')}
          required
          data-autofocus
          autosize
          minRows={2}
          maxLength={200}
          value={reason}
          error={reasonError}
          onChange={(event) => {
            setReason(event.currentTarget.value);
            setReasonError(undefined);
          }}
        />
        {session.seriesId ? (
          <Checkbox size="md" label={t('session.cancelSession.wholeSeries')} checked={wholeSeries} onChange={(event) => setWholeSeries(event.currentTarget.checked)} />
        ) : null}
      </Stack>
    </FormModal>
  );
}
