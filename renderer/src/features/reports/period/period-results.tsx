import { Divider, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PeriodReportDto } from '../../../../../electron/common/contract';
import { filtersText, periodText } from '../../../../../electron/common/documents/period-report-document';
import { frenchInstant } from '../../../../../electron/common/documents/report-text';
import { ActivitiesSection } from './activities-section';
import { PassesSection } from './passes-section';
import { PeopleSection } from './people-section';
import { PeriodActions } from './period-actions';
import type { PeriodQuery } from './period-choice';

interface PeriodResultsProps {
  report: PeriodReportDto;
  query: PeriodQuery;
  threshold: number | null;
}

/** The period report on screen: what it covers, the actions, then passes, activities and people. */
export function PeriodResults({ report, query, threshold }: PeriodResultsProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="xl" component="section" aria-labelledby="reports-result" data-testid="period-report">
      <Stack gap="xs">
        <Title order={2} size="h3" id="reports-result">
          {t('reports.result.title', { site: report.siteName, period: periodText(report.period) })}
        </Title>
        <Text>{filtersText(report.filters)}</Text>
        <Text size="md">
          {t('reports.result.generated', { at: frenchInstant(report.generatedAt) })}
        </Text>
      </Stack>
      <PeriodActions report={report} query={query} threshold={threshold} />
      <Divider />
      <PassesSection report={report} />
      <Divider />
      <ActivitiesSection activities={report.activities} />
      <Divider />
      <PeopleSection people={report.people} />
    </Stack>
  );
}
