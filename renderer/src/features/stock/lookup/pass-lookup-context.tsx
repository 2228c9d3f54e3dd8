import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { LookupDto } from '../../../../../electron/common/contract';
import { useClient } from '../../../app/client-context';
import { toClientError, type ClientError } from '../../../transport';
import { useUnhandledScans } from '../../scanning/scan-bus';
import { LookupDialog } from './lookup-dialog';

export interface LookupState {
  opened: boolean;
  code: string;
  result: LookupDto | null;
  error: ClientError | null;
  busy: boolean;
}

interface PassLookupApi {
  /** Opens « Consulter un pass », and looks the code up when one is given. */
  open(code?: string): void;
}

const PassLookupContext = createContext<PassLookupApi | null>(null);

function isShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'l';
}

const CLOSED: LookupState = { opened: false, code: '', result: null, error: null, busy: false };

/**
 * « Consulter un pass » from anywhere: the header's button, Ctrl+L, and every scan that no screen takes
 * (refused tone when the number is unknown or misread).
 */
export function PassLookupProvider({ children }: { children: ReactNode }) {
  const client = useClient();
  const [state, setState] = useState<LookupState>(CLOSED);
  const sequence = useRef(0);

  const lookup = useCallback(
    async (raw: string): Promise<LookupDto | null> => {
      const code = raw.trim();
      sequence.current += 1;
      const mine = sequence.current;
      setState((current) => ({ ...current, opened: true, code: raw, busy: code !== '', error: null }));
      if (code === '') return null;
      try {
        const result = await client.call('passes.lookup', { code });
        if (mine === sequence.current) setState((current) => ({ ...current, result, busy: false }));
        return result;
      } catch (caught) {
        if (mine === sequence.current) setState((current) => ({ ...current, result: null, error: toClientError(caught), busy: false }));
        throw caught;
      }
    },
    [client],
  );

  const open = useCallback(
    (code?: string) => {
      if (code) void lookup(code).catch(() => undefined);
      else setState((current) => ({ ...current, opened: true }));
    },
    [lookup],
  );

  useUnhandledScans(async (scan) => {
    const result = await lookup(scan.code);
    return result?.kind === 'not-found' ? 'refused' : 'accepted';
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isShortcut(event)) return;
      event.preventDefault();
      open();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);

  const api = useMemo<PassLookupApi>(() => ({ open }), [open]);
  return (
    <PassLookupContext.Provider value={api}>
      {children}
      <LookupDialog
        state={state}
        onCodeChange={(code) => setState((current) => ({ ...current, code }))}
        lookup={lookup}
        onClose={() => {
          sequence.current += 1;
          setState(CLOSED);
        }}
      />
    </PassLookupContext.Provider>
  );
}

/** Opens the lookup dialog; null outside the signed-in app (tests of a single screen). */
export function useOptionalPassLookup(): PassLookupApi | null {
  return useContext(PassLookupContext);
}
