import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { SessionDto } from '../../../../electron/common/contract';
import { useBackendEvent, useClient } from '../../app/client-context';
import { clearNotifications } from '../../app/notify';

export interface SessionApi {
  session: SessionDto | null;
  setSession(session: SessionDto | null): void;
  /** Reads the session again from the backend (after a lock, an unlock failure, a lost session). */
  refresh(): Promise<void>;
  lock(): Promise<void>;
  logout(): Promise<void>;
}

const SessionContext = createContext<SessionApi | null>(null);

export function SessionProvider({ initial, children }: { initial: SessionDto | null; children: ReactNode }) {
  const client = useClient();
  const [session, setSessionState] = useState<SessionDto | null>(initial);
  const previous = useRef(session);

  const setSession = useCallback((next: SessionDto | null) => setSessionState(next), []);

  // Nothing stays on screen once the session is locked or closed, notifications included.
  useEffect(() => {
    const before = previous.current;
    previous.current = session;
    if (before && !before.locked && (!session || session.locked)) clearNotifications();
  }, [session]);

  const refresh = useCallback(async () => {
    try {
      setSessionState(await client.call('auth.session', {}));
    } catch {
      // Disconnected: the reconnection reloads everything.
    }
  }, [client]);

  const lock = useCallback(async () => {
    setSessionState((current) => (current ? { ...current, locked: true } : current));
    try {
      await client.call('auth.lock', {});
    } catch {
      // Stays locked on this screen; the backend locks by itself when idle or disconnected.
    }
    await refresh();
  }, [client, refresh]);

  const logout = useCallback(async () => {
    try {
      await client.call('auth.logout', {});
    } catch {
      // The backend session ends with the connection anyway.
    }
    setSessionState(null);
  }, [client]);

  // The backend locked the session (idle, or another screen) or refuses because it is locked or gone.
  useBackendEvent('session.locked', () => {
    setSessionState((current) => (current ? { ...current, locked: true } : current));
    void refresh();
  });
  useEffect(
    () =>
      client.onCallError((error) => {
        if (error.code === 'UNAUTHENTICATED' || error.code === 'SESSION_LOCKED') void refresh();
      }),
    [client, refresh],
  );

  const api = useMemo<SessionApi>(
    () => ({ session, setSession, refresh, lock, logout }),
    [session, setSession, refresh, lock, logout],
  );
  return <SessionContext.Provider value={api}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionApi {
  const api = useContext(SessionContext);
  if (!api) throw new Error('useSession outside SessionProvider');
  return api;
}

/** For screens that only exist with an open session. */
export function useOpenSession(): SessionDto {
  const { session } = useSession();
  if (!session) throw new Error('useOpenSession without a session');
  return session;
}
