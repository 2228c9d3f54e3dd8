import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHidReportAssembler } from '../../../electron/common/devices/hid-pos-report';
import { createWedgeDetector } from '../../../electron/common/devices/keyboard-wedge';
import { createDeviceCapture, hidReportsFromCapture, keyEventsFromCapture, readDeviceCapture } from '../../../electron/node/devices/device-capture';
import { createUsbLpPrinter, listUsbLpPrinters, nameFromIeee1284Id } from '../../../electron/node/devices/usb-lp-printer.driver';
import { receiptText } from '../../support/escpos-decoder';
import { BOARDING_PASS, BOARDING_PASS_REPORTS, EAN13_REPORT } from '../../support/hid-fixtures';
import { makeTempDir } from '../../support/test-backend';

describe('USB printer through /dev/usb/lp*', () => {
  it('lists lp devices in order with the printer name the kernel gives', async () => {
    const root = makeTempDir('guichet-lp-');
    const devDir = path.join(root, 'dev');
    const sysDir = path.join(root, 'sys');
    mkdirSync(devDir);
    for (const name of ['lp10', 'lp0', 'hiddev0', 'lp1']) writeFileSync(path.join(devDir, name), '');
    mkdirSync(path.join(sysDir, 'lp0', 'device'), { recursive: true });
    writeFileSync(path.join(sysDir, 'lp0', 'device', 'ieee1284_id'), 'MFG:EPSON;CMD:ESC/POS;MDL:TM-T20III;CLS:PRINTER;');
    chmodSync(path.join(devDir, 'lp1'), 0o444);
    const printers = await listUsbLpPrinters({ devDir, sysDir });
    expect(printers.map((p) => path.basename(p.path))).toEqual(['lp0', 'lp1', 'lp10']);
    expect(printers[0]).toMatchObject({ name: 'EPSON TM-T20III', writable: true });
    if (process.getuid?.() !== 0) expect(printers[1]?.writable).toBe(false);
    expect(await listUsbLpPrinters({ devDir: path.join(root, 'absent') })).toEqual([]);
    expect(nameFromIeee1284Id('MANUFACTURER:Star;MODEL:TSP143IIIU;')).toBe('Star TSP143IIIU');
  });

  it('writes a job to the device, status unknown (write-only)', async () => {
    const dir = makeTempDir('guichet-lp-');
    const device = path.join(dir, 'lp0');
    writeFileSync(device, '');
    const printer = createUsbLpPrinter({ path: device });
    expect(await printer.status()).toBeNull();
    await printer.print(Uint8Array.from(Buffer.from('\x1b@\x1bt\x10Re\xe7u n\xb0 42\n\x1dV\x01', 'latin1')));
    expect(receiptText(readFileSync(device))).toBe('Reçu n° 42\n[coupe]');
  });

  it('says in French that an unplugged printer is not found, and never creates the device file', async () => {
    const device = path.join(makeTempDir('guichet-lp-'), 'lp0');
    const printer = createUsbLpPrinter({ path: device });
    await expect(printer.status()).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/introuvable/) });
    await expect(printer.print(Uint8Array.of(0x41))).rejects.toMatchObject({ code: 'NOT_FOUND', sent: 'none' });
    expect(() => statSync(device)).toThrow();
  });
});

describe('device capture (support mode)', () => {
  it('records HID reports and keystrokes as JSON Lines that replay into the parsers', async () => {
    const file = path.join(makeTempDir('guichet-capture-'), 'capture.jsonl');
    let t = 1000;
    const capture = createDeviceCapture({ file, clock: () => new Date('2026-11-22T09:00:00Z'), now: () => t });
    const device = { path: '/dev/hidraw3', vendorId: 0x0c2e, productId: 0x0b87, usagePage: 0x8c };
    capture.recordHidReport(device, EAN13_REPORT);
    t += 40;
    for (const report of BOARDING_PASS_REPORTS) capture.recordHidReport(device, report);
    const keys = ['Digit1', 'Digit2', 'Digit3', 'Digit4', 'Digit5', 'Digit6', 'Enter'];
    keys.forEach((code, i) => capture.recordKey({ type: 'keydown', code, key: code === 'Enter' ? 'Enter' : '&é"\'(-'[i] ?? '', shiftKey: false, timeStamp: 5000 + i * 5 }));
    expect(capture.entries).toBe(3 + keys.length);
    await capture.close();
    expect(statSync(file).mode & 0o777).toBe(0o600);

    const entries = await readDeviceCapture(file);
    expect(entries[0]).toMatchObject({ kind: 'header', version: 1, startedAt: '2026-11-22T09:00:00.000Z', note: expect.stringMatching(/À supprimer/) });
    expect(entries[1]).toMatchObject({ kind: 'hid', t: 0, vendorId: 0x0c2e, usagePage: 0x8c, hex: expect.stringMatching(/^02 0d 5d 45 30 33 30/) });

    const assembler = createHidReportAssembler({ now: () => 0 });
    const scans = hidReportsFromCapture(entries).map((report) => assembler.push(report)).filter(Boolean);
    expect(scans.map((scan) => scan?.code)).toEqual(['3046920029759', BOARDING_PASS]);

    const detector = createWedgeDetector();
    const decisions = keyEventsFromCapture(entries).map((event) => detector.feed(event));
    expect(decisions.at(-1)).toMatchObject({ action: 'scan', code: '123456' });
  });

  it('stops recording at its entry limit', async () => {
    const file = path.join(makeTempDir('guichet-capture-'), 'capture.jsonl');
    const capture = createDeviceCapture({ file, clock: () => new Date(), maxEntries: 2 });
    for (let i = 0; i < 5; i += 1) capture.recordHidReport({}, EAN13_REPORT);
    expect(capture.full).toBe(true);
    await capture.close();
    expect((await readDeviceCapture(file)).filter((entry) => entry.kind === 'hid')).toHaveLength(2);
  });
});
