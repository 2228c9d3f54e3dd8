import { PasswordInput, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Password, type AgentDto } from '../../../../electron/common/contract';
import { useClient } from '../../app/client-context';
import { zodField } from '../../app/zod-field';
import { toClientError, type ClientError } from '../../transport';
import { FormModal } from '../shell/form-modal';

export function ResetPasswordModal({
  agent,
  onClose,
  onDone,
}: {
  agent: AgentDto | null;
  onClose(): void;
  onDone(agent: AgentDto): void;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const [error, setError] = useState<ClientError | null>(null);
  const form = useForm({
    initialValues: { password: '', confirm: '' },
    validate: {
      password: zodField(Password),
      confirm: (value, values) => (value === values.password ? null : t('agents.passwordMismatch')),
    },
  });

  useEffect(() => {
    if (agent) {
      form.reset();
      setError(null);
    }
  }, [agent]);

  const submit = form.onSubmit(async (values) => {
    if (!agent) return;
    setError(null);
    try {
      onDone(await client.call('agents.reset-password', { id: agent.id, password: values.password }));
    } catch (caught) {
      setError(toClientError(caught));
    }
  });

  return (
    <FormModal
      opened={agent !== null}
      onClose={onClose}
      title={agent ? t('agents.resetTitle', { name: agent.displayName }) : ''}
      error={error}
      submitLabel={t('agents.resetSubmit')}
      submitting={form.submitting}
      onSubmit={submit}
    >
      <Text>{t('agents.resetIntro')}</Text>
      <PasswordInput
        label={t('agents.newPassword')}
        description={t('fields.passwordHelp')}
        required
        autoComplete="new-password"
        data-autofocus
        {...form.getInputProps('password')}
      />
      <PasswordInput
        label={t('agents.confirmPassword')}
        required
        autoComplete="new-password"
        {...form.getInputProps('confirm')}
      />
    </FormModal>
  );
}
