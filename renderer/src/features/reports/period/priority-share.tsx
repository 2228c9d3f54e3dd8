import { Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PeriodReportDto } from '../../../../../electron/common/contract';
import { formatCount, formatShare } from '../../../../../electron/common/documents/a4-document';
import { missingForTarget, reachesTarget } from './report-format';

/** The share of priority publics against the funder's target, as a bar and in words; then the QPV share. */
export function PriorityShare({ people }: { people: PeriodReportDto['people'] }) {
  const { t } = useTranslation();
  const { reached, priority, qpv } = people;
  const met = reachesTarget(priority.count, reached, priority.targetPercent);
  const percent = reached > 0 ? Math.min(100, Math.round((priority.count / reached) * 100)) : 0;
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="reports-priority">
      <Stack gap="sm">
        <Title order={4} size="h5" id="reports-priority">
          {t('reports.priority.title')}
        </Title>
        {reached === 0 ? (
          <Text>{t('reports.priority.nobody')}</Text>
        ) : (
          <>
            <Progress size="xl" radius="sm" value={percent} color={met ? 'green.8' : 'orange.8'} aria-label={t('reports.priority.barLabel', { target: priority.targetPercent })} />
            <Text fz="lg" fw={700}>
              {t('reports.priority.share', { share: formatShare(priority.count, reached), target: priority.targetPercent })}
            </Text>
            <Text>{t('reports.priority.counts', { count: reached, priority: formatCount(priority.count), reached: formatCount(reached) })}</Text>
            <Text fw={700} style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
              {met ? <IconCircleCheck aria-hidden color="var(--mantine-color-green-9)" /> : <IconAlertTriangle aria-hidden color="var(--mantine-color-orange-9)" />}
              {met ? t('reports.priority.met') : t('reports.priority.notMet', { count: missingForTarget(priority.count, reached, priority.targetPercent) })}
            </Text>
            <Text>{t('reports.priority.qpv', { share: formatShare(qpv.count, reached), count: qpv.count, qpv: formatCount(qpv.count), reached: formatCount(reached) })}</Text>
          </>
        )}
      </Stack>
    </Paper>
  );
}
