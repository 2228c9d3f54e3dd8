import { useEffect, useState } from 'react';
import type { ServiceDto } from '../../../../../electron/common/contract';
import { useClient } from '../../../app/client-context';
import { toClientError, type ClientError } from '../../../transport';

export interface Facilitator {
  id: string;
  displayName: string;
}

/** The catalogue (archived services included, for a session that still uses one) and the facilitators, loaded when the form opens. */
export function useSessionFormOptions(opened: boolean): { services: ServiceDto[] | null; facilitators: Facilitator[]; error: ClientError | null } {
  const client = useClient();
  const [services, setServices] = useState<ServiceDto[] | null>(null);
  const [facilitators, setFacilitators] = useState<Facilitator[]>([]);
  const [error, setError] = useState<ClientError | null>(null);

  useEffect(() => {
    if (!opened) return;
    let current = true;
    Promise.all([client.call('services.list', { includeArchived: true }), client.call('workshops.facilitators', {})]).then(
      ([nextServices, nextFacilitators]) => {
        if (!current) return;
        setServices(nextServices);
        setFacilitators(nextFacilitators);
        setError(null);
      },
      (caught: unknown) => {
        if (current) setError(toClientError(caught));
      },
    );
    return () => {
      current = false;
    };
  }, [client, opened]);

  return { services, facilitators, error };
}
