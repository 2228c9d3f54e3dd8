/** The scanner and printer lines of the status bar (StatusDto) and of the device page, in French. */
import type { DeviceState, ScannerSettings } from '../../../common/contract';
import { isReady, PRINTER_LABELS, type PrinterStatus } from '../../../common/devices/printer-status';
import type { HidScannerState } from '../../devices/hid-scanner.driver';
import type { PrintQueueSnapshot } from '../../devices/print-queue';
import type { PrinterMode } from './printer-mode';

/** What the last status read outside a job said (null: not read yet). */
export interface PrinterHealth {
  status: PrinterStatus | null;
  /** French reason the printer could not be reached, when it could not. */
  error: string | null;
  /** A read has completed since the printer was chosen. */
  checked: boolean;
}

export const UNCHECKED: PrinterHealth = { status: null, error: null, checked: false };

export function scannerDeviceState(hid: HidScannerState, settings: ScannerSettings): DeviceState {
  if (hid.state === 'ok' || settings.wedge.enabled) return { state: hid.state, label: hid.label };
  // The driver's labels say keyboard-wedge scanners still work; not when their detection is off.
  if (hid.state === 'unavailable') {
    return { state: 'unavailable', label: 'Lecteurs HID indisponibles sur ce poste, et détection des lecteurs en mode clavier désactivée.' };
  }
  if (hid.state === 'absent') {
    return { state: 'absent', label: 'Aucun lecteur HID branché, et détection des lecteurs en mode clavier désactivée.' };
  }
  return { state: hid.state, label: hid.label };
}

function waitingSuffix(waiting: number): string {
  if (waiting === 0) return '';
  return waiting === 1 ? ' (1 ticket en attente)' : ` (${waiting} tickets en attente)`;
}

export function printerDeviceState(mode: PrinterMode, snapshot: PrintQueueSnapshot, health: PrinterHealth): DeviceState {
  if (mode.delivery === 'none') return { state: 'absent', label: mode.readyLabel };
  if (mode.delivery === 'browser-dialog') return { state: 'ok', label: mode.readyLabel };
  const waiting = waitingSuffix(snapshot.waiting);
  if (snapshot.state === 'paused' || snapshot.state === 'retrying') {
    return { state: 'error', label: `${snapshot.message ?? PRINTER_LABELS.offline}${waiting}` };
  }
  if (health.error) return { state: 'error', label: `${health.error}${waiting}` };
  if (health.status && !isReady(health.status)) return { state: 'error', label: `${health.status.summary}${waiting}` };
  if (snapshot.state === 'printing') return { state: 'ok', label: `Impression en cours : ${mode.place}${waiting}` };
  if (mode.readsStatus && !health.checked) return { state: 'ok', label: `Imprimante : ${mode.place} (vérification en cours)` };
  if (health.status?.paperNearEnd) return { state: 'ok', label: `${mode.readyLabel} — ${PRINTER_LABELS.paperNearEnd}` };
  return { state: 'ok', label: mode.readyLabel };
}
