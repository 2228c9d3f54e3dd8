import { describe, expect, it } from 'vitest';
import { decodeStatus, PRINTER_LABELS } from '../../../electron/common/devices/printer-status';
import { printerDeviceState, scannerDeviceState, UNCHECKED } from '../../../electron/node/app/devices/device-status';
import { DEFAULT_SCANNER_SETTINGS } from '../../../electron/node/app/devices/device-settings';
import { printerMode } from '../../../electron/node/app/devices/printer-mode';
import { aimForSymbology, simulatedReports } from '../../../electron/node/app/devices/simulated-scan';
import type { PrintQueueSnapshot } from '../../../electron/node/devices/print-queue';
import { createHidReportAssembler } from '../../../electron/common/devices/hid-pos-report';

const network = printerMode({ kind: 'network', profile: 'epson-tm-t20', host: '192.168.1.50', port: 9100 }, null);
const idle: PrintQueueSnapshot = { state: 'idle', message: null, printerStatus: null, target: network.transport.target, waiting: 0, jobs: [] };
const ready = decodeStatus({ printer: 0x12, offlineCause: 0x12, errorCause: 0x12, paper: 0x12 });
const nearEnd = decodeStatus({ printer: 0x12, offlineCause: 0x12, errorCause: 0x12, paper: 0x1e });
const paperOut = decodeStatus({ printer: 0x1a, offlineCause: 0x32, errorCause: 0x12, paper: 0x72 });

describe('device lines of the status bar', () => {
  it('names the printer and what is wrong with it, in French', () => {
    expect(printerDeviceState(printerMode({ kind: 'none' }, null), idle, UNCHECKED)).toEqual({ state: 'absent', label: 'Aucune imprimante de tickets configurée' });
    expect(printerDeviceState(network, idle, UNCHECKED)).toEqual({ state: 'ok', label: 'Imprimante : 192.168.1.50:9100 (vérification en cours)' });
    expect(printerDeviceState(network, idle, { status: ready, error: null, checked: true })).toEqual({ state: 'ok', label: 'Imprimante prête : 192.168.1.50:9100' });
    expect(printerDeviceState(network, idle, { status: nearEnd, error: null, checked: true })).toEqual({
      state: 'ok',
      label: `Imprimante prête : 192.168.1.50:9100 — ${PRINTER_LABELS.paperNearEnd}`,
    });
    expect(printerDeviceState(network, idle, { status: paperOut, error: null, checked: true })).toEqual({ state: 'error', label: PRINTER_LABELS.paperOut });
    const paused: PrintQueueSnapshot = { ...idle, state: 'paused', message: PRINTER_LABELS.paperOut, waiting: 2 };
    expect(printerDeviceState(network, paused, UNCHECKED)).toEqual({ state: 'error', label: `${PRINTER_LABELS.paperOut} (2 tickets en attente)` });
    expect(printerDeviceState(network, idle, { status: null, error: 'L’imprimante (tcp://192.168.1.50:9100) ne répond pas.', checked: true }).state).toBe('error');
    expect(printerDeviceState(printerMode({ kind: 'system', printerName: null }, null), idle, UNCHECKED)).toEqual({
      state: 'ok',
      label: 'Impression par le navigateur (boîte de dialogue d’impression)',
    });
  });

  it('does not promise keyboard-wedge scanners when their detection is off', () => {
    const absent = { state: 'absent' as const, label: 'Aucun lecteur HID branché ; les lecteurs en mode clavier fonctionnent.' };
    expect(scannerDeviceState(absent, DEFAULT_SCANNER_SETTINGS)).toEqual(absent);
    const off = { ...DEFAULT_SCANNER_SETTINGS, wedge: { ...DEFAULT_SCANNER_SETTINGS.wedge, enabled: false } };
    expect(scannerDeviceState(absent, off).label).toBe('Aucun lecteur HID branché, et détection des lecteurs en mode clavier désactivée.');
  });
});

describe('simulated scans', () => {
  it('turn a code into HID POS reports the real assembler reads back', () => {
    const assembler = createHidReportAssembler({ now: () => 0 });
    const reports = simulatedReports({ code: 'Carnet n° 42 — https://exemple.fr/'.repeat(4), symbology: 'QR code' });
    expect(reports.length).toBeGreaterThan(1);
    const results = reports.map((report) => assembler.push(report));
    expect(results.at(-1)).toMatchObject({ code: 'Carnet n° 42 — https://exemple.fr/'.repeat(4), symbology: 'QR', reports: reports.length });
    const plain = createHidReportAssembler({ now: () => 0 }).push(simulatedReports({ code: '3046920029759' })[0] ?? new Uint8Array());
    expect(plain).toEqual({ code: '3046920029759', reports: 1 });
  });

  it('knows the usual symbology names and refuses others in French', () => {
    expect(aimForSymbology('EAN-13')).toBe(']E0');
    expect(aimForSymbology('code_128')).toBe(']C0');
    expect(aimForSymbology('GS1 DataMatrix')).toBe(']d2');
    expect(() => aimForSymbology('Morse')).toThrow(/Symbologie inconnue/);
  });
});
