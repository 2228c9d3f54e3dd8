import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PeriodReportDto, ReportLine } from '../../../../../electron/common/contract';
import { formatCount } from '../../../../../electron/common/documents/a4-document';
import { formatEuros } from '../../../../../electron/common/receipts/format';
import { ChartFigure } from './chart-figure';
import { FigureList } from './figure-list';
import { ReportTable } from '../report-table';

const euros = (cents: number) => formatEuros(cents, 'screen');

/** Passes handed out and redeemed, their value, the series over the period, by service and by issuer; the carnets' life. */
export function PassesSection({ report }: { report: PeriodReportDto }) {
  const { t } = useTranslation();
  const { passes, carnets, series } = report;
  const lineColumns = (first: string) => [
    { label: first, align: 'left' as const },
    { label: t('reports.columns.passes'), align: 'right' as const },
    { label: t('reports.columns.value'), align: 'right' as const },
  ];
  const lineRows = (lines: readonly ReportLine[]) => lines.map((line) => [line.label, formatCount(line.count), euros(line.valueCents)]);
  const unit = t(`reports.series.unit.${series.unit}`);
  return (
    <Stack gap="md" component="section" aria-labelledby="reports-passes">
      <Title order={3} id="reports-passes">
        {t('reports.sections.passes')}
      </Title>
      <FigureList
        label={t('reports.sections.passes')}
        figures={[
          { label: t('reports.figures.passesDistributed'), value: formatCount(passes.passesDistributed), detail: t('reports.figures.inCarnets', { count: passes.carnetsDistributed, carnets: formatCount(passes.carnetsDistributed), value: euros(passes.distributedValueCents) }) },
          { label: t('reports.figures.redeemed'), value: formatCount(passes.redeemed), detail: t('reports.figures.worth', { value: euros(passes.redeemedValueCents) }) },
        ]}
      />
      <ChartFigure
        title={t('reports.series.title', { unit })}
        data={series.points.map((point) => ({ label: point.label, redeemed: point.redeemed, accompaniments: point.accompaniments }))}
        series={[
          { key: 'redeemed', label: t('reports.series.redeemed'), color: 'blue.8' },
          { key: 'accompaniments', label: t('reports.series.accompaniments'), color: 'teal.9' },
        ]}
        table={
          <ReportTable
            caption={t('reports.series.title', { unit })}
            columns={[
              { label: t(`reports.series.column.${series.unit}`), align: 'left' },
              { label: t('reports.series.redeemed'), align: 'right' },
              { label: t('reports.series.accompaniments'), align: 'right' },
            ]}
            rows={series.points.map((point) => [point.label, formatCount(point.redeemed), formatCount(point.accompaniments)])}
            empty={t('reports.empty.nothing')}
          />
        }
      />
      <ReportTable caption={t('reports.tables.byService')} columns={lineColumns(t('reports.columns.service'))} rows={lineRows(report.redeemedByService)} footer={[t('reports.columns.total'), formatCount(passes.redeemed), euros(passes.redeemedValueCents)]} empty={t('reports.empty.noRedemption')} />
      <ReportTable caption={t('reports.tables.byIssuer')} columns={lineColumns(t('reports.columns.issuer'))} rows={lineRows(report.redeemedByIssuer)} empty={t('reports.empty.noRedemption')} />
      <Title order={4} size="h5">
        {t('reports.sections.carnets')}
      </Title>
      <FigureList
        label={t('reports.sections.carnets')}
        figures={[
          { label: t('reports.figures.carnetsDistributed'), value: formatCount(carnets.distributed) },
          { label: t('reports.figures.carnetsStarted'), value: formatCount(carnets.started) },
          { label: t('reports.figures.carnetsUsedUp'), value: formatCount(carnets.usedUp) },
          { label: t('reports.figures.carnetsExpired'), value: formatCount(carnets.expired), detail: t('reports.figures.unusedValue', { value: euros(carnets.unusedValueCents) }) },
          { label: t('reports.figures.remainingValue'), value: euros(carnets.remainingValueCents) },
        ]}
      />
    </Stack>
  );
}
