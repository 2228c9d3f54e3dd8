import { notifications } from '@mantine/notifications';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { EventPayload } from '../../../../electron/common/contract';
import { useBackendEvent } from '../../app/client-context';
import { ScanFeedback, type ScanFeedbackState } from './scan-feedback';
import { playScanTone, type ScanTone } from './scan-sound';

/** One scan, whatever brought it: a HID scanner or the test hook (backend event), or a keyboard-wedge scanner. */
export type Scan = EventPayload<'scanner.scanned'>;

/** What the screen did with a scan: `refused` plays the error tone (unknown pass, already used…). */
export type ScanOutcome = 'accepted' | 'refused';

/** A screen's scan handler; returning nothing means accepted. A rejected promise counts as refused. */
export type ScanHandler = (scan: Scan) => ScanOutcome | void | Promise<ScanOutcome | void>;

interface ScanBus {
  publish(scan: Scan): void;
  /** The last registered handler receives the scans until it unregisters. */
  register(handler: { current: ScanHandler }): () => void;
  /** What takes the scans no screen wants (the pass lookup): the last registered one. */
  registerFallback(handler: { current: ScanHandler }): () => void;
}

const ScanBusContext = createContext<ScanBus | null>(null);

/** Long codes (QR) are cut for display. */
export function displayCode(code: string, max = 64): string {
  return code.length > max ? `${code.slice(0, max - 1)}…` : code;
}

export interface ScanBusProviderProps {
  children: ReactNode;
  /** The tone player (tests replace it). */
  playTone?: (tone: ScanTone) => void;
}

/**
 * "Scan anywhere": merges the backend's `scanner.scanned` events and the keyboard-wedge scans into one stream and
 * hands each scan to the screen that registered last (`useScanHandler`). With no screen to take it, the fallback
 * takes it (`useUnhandledScans`: the pass lookup opens with the code); without one, the code is shown in a
 * notification. Every scan beeps and flashes the screen's edge, and is announced to screen readers.
 */
export function ScanBusProvider({ children, playTone = playScanTone }: ScanBusProviderProps) {
  const { t } = useTranslation();
  const handlers = useRef<Array<{ current: ScanHandler }>>([]);
  const fallbacks = useRef<Array<{ current: ScanHandler }>>([]);
  const [feedback, setFeedback] = useState<ScanFeedbackState | null>(null);
  const sequence = useRef(0);
  const tone = useRef(playTone);
  useEffect(() => {
    tone.current = playTone;
  });

  const signal = useCallback((kind: ScanTone, message: string, announce: boolean) => {
    tone.current(kind);
    sequence.current += 1;
    setFeedback({ id: sequence.current, kind, message, announce });
  }, []);

  const publish = useCallback(
    (scan: Scan) => {
      const scanned = t('scanning.scanned', { code: displayCode(scan.code) });
      const handler = handlers.current[handlers.current.length - 1] ?? fallbacks.current[fallbacks.current.length - 1];
      if (!handler) {
        signal('notice', scanned, false);
        notifications.show({
          title: scanned,
          message: t('scanning.unhandled'),
          color: 'blue',
          role: 'status',
          withBorder: true,
          autoClose: 10_000,
          closeButtonProps: { 'aria-label': t('common.closeNotification') },
        });
        return;
      }
      const settle = (outcome: ScanOutcome | void) => {
        if (outcome === 'refused') signal('error', t('scanning.refused', { code: displayCode(scan.code) }), true);
        else signal('success', scanned, true);
      };
      try {
        const result = handler.current(scan);
        if (result instanceof Promise) result.then(settle, () => settle('refused'));
        else settle(result);
      } catch {
        settle('refused');
      }
    },
    [signal, t],
  );

  // A scan is a discrete input, like a key press: the screen's answer and the flash render in the scan's own task,
  // not after whatever else is queued.
  useBackendEvent('scanner.scanned', (scan) => flushSync(() => publish(scan)));
  // A scan the scanner could not deliver whole: the error tone and the backend's French message (« Scannez à
  // nouveau »), so the agent scans again instead of believing it went through.
  useBackendEvent('scanner.failed', (failure) => signal('error', failure.message, true));

  const bus = useMemo<ScanBus>(
    () => ({
      publish,
      register(handler) {
        handlers.current = [...handlers.current, handler];
        return () => {
          handlers.current = handlers.current.filter((candidate) => candidate !== handler);
        };
      },
      registerFallback(handler) {
        fallbacks.current = [...fallbacks.current, handler];
        return () => {
          fallbacks.current = fallbacks.current.filter((candidate) => candidate !== handler);
        };
      },
    }),
    [publish],
  );

  return (
    <ScanBusContext.Provider value={bus}>
      {children}
      <ScanFeedback feedback={feedback} />
    </ScanBusContext.Provider>
  );
}

function useScanBus(): ScanBus {
  const bus = useContext(ScanBusContext);
  if (!bus) throw new Error('scan bus used outside ScanBusProvider');
  return bus;
}

/** Publishes a scan read in the page (keyboard-wedge scanners). */
export function usePublishScan(): (scan: Scan) => void {
  return useScanBus().publish;
}

/**
 * Routes scans to this screen while it is mounted (and `active`); the screen mounted last wins, so a dialog
 * that registers takes the scans from the page behind it.
 */
export function useScanHandler(handler: ScanHandler, active = true): void {
  const bus = useScanBus();
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    if (!active) return undefined;
    return bus.register(latest);
  }, [bus, active]);
}

/** Takes the scans that no screen registered for (the pass lookup), while mounted. */
export function useUnhandledScans(handler: ScanHandler): void {
  const bus = useScanBus();
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => bus.registerFallback(latest), [bus]);
}
