import { createContext, useCallback, useContext, useEffect, useRef, useSyncExternalStore, type ReactNode } from 'react';
import type { EventName, EventPayload } from '../../../electron/common/contract';
import type { ConnectionState, GuichetClient } from '../transport';

const ClientContext = createContext<GuichetClient | null>(null);

export function ClientProvider({ client, children }: { client: GuichetClient; children: ReactNode }) {
  return <ClientContext.Provider value={client}>{children}</ClientContext.Provider>;
}

export function useClient(): GuichetClient {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient outside ClientProvider');
  return client;
}

/** The connection state and how many times it has opened (a new backend connection each time). */
export function useConnection(): { state: ConnectionState; generation: number } {
  const client = useClient();
  const subscribe = useCallback((notify: () => void) => client.onStateChange(notify), [client]);
  const state = useSyncExternalStore(subscribe, client.getState);
  const generation = useSyncExternalStore(subscribe, client.getGeneration);
  return { state, generation };
}

/** Subscribes to a backend event for the component's life; the latest listener is always called. */
export function useBackendEvent<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): void {
  const client = useClient();
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => client.on(event, (payload) => latest.current(payload)), [client, event]);
}
