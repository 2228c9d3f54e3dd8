import { Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { SiteDto } from '../../../../electron/common/contract';
import { useClient } from '../../app/client-context';
import { toClientError, type ClientError } from '../../transport';
import { ErrorAlert } from '../errors/error-alert';
import { AuthLayout } from './auth-layout';
import { useSession } from './session-context';

export function LoginPage({ site }: { site: SiteDto | null }) {
  const { t } = useTranslation();
  const client = useClient();
  const navigate = useNavigate();
  const { setSession } = useSession();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ClientError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const session = await client.call('auth.login', { login, password });
      navigate('/', { replace: true });
      setSession(session);
    } catch (caught) {
      setError(toClientError(caught));
      setPassword('');
      setBusy(false);
    }
  };

  return (
    <AuthLayout
      title={t('auth.loginTitle')}
      subtitle={site ? <Text size="lg">{site.name}</Text> : undefined}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <ErrorAlert error={error} />
          <TextInput
            label={t('fields.login')}
            value={login}
            onChange={(event) => setLogin(event.currentTarget.value)}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            data-autofocus
            autoFocus
          />
          <PasswordInput
            label={t('fields.password')}
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            autoComplete="current-password"
            required
          />
          <Button type="submit" size="lg" loading={busy}>
            {t('auth.submit')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
