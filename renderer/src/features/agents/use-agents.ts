import { useCallback } from 'react';
import type { AgentDto } from '../../../../electron/common/contract';
import { useClient } from '../../app/client-context';
import { useLoaded } from '../../app/use-loaded';
import type { ClientError } from '../../transport';

export function useAgents(): {
  agents: AgentDto[] | null;
  error: ClientError | null;
  reload(): Promise<void>;
  replace(agent: AgentDto): void;
} {
  const client = useClient();
  const { data: agents, error, reload, setData: setAgents } = useLoaded(useCallback(() => client.call('agents.list', {}), [client]));

  const replace = useCallback(
    (agent: AgentDto) => setAgents((current) => current?.map((candidate) => (candidate.id === agent.id ? agent : candidate)) ?? current),
    [setAgents],
  );

  return { agents, error, reload, replace };
}
