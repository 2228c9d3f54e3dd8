import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncStatusDto } from '../../../../electron/common/contract';
import { useClient } from '../../app/client-context';
import { notifySuccess } from '../../app/notify';
import { toClientError } from '../../transport';

/** States in which the exchange did not go through: `sync.now` answers them with the reason in `lastError`. */
const UNSUCCESSFUL: ReadonlySet<SyncStatusDto['state']> = new Set(['offline', 'failing', 'revoked', 'not-configured']);

/**
 * « Synchroniser maintenant » (any agent): push then pull at once, whatever the backoff. The outcome is a success
 * notification or, in an alert, why it did not go through. Unavailable, with the reason beside it, when the desk is
 * not enrolled or was withdrawn from the hub.
 */
export function SyncNowButton({ status, onDone }: { status: SyncStatusDto; onDone(status: SyncStatusDto): void }) {
  const { t } = useTranslation();
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const unavailable = status.state === 'not-configured' ? t('sync.now.notConfigured') : status.state === 'revoked' ? t('sync.now.revoked') : null;

  const run = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const next = await client.call('sync.now', {});
      onDone(next);
      if (UNSUCCESSFUL.has(next.state)) setFailure(next.lastError?.message ?? t(`sync.states.${next.state}`));
      else notifySuccess(t('sync.now.done'));
    } catch (caught) {
      setFailure(toClientError(caught).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="xs" align="flex-start">
      <Button
        size="lg"
        leftSection={<IconRefresh aria-hidden />}
        loading={busy}
        disabled={unavailable !== null}
        aria-describedby="sync-now-help"
        onClick={() => void run()}
      >
        {t('sync.now.button')}
      </Button>
      <Text id="sync-now-help">{unavailable ?? t('sync.now.help')}</Text>
      {failure ? (
        <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} title={t('sync.now.failedTitle')} role="alert" w="100%">
          {failure}
        </Alert>
      ) : null}
    </Stack>
  );
}
