import { Group, Paper, Text } from '@mantine/core';
import { IconAlertTriangle, IconCloudCheck, IconLinkOff, type Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ageText, isStale } from './sync-format';
import { useNow } from './use-now';
import { useSyncStatus } from './use-sync-status';

function Line({ icon: LineIcon, warning, children }: { icon: Icon; warning: boolean; children: string }) {
  return (
    <Paper
      w="fit-content"
      px="md"
      py={6}
      radius="md"
      withBorder={warning}
      bg={warning ? 'yellow.1' : undefined}
      style={warning ? { borderColor: 'var(--mantine-color-yellow-8)', borderWidth: 2 } : undefined}
      data-testid="hub-data-age"
      data-warning={warning || undefined}
    >
      <Group gap={8} wrap="nowrap">
        <Text component="span" c={warning ? 'orange.9' : 'gray.7'} lh={0}>
          <LineIcon aria-hidden size={24} />
        </Text>
        <Text component="span" size="lg" fw={warning ? 800 : 600}>
          {children}
        </Text>
      </Group>
    </Paper>
  );
}

/**
 * How old the reference data from the hub is (« Données du hub : il y a 12 min »), for the door: a pass handed out
 * elsewhere since then may be unknown here. A warning when more than 24 h old or never received; « Poste non relié
 * au hub » when the desk works alone. Nothing while unknown.
 */
export function HubDataAge() {
  const { t } = useTranslation();
  const { status } = useSyncStatus();
  const now = useNow();
  if (!status) return null;
  if (status.state === 'not-configured') return <Line icon={IconLinkOff} warning={false}>{t('signin.hub.notConfigured')}</Line>;
  if (!status.lastPullAt) return <Line icon={IconAlertTriangle} warning>{t('signin.hub.never')}</Line>;
  const age = ageText(t, status.lastPullAt, now);
  return isStale(status.lastPullAt, now) ? (
    <Line icon={IconAlertTriangle} warning>
      {t('signin.hub.stale', { age })}
    </Line>
  ) : (
    <Line icon={IconCloudCheck} warning={false}>
      {t('signin.hub.age', { age })}
    </Line>
  );
}
