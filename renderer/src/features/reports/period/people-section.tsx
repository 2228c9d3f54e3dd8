import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Breakdown, PeriodReportDto } from '../../../../../electron/common/contract';
import { formatCount, formatShare } from '../../../../../electron/common/documents/a4-document';
import { ChartFigure } from './chart-figure';
import { FigureList } from './figure-list';
import { PriorityShare } from './priority-share';
import { ReportTable } from '../report-table';

/** The people reached: how many, the priority and QPV shares, then by age, genre, status, commune and criterion. */
export function PeopleSection({ people }: { people: PeriodReportDto['people'] }) {
  const { t } = useTranslation();
  const { reached } = people;
  const table = (caption: string, first: string, lines: Breakdown, withTotal = true) => (
    <ReportTable
      caption={caption}
      columns={[
        { label: first, align: 'left' },
        { label: t('reports.columns.people'), align: 'right' },
        { label: t('reports.columns.share'), align: 'right' },
      ]}
      rows={lines.map((line) => [line.label, formatCount(line.count), formatShare(line.count, reached)])}
      footer={withTotal ? [t('reports.columns.total'), formatCount(reached), ''] : undefined}
      empty={t('reports.empty.nobody')}
    />
  );
  const chart = (title: string, first: string, lines: Breakdown, horizontal = false) => (
    <ChartFigure
      title={title}
      data={lines.map((line) => ({ label: line.label, count: line.count }))}
      series={[{ key: 'count', label: t('reports.columns.people'), color: 'grape.8' }]}
      horizontal={horizontal}
      table={table(title, first, lines)}
    />
  );
  return (
    <Stack gap="md" component="section" aria-labelledby="reports-people">
      <Title order={3} id="reports-people">
        {t('reports.sections.people')}
      </Title>
      <FigureList label={t('reports.sections.people')} figures={[{ label: t('reports.figures.reached'), value: formatCount(reached) }]} />
      <PriorityShare people={people} />
      {chart(t('reports.tables.ageBands'), t('reports.columns.ageBand'), people.ageBands, true)}
      {chart(t('reports.tables.genres'), t('reports.columns.genre'), people.genres)}
      {table(t('reports.tables.statuses'), t('reports.columns.status'), people.socialStatuses)}
      {table(t('reports.tables.communes'), t('reports.columns.commune'), people.communes)}
      {table(t('reports.tables.criteria'), t('reports.columns.criterion'), people.criteria, false)}
    </Stack>
  );
}
