import { Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DisplayName, Role, type AgentDto } from '../../../../electron/common/contract';
import { useClient } from '../../app/client-context';
import { zodField } from '../../app/zod-field';
import { toClientError, type ClientError } from '../../transport';
import { FormModal } from '../shell/form-modal';
import { ROLE_OPTIONS } from './role-options';

export function AgentEditModal({
  agent,
  onClose,
  onSaved,
}: {
  agent: AgentDto | null;
  onClose(): void;
  onSaved(agent: AgentDto): void;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const [error, setError] = useState<ClientError | null>(null);
  const form = useForm({
    initialValues: { displayName: '', role: null as string | null },
    validate: {
      displayName: zodField(DisplayName),
      role: (value) => (value ? null : t('agents.roleRequired')),
    },
  });

  useEffect(() => {
    if (agent) {
      form.setValues({ displayName: agent.displayName, role: agent.role });
      form.resetDirty();
      setError(null);
    }
  }, [agent]);

  const submit = form.onSubmit(async (values) => {
    if (!agent) return;
    setError(null);
    const role = Role.safeParse(values.role);
    if (!role.success) return;
    try {
      onSaved(await client.call('agents.update', { id: agent.id, displayName: values.displayName, role: role.data }));
    } catch (caught) {
      setError(toClientError(caught));
    }
  });

  return (
    <FormModal
      opened={agent !== null}
      onClose={onClose}
      title={agent ? t('agents.editTitle', { name: agent.displayName }) : ''}
      error={error}
      submitLabel={t('common.save')}
      submitting={form.submitting}
      onSubmit={submit}
    >
      <TextInput label={t('fields.displayName')} required data-autofocus {...form.getInputProps('displayName')} />
      <Select
        label={t('fields.role')}
        data={ROLE_OPTIONS}
        required
        allowDeselect={false}
        {...form.getInputProps('role')}
      />
    </FormModal>
  );
}
