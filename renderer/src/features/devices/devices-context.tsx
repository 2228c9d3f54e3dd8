import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { DevicesDto } from '../../../../electron/common/contract';
import { useBackendEvent, useClient } from '../../app/client-context';
import { toClientError, type ClientError } from '../../transport';

export interface DevicesApi {
  /** null until read (or when the backend could not say). */
  devices: DevicesDto | null;
  error: ClientError | null;
  reload(): Promise<void>;
  /** A fresher state returned by a call (settings saved, capture started). */
  apply(devices: DevicesDto): void;
}

const DevicesContext = createContext<DevicesApi | null>(null);

/** The scanners and the printer as the backend sees them: read once, then kept current by `devices.changed`. */
export function DevicesProvider({ children }: { children: ReactNode }) {
  const client = useClient();
  const [devices, setDevices] = useState<DevicesDto | null>(null);
  const [error, setError] = useState<ClientError | null>(null);

  const reload = useCallback(async () => {
    try {
      setDevices(await client.call('devices.state', {}));
      setError(null);
    } catch (caught) {
      setError(toClientError(caught));
    }
  }, [client]);

  useEffect(() => {
    void reload();
  }, [reload]);

  useBackendEvent('devices.changed', (payload) => {
    setDevices(payload);
    setError(null);
  });

  const apply = useCallback((next: DevicesDto) => setDevices(next), []);
  const api = useMemo<DevicesApi>(() => ({ devices, error, reload, apply }), [devices, error, reload, apply]);
  return <DevicesContext.Provider value={api}>{children}</DevicesContext.Provider>;
}

export function useDevices(): DevicesApi {
  const api = useContext(DevicesContext);
  if (!api) throw new Error('useDevices outside DevicesProvider');
  return api;
}

/** For parts that may live outside the provider (status bar in tests): null there. */
export function useOptionalDevices(): DevicesApi | null {
  return useContext(DevicesContext);
}
