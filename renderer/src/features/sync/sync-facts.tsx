import { Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SyncStatusDto } from '../../../../electron/common/contract';
import { FactList, type Fact } from './fact-list';
import { countText, delayText, instantText, instantWithAge, isStale } from './sync-format';

/** The hub this desk is enrolled with, the last exchanges and what waits, in words and French formats. */
export function SyncFacts({ status, now }: { status: SyncStatusDto; now: Date }) {
  const { t } = useTranslation();
  const never = t('sync.status.never');
  const stale = status.lastPullAt !== null && isStale(status.lastPullAt, now);
  const hubFacts: Fact[] = status.hub
    ? [
        { label: t('sync.status.hubUrl'), value: status.hub.url },
        { label: t('sync.status.collectivity'), value: status.hub.collectivityName },
        { label: t('sync.status.site'), value: status.hub.siteName },
        { label: t('sync.status.enrolledAt'), value: instantText(status.hub.enrolledAt) },
      ]
    : [];
  const facts: Fact[] = [
    ...hubFacts,
    { label: t('sync.status.lastPush'), value: status.lastPushAt ? instantWithAge(t, status.lastPushAt, now) : never },
    {
      label: t('sync.status.lastPull'),
      value: status.lastPullAt ? (
        <Group component="span" gap={6} wrap="nowrap">
          {stale ? (
            <Text component="span" c="orange.9" lh={0}>
              <IconAlertTriangle aria-hidden size={20} />
            </Text>
          ) : null}
          <span>{instantWithAge(t, status.lastPullAt, now)}</span>
        </Group>
      ) : (
        never
      ),
    },
    { label: t('sync.status.pending'), value: countText(status.pending) },
    { label: t('sync.status.waitingRetry'), value: countText(status.waitingRetry) },
    { label: t('sync.status.needsUpgrade'), value: countText(status.needsUpgrade) },
    { label: t('sync.status.toReview'), value: countText(status.toReview) },
    {
      label: t('sync.status.provisional'),
      value: status.provisionalMaxDays > 0 ? t('sync.status.provisionalAllowed', { count: status.provisionalMaxDays }) : t('sync.status.provisionalNever'),
    },
  ];
  if (status.nextAttemptAt) {
    facts.push({ label: t('sync.status.nextAttempt'), value: t('sync.age.instant', { instant: instantText(status.nextAttemptAt), age: delayText(t, status.nextAttemptAt, now) }) });
  }
  return <FactList facts={facts} testId="sync-facts" />;
}
