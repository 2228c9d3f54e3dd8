import { useEffect, useRef, useState } from 'react';
import type { BeneficiarySummaryDto } from '../../../../../electron/common/contract';
import { useClient } from '../../../app/client-context';
import { toClientError, type ClientError } from '../../../transport';

/** The results asked for (the contract's maximum); the list is virtualised, and says when there may be more. */
export const SEARCH_LIMIT = 100;

export interface PersonSearchState {
  /** The query the results answer (trimmed), null before any search. */
  answered: string | null;
  results: BeneficiarySummaryDto[];
  loading: boolean;
  error: ClientError | null;
}

/**
 * Searches people as the agent types: one call per keystroke, no debounce (the backend answers in about a
 * millisecond, and the target is results painted within 50 ms of the key), and only the answer to the latest
 * query is kept (a slower answer to an older query is dropped).
 */
export function usePersonSearch(query: string): PersonSearchState {
  const client = useClient();
  const [state, setState] = useState<PersonSearchState>({ answered: null, results: [], loading: false, error: null });
  const sequence = useRef(0);

  useEffect(() => {
    const trimmed = query.trim().slice(0, 100);
    const current = ++sequence.current;
    if (!trimmed) {
      setState({ answered: null, results: [], loading: false, error: null });
      return undefined;
    }
    setState((previous) => ({ ...previous, loading: true }));
    client.call('beneficiaries.search', { query: trimmed, limit: SEARCH_LIMIT }).then(
      (results) => {
        if (current === sequence.current) setState({ answered: trimmed, results, loading: false, error: null });
      },
      (caught: unknown) => {
        if (current === sequence.current) setState({ answered: trimmed, results: [], loading: false, error: toClientError(caught) });
      },
    );
    return undefined;
  }, [client, query]);

  return state;
}
