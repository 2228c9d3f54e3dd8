import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconLink } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EnrollInput, HubUrl, type SyncStatusDto } from '../../../../electron/common/contract';
import { useClient } from '../../app/client-context';
import { notifySuccess } from '../../app/notify';
import { zodField } from '../../app/zod-field';
import { toClientError, type ClientError } from '../../transport';
import { ErrorAlert } from '../errors/error-alert';
import { fieldErrorsOf } from '../stock/field-errors';

const FIELDS = ['hubUrl', 'code'] as const;

/**
 * Administrators: enrolls this desk with the hub's address and a one-time code. Field errors come from the contract's
 * rules before sending, then from the backend's answer.
 */
export function EnrollForm({ onEnrolled, onCancel, autoFocus }: { onEnrolled(status: SyncStatusDto): void; onCancel?: () => void; autoFocus?: boolean }) {
  const { t } = useTranslation();
  const client = useClient();
  const [error, setError] = useState<ClientError | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm({
    initialValues: { hubUrl: '', code: '' },
    validate: { hubUrl: zodField(HubUrl), code: zodField(EnrollInput.shape.code) },
  });

  const submit = form.onSubmit(async (values) => {
    setError(null);
    setBusy(true);
    try {
      const status = await client.call('sync.enroll', { hubUrl: values.hubUrl, code: values.code });
      form.reset();
      notifySuccess(t('sync.enroll.done', { collectivity: status.hub?.collectivityName ?? '', site: status.hub?.siteName ?? '' }));
      onEnrolled(status);
    } catch (caught) {
      const failure = toClientError(caught);
      form.setErrors(fieldErrorsOf(failure, FIELDS));
      setError(failure);
    } finally {
      setBusy(false);
    }
  });

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="sync-enroll-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Title order={2} size="h3" id="sync-enroll-title">
            {t('sync.enroll.title')}
          </Title>
          <Text>{t('sync.enroll.intro')}</Text>
          <ErrorAlert error={error} />
          <TextInput
            label={t('sync.enroll.hubUrl')}
            description={t('sync.enroll.hubUrlHelp')}
            type="url"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            maxLength={300}
            autoFocus={autoFocus}
            {...form.getInputProps('hubUrl')}
          />
          <TextInput
            label={t('sync.enroll.code')}
            description={t('sync.enroll.codeHelp')}
            autoComplete="off"
            spellCheck={false}
            maxLength={64}
            w={{ base: '100%', sm: 360 }}
            {...form.getInputProps('code')}
          />
          <Group gap="sm">
            <Button type="submit" size="md" loading={busy} leftSection={<IconLink aria-hidden />}>
              {t('sync.enroll.submit')}
            </Button>
            {onCancel ? (
              <Button variant="default" size="md" onClick={onCancel}>
                {t('sync.enroll.close')}
              </Button>
            ) : null}
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
