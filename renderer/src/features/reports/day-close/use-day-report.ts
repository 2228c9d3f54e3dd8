import { useCallback, useEffect, useState } from 'react';
import type { DayReportDto, OpenDayDto } from '../../../../../electron/common/contract';
import { useBackendEvent, useClient } from '../../../app/client-context';
import { toClientError, type ClientError } from '../../../transport';

/**
 * The report of one day (null while loading, or when no day can be asked) and the days left open. A reply for a
 * day no longer shown is dropped, so quick steps through the days never show the wrong one.
 */
export function useDayReport(date: string | null) {
  const client = useClient();
  // Kept with the day they answer for: another day shows nothing until its own answer comes.
  const [loaded, setLoaded] = useState<{ date: string; report: DayReportDto | null; error: ClientError | null } | null>(null);
  const [openDays, setOpenDays] = useState<OpenDayDto[] | null>(null);
  const [openDaysError, setOpenDaysError] = useState<ClientError | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (date === null) return;
    let current = true;
    client.call('reports.day', { date }).then(
      (report) => {
        if (current) setLoaded({ date, report, error: null });
      },
      (caught: unknown) => {
        if (current) setLoaded((before) => ({ date, report: before?.date === date ? before.report : null, error: toClientError(caught) }));
      },
    );
    return () => {
      current = false;
    };
  }, [client, date, generation]);

  const reloadOpenDays = useCallback(async () => {
    try {
      setOpenDays(await client.call('reports.open-days', {}));
      setOpenDaysError(null);
    } catch (caught) {
      setOpenDaysError(toClientError(caught));
    }
  }, [client]);

  useEffect(() => {
    void reloadOpenDays();
  }, [reloadOpenDays]);

  /** The day was closed here: show the frozen report at once, and the list without it. */
  const closed = useCallback(
    (report: DayReportDto) => {
      setLoaded({ date: report.date, report, error: null });
      void reloadOpenDays();
    },
    [reloadOpenDays],
  );

  /** Reads everything again, keeping what is shown meanwhile (after a refusal: someone else may have closed the day). */
  const reload = useCallback(() => {
    setGeneration((value) => value + 1);
    void reloadOpenDays();
  }, [reloadOpenDays]);

  // A day closed elsewhere: this one shows its close, and the list of open days loses it.
  useBackendEvent('reports.day-closed', () => reload());

  // While the day is open its figures are live: a session of that day changed, read them again.
  useBackendEvent('workshops.changed', (change) => {
    if (change.date === date && loaded?.date === date && loaded.report?.close === null) reload();
  });

  const current = date !== null && loaded?.date === date ? loaded : null;
  return { report: current?.report ?? null, error: current?.error ?? null, openDays, openDaysError, closed, reload };
}
