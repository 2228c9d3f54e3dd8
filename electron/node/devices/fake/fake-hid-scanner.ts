/**
 * The simulated HID POS scanner of `--fake-devices`: a HidApi that shows one scanner interface (usage page 0x8C,
 * "Lecteur simulé") to the real driver. Reports delivered here reach the driver exactly as node-hid's `data`
 * events would, synchronously, so simulated scans go through the real report parser and assembler.
 */
import { EventEmitter } from 'node:events';
import { HID_POS_SCANNER_USAGE, HID_POS_USAGE_PAGE, type HidInterfaceInfo } from '../../../common/devices/hid-pos-report';
import type { HidApi, HidApiLoader, HidHandle } from '../hid-scanner.driver';

export const FAKE_SCANNER_NAME = 'Lecteur simulé';
export const FAKE_SCANNER_PATH = 'simulation://lecteur-hid-pos';

export interface FakeHidScanner {
  readonly info: HidInterfaceInfo;
  /** What the driver loads instead of node-hid. */
  readonly loader: HidApiLoader;
  /** The driver has the scanner open. */
  readonly isOpen: boolean;
  /**
   * Hands raw input reports to the driver, in order, synchronously (as node-hid emits `data`).
   * Returns false, delivering nothing, when the driver does not have the scanner open.
   */
  deliver(reports: readonly Uint8Array[]): boolean;
}

class FakeHandle extends EventEmitter implements HidHandle {
  closed = false;
  close(): void {
    this.closed = true;
    this.removeAllListeners();
  }
}

export function createFakeHidScanner(): FakeHidScanner {
  const info: HidInterfaceInfo = {
    path: FAKE_SCANNER_PATH,
    product: FAKE_SCANNER_NAME,
    usagePage: HID_POS_USAGE_PAGE,
    usage: HID_POS_SCANNER_USAGE,
  };
  let handle: FakeHandle | null = null;
  const api: HidApi = {
    devices: async () => [{ ...info }],
    open: async (path) => {
      if (path !== FAKE_SCANNER_PATH) throw Object.assign(new Error(`no such device: ${path}`), { code: 'ENOENT' });
      handle = new FakeHandle();
      return handle;
    },
  };
  const current = () => (handle && !handle.closed ? handle : null);
  return {
    info,
    loader: () => ({ api, reason: null }),
    get isOpen() {
      return current() !== null;
    },
    deliver(reports) {
      const open = current();
      if (!open) return false;
      for (const report of reports) open.emit('data', Buffer.from(report));
      return true;
    },
  };
}
