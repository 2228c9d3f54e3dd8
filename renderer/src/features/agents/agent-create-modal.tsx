import { PasswordInput, Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DisplayName, Login, Password, Role, type AgentDto } from '../../../../electron/common/contract';
import { useClient } from '../../app/client-context';
import { zodField } from '../../app/zod-field';
import { toClientError, type ClientError } from '../../transport';
import { FormModal } from '../shell/form-modal';
import { ROLE_OPTIONS } from './role-options';

export function AgentCreateModal({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean;
  onClose(): void;
  onCreated(agent: AgentDto): void;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const [error, setError] = useState<ClientError | null>(null);
  const form = useForm({
    initialValues: { displayName: '', login: '', role: null as string | null, password: '' },
    validate: {
      displayName: zodField(DisplayName),
      login: zodField(Login),
      role: (value) => (value ? null : t('agents.roleRequired')),
      password: zodField(Password),
    },
  });

  const close = () => {
    form.reset();
    setError(null);
    onClose();
  };

  const submit = form.onSubmit(async (values) => {
    setError(null);
    const role = Role.safeParse(values.role);
    if (!role.success) return;
    try {
      const agent = await client.call('agents.create', {
        displayName: values.displayName,
        login: values.login,
        role: role.data,
        password: values.password,
      });
      form.reset();
      onCreated(agent);
    } catch (caught) {
      setError(toClientError(caught));
    }
  });

  return (
    <FormModal
      opened={opened}
      onClose={close}
      title={t('agents.createTitle')}
      error={error}
      submitLabel={t('agents.createSubmit')}
      submitting={form.submitting}
      onSubmit={submit}
    >
      <TextInput label={t('fields.displayName')} required data-autofocus {...form.getInputProps('displayName')} />
      <TextInput
        label={t('fields.login')}
        required
        autoCapitalize="none"
        spellCheck={false}
        autoComplete="off"
        {...form.getInputProps('login')}
      />
      <Select
        label={t('fields.role')}
        data={ROLE_OPTIONS}
        required
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
        {...form.getInputProps('role')}
      />
      <PasswordInput
        label={t('fields.password')}
        description={t('fields.passwordHelp')}
        required
        autoComplete="new-password"
        {...form.getInputProps('password')}
      />
    </FormModal>
  );
}
