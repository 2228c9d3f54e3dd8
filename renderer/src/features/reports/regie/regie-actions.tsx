import { Button, Group } from '@mantine/core';
import { IconFileSpreadsheet, IconFileText, IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegieStatementDto } from '../../../../../electron/common/contract';
import { a4DocumentHtml } from '../../../../../electron/common/documents/a4-document-html';
import { regieDocument } from '../../../../../electron/common/documents/regie-document';
import { toClientError } from '../../../transport';
import { printHtml } from '../../devices/browser-print';
import { ErrorAlert } from '../../errors/error-alert';
import { useExport } from '../period/use-export';

/** Print the statement on A4 for the régisseur, or save it as PDF, CSV or XLSX. */
export function RegieActions({ statement }: { statement: RegieStatementDto }) {
  const { t } = useTranslation();
  const exporter = useExport();
  const [printing, setPrinting] = useState(false);

  const print = async () => {
    setPrinting(true);
    exporter.setError(null);
    try {
      await printHtml(a4DocumentHtml(regieDocument(statement)));
    } catch (caught) {
      exporter.setError(toClientError(caught));
    } finally {
      setPrinting(false);
    }
  };

  const save = (format: 'pdf' | 'csv' | 'xlsx') => void exporter.run(format, { kind: 'regie', format, month: statement.month, issuerId: statement.issuerId });

  return (
    <>
      <Group gap="sm" role="group" aria-label={t('reports.actions.label')}>
        <Button size="md" leftSection={<IconPrinter aria-hidden />} loading={printing} onClick={() => void print()}>
          {t('reports.actions.print')}
        </Button>
        <Button size="md" variant="default" leftSection={<IconFileTypePdf aria-hidden />} loading={exporter.busy === 'pdf'} disabled={exporter.busy !== null} onClick={() => save('pdf')}>
          {t('reports.actions.pdf')}
        </Button>
        <Button size="md" variant="default" leftSection={<IconFileText aria-hidden />} loading={exporter.busy === 'csv'} disabled={exporter.busy !== null} onClick={() => save('csv')}>
          {t('reports.actions.csv')}
        </Button>
        <Button size="md" variant="default" leftSection={<IconFileSpreadsheet aria-hidden />} loading={exporter.busy === 'xlsx'} disabled={exporter.busy !== null} onClick={() => save('xlsx')}>
          {t('reports.actions.xlsxShort')}
        </Button>
      </Group>
      <ErrorAlert error={exporter.error} />
    </>
  );
}
