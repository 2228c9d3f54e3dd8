import { useEffect, useRef } from 'react';

export const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;
export const DEFAULT_REPORT_INTERVAL_MS = 60_000;

export interface IdleLockOptions {
  /** Idle time before `onIdle`, in milliseconds. */
  idleMs: number;
  onIdle(): void;
  /** Called on activity at most once per `reportIntervalMs` (the app sends `auth.touch`). */
  onActivity?(): void;
  reportIntervalMs?: number;
  enabled?: boolean;
  target?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
}

/**
 * Calls `onIdle` after `idleMs` without keyboard, mouse or touch activity. Time is read from Date.now() when
 * the timer fires, so a throttled background tab or a frozen machine still locks as soon as it wakes.
 */
export function useIdleLock({
  idleMs,
  onIdle,
  onActivity,
  reportIntervalMs = DEFAULT_REPORT_INTERVAL_MS,
  enabled = true,
  target,
}: IdleLockOptions): void {
  const callbacks = useRef({ onIdle, onActivity });
  useEffect(() => {
    callbacks.current = { onIdle, onActivity };
  });

  useEffect(() => {
    if (!enabled) return;
    const eventTarget = target ?? window;
    let lastActivity = Date.now();
    let lastReport = lastActivity;
    let fired = false;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const check = () => {
      if (fired) return;
      const idle = Date.now() - lastActivity;
      if (idle >= idleMs) {
        fired = true;
        callbacks.current.onIdle();
      } else {
        clearTimeout(timer);
        timer = setTimeout(check, idleMs - idle);
      }
    };
    const onEvent = () => {
      if (fired) return;
      const now = Date.now();
      lastActivity = now;
      if (now - lastReport >= reportIntervalMs) {
        lastReport = now;
        callbacks.current.onActivity?.();
      }
    };
    const onVisible = () => {
      if (typeof document === 'undefined' || document.visibilityState === 'visible') check();
    };

    for (const name of ACTIVITY_EVENTS) eventTarget.addEventListener(name, onEvent, { capture: true, passive: true });
    if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onVisible);
    timer = setTimeout(check, idleMs);
    return () => {
      clearTimeout(timer);
      for (const name of ACTIVITY_EVENTS) eventTarget.removeEventListener(name, onEvent, { capture: true });
      if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onVisible);
    };
  }, [enabled, idleMs, reportIntervalMs, target]);
}
