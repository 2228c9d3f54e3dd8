import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DisplayName, Role, type AgentDto } from '../../../../electron/common/contract';
import { useClient } from '../../app/client-context';
import { zodField } from '../../app/zod-field';
import { toClientError, type ClientError } from '../../transport';
import { ErrorAlert } from '../errors/error-alert';
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
    <Modal
      opened={agent !== null}
      onClose={onClose}
      title={agent ? t('agents.editTitle', { name: agent.displayName }) : ''}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{ title: { fontSize: 'var(--mantine-font-size-xl)', fontWeight: 700 } }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <ErrorAlert error={error} />
          <TextInput label={t('fields.displayName')} required data-autofocus {...form.getInputProps('displayName')} />
          <Select
            label={t('fields.role')}
            data={ROLE_OPTIONS}
            required
            allowDeselect={false}
            {...form.getInputProps('role')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
