import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HidInterfaceInfo } from '../../../electron/common/devices/hid-pos-report';
import { createHidScannerDriver, type HidApi, type HidScan, type HidScannerDriver } from '../../../electron/node/devices/hid-scanner.driver';
import { BOARDING_PASS, BOARDING_PASS_REPORTS, EAN13_REPORT } from '../../support/hid-fixtures';

const SCANNER: HidInterfaceInfo = { vendorId: 0x0c2e, productId: 0x0b87, usagePage: 0x8c, usage: 0x02, path: '/dev/hidraw3', product: 'Voyager 1450g' };
const TWIN: HidInterfaceInfo = { ...SCANNER, usagePage: 0xff8c, usage: 0x01, path: '/dev/hidraw4' };
const KEYBOARD: HidInterfaceInfo = { vendorId: 0x046d, productId: 0xc31c, usagePage: 0x01, usage: 0x06, path: '/dev/hidraw0', product: 'Clavier' };

class FakeHandle extends EventEmitter {
  closed = false;
  close() {
    this.closed = true;
  }
  report(bytes: Uint8Array) {
    this.emit('data', Buffer.from(bytes));
  }
}

/** A USB bus in a test: plug and unplug interfaces, see what the driver opens. */
function fakeBus(initial: HidInterfaceInfo[]) {
  let plugged = [...initial];
  const handles = new Map<string, FakeHandle>();
  const opened: string[] = [];
  const api: HidApi = {
    devices: async () => plugged.map((device) => ({ ...device })),
    open: async (path) => {
      if (!plugged.some((device) => device.path === path)) throw new Error('ENOENT');
      const handle = new FakeHandle();
      handles.set(path, handle);
      opened.push(path);
      return handle;
    },
  };
  return {
    api,
    opened,
    handle: (path = SCANNER.path!) => handles.get(path)!,
    unplug(path = SCANNER.path!) {
      plugged = plugged.filter((device) => device.path !== path);
      handles.get(path)?.emit('error', new Error('could not read from HID device'));
    },
    plug(device: HidInterfaceInfo) {
      plugged.push(device);
    },
  };
}

let driver: HidScannerDriver | undefined;
afterEach(async () => {
  await driver?.stop();
  driver = undefined;
});

