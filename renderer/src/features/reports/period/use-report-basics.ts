import { useCallback, useEffect, useState } from 'react';
import type { FilterOptionsDto, ReportSettingsDto } from '../../../../../electron/common/contract';
import { useClient } from '../../../app/client-context';
import { toClientError, type ClientError } from '../../../transport';

export interface ReportBasics {
  /** The issuers, lots and services to filter by; null until loaded. */
  options: FilterOptionsDto | null;
  /** The small-cell threshold and the priority target; null until loaded. */
  settings: ReportSettingsDto | null;
  setSettings(settings: ReportSettingsDto): void;
  error: ClientError | null;
  reload(): Promise<void>;
}

/** What every tab of the reports page needs first: the filter options and the report settings. */
export function useReportBasics(): ReportBasics {
  const client = useClient();
  const [options, setOptions] = useState<FilterOptionsDto | null>(null);
  const [settings, setSettings] = useState<ReportSettingsDto | null>(null);
  const [error, setError] = useState<ClientError | null>(null);

  const reload = useCallback(async () => {
    try {
      const [nextOptions, nextSettings] = await Promise.all([client.call('reports.filter-options', {}), client.call('reports.settings', {})]);
      setOptions(nextOptions);
      setSettings(nextSettings);
      setError(null);
    } catch (caught) {
      setError(toClientError(caught));
    }
  }, [client]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { options, settings, setSettings, error, reload };
}
