/**
 * `--fake-devices`: a simulated HID POS scanner and a simulated network receipt printer on 127.0.0.1, for browser
 * mode, demonstrations and tests. They plug into the real drivers: scans go through the HID report parser,
 * receipts through the ESC/POS encoder, the TCP transport and the print queue.
 */
import type { PrinterSettings } from '../../../common/contract';
import { createFakeHidScanner, type FakeHidScanner } from '../../devices/fake/fake-hid-scanner';
import { startFakeNetworkPrinter, type FakeNetworkPrinter, type FakePrinterState } from '../../devices/fake/fake-network-printer';

export interface FakeDevices {
  scanner: FakeHidScanner;
  printer: FakeNetworkPrinter;
  /** The printer used while no printer setting is stored: the simulated one, as an Epson TM-T20. */
  defaultPrinter: PrinterSettings;
  close(): Promise<void>;
}

/** States `test.printer.script` accepts → the simulated printer's. */
export const SCRIPTED_PRINTER_STATES = {
  ready: 'online',
  'paper-near-end': 'paper-near-end',
  'paper-out': 'paper-out',
  'cover-open': 'cover-open',
  offline: 'offline',
} as const satisfies Record<string, FakePrinterState>;

export type ScriptedPrinterState = keyof typeof SCRIPTED_PRINTER_STATES;

export async function startFakeDevices(scanner: FakeHidScanner = createFakeHidScanner()): Promise<FakeDevices> {
  const printer = await startFakeNetworkPrinter('online');
  return {
    scanner,
    printer,
    defaultPrinter: { kind: 'network', profile: 'epson-tm-t20', host: printer.host, port: printer.port },
    close: () => printer.close(),
  };
}
