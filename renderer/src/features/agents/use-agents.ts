import { useCallback, useEffect, useState } from 'react';
import type { AgentDto } from '../../../../electron/common/contract';
import { useClient } from '../../app/client-context';
import { toClientError, type ClientError } from '../../transport';

export function useAgents(): {
  agents: AgentDto[] | null;
  error: ClientError | null;
  reload(): Promise<void>;
  replace(agent: AgentDto): void;
} {
  const client = useClient();
  const [agents, setAgents] = useState<AgentDto[] | null>(null);
  const [error, setError] = useState<ClientError | null>(null);

  const reload = useCallback(async () => {
    try {
      setAgents(await client.call('agents.list', {}));
      setError(null);
    } catch (caught) {
      setError(toClientError(caught));
    }
  }, [client]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const replace = useCallback((agent: AgentDto) => {
    setAgents((current) => current?.map((candidate) => (candidate.id === agent.id ? agent : candidate)) ?? current);
  }, []);

  return { agents, error, reload, replace };
}
