import { Button, Group, Loader, SimpleGrid, Stack, Title } from '@mantine/core';
import { IconChartBar, IconReceipt2 } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DashboardDto } from '../../../../../electron/common/contract';
import { useBackendEvent, useClient } from '../../../app/client-context';
import { routeFor } from '../../../app/routes';
import { toClientError, type ClientError } from '../../../transport';
import { ErrorAlert } from '../../errors/error-alert';
import { DashboardAlerts } from './dashboard-alerts';
import { GlanceCard } from './glance-card';

/**
 * The referents' dashboard on the home page: what needs doing first (a day left open, a lot near its end, the
 * upload's trouble, failed prints), then today, this week and this month at a glance. Home is where a referent
 * lands after logging in, so a day nobody closed is flagged here at the next login.
 */
export function ReferentDashboard() {
  const { t } = useTranslation();
  const client = useClient();
  const [dashboard, setDashboard] = useState<DashboardDto | null>(null);
  const [error, setError] = useState<ClientError | null>(null);

  const load = useCallback(async () => {
    try {
      setDashboard(await client.call('reports.dashboard', {}));
      setError(null);
    } catch (caught) {
      setError(toClientError(caught));
    }
  }, [client]);

  useEffect(() => {
    void load();
  }, [load]);
  // A day closed in another window: its alert goes.
  useBackendEvent('reports.day-closed', () => void load());

  return (
    <Stack gap="md" component="section" aria-labelledby="referent-dashboard">
      <Title order={2} id="referent-dashboard">
        {t('close.dashboard.title')}
      </Title>
      <ErrorAlert error={error} />
      {error ? (
        <Group>
          <Button variant="default" size="md" onClick={() => void load()}>
            {t('common.retry')}
          </Button>
        </Group>
      ) : null}
      {dashboard === null ? (
        error ? null : <Loader aria-label={t('app.loading')} />
      ) : (
        <>
          <Title order={3} size="h4">
            {t('close.dashboard.alerts')}
          </Title>
          <DashboardAlerts alerts={dashboard.alerts} />
          <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
            <GlanceCard id="glance-today" title={t('close.dashboard.today')} glance={dashboard.today} />
            <GlanceCard id="glance-week" title={t('close.dashboard.week')} glance={dashboard.week} />
            <GlanceCard id="glance-month" title={t('close.dashboard.month')} glance={dashboard.month} />
          </SimpleGrid>
        </>
      )}
      <Group gap="sm" role="group" aria-label={t('close.dashboard.links')}>
        <Button component={Link} to={routeFor('close').path} variant="light" size="md" leftSection={<IconReceipt2 aria-hidden />}>
          {t('close.dashboard.linkClose')}
        </Button>
        <Button component={Link} to={routeFor('reports').path} variant="light" size="md" leftSection={<IconChartBar aria-hidden />}>
          {t('close.dashboard.linkReports')}
        </Button>
      </Group>
    </Stack>
  );
}
