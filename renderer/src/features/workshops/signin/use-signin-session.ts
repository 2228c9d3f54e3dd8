import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { BookingDto, SessionDetailDto } from '../../../../../electron/common/contract';
import { useBackendEvent, useClient } from '../../../app/client-context';
import { toClientError, type ClientError } from '../../../transport';

/** The session with `booking` in place of its previous version (or added, for a person who was not booked). */
export function withBooking(detail: SessionDetailDto, booking: BookingDto): SessionDetailDto {
  const known = detail.bookings.some((candidate) => candidate.id === booking.id);
  const bookings = known ? detail.bookings.map((candidate) => (candidate.id === booking.id ? booking : candidate)) : [...detail.bookings, booking];
  return { ...detail, bookings };
}

export interface SignInSessionState {
  detail: SessionDetailDto | null;
  error: ClientError | null;
  reload(): Promise<void>;
  /** Shows a booking the backend just returned, before the reload brings the whole session. */
  applyBooking(booking: BookingDto): void;
}

/**
 * One session for the door: loaded once, reloaded when the backend says it changed (a scan here or at another
 * desk, a booking) and after each change made here. Only the latest answer is kept, and a booking applied from a
 * result is never overwritten by an answer to a request sent before it.
 */
export function useSignInSession(id: string): SignInSessionState {
  const client = useClient();
  const [detail, setDetail] = useState<SessionDetailDto | null>(null);
  const [error, setError] = useState<ClientError | null>(null);
  const sequence = useRef(0);

  // One reload at a time: a request while one is in flight runs once after it (a burst of scans and events makes
  // two calls, not one per scan).
  const inFlight = useRef<Promise<void> | null>(null);
  const again = useRef(false);

  const reload = useCallback((): Promise<void> => {
    if (inFlight.current) {
      again.current = true;
      return inFlight.current;
    }
    const run = async (): Promise<void> => {
      do {
        again.current = false;
        const current = ++sequence.current;
        try {
          const next = await client.call('workshops.get', { id });
          if (current !== sequence.current) continue;
          // The list follows at a lower priority than the banner of the scan that changed it.
          startTransition(() => {
            setDetail(next);
            setError(null);
          });
        } catch (caught) {
          if (current === sequence.current) setError(toClientError(caught));
        }
      } while (again.current);
    };
    inFlight.current = run().finally(() => {
      inFlight.current = null;
    });
    return inFlight.current;
  }, [client, id]);

  useEffect(() => {
    setDetail(null);
    void reload();
  }, [reload]);

  useBackendEvent('workshops.changed', (payload) => {
    if (payload.sessionId === id) void reload();
  });

  // The hub's answer confirms (or not) the passes accepted « à confirmer »: their amber marks follow it.
  const awaitsHub = detail?.bookings.some((booking) => booking.passesToConfirm.length > 0) ?? false;
  useBackendEvent('sync.changed', () => {
    if (awaitsHub) void reload();
  });

  const applyBooking = useCallback((booking: BookingDto) => {
    sequence.current += 1;
    startTransition(() => setDetail((current) => (current && current.session.id === booking.sessionId ? withBooking(current, booking) : current)));
  }, []);

  return { detail, error, reload, applyBooking };
}
