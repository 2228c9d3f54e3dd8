/**
 * Device events to the connections:
 * - `scanner.scanned` at once, to unlocked sessions only (a scan must never act behind a lock screen or a
 *   signed-out page);
 * - `devices.changed` (unlocked sessions: `devices.state` is not callable while locked) and `status.changed`
 *   (every signed-in session: the status bar is also on the lock screen), coalesced: a burst of changes in one
 *   turn of the event loop sends one event of each, and an unchanged payload is not sent again.
 */
import type { DevicesDto, EventPayload, StatusDto } from '../../common/contract';
import type { CallContext } from './connection-context';
import type { SessionRegistry } from './session-registry';

export interface DeviceEventsOptions {
  sessions: SessionRegistry;
  devices: () => DevicesDto;
  status: () => StatusDto;
  /** Locks a session idle past its time (AuthService.expireIdle). */
  expireIdle: (ctx: CallContext) => void;
  log: (line: string) => void;
}

export interface DeviceEvents {
  scanned(scan: EventPayload<'scanner.scanned'>): void;
  scanFailed(failure: EventPayload<'scanner.failed'>): void;
  changed(): void;
  close(): void;
}

export function createDeviceEvents(options: DeviceEventsOptions): DeviceEvents {
  let scheduled: NodeJS.Immediate | null = null;
  let closed = false;
  let lastDevices = '';
  let lastStatus = '';

  function publish(): void {
    scheduled = null;
    if (closed) return;
    try {
      const devices = options.devices();
      const devicesJson = JSON.stringify(devices);
      if (devicesJson !== lastDevices) {
        lastDevices = devicesJson;
        options.sessions.broadcastToUnlocked('devices.changed', devices);
      }
      const status = options.status();
      const statusJson = JSON.stringify(status);
      if (statusJson !== lastStatus) {
        lastStatus = statusJson;
        options.sessions.broadcast('status.changed', status);
      }
    } catch (error) {
      options.log(`Événements des périphériques : ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  return {
    scanned(scan) {
      if (!closed) options.sessions.broadcastToUnlocked('scanner.scanned', scan, options.expireIdle);
    },
    scanFailed(failure) {
      if (!closed) options.sessions.broadcastToUnlocked('scanner.failed', failure, options.expireIdle);
    },
    changed() {
      if (closed || scheduled) return;
      scheduled = setImmediate(publish);
    },
    close() {
      closed = true;
      if (scheduled) clearImmediate(scheduled);
      scheduled = null;
    },
  };
}
