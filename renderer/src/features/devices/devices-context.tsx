import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import type { DevicesDto } from '../../../../electron/common/contract';
import { useBackendEvent, useClient } from '../../app/client-context';
import { useLoaded } from '../../app/use-loaded';
import type { ClientError } from '../../transport';

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
  const { data: devices, error, reload, setData: setDevices } = useLoaded(useCallback(() => client.call('devices.state', {}), [client]));

  useBackendEvent('devices.changed', (payload) => setDevices(payload));

  const apply = useCallback((next: DevicesDto) => setDevices(next), [setDevices]);
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
