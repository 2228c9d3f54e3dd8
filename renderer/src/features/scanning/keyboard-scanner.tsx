import { useCallback, useEffect, useRef } from 'react';
import type { Role } from '../../../../electron/common/contract';
import { useClient } from '../../app/client-context';
import { canCall } from '../auth/access';
import { useOptionalDevices } from '../devices/devices-context';
import { usePublishScan } from './scan-bus';
import { useWedgeListener } from './use-wedge-listener';
import type { CapturedKey } from './wedge-listener';

/** Keystrokes of capture mode are sent in batches (the contract takes at most 500 a call). */
export const CAPTURE_BATCH_MS = 500;
const CAPTURE_BATCH_MAX = 500;

/**
 * Keyboard-wedge scanners, with the desk's settings (`devices.state`, kept current by `devices.changed`): their
 * scans join the scan bus. While support's capture runs (administrators only), keystroke timings are sent to the
 * backend in batches.
 */
export function KeyboardScanner({ role }: { role: Role }) {
  const client = useClient();
  const devices = useOptionalDevices()?.devices ?? null;
  const publish = usePublishScan();
  const capturing = Boolean(devices?.capture.active) && canCall(role, 'devices.capture-keys');
  const pending = useRef<CapturedKey[]>([]);

  const send = useCallback(() => {
    while (pending.current.length > 0) {
      const keys = pending.current.splice(0, CAPTURE_BATCH_MAX);
      client.call('devices.capture-keys', { keys }).catch(() => undefined);
    }
  }, [client]);

  useEffect(() => {
    if (!capturing) return undefined;
    const timer = setInterval(send, CAPTURE_BATCH_MS);
    return () => {
      clearInterval(timer);
      send();
    };
  }, [capturing, send]);

  const onKey = useCallback((key: CapturedKey) => {
    pending.current.push(key);
  }, []);

  useWedgeListener({
    settings: devices?.scanner.settings.wedge ?? null,
    onScan: (scan) => publish({ ...scan, source: 'keyboard' }),
    onKey: capturing ? onKey : null,
  });
  return null;
}
