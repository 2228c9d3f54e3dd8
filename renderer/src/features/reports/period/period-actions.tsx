import { Button, Group, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet, IconFileText, IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodReportDto } from '../../../../../electron/common/contract';
import { a4DocumentHtml } from '../../../../../electron/common/documents/a4-document-html';
import { periodReportDocument } from '../../../../../electron/common/documents/period-report-document';
import { toClientError } from '../../../transport';
import { printHtml } from '../../devices/browser-print';
import { ErrorAlert } from '../../errors/error-alert';
import type { PeriodQuery } from './period-choice';
import { useExport } from './use-export';

interface PeriodActionsProps {
  report: PeriodReportDto;
  /** The request that produced `report`: the exports repeat it. */
  query: PeriodQuery;
  /** The small-cell threshold; null while the settings are not loaded. */
  threshold: number | null;
}

/** Print the report on A4, or save it as PDF, XLSX or CSV; the note says what leaves the desk. */
export function PeriodActions({ report, query, threshold }: PeriodActionsProps) {
  const { t } = useTranslation();
  const exporter = useExport();
  const [printing, setPrinting] = useState(false);

  const print = async () => {
    if (threshold === null) return;
    setPrinting(true);
    exporter.setError(null);
    try {
      await printHtml(a4DocumentHtml(periodReportDocument(report, threshold)));
    } catch (caught) {
      exporter.setError(toClientError(caught));
    } finally {
      setPrinting(false);
    }
  };

  const save = (format: 'pdf' | 'xlsx' | 'csv') => void exporter.run(format, { kind: 'period', format, period: query.period, filters: query.filters });

  return (
    <Stack gap="sm" component="section" aria-label={t('reports.actions.label')}>
      <Group gap="sm">
        <Button size="md" leftSection={<IconPrinter aria-hidden />} loading={printing} disabled={threshold === null} onClick={() => void print()}>
          {t('reports.actions.print')}
        </Button>
        <Button size="md" variant="default" leftSection={<IconFileTypePdf aria-hidden />} loading={exporter.busy === 'pdf'} disabled={exporter.busy !== null} onClick={() => save('pdf')}>
          {t('reports.actions.pdf')}
        </Button>
        <Button size="md" variant="default" leftSection={<IconFileSpreadsheet aria-hidden />} loading={exporter.busy === 'xlsx'} disabled={exporter.busy !== null} onClick={() => save('xlsx')}>
          {t('reports.actions.xlsx')}
        </Button>
        <Button size="md" variant="default" leftSection={<IconFileText aria-hidden />} loading={exporter.busy === 'csv'} disabled={exporter.busy !== null} onClick={() => save('csv')}>
          {t('reports.actions.csv')}
        </Button>
      </Group>
      <Text size="md">{threshold === null ? t('reports.actions.noteNoThreshold') : t('reports.actions.note', { threshold })}</Text>
      <ErrorAlert error={exporter.error} />
    </Stack>
  );
}
