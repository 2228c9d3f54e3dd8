import { Button, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconAdjustments, IconChartBar, IconDownload, IconReceiptEuro } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parisDate } from '../../../../../electron/common/domain/passes/paris-date';
import { canCall } from '../../auth/access';
import { useOpenSession } from '../../auth/session-context';
import { ErrorAlert } from '../../errors/error-alert';
import { ExportsTab } from '../exports/exports-tab';
import { RegieTab } from '../regie/regie-tab';
import { formQuery, initialPeriodForm, type PeriodFormValues } from './period-choice';
import { PeriodTab } from './period-tab';
import { ReportSettingsTab } from './report-settings-tab';
import { useReportBasics } from './use-report-basics';

/**
 * « Rapports » (`/rapports`): the period report for funders, the régie statement, the exports and the report
 * settings, one tab each. The tabs stay mounted, so that nothing chosen is lost when switching.
 */
export function ReportsPage() {
  const { t } = useTranslation();
  const role = useOpenSession().agent.role;
  const basics = useReportBasics();
  const [today] = useState(() => parisDate(new Date()));
  const [form, setForm] = useState<PeriodFormValues>(() => initialPeriodForm(today));
  const threshold = basics.settings?.smallCellThreshold ?? null;
  const managesSettings = canCall(role, 'reports.save-settings');

  return (
    <Stack gap="lg" maw={1200}>
      <Title order={1}>{t('reports.page.title')}</Title>
      <Text>{t('reports.page.intro')}</Text>
      {basics.error ? (
        <Stack gap="xs" align="flex-start">
          <ErrorAlert error={basics.error} />
          <Button size="md" variant="default" onClick={() => void basics.reload()}>
            {t('common.retry')}
          </Button>
        </Stack>
      ) : null}
      <Tabs defaultValue="periode" keepMounted variant="outline">
        <Tabs.List aria-label={t('reports.page.tabs')}>
          <Tabs.Tab value="periode" fz="md" leftSection={<IconChartBar aria-hidden size={18} />}>
            {t('reports.tabs.period')}
          </Tabs.Tab>
          <Tabs.Tab value="regie" fz="md" leftSection={<IconReceiptEuro aria-hidden size={18} />}>
            {t('reports.tabs.regie')}
          </Tabs.Tab>
          <Tabs.Tab value="exports" fz="md" leftSection={<IconDownload aria-hidden size={18} />}>
            {t('reports.tabs.exports')}
          </Tabs.Tab>
          {managesSettings ? (
            <Tabs.Tab value="reglages" fz="md" leftSection={<IconAdjustments aria-hidden size={18} />}>
              {t('reports.tabs.settings')}
            </Tabs.Tab>
          ) : null}
        </Tabs.List>
        <Tabs.Panel value="periode" pt="lg">
          <PeriodTab values={form} onChange={setForm} options={basics.options} threshold={threshold} today={today} />
        </Tabs.Panel>
        <Tabs.Panel value="regie" pt="lg">
          <RegieTab options={basics.options} today={today} />
        </Tabs.Panel>
        <Tabs.Panel value="exports" pt="lg">
          <ExportsTab query={formQuery(form, today)} options={basics.options} threshold={threshold} />
        </Tabs.Panel>
        {managesSettings ? (
          <Tabs.Panel value="reglages" pt="lg">
            <ReportSettingsTab settings={basics.settings} onSaved={basics.setSettings} />
          </Tabs.Panel>
        ) : null}
      </Tabs>
    </Stack>
  );
}
