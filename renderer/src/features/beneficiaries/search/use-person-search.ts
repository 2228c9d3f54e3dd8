import { useCallback, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
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

export interface PersonSearch extends PersonSearchState {
  /** The text in the field, as typed. */
  query: string;
  /** Sets the text in the field and searches it at once. */
  changeQuery(value: string): void;
}

const NO_SEARCH: PersonSearchState = { answered: null, results: [], loading: false, error: null };

/**
 * Searches people as the agent types: one call per keystroke, no debounce (the backend answers in about a
 * millisecond, and the target is results painted within 50 ms of the key), and only the answer to the latest
 * query is kept (a slower answer to an older query is dropped). The call leaves from the keystroke's own event,
 * before React renders it, and the new text and the loading state are one render; the answer renders at once.
 */
export function usePersonSearch(): PersonSearch {
  const client = useClient();
  const [query, setQuery] = useState('');
  const [state, setState] = useState<PersonSearchState>(NO_SEARCH);
  const latestQuery = useRef('');
  const sequence = useRef(0);

  const changeQuery = useCallback(
    (value: string) => {
      if (value === latestQuery.current) return;
      latestQuery.current = value;
      setQuery(value);
      const trimmed = value.trim().slice(0, 100);
      const current = ++sequence.current;
      if (!trimmed) {
        setState(NO_SEARCH);
        return;
      }
      setState((previous) => ({ ...previous, loading: true }));
      client.call('beneficiaries.search', { query: trimmed, limit: SEARCH_LIMIT }).then(
        (results) => {
          // Rendered in the task that brought the answer, not after whatever else is queued (a frame, a timer).
          if (current === sequence.current) flushSync(() => setState({ answered: trimmed, results, loading: false, error: null }));
        },
        (caught: unknown) => {
          if (current === sequence.current) setState({ answered: trimmed, results: [], loading: false, error: toClientError(caught) });
        },
      );
    },
    [client],
  );

  return { ...state, query, changeQuery };
}
