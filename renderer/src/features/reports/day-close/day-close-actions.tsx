import { Button, Group, Stack } from '@mantine/core';
import { IconDownload, IconLock, IconPrinter, IconReceipt } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DayReportDto } from '../../../../../electron/common/contract';
import { a4DocumentHtml } from '../../../../../electron/common/documents/a4-document-html';
import { dayCloseDocument } from '../../../../../electron/common/documents/day-close-document';
import { longFrenchDate } from '../../../../../electron/common/domain/workshops/paris-time';
import { useClient } from '../../../app/client-context';
import { notifySuccess } from '../../../app/notify';
import { toClientError, type ClientError } from '../../../transport';
import { printHtml } from '../../devices/browser-print';
import { usePrintRequest } from '../../devices/use-print-request';
import { ErrorAlert } from '../../errors/error-alert';
import { downloadFile } from '../download-file';
import { CloseDayModal } from './close-day-modal';

type Busy = 'ticket' | 'a4' | 'pdf' | null;

/**
 * « Clôturer la journée » (open days only, after a confirmation), then the three ways to keep the close: the
 * receipt printer, the A4 page through the browser's print dialog, and the PDF file. Once the day is closed,
 * the focus goes to « Imprimer le ticket », the usual next step.
 */
export function DayCloseActions({ report, onClosed, onRefused }: { report: DayReportDto; onClosed(report: DayReportDto): void; onRefused(): void }) {
  const { t } = useTranslation();
  const client = useClient();
  const completePrint = usePrintRequest();
  const [confirming, setConfirming] = useState(false);
  // A fresh dialog (no error left from last time) each time it opens.
  const [confirmKey, setConfirmKey] = useState(0);
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<ClientError | null>(null);
  const [focusPrint, setFocusPrint] = useState(false);
  const printButton = useRef<HTMLButtonElement>(null);
  const { date } = report;

  useEffect(() => {
    if (!focusPrint || !report.close) return;
    printButton.current?.focus();
    setFocusPrint(false);
  }, [focusPrint, report.close]);

  const run = async (kind: Exclude<Busy, null>, action: () => Promise<void>) => {
    setBusy(kind);
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(toClientError(caught));
    } finally {
      setBusy(null);
    }
  };

  const printTicket = () =>
    run('ticket', async () => {
      const job = await completePrint(await client.call('reports.print-day', { date }));
      notifySuccess(job.state === 'printed' ? t('close.actions.ticketPrinted') : t('close.actions.ticketQueued'));
    });

  const printA4 = () => run('a4', () => printHtml(a4DocumentHtml(dayCloseDocument(report))));

  const downloadPdf = () =>
    run('pdf', async () => {
      const file = await client.call('reports.export', { kind: 'day', format: 'pdf', date });
      downloadFile(file);
      notifySuccess(t('close.actions.pdfSaved', { fileName: file.fileName }));
    });

  return (
    <Stack gap="sm">
      <Group gap="sm" wrap="wrap" role="group" aria-label={t('close.actions.label')}>
        {report.close ? null : (
          <Button
            size="md"
            leftSection={<IconLock aria-hidden />}
            onClick={() => {
              setConfirmKey((key) => key + 1);
              setConfirming(true);
            }}
          >
            {t('close.actions.close')}
          </Button>
        )}
        <Button ref={printButton} size="md" variant={report.close ? 'filled' : 'light'} leftSection={<IconReceipt aria-hidden />} loading={busy === 'ticket'} onClick={() => void printTicket()}>
          {t('close.actions.printTicket')}
        </Button>
        <Button size="md" variant="light" leftSection={<IconPrinter aria-hidden />} loading={busy === 'a4'} onClick={() => void printA4()}>
          {t('close.actions.printA4')}
        </Button>
        <Button size="md" variant="light" leftSection={<IconDownload aria-hidden />} loading={busy === 'pdf'} onClick={() => void downloadPdf()}>
          {t('close.actions.pdf')}
        </Button>
      </Group>
      <ErrorAlert error={error} />
      <CloseDayModal
        key={confirmKey}
        date={date}
        opened={confirming}
        onClose={() => setConfirming(false)}
        onRefused={onRefused}
        onClosed={(closed) => {
          setConfirming(false);
          setFocusPrint(true);
          onClosed(closed);
          notifySuccess(t('close.confirm.done', { date: longFrenchDate(closed.date), seq: closed.close?.seq ?? '' }));
        }}
      />
    </Stack>
  );
}
