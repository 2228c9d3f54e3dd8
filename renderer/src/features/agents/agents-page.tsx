import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgentDto } from '../../../../electron/common/contract';
import { useClient } from '../../app/client-context';
import { useSession } from '../auth/session-context';
import { notifySuccess } from '../../app/notify';
import { toClientError, type ClientError } from '../../transport';
import { ErrorAlert } from '../errors/error-alert';
import { AgentCreateModal } from './agent-create-modal';
import { AgentEditModal } from './agent-edit-modal';
import { AgentsTable } from './agents-table';
import { ResetPasswordModal } from './reset-password-modal';
import { useAgents } from './use-agents';

/** Administrators manage the desk's accounts here. */
export function AgentsPage() {
  const { t } = useTranslation();
  const client = useClient();
  const { session, refresh } = useSession();
  const { agents, error: loadError, reload, replace } = useAgents();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<AgentDto | null>(null);
  const [resetting, setResetting] = useState<AgentDto | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [actionError, setActionError] = useState<ClientError | null>(null);

  const toggle = async (agent: AgentDto) => {
    setActionError(null);
    setBusyId(agent.id);
    try {
      const updated = await client.call('agents.set-disabled', { id: agent.id, disabled: !agent.disabled });
      replace(updated);
      notifySuccess(
        updated.disabled ? t('agents.disabled', { name: updated.displayName }) : t('agents.enabled', { name: updated.displayName }),
      );
    } catch (caught) {
      setActionError(toClientError(caught));
    } finally {
      setBusyId(null);
    }
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1}>{t('agents.title')}</Title>
          <Text>{t('agents.intro')}</Text>
        </Stack>
        <Button size="lg" leftSection={<IconUserPlus aria-hidden />} onClick={() => setCreating(true)}>
          {t('agents.create')}
        </Button>
      </Group>
      <ErrorAlert error={actionError ?? loadError} />
      {agents === null ? (
        loadError ? null : <Loader aria-label={t('app.loading')} />
      ) : agents.length === 0 ? (
        <Text>{t('agents.empty')}</Text>
      ) : (
        <AgentsTable
          agents={agents}
          busyId={busyId}
          onEdit={(agent) => {
            setActionError(null);
            setEditing(agent);
          }}
          onToggle={(agent) => void toggle(agent)}
          onResetPassword={(agent) => {
            setActionError(null);
            setResetting(agent);
          }}
        />
      )}
      <AgentCreateModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(agent) => {
          setCreating(false);
          notifySuccess(t('agents.created', { name: agent.displayName }));
          void reload();
        }}
      />
      <AgentEditModal
        agent={editing}
        onClose={() => setEditing(null)}
        onSaved={(agent) => {
          setEditing(null);
          replace(agent);
          // One's own role may have changed: the menu and the access rules follow.
          if (agent.id === session?.agent.id) void refresh();
          notifySuccess(t('agents.updated', { name: agent.displayName }));
        }}
      />
      <ResetPasswordModal
        agent={resetting}
        onClose={() => setResetting(null)}
        onDone={(agent) => {
          setResetting(null);
          replace(agent);
          notifySuccess(t('agents.reset', { name: agent.displayName }));
        }}
      />
    </Stack>
  );
}
