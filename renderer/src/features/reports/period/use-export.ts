import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Input } from '../../../../../electron/common/contract';
import { useClient } from '../../../app/client-context';
import { notifySuccess } from '../../../app/notify';
import { toClientError, type ClientError } from '../../../transport';
import { downloadFile } from '../download-file';

export type ExportInput = Input<'reports.export'>;

/** Asks the backend for an export file and saves it; one export at a time, `busy` names the one running. */
export function useExport() {
  const { t } = useTranslation();
  const client = useClient();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ClientError | null>(null);

  const run = async (id: string, request: ExportInput) => {
    setBusy(id);
    setError(null);
    try {
      const file = await client.call('reports.export', request);
      downloadFile(file);
      notifySuccess(t('reports.exports.saved', { fileName: file.fileName }));
    } catch (caught) {
      setError(toClientError(caught));
    } finally {
      setBusy(null);
    }
  };

  return { busy, error, setError, run };
}
