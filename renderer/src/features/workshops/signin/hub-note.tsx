import { Group, Paper, Text } from '@mantine/core';
import { IconCircleCheck, IconClockExclamation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SignInResultDto } from '../../../../../electron/common/contract';

type HubWord = NonNullable<Extract<SignInResultDto, { outcome: 'present' }>['hub']>;

/**
 * The hub's word on a pass accepted at the door, inside the green banner: « à confirmer » on an amber note (no answer
 * yet, checked at the next sync), or a discreet check when the hub accepted it. A conflict has its own red banner.
 */
export function HubNote({ hub }: { hub: HubWord }) {
  const { t } = useTranslation();
  if (hub.status === 'accepted') {
    return (
      <Group gap={8} wrap="nowrap" data-testid="hub-note" data-hub="accepted">
        <IconCircleCheck aria-hidden size={28} style={{ flexShrink: 0 }} />
        <Text component="p" m={0} fw={700} size="lg">
          {t('signin.hub.accepted')}
        </Text>
      </Group>
    );
  }
  if (hub.status !== 'waiting') return null;
  return (
    <Paper p="md" radius="md" bg="yellow.1" c="dark.9" data-testid="hub-note" data-hub="waiting" style={{ border: '3px solid var(--mantine-color-yellow-7)' }}>
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <Text component="span" c="orange.9" lh={0}>
          <IconClockExclamation aria-hidden size={36} />
        </Text>
        <Text component="p" m={0} fw={700} style={{ fontSize: '1.5rem', overflowWrap: 'anywhere' }}>
          <Text component="span" inherit fw={800}>
            {t('signin.hub.waiting')}
          </Text>
          {' — '}
          {hub.message}
        </Text>
      </Group>
    </Paper>
  );
}
