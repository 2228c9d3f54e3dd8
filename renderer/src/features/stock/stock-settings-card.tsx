import { Button, Checkbox, Group, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../app/client-context';
import { notifySuccess } from '../../app/notify';
import { toClientError, type ClientError } from '../../transport';
import { ErrorAlert } from '../errors/error-alert';
import { fieldErrorsOf } from './field-errors';

/** Administrators: how many carnets a person may hold, and whether the desk keeps a copy of each receipt. */
export function StockSettingsCard() {
  const { t } = useTranslation();
  const client = useClient();
  const [max, setMax] = useState<string | null>(null);
  const [agentCopy, setAgentCopy] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);
  const [maxError, setMaxError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    client.call('stock.settings', {}).then(
      (settings) => {
        setMax(String(settings.maxCarnetsPerPerson));
        setAgentCopy(settings.agentCopy);
      },
      (caught: unknown) => setError(toClientError(caught)),
    );
  }, [client]);

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (max === null) return;
    setBusy(true);
    setError(null);
    setMaxError(undefined);
    try {
      const value = /^\d+$/.test(max.trim()) ? Number(max.trim()) : Number.NaN;
      const saved = await client.call('stock.set-settings', { maxCarnetsPerPerson: value, agentCopy });
      setMax(String(saved.maxCarnetsPerPerson));
      setAgentCopy(saved.agentCopy);
      notifySuccess(t('stock.settings.saved'));
    } catch (caught) {
      const failure = toClientError(caught);
      setMaxError(fieldErrorsOf(failure, ['maxCarnetsPerPerson'] as const).maxCarnetsPerPerson);
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="stock-settings">
      <form onSubmit={(event) => void save(event)} noValidate>
        <Stack gap="md">
          <Title order={2} size="h3" id="stock-settings">
            {t('stock.settings.title')}
          </Title>
          <ErrorAlert error={error} />
          {max === null ? null : (
            <>
              <TextInput size="md" w={320} label={t('stock.settings.maxCarnets')} inputMode="numeric" value={max} error={maxError} onChange={(event) => setMax(event.currentTarget.value)} />
              <Checkbox size="md" label={t('stock.settings.agentCopy')} checked={agentCopy} onChange={(event) => setAgentCopy(event.currentTarget.checked)} />
              <Group>
                <Button type="submit" size="md" loading={busy}>
                  {t('common.save')}
                </Button>
              </Group>
            </>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
