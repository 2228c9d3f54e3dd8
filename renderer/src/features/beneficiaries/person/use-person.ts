import { useCallback, useEffect, useState } from 'react';
import type { BeneficiaryDto, TimelineEntryDto } from '../../../../../electron/common/contract';
import { useClient } from '../../../app/client-context';
import { toClientError, type ClientError } from '../../../transport';

/** A person's record and history, loaded together. */
export function usePerson(id: string): {
  person: BeneficiaryDto | null;
  history: TimelineEntryDto[] | null;
  error: ClientError | null;
  reload(): Promise<void>;
} {
  const client = useClient();
  const [person, setPerson] = useState<BeneficiaryDto | null>(null);
  const [history, setHistory] = useState<TimelineEntryDto[] | null>(null);
  const [error, setError] = useState<ClientError | null>(null);

  const reload = useCallback(async () => {
    try {
      const [record, timeline] = await Promise.all([client.call('beneficiaries.get', { id }), client.call('beneficiaries.history', { id })]);
      setPerson(record);
      setHistory(timeline);
      setError(null);
    } catch (caught) {
      setError(toClientError(caught));
    }
  }, [client, id]);

  useEffect(() => {
    setPerson(null);
    setHistory(null);
    void reload();
  }, [reload]);

  return { person, history, error, reload };
}