describe('HID scanner driver', () => {
  it('reports "unavailable" in French instead of crashing when node-hid cannot load', async () => {
    driver = createHidScannerDriver({ onScan: () => undefined, loadApi: () => ({ api: null, reason: 'libusb-1.0.so.0: cannot open shared object file' }) });
    await driver.start();
    expect(driver.state()).toMatchObject({ state: 'unavailable', label: expect.stringMatching(/indisponibles.*mode clavier fonctionnent/) });
  });

  it('opens only the 0x8C interface, by path, and emits scans with their symbology', async () => {
    const bus = fakeBus([KEYBOARD, TWIN, SCANNER]);
    const scans: HidScan[] = [];
    const captured: string[] = [];
    driver = createHidScannerDriver({
      onScan: (scan) => scans.push(scan),
      loadApi: () => ({ api: bus.api, reason: null }),
      pollIntervalMs: 10,
      capture: { recordHidReport: (device, bytes) => captured.push(`${device.path} ${bytes.length}`) },
    });
    await driver.start();
    expect(bus.opened).toEqual(['/dev/hidraw3']);
    expect(driver.scanners().map((device) => device.path)).toEqual(['/dev/hidraw3']);
    expect(driver.state()).toMatchObject({ state: 'ok', label: 'Lecteur prêt : Voyager 1450g' });

    bus.handle().report(EAN13_REPORT);
    for (const report of BOARDING_PASS_REPORTS) bus.handle().report(report);
    expect(scans).toEqual([
      { code: '3046920029759', symbology: 'EAN-13', aim: ']E0', source: 'hid' },
      { code: BOARDING_PASS, symbology: 'QR', aim: ']Q1', source: 'hid' },
    ]);
    expect(captured).toEqual(['/dev/hidraw3 64', '/dev/hidraw3 64', '/dev/hidraw3 64']);
  });

  it('reconnects after the scanner is unplugged and plugged back', async () => {
    const bus = fakeBus([SCANNER]);
    const scans: HidScan[] = [];
    const states: string[] = [];
    driver = createHidScannerDriver({ onScan: (scan) => scans.push(scan), onState: (s) => states.push(s.state), loadApi: () => ({ api: bus.api, reason: null }), pollIntervalMs: 10 });
    await driver.start();
    const first = bus.handle();
    bus.unplug();
    await vi.waitFor(() => expect(driver?.state().state).toBe('absent'));
    expect(first.closed).toBe(true);
    first.report(EAN13_REPORT); // a late report from the old handle is ignored
    expect(scans).toEqual([]);

    bus.plug(SCANNER);
    await vi.waitFor(() => expect(driver?.state().state).toBe('ok'));
    bus.handle().report(EAN13_REPORT);
    expect(scans.map((scan) => scan.code)).toEqual(['3046920029759']);
    expect(bus.opened).toEqual(['/dev/hidraw3', '/dev/hidraw3']);
    expect(states).toEqual(['ok', 'absent', 'ok']);
  });

  it('follows the scanner chosen in settings', async () => {
    const other = { ...SCANNER, path: '/dev/hidraw7', product: 'DS2208' };
    const bus = fakeBus([SCANNER, other]);
    driver = createHidScannerDriver({ onScan: () => undefined, loadApi: () => ({ api: bus.api, reason: null }), pollIntervalMs: 10_000 });
    await driver.start();
    expect(driver.state().device?.path).toBe('/dev/hidraw3');
    await driver.select('/dev/hidraw7');
    expect(driver.state()).toMatchObject({ state: 'ok', label: 'Lecteur prêt : DS2208' });
    expect(bus.handle('/dev/hidraw3').closed).toBe(true);
    await driver.select('/dev/hidraw9');
    expect(driver.state()).toMatchObject({ state: 'absent', label: 'Le lecteur choisi n’est pas branché.' });
  });

  it('reports a scan whose continuation never came, without emitting it', async () => {
    const bus = fakeBus([SCANNER]);
    const scans: HidScan[] = [];
    const errors: string[] = [];
    driver = createHidScannerDriver({
      onScan: (scan) => scans.push(scan),
      onError: (error) => errors.push(error.code),
      loadApi: () => ({ api: bus.api, reason: null }),
      reassemblyTimeoutMs: 20,
    });
    await driver.start();
    bus.handle().report(BOARDING_PASS_REPORTS[0]!);
    await vi.waitFor(() => expect(errors).toEqual(['INCOMPLETE']));
    expect(scans).toEqual([]);
  });

  it('says the hidraw devices are unreadable when enumeration fails (udev rule missing)', async () => {
    const api: HidApi = { devices: async () => Promise.reject(new Error('EACCES')), open: async () => Promise.reject(new Error('EACCES')) };
    driver = createHidScannerDriver({ onScan: () => undefined, loadApi: () => ({ api, reason: null }) });
    await driver.start();
    expect(driver.state().label).toMatch(/règle udev/);
  });
});

describe('HID scanner driver with the real node-hid', () => {
  it('loads without hardware present: no scanner, or HID unavailable, never a crash', async () => {
    const { loadNodeHidApi } = await import('../../../electron/node/devices/hid-scanner.driver');
    const { api, reason } = loadNodeHidApi();
    if (api) expect(Array.isArray(await api.devices())).toBe(true);
    else expect(reason).toBeTruthy();
    driver = createHidScannerDriver({ onScan: () => undefined, pollIntervalMs: 60_000 });
    await driver.start();
    expect(['absent', 'unavailable', 'ok']).toContain(driver.state().state);
  });
});
