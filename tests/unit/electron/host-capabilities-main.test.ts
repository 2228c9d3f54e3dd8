import type { PrinterInfo, WebContentsPrintOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  createMainHostCapabilities,
  htmlDataUrl,
  receiptPrintOptions,
  type PrintWindowLike,
} from '../../../electron/main/host-capabilities.main';

// No test here may load the real 'electron' package: its index.js downloads the binary when missing.
vi.mock('electron', () => ({}));

/** safeStorage stand-in: reversible, and visibly not the plain text. */
const fakeSafeStorage = {
  encryptString: (plain: string) => Buffer.from(`sealed:${[...plain].reverse().join('')}`),
  decryptString: (sealed: Buffer) => [...sealed.toString().replace(/^sealed:/, '')].reverse().join(''),
};

function fakePrintWindow(outcome: [boolean, string]) {
  const printed: WebContentsPrintOptions[] = [];
  let destroyed = false;
  const window: PrintWindowLike = {
    loadURL: vi.fn(async () => undefined),
    webContents: {
      executeJavaScript: async () => 1000,
      print: (options, callback) => {
        printed.push(options);
        callback(...outcome);
      },
    },
    destroy: () => {
      destroyed = true;
    },
    isDestroyed: () => destroyed,
  };
  return { window, printed, destroyed: () => destroyed };
}

describe('OS printing from Electron main', () => {
  it('prints silently on a named printer, on a roll as wide as the paper and as long as the receipt', async () => {
    const fake = fakePrintWindow([true, '']);
    const host = createMainHostCapabilities({ createPrintWindow: () => fake.window, getPrinters: async () => [], safeStorage: fakeSafeStorage });
    await expect(host.printHtml({ html: '<p>Reçu</p>', printerName: 'TM-T20', widthMicrons: 80_000 })).resolves.toEqual({ ok: true });
    expect(fake.window.loadURL).toHaveBeenCalledWith(htmlDataUrl('<p>Reçu</p>'));
    expect(fake.printed[0]).toMatchObject({ silent: true, deviceName: 'TM-T20', pageSize: { width: 80_000 }, margins: { marginType: 'none' } });
    expect((fake.printed[0]?.pageSize as { height: number }).height).toBeGreaterThan(264_000);
    expect(fake.destroyed()).toBe(true);
  });

  it('shows the system dialog without a printer name, and reports a failure in French', async () => {
    const fake = fakePrintWindow([false, 'cancelled']);
    const host = createMainHostCapabilities({ createPrintWindow: () => fake.window, getPrinters: async () => [], safeStorage: fakeSafeStorage });
    await expect(host.printHtml({ html: '<p>Reçu</p>' })).resolves.toEqual({ ok: false, reason: 'Impression annulée.' });
    expect(fake.printed[0]).toMatchObject({ silent: false });
    expect(fake.printed[0]?.deviceName).toBeUndefined();
    expect(receiptPrintOptions({}, null).pageSize).toBeUndefined();
  });

  it('lists the printers, empty when the system cannot say', async () => {
    const printers = [{ name: 'TM-T20', displayName: 'TM T20', description: '', options: {}, isDefault: true }] as unknown as PrinterInfo[];
    const host = createMainHostCapabilities({ createPrintWindow: () => fakePrintWindow([true, '']).window, getPrinters: async () => printers, safeStorage: fakeSafeStorage });
    await expect(host.listPrinters()).resolves.toEqual([{ name: 'TM-T20', isDefault: true }]);
    const broken = createMainHostCapabilities({ createPrintWindow: () => fakePrintWindow([true, '']).window, getPrinters: () => Promise.reject(new Error('cups')), safeStorage: fakeSafeStorage });
    await expect(broken.listPrinters()).resolves.toEqual([]);
  });

  it('seals the hub credential with the system key store, and opens it again', async () => {
    const host = createMainHostCapabilities({ createPrintWindow: () => fakePrintWindow([true, '']).window, getPrinters: async () => [], safeStorage: fakeSafeStorage });
    const sealed = await host.sealSecret?.('desk.secret-value');
    expect(sealed).toBeDefined();
    expect(Buffer.from(sealed as string, 'base64').toString()).not.toContain('secret-value');
    await expect(host.unsealSecret?.(sealed as string)).resolves.toBe('desk.secret-value');
  });
});
