import { useCallback, useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { toClientError, type ClientError } from '../transport';

export interface Loaded<T> {
  /** null until the first answer. */
  data: T | null;
  /** Why the last load failed, until an answer comes; what was shown stays shown. */
  error: ClientError | null;
  reload(): Promise<void>;
  /**
   * A fresher value another call or an event brought (a save): shown at once, the last load's error goes, and a load
   * still in flight is dropped when it answers.
   */
  setData: Dispatch<SetStateAction<T | null>>;
}

/**
 * What a screen reads from the backend: `load` (memoised by the caller) runs at mount, whenever it changes and on
 * `reload()`. Only the answer to the latest load is kept: a slower earlier one, or one that started before a value
 * given by `setData`, never replaces it.
 */
export function useLoaded<T>(load: () => Promise<T>): Loaded<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ClientError | null>(null);
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const request = ++latest.current;
    try {
      const next = await load();
      if (request !== latest.current) return;
      setData(next);
      setError(null);
    } catch (caught) {
      if (request === latest.current) setError(toClientError(caught));
    }
  }, [load]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const receive = useCallback<Dispatch<SetStateAction<T | null>>>((value) => {
    latest.current += 1;
    setData(value);
    setError(null);
  }, []);

  return { data, error, reload, setData: receive };
}
