import { useCallback } from 'react';
import type { FilterOptionsDto, ReportSettingsDto } from '../../../../../electron/common/contract';
import { useClient } from '../../../app/client-context';
import { useLoaded } from '../../../app/use-loaded';
import type { ClientError } from '../../../transport';

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
  const { data, error, reload, setData } = useLoaded(
    useCallback(async () => {
      const [options, settings] = await Promise.all([client.call('reports.filter-options', {}), client.call('reports.settings', {})]);
      return { options, settings };
    }, [client]),
  );
  const setSettings = useCallback((settings: ReportSettingsDto) => setData((current) => (current ? { ...current, settings } : current)), [setData]);

  return { options: data?.options ?? null, settings: data?.settings ?? null, setSettings, error, reload };
}
