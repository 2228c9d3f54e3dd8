import { useEffect, useState } from 'react';
import type { StatusDto } from '../../../../electron/common/contract';
import { useBackendEvent, useClient } from '../../app/client-context';

/** Devices and upload state: read once, then kept current by `status.changed`. */
export function useStatus(): { status: StatusDto | null; failed: boolean } {
  const client = useClient();
  const [status, setStatus] = useState<StatusDto | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let alive = true;
    client.call('status.get', {}).then(
      (value) => {
        if (alive) setStatus(value);
      },
      () => {
        if (alive) setFailed(true);
      },
    );
    return () => {
      alive = false;
    };
  }, [client]);

  useBackendEvent('status.changed', (payload) => {
    setStatus(payload);
    setFailed(false);
  });
  return { status, failed };
}
