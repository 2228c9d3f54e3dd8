import { useEffect, useRef } from 'react';
import type { WedgeSettings } from '../../../../electron/common/contract';
import { attachWedgeListener, type CapturedKey, type WedgeScan } from './wedge-listener';

export interface UseWedgeListenerOptions {
  /** null or disabled: no detection. */
  settings: WedgeSettings | null;
  onScan(scan: WedgeScan): void;
  /** Capture mode on: every keystroke goes here. */
  onKey?: ((key: CapturedKey) => void) | null;
  now?: () => number;
}

/** Keyboard-wedge detection on the window for the component's life; restarts when the settings change. */
export function useWedgeListener({ settings, onScan, onKey, now }: UseWedgeListenerOptions): void {
  const callbacks = useRef({ onScan, onKey });
  useEffect(() => {
    callbacks.current = { onScan, onKey };
  });
  const capturing = Boolean(onKey);
  // Compared by value: a new but equal settings object (devices.changed for the printer) keeps the held keys.
  const settingsKey = settings && settings.enabled ? JSON.stringify(settings) : null;

  useEffect(() => {
    const parsed = settingsKey ? (JSON.parse(settingsKey) as WedgeSettings) : null;
    if (!parsed && !capturing) return undefined;
    return attachWedgeListener({
      settings: parsed,
      onScan: (scan) => callbacks.current.onScan(scan),
      onKey: capturing ? (key) => callbacks.current.onKey?.(key) : undefined,
      now,
    });
  }, [settingsKey, capturing, now]);
}
