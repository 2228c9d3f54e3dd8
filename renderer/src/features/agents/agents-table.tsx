import { Button, Group, Table, Text } from '@mantine/core';
import { IconKey, IconPencil, IconUserCheck, IconUserOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ROLE_LABELS, type AgentDto } from '../../../../electron/common/contract';

const dateFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium', timeStyle: 'short' });

export function formatLastLogin(value: string | null, never: string): string {
  return value ? dateFormat.format(new Date(value)) : never;
}

/** One row per agent; the action buttons are described by the agent's name for screen readers. */
export function AgentsTable({
  agents,
  busyId,
  onEdit,
  onToggle,
  onResetPassword,
}: {
  agents: AgentDto[];
  busyId: string | null;
  onEdit(agent: AgentDto): void;
  onToggle(agent: AgentDto): void;
  onResetPassword(agent: AgentDto): void;
}) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped highlightOnHover verticalSpacing="sm" fz="md" captionSide="top">
        <Table.Caption style={{ textAlign: 'left' }}>{t('agents.tableCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('agents.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('agents.columns.login')}</Table.Th>
            <Table.Th scope="col">{t('agents.columns.role')}</Table.Th>
            <Table.Th scope="col">{t('agents.columns.state')}</Table.Th>
            <Table.Th scope="col">{t('agents.columns.lastLogin')}</Table.Th>
            <Table.Th scope="col">{t('agents.columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {agents.map((agent) => {
            const nameId = `agent-name-${agent.id}`;
            return (
              <Table.Tr key={agent.id}>
                <Table.Td id={nameId} fw={600}>
                  {agent.displayName}
                </Table.Td>
                <Table.Td>{agent.login}</Table.Td>
                <Table.Td>{ROLE_LABELS[agent.role]}</Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Text span c={agent.disabled ? 'gray.7' : 'green.9'} lh={0}>
                      {agent.disabled ? <IconUserOff aria-hidden size={20} /> : <IconUserCheck aria-hidden size={20} />}
                    </Text>
                    <Text span fw={agent.disabled ? 600 : 400}>
                      {agent.disabled ? t('agents.state.disabled') : t('agents.state.active')}
                    </Text>
                  </Group>
                </Table.Td>
                <Table.Td>{formatLastLogin(agent.lastLoginAt, t('common.never'))}</Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="wrap">
                    <Button
                      size="sm"
                      variant="default"
                      leftSection={<IconPencil aria-hidden size={18} />}
                      aria-describedby={nameId}
                      onClick={() => onEdit(agent)}
                    >
                      {t('agents.actions.edit')}
                    </Button>
                    <Button
                      size="sm"
                      variant="default"
                      loading={busyId === agent.id}
                      leftSection={agent.disabled ? <IconUserCheck aria-hidden size={18} /> : <IconUserOff aria-hidden size={18} />}
                      aria-describedby={nameId}
                      onClick={() => onToggle(agent)}
                    >
                      {agent.disabled ? t('agents.actions.enable') : t('agents.actions.disable')}
                    </Button>
                    <Button
                      size="sm"
                      variant="default"
                      leftSection={<IconKey aria-hidden size={18} />}
                      aria-describedby={nameId}
                      onClick={() => onResetPassword(agent)}
                    >
                      {t('agents.actions.resetPassword')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
