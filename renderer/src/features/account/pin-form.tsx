import { Button, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pin } from '../../../../electron/common/contract';
import { useClient } from '../../app/client-context';
import { notifySuccess } from '../../app/notify';
import { toClientError, type ClientError } from '../../transport';
import { useSession } from '../auth/session-context';
import { ErrorAlert } from '../errors/error-alert';
import { zodField } from '../../app/zod-field';

/** Sets the quick-unlock PIN; the current password proves it is the agent. */
export function PinForm() {
  const { t } = useTranslation();
  const client = useClient();
  const { refresh } = useSession();
  const [error, setError] = useState<ClientError | null>(null);
  const form = useForm({
    initialValues: { pin: '', confirm: '', password: '' },
    validate: {
      pin: zodField(Pin),
      confirm: (value, values) => (value === values.pin ? null : t('account.pinMismatch')),
      password: (value) => (value ? null : t('common.required')),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      await client.call('auth.set-pin', { pin: values.pin, password: values.password });
      form.reset();
      notifySuccess(t('account.pinSaved'));
      await refresh();
    } catch (caught) {
      setError(toClientError(caught));
      form.setFieldValue('password', '');
    }
  });

  const digitsOnly = (value: string) => value.replace(/\D/g, '').slice(0, 6);
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={420}>
        <ErrorAlert error={error} />
        <PasswordInput
          label={t('account.newPin')}
          inputMode="numeric"
          autoComplete="off"
          maxLength={6}
          required
          {...form.getInputProps('pin')}
          onChange={(event) => form.setFieldValue('pin', digitsOnly(event.currentTarget.value))}
        />
        <PasswordInput
          label={t('account.confirmPin')}
          inputMode="numeric"
          autoComplete="off"
          maxLength={6}
          required
          {...form.getInputProps('confirm')}
          onChange={(event) => form.setFieldValue('confirm', digitsOnly(event.currentTarget.value))}
        />
        <PasswordInput
          label={t('account.currentPassword')}
          autoComplete="current-password"
          required
          {...form.getInputProps('password')}
        />
        <div>
          <Button type="submit" size="lg" loading={form.submitting}>
            {t('account.savePin')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
