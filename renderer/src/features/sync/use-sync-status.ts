import { useCallback, useEffect, useRef, useState } from 'react';
import type { SyncStatusDto } from '../../../../electron/common/contract';
import { useBackendEvent, useClient } from '../../app/client-context';
import { toClientError, type ClientError } from '../../transport';

/**
 * The state of the upload to the hub: read once with `sync.status`, then kept current by `sync.changed`.
 * `apply` takes a status returned by another call (`sync.now`, `sync.enroll`).
 */
export function useSyncStatus(): {
  status: SyncStatusDto | null;
  error: ClientError | null;
  reload(): Promise<void>;
  apply(status: SyncStatusDto): void;
} {
  const client = useClient();
  const [status, setStatus] = useState<SyncStatusDto | null>(null);
  const [error, setError] = useState<ClientError | null>(null);
  // Bumped by every status applied: a read that started before a newer status arrived is dropped.
  const version = useRef(0);

  const reload = useCallback(async () => {
    const started = version.current;
    try {
      const next = await client.call('sync.status', {});
      if (started !== version.current) return;
      version.current += 1;
      setStatus(next);
      setError(null);
    } catch (caught) {
      if (started === version.current) setError(toClientError(caught));
    }
  }, [client]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const apply = useCallback((next: SyncStatusDto) => {
    version.current += 1;
    setStatus(next);
    setError(null);
  }, []);

  useBackendEvent('sync.changed', apply);
  return { status, error, reload, apply };
}
