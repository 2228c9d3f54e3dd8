import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SessionSummaryDto } from '../../../../../electron/common/contract';
import type { IsoDate } from '../../../../../electron/common/domain/passes/paris-date';
import { useBackendEvent, useClient } from '../../../app/client-context';
import { toClientError, type ClientError } from '../../../transport';
import { inRange, type DayRange } from './calendar-range';

/** Changes announced within this delay are handled together (a weekly series announces each of its sessions). */
const EVENT_BATCH_MS = 150;
/** Beyond this many unknown sessions changed at once, reloading is cheaper than asking where each one is. */
const LOOKUP_LIMIT = 5;

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
 * The sessions of the visible days, loaded again when one of them changes (the `workshops.changed` event) or
 * when a session created elsewhere falls in the range.
 */
export function useCalendarSessions(range: DayRange): CalendarSessions {
  const client = useClient();
  const { from, to } = range;
  const key = `${from}/${to}`;
  const [loaded, setLoaded] = useState<{ key: string; sessions: SessionSummaryDto[] } | null>(null);
  const [error, setError] = useState<ClientError | null>(null);
  const latestRequest = useRef(0);

  const reload = useCallback(async () => {
    const request = ++latestRequest.current;
    try {
      const sessions = await client.call('workshops.calendar', { from, to });
      if (request !== latestRequest.current) return;
      setLoaded({ key: `${from}/${to}`, sessions });
      setError(null);
    } catch (caught) {
      if (request === latestRequest.current) setError(toClientError(caught));
    }
  }, [client, from, to]);

  useEffect(() => {
    setError(null);
    void reload();
  }, [reload]);

  const sessions = loaded?.key === key ? loaded.sessions : null;
  const byDay = useMemo(() => groupByDay(sessions ?? []), [sessions]);

  // The latest state, for the batched event handler.
  const current = useRef({ sessions, range, reload });
  useEffect(() => {
    current.current = { sessions, range, reload };
  });

  const pending = useRef(new Set<string>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const handleChanges = useCallback(async () => {
    timer.current = null;
    const ids = [...pending.current];
    pending.current.clear();
    const { sessions: shown, reload: load } = current.current;
    const known = new Set((shown ?? []).map((session) => session.id));
    if (ids.some((id) => known.has(id)) || ids.length > LOOKUP_LIMIT) {
      await load();
      return;
    }
    // Sessions this view does not show: reload only if one of them is now in the visible days (read after the wait).
    const found = await Promise.allSettled(ids.map((id) => client.call('workshops.get', { id })));
    if (found.some((result) => result.status === 'rejected' || inRange(current.current.range, result.value.session.date))) {
      await current.current.reload();
    }
  }, [client]);

  useBackendEvent('workshops.changed', ({ sessionId }) => {
    pending.current.add(sessionId);
    timer.current ??= setTimeout(() => void handleChanges(), EVENT_BATCH_MS);
  });

  return { sessions, byDay, error, reload };
}
