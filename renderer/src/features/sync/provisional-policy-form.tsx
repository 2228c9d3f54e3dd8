import { Button, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProvisionalPolicyInput, type SyncStatusDto } from '../../../../electron/common/contract';
import { useClient } from '../../app/client-context';
import { notifySuccess } from '../../app/notify';
import { zodField } from '../../app/zod-field';
import { toClientError, type ClientError } from '../../transport';
import { ErrorAlert } from '../errors/error-alert';
import { fieldErrorsOf } from '../stock/field-errors';

/**
 * Administrators: the site's rule for a pass whose hand-out at another site has not reached this desk yet — accepted
 * « à confirmer » while the hub's data is younger than so many days, or never (0).
 */
export function ProvisionalPolicyForm({ status, onSaved }: { status: SyncStatusDto; onSaved(status: SyncStatusDto): void }) {
  const { t } = useTranslation();
  const client = useClient();
  const [error, setError] = useState<ClientError | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm<{ maxDays: number | string }>({
    initialValues: { maxDays: status.provisionalMaxDays },
    validate: { maxDays: (value) => zodField(ProvisionalPolicyInput.shape.maxDays)(value === '' ? undefined : Number(value)) },
  });

  const submit = form.onSubmit(async (values) => {
    setError(null);
    setBusy(true);
    try {
      const next = await client.call('sync.set-provisional-policy', { maxDays: Number(values.maxDays) });
      notifySuccess(t('sync.provisional.done'));
      onSaved(next);
    } catch (caught) {
      const failure = toClientError(caught);
      form.setErrors(fieldErrorsOf(failure, ['maxDays']));
      setError(failure);
    } finally {
      setBusy(false);
    }
  });

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="sync-provisional-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Title order={2} size="h3" id="sync-provisional-title">
            {t('sync.provisional.title')}
          </Title>
          <Text>{t('sync.provisional.intro')}</Text>
          <ErrorAlert error={error} />
          <NumberInput
            label={t('sync.provisional.maxDays')}
            description={t('sync.provisional.maxDaysHelp')}
            min={0}
            max={60}
            allowDecimal={false}
            allowNegative={false}
            w={{ base: '100%', sm: 360 }}
            size="md"
            {...form.getInputProps('maxDays')}
          />
          <div>
            <Button type="submit" size="md" loading={busy} leftSection={<IconDeviceFloppy aria-hidden />}>
              {t('sync.provisional.submit')}
            </Button>
          </div>
        </Stack>
      </form>
    </Paper>
  );
}
