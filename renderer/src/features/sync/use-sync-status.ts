import { useCallback } from 'react';
import type { SyncStatusDto } from '../../../../electron/common/contract';
import { useBackendEvent, useClient } from '../../app/client-context';
import { useLoaded } from '../../app/use-loaded';
import type { ClientError } from '../../transport';

/**
 * The state of the upload to the hub: read once with `sync.status`, then kept current by `sync.changed`.
 * `apply` takes a status returned by another call (`sync.now`, `sync.enroll`); a read that started before it is dropped.
 */
export function useSyncStatus(): {
  status: SyncStatusDto | null;
  error: ClientError | null;
  reload(): Promise<void>;
  apply(status: SyncStatusDto): void;
} {
  const client = useClient();
  const { data: status, error, reload, setData } = useLoaded(useCallback(() => client.call('sync.status', {}), [client]));
  const apply = useCallback((next: SyncStatusDto) => setData(next), [setData]);

  useBackendEvent('sync.changed', apply);
  return { status, error, reload, apply };
}
