import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';

/**
 * Form drafts kept in memory while the agent's session lives: the lock screen unmounts every page, and what was
 * typed must still be there after unlocking. Nothing is written to storage; a logout forgets everything.
 */
interface DraftStore {
  read(key: string): unknown;
  write(key: string, value: unknown): void;
  forget(key: string): void;
}

const DraftStoreContext = createContext<DraftStore | null>(null);

export function DraftStoreProvider({ signedIn, children }: { signedIn: boolean; children: ReactNode }) {
  const drafts = useRef(new Map<string, unknown>());
  useEffect(() => {
    if (!signedIn) drafts.current.clear();
  }, [signedIn]);
  const store = useMemo<DraftStore>(
    () => ({
      read: (key) => drafts.current.get(key),
      write: (key, value) => void drafts.current.set(key, value),
      forget: (key) => void drafts.current.delete(key),
    }),
    [],
  );
  return <DraftStoreContext.Provider value={store}>{children}</DraftStoreContext.Provider>;
}

/** Without a provider (component tests), drafts simply live as long as the component. */
const detachedStore: DraftStore = { read: () => undefined, write: () => undefined, forget: () => undefined };

export function useDraftStore(): DraftStore {
  return useContext(DraftStoreContext) ?? detachedStore;
}

/**
 * Like useState, but the value survives the component's unmount (lock screen) under `key`.
 * `forget` drops the draft once it was saved.
 */
export function useDraftState<T>(key: string, initial: () => T): [T, (next: T | ((current: T) => T)) => void, () => void] {
  const store = useDraftStore();
  const [value, setValue] = useState<T>(() => (store.read(key) as T | undefined) ?? initial());
  const set = useCallback(
    (next: T | ((current: T) => T)) => {
      setValue((current) => {
        const resolved = typeof next === 'function' ? (next as (current: T) => T)(current) : next;
        store.write(key, resolved);
        return resolved;
      });
    },
    [key, store],
  );
  const forget = useCallback(() => store.forget(key), [key, store]);
  return [value, set, forget];
}
