import { Alert, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle, IconAlertTriangle, IconClockExclamation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SyncStatusDto } from '../../../../electron/common/contract';
import { SyncFacts } from './sync-facts';
import { instantText, isStale } from './sync-format';
import { SyncNowButton } from './sync-now-button';
import { SYNC_STATE_LOOK } from './sync-state-look';
import { useNow } from './use-now';

/** The states in which the last error still holds (the desk does not reach the hub): shown in red. */
const STILL_FAILING: ReadonlySet<SyncStatusDto['state']> = new Set(['offline', 'failing', 'revoked']);

/**
 * The state of the upload in words and icon, the hub, the last exchanges and what waits, then the warnings (old
 * reference data, last error, clock) and « Synchroniser maintenant ».
 */
export function SyncStatusCard({ status, onChanged }: { status: SyncStatusDto; onChanged(status: SyncStatusDto): void }) {
  const { t } = useTranslation();
  const now = useNow();
  const look = SYNC_STATE_LOOK[status.state];
  const StateIcon = look.icon;
  const stale = status.lastPullAt !== null && isStale(status.lastPullAt, now);
  const failing = STILL_FAILING.has(status.state);

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="sync-status-title">
      <Stack gap="md">
        <Title order={2} size="h3" id="sync-status-title">
          {t('sync.status.title')}
        </Title>
        <Stack gap={4}>
          <Group gap="sm" wrap="nowrap" data-testid="sync-state">
            <Text component="span" c={look.color} lh={0}>
              <StateIcon aria-hidden size={32} />
            </Text>
            <Text component="span" fw={800} size="xl">
              {t('sync.status.state', { state: t(`sync.states.${status.state}`) })}
            </Text>
          </Group>
          <Text>{t(`sync.stateHelp.${status.state}`)}</Text>
        </Stack>
        <SyncFacts status={status} now={now} />
        {stale ? (
          <Alert color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('sync.status.staleTitle')} role="status">
            {t('sync.status.stale')}
          </Alert>
        ) : null}
        {status.lastError ? (
          <Alert
            color={failing ? 'red' : 'gray'}
            variant="light"
            icon={<IconAlertCircle aria-hidden />}
            title={t('sync.status.lastErrorTitle', { instant: instantText(status.lastError.at) })}
            data-testid="sync-last-error"
            role="status"
          >
            {status.lastError.message}
          </Alert>
        ) : null}
        {status.clockWarning ? (
          <Alert color="yellow" variant="light" icon={<IconClockExclamation aria-hidden />} title={t('sync.status.clockTitle')} role="status">
            {status.clockWarning}
          </Alert>
        ) : null}
        <SyncNowButton status={status} onDone={onChanged} />
      </Stack>
    </Paper>
  );
}
