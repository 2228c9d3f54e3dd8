import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PeriodReportDto } from '../../../../../electron/common/contract';
import { formatCount } from '../../../../../electron/common/documents/a4-document';
import { ChartFigure } from './chart-figure';
import { FigureList } from './figure-list';
import { hoursText } from './report-format';
import { ReportTable } from '../report-table';

type ActivityLine = PeriodReportDto['activities']['themes'][number];

/** The activities as La Coop counts them: individual and collective, accompaniments, durations, themes, places. */
export function ActivitiesSection({ activities }: { activities: PeriodReportDto['activities'] }) {
  const { t } = useTranslation();
  const columns = (first: string) => [
    { label: first, align: 'left' as const },
    { label: t('reports.columns.activities'), align: 'right' as const },
    { label: t('reports.columns.accompaniments'), align: 'right' as const },
  ];
  const rows = (lines: readonly ActivityLine[]) => lines.map((line) => [line.label, formatCount(line.activities), formatCount(line.accompaniments)]);
  return (
    <Stack gap="md" component="section" aria-labelledby="reports-activities">
      <Title order={3} id="reports-activities">
        {t('reports.sections.activities')}
      </Title>
      <FigureList
        label={t('reports.sections.activities')}
        figures={[
          { label: t('reports.figures.activities'), value: formatCount(activities.total) },
          { label: t('reports.figures.collective'), value: formatCount(activities.collective) },
          { label: t('reports.figures.individual'), value: formatCount(activities.individual) },
          { label: t('reports.figures.accompaniments'), value: formatCount(activities.accompaniments) },
          { label: t('reports.figures.newPeople'), value: formatCount(activities.newPeople) },
          { label: t('reports.figures.followedPeople'), value: formatCount(activities.followedPeople) },
          { label: t('reports.figures.totalDuration'), value: hoursText(activities.totalMinutes) },
        ]}
      />
      <ReportTable caption={t('reports.tables.durations')} columns={columns(t('reports.columns.duration'))} rows={rows(activities.durations)} empty={t('reports.empty.noActivity')} />
      <ChartFigure
        title={t('reports.tables.themes')}
        data={activities.themes.map((line) => ({ label: line.label, accompaniments: line.accompaniments }))}
        series={[{ key: 'accompaniments', label: t('reports.columns.accompaniments'), color: 'teal.9' }]}
        horizontal
        table={<ReportTable caption={t('reports.tables.themes')} columns={columns(t('reports.columns.theme'))} rows={rows(activities.themes)} empty={t('reports.empty.noActivity')} />}
      />
      <ReportTable caption={t('reports.tables.places')} columns={columns(t('reports.columns.place'))} rows={rows(activities.places)} empty={t('reports.empty.noActivity')} />
    </Stack>
  );
}
