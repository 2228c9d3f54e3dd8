import { describe, expect, it } from 'vitest';
import { hidScannerState, HID_POS_USAGE_PAGE } from '../../../electron/node/devices/hid-availability';

describe('HID scanner availability', () => {
  it('says in French that HID scanners are unavailable when node-hid cannot load (no libusb)', () => {
    const state = hidScannerState(() => ({ module: null, reason: 'libusb-1.0.so.0: cannot open shared object file' }));
    expect(state.state).toBe('unavailable');
    expect(state.label).toMatch(/Lecteurs HID indisponibles/);
    expect(state.label).toMatch(/mode clavier fonctionnent/);
  });

  it('ignores devices that are not on the POS usage page', () => {
    const module = { devices: () => [{ usagePage: 0xff8c, product: 'Vendor twin' }, { usagePage: 0x01, product: 'Clavier' }] };
    expect(hidScannerState(() => ({ module, reason: null })).state).toBe('absent');
  });

  it('names the plugged POS scanner', () => {
    const module = { devices: () => [{ usagePage: HID_POS_USAGE_PAGE, product: 'Zebra DS2208' }] };
    expect(hidScannerState(() => ({ module, reason: null }))).toEqual({ state: 'ok', label: 'Lecteur prêt : Zebra DS2208' });
  });

  it('reports unreadable devices (no hidraw permission) instead of failing', () => {
    const module = {
      devices: () => {
        throw new Error('EACCES');
      },
    };
    expect(hidScannerState(() => ({ module, reason: null })).label).toMatch(/règle udev/);
  });
});
