import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../app/client-context';
import { notifySuccess } from '../../../app/notify';
import { toClientError, type ClientError } from '../../../transport';
import { canCall } from '../../auth/access';
import { useOpenSession } from '../../auth/session-context';
import { ErrorAlert } from '../../errors/error-alert';

/** « Annuler cette fusion » (referents), with a confirmation; the backend refuses once the record has changed. */
export function UndoMergeButton({ mergeId, onUndone }: { mergeId: string; onUndone(): void }) {
  const { t } = useTranslation();
  const client = useClient();
  const role = useOpenSession().agent.role;
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);
  if (!canCall(role, 'beneficiaries.undo-merge')) return null;

  const undo = async () => {
    setBusy(true);
    setError(null);
    try {
      await client.call('beneficiaries.undo-merge', { mergeId });
      notifySuccess(t('beneficiaries.person.mergeUndone'));
      onUndone();
    } catch (caught) {
      setError(toClientError(caught));
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  return (
    <>
      {confirming ? (
        <Group gap="xs" mt={4}>
          <Text size="sm" fw={700}>
            {t('beneficiaries.person.undoMergeConfirm')}
          </Text>
          <Button size="xs" color="red" loading={busy} onClick={() => void undo()}>
            {t('beneficiaries.person.undoMergeYes')}
          </Button>
          <Button size="xs" variant="default" onClick={() => setConfirming(false)}>
            {t('beneficiaries.person.undoMergeNo')}
          </Button>
        </Group>
      ) : (
        <Button size="xs" variant="default" mt={4} onClick={() => setConfirming(true)}>
          {t('beneficiaries.person.undoMerge')}
        </Button>
      )}
      <ErrorAlert error={error} />
    </>
  );
}
