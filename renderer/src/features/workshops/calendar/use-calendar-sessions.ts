import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SessionSummaryDto } from '../../../../../electron/common/contract';
import type { IsoDate } from '../../../../../electron/common/domain/passes/paris-date';
import { useBackendEvent, useClient } from '../../../app/client-context';
import { toClientError, type ClientError } from '../../../transport';
import { inRange, type DayRange } from './calendar-range';

/** Changes announced within this delay make one reload (a weekly series announces each of its sessions). */
const EVENT_BATCH_MS = 150;

export interface CalendarSessions {
  /** The sessions of the range, in time order; null while the range loads. */
  sessions: readonly SessionSummaryDto[] | null;
  /** The same, by day. */
  byDay: ReadonlyMap<IsoDate, readonly SessionSummaryDto[]>;
  error: ClientError | null;
  reload(): Promise<void>;
}

function groupByDay(sessions: readonly SessionSummaryDto[]): Map<IsoDate, SessionSummaryDto[]> {
  const byDay = new Map<IsoDate, SessionSummaryDto[]>();
  for (const session of sessions) {
    const day = byDay.get(session.date);
    if (day) day.push(session);
    else byDay.set(session.date, [session]);
  }
  // ISO instants of the same format compare as plain strings (no locale needed, and far faster).
  for (const day of byDay.values()) day.sort((a, b) => (a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : 0));
  return byDay;
}

/**
 * The sessions of the visible days (of one facilitator's agenda, or of the whole place), loaded again when a
 * session of these days is created or changes (the `workshops.changed` event names its day).
 */
export function useCalendarSessions(range: DayRange, facilitatorId: string | null = null): CalendarSessions {
  const client = useClient();
  const { from, to } = range;
  const key = `${from}/${to}/${facilitatorId ?? ''}`;
  const [loaded, setLoaded] = useState<{ key: string; sessions: SessionSummaryDto[] } | null>(null);
  const [error, setError] = useState<ClientError | null>(null);
  const latestRequest = useRef(0);

  const reload = useCallback(async () => {
    const request = ++latestRequest.current;
    try {
      const sessions = await client.call('workshops.calendar', facilitatorId ? { from, to, facilitatorId } : { from, to });
      if (request !== latestRequest.current) return;
      setLoaded({ key, sessions });
      setError(null);
    } catch (caught) {
      if (request === latestRequest.current) setError(toClientError(caught));
    }
  }, [client, from, to, facilitatorId, key]);

  useEffect(() => {
    setError(null);
    void reload();
  }, [reload]);

  const sessions = loaded?.key === key ? loaded.sessions : null;
  const byDay = useMemo(() => groupByDay(sessions ?? []), [sessions]);

  // The latest range, for the batched event handler.
  const current = useRef({ range, reload });
  useEffect(() => {
    current.current = { range, reload };
  });

  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  useBackendEvent('workshops.changed', ({ date }) => {
    if (!inRange(current.current.range, date)) return;
    timer.current ??= setTimeout(() => {
      timer.current = null;
      void current.current.reload();
    }, EVENT_BATCH_MS);
  });

  return { sessions, byDay, error, reload };
}
