import { Button, Center, Loader, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppStatusDto, SessionDto } from '../../../electron/common/contract';
import { toClientError, type ClientError } from '../transport';
import { SessionProvider } from '../features/auth/session-context';
import { ErrorAlert } from '../features/errors/error-alert';
import { RefusedScreen } from '../features/errors/refused-screen';
import { SetupWizard } from '../features/setup/setup-wizard';
import { useClient, useConnection } from './client-context';
import { SessionGate } from './session-gate';

type Phase =
  | { kind: 'loading' }
  | { kind: 'failed'; error: ClientError }
  | { kind: 'setup' }
  | { kind: 'ready'; status: AppStatusDto; session: SessionDto | null };

function Waiting({ label }: { label: string }) {
  return (
    <Center component="main" mih="100vh">
      <Stack align="center" gap="md">
        <Loader size="lg" aria-hidden />
        <Text size="lg" role="status">
          {label}
        </Text>
      </Stack>
    </Center>
  );
}

/**
 * Start-up: wait for the connection, then `app.status` (first-run wizard or not), then `auth.session`.
 * Runs again on every new connection: the backend keeps sessions per connection.
 */
export function Boot() {
  const { t } = useTranslation();
  const client = useClient();
  const { state, generation } = useConnection();
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });

  const load = useCallback(async () => {
    setPhase({ kind: 'loading' });
    try {
      const status = await client.call('app.status', {});
      if (!status.setupDone) {
        setPhase({ kind: 'setup' });
        return;
      }
      const session = await client.call('auth.session', {});
      setPhase({ kind: 'ready', status, session });
    } catch (caught) {
      const error = toClientError(caught);
      // A lost connection reloads by itself when it comes back.
      if (error.code !== 'DISCONNECTED') setPhase({ kind: 'failed', error });
    }
  }, [client]);

  useEffect(() => {
    if (generation > 0) void load();
  }, [generation, load]);

  if (state === 'refused') return <RefusedScreen error={client.getRefusal()} />;
  if (generation === 0 || phase.kind === 'loading') {
    return <Waiting label={generation === 0 ? t('app.connecting') : t('app.loading')} />;
  }
  if (phase.kind === 'failed') {
    return (
      <Center component="main" mih="100vh">
        <Stack gap="md" maw={560}>
          <ErrorAlert error={phase.error} />
          <div>
            <Button size="lg" onClick={() => void load()}>
              {t('common.retry')}
            </Button>
          </div>
        </Stack>
      </Center>
    );
  }
  if (phase.kind === 'setup') return <SetupWizard onDone={() => void load()} />;
  return (
    <SessionProvider key={generation} initial={phase.session}>
      <SessionGate site={phase.status.site} />
    </SessionProvider>
  );
}
