import { Button, Group } from '@mantine/core';
import { IconPrinter, IconReceipt } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BeneficiaryDto, BilanDto, NeedsGridDto } from '../../../../../electron/common/contract';
import { useClient } from '../../../app/client-context';
import { notifySuccess } from '../../../app/notify';
import { toClientError, type ClientError } from '../../../transport';
import { useOpenSession } from '../../auth/session-context';
import { printHtml } from '../../devices/browser-print';
import { usePrintRequest } from '../../devices/use-print-request';
import { ErrorAlert } from '../../errors/error-alert';
import { bilanSummaryHtml } from './bilan-summary-html';

/** « Imprimer le résumé » (A4, the browser's print dialog) and « Imprimer un résumé court » (receipt printer). */
export function PrintSummaryButtons({ person, bilan, grid }: { person: BeneficiaryDto; bilan: BilanDto; grid: NeedsGridDto }) {
  const { t } = useTranslation();
  const client = useClient();
  const session = useOpenSession();
  const completePrint = usePrintRequest();
  const [error, setError] = useState<ClientError | null>(null);
  const [busy, setBusy] = useState(false);

  const printA4 = async () => {
    setError(null);
    try {
      await printHtml(bilanSummaryHtml(t, person, bilan, grid, session.site.name, new Date()));
    } catch (caught) {
      setError(toClientError(caught));
    }
  };

  const printShort = async () => {
    setError(null);
    setBusy(true);
    try {
      await completePrint(await client.call('bilans.print-summary', { id: bilan.id }));
      notifySuccess(t('beneficiaries.documents.shortSummarySent'));
    } catch (caught) {
      setError(toClientError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <ErrorAlert error={error} />
      <Group gap="sm">
        <Button variant="light" size="md" leftSection={<IconPrinter aria-hidden />} onClick={() => void printA4()}>
          {t('beneficiaries.documents.printSummary')}
        </Button>
        <Button variant="light" size="md" leftSection={<IconReceipt aria-hidden />} loading={busy} onClick={() => void printShort()}>
          {t('beneficiaries.documents.printShortSummary')}
        </Button>
      </Group>
    </>
  );
}
