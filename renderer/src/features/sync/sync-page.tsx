import { Button, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { canCall } from '../auth/access';
import { useOpenSession } from '../auth/session-context';
import { ErrorAlert } from '../errors/error-alert';
import { EnrollSection } from './enroll-section';
import { ProvisionalPolicyForm } from './provisional-policy-form';
import { ReviewInbox } from './review-inbox';
import { SyncStatusCard } from './sync-status-card';
import { useSyncStatus } from './use-sync-status';

/**
 * « Synchronisation » (`/synchronisation`): the state of the upload to the hub and « Synchroniser maintenant » for
 * every agent; the enrollment with a hub for administrators; the review inbox for referents and administrators.
 */
export function SyncPage() {
  const { t } = useTranslation();
  const role = useOpenSession().agent.role;
  const { status, error, reload, apply } = useSyncStatus();
  const enrolls = canCall(role, 'sync.enroll');
  const unlinked = status?.state === 'not-configured' || status?.state === 'revoked';

  return (
    <Stack gap="lg" maw={1100}>
      <Title order={1}>{t('sync.page.title')}</Title>
      <Text>{t('sync.page.intro')}</Text>
      {status === null ? (
        error ? (
          <Stack gap="sm" align="flex-start">
            <ErrorAlert error={error} />
            <Button size="md" variant="default" onClick={() => void reload()}>
              {t('common.retry')}
            </Button>
          </Stack>
        ) : (
          <Loader aria-label={t('app.loading')} />
        )
      ) : (
        <>
          <SyncStatusCard status={status} onChanged={apply} />
          {enrolls ? <EnrollSection status={status} onEnrolled={apply} /> : unlinked ? <Text fw={600}>{t('sync.enroll.askAdmin')}</Text> : null}
          {canCall(role, 'sync.set-provisional-policy') && !unlinked ? <ProvisionalPolicyForm status={status} onSaved={apply} /> : null}
        </>
      )}
      {canCall(role, 'sync.review-list') ? <ReviewInbox /> : null}
    </Stack>
  );
}
