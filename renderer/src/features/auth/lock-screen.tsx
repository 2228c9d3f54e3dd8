import { Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { IconLockOpen } from '@tabler/icons-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLE_LABELS, type SessionDto } from '../../../../electron/common/contract';
import { useClient } from '../../app/client-context';
import { toClientError, type ClientError } from '../../transport';
import { ErrorAlert } from '../errors/error-alert';
import { AuthLayout } from './auth-layout';
import { useSession } from './session-context';

type Mode = 'pin' | 'password';

function pinUsable(session: SessionDto): boolean {
  return session.agent.hasPin && session.pinTriesLeft > 0;
}

/** Replaces the whole app while the session is locked: PIN when possible, else the password. */
export function LockScreen({ session }: { session: SessionDto }) {
  const { t } = useTranslation();
  const client = useClient();
  const { setSession, refresh, logout } = useSession();
  const [mode, setMode] = useState<Mode>(pinUsable(session) ? 'pin' : 'password');
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<ClientError | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const canUsePin = pinUsable(session);
  const effectiveMode: Mode = canUsePin ? mode : 'password';

  useEffect(() => {
    input.current?.focus();
  }, [effectiveMode]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const next = await client.call('auth.unlock', effectiveMode === 'pin' ? { pin: secret } : { password: secret });
      setSession(next);
    } catch (caught) {
      setError(toClientError(caught));
      setSecret('');
      setBusy(false);
      // Tries left (or the PIN blocked) come from the backend.
      await refresh();
      input.current?.focus();
    }
  };

  const switchMode = (next: Mode) => {
    setMode(next);
    setSecret('');
    setError(null);
  };

  return (
    <AuthLayout
      title={t('auth.lockedTitle')}
      subtitle={
        <Stack gap={0}>
          <Text size="lg" fw={600}>
            {t('auth.lockedBy', { name: session.agent.displayName, role: ROLE_LABELS[session.agent.role] })}
          </Text>
          <Text>{session.site.name}</Text>
        </Stack>
      }
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <ErrorAlert error={error} />
          {effectiveMode === 'pin' ? (
            <PasswordInput
              ref={input}
              key="pin"
              label={t('auth.pin')}
              description={t('auth.triesLeft', { count: session.pinTriesLeft })}
              value={secret}
              onChange={(event) => setSecret(event.currentTarget.value.replace(/\D/g, '').slice(0, 6))}
              inputMode="numeric"
              autoComplete="off"
              maxLength={6}
              required
            />
          ) : (
            <PasswordInput
              ref={input}
              key="password"
              label={t('fields.password')}
              description={session.agent.hasPin && !canUsePin ? t('auth.pinBlocked') : undefined}
              value={secret}
              onChange={(event) => setSecret(event.currentTarget.value)}
              autoComplete="current-password"
              required
            />
          )}
          <Button type="submit" size="lg" loading={busy} leftSection={<IconLockOpen aria-hidden />}>
            {t('auth.unlock')}
          </Button>
          <Group justify="space-between">
            {canUsePin ? (
              <Button variant="subtle" onClick={() => switchMode(effectiveMode === 'pin' ? 'password' : 'pin')}>
                {effectiveMode === 'pin' ? t('auth.usePassword') : t('auth.usePin')}
              </Button>
            ) : (
              <span />
            )}
            <Button variant="default" onClick={() => void logout()}>
              {t('auth.logout')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AuthLayout>
  );
}
