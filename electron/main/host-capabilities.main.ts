import type { PrinterInfo, WebContentsPrintOptions } from 'electron';
import type { HostCapabilities, PrintOutcome } from '../node/host/host-capabilities';

/** One CSS pixel in microns (96 px per inch). */
const MICRONS_PER_PX = 25_400 / 96;
/** Electron refuses pages smaller than this. */
const MIN_PAGE_MICRONS = 10_000;
/** A silent print that does not finish in this time is reported as failed. */
const SILENT_PRINT_TIMEOUT_MS = 60_000;

/** The hidden window that renders one receipt (Electron's BrowserWindow, structurally). */
export interface PrintWindowLike {
  loadURL(url: string): Promise<unknown>;
  webContents: {
    executeJavaScript(code: string): Promise<unknown>;
    print(options: WebContentsPrintOptions, callback: (success: boolean, failureReason: string) => void): void;
  };
  destroy(): void;
  isDestroyed(): boolean;
}

export interface MainHostDeps {
  createPrintWindow(): PrintWindowLike;
  getPrinters(): Promise<PrinterInfo[]>;
  /** Electron's safeStorage (DPAPI, Keychain, libsecret): seals the hub credential. */
  safeStorage: { encryptString(plain: string): Buffer; decryptString(sealed: Buffer): string };
}

/** The document as a data: URL (no file on disk, no network). */
export function htmlDataUrl(html: string): string {
  return `data:text/html;charset=utf-8,${encodeURIComponent(html)}`;
}

/**
 * Print options for a receipt: silent on a named printer, otherwise the system dialog; for a roll
 * (`widthMicrons`) the page is the roll's width and the content's height, without margins. Pure.
 */
export function receiptPrintOptions(
  request: { printerName?: string; widthMicrons?: number },
  contentHeightPx: number | null,
): WebContentsPrintOptions {
  const options: WebContentsPrintOptions = { silent: !!request.printerName, printBackground: false, copies: 1 };
  if (request.printerName) options.deviceName = request.printerName;
  if (request.widthMicrons) {
    const height = Math.max(MIN_PAGE_MICRONS, Math.ceil((contentHeightPx ?? 0) * MICRONS_PER_PX) + 5_000);
    options.pageSize = { width: Math.max(MIN_PAGE_MICRONS, Math.round(request.widthMicrons)), height };
    options.margins = { marginType: 'none' };
  }
  return options;
}

/** Chromium's failure reason, for the person at the desk. */
export function printFailureReason(reason: string): string {
  if (reason === 'cancelled') return 'Impression annulée.';
  if (reason === 'Invalid printer settings' || /printer/i.test(reason)) return `Imprimante introuvable ou mal configurée (${reason}).`;
  return `Impression impossible (${reason || 'raison inconnue'}).`;
}

/** Electron's printer list as the backend wants it. */
export function toPrinterList(printers: PrinterInfo[]): Array<{ name: string; isDefault: boolean }> {
  return printers.map((printer) => {
    // `isDefault` left PrinterInfo's typings but some platforms still report it, others in options.
    const legacy = (printer as PrinterInfo & { isDefault?: unknown }).isDefault;
    const fromOptions = (printer.options as Record<string, unknown> | undefined)?.['is-default'];
    return { name: printer.name, isDefault: legacy === true || fromOptions === 'true' };
  });
}

/** What Electron main offers the backend: printing HTML on the operating system's printers, and its key store. */
export function createMainHostCapabilities(deps: MainHostDeps): HostCapabilities {
  return {
    async printHtml(request): Promise<PrintOutcome> {
      let window: PrintWindowLike | null = null;
      try {
        window = deps.createPrintWindow();
        await window.loadURL(htmlDataUrl(request.html));
        let heightPx: number | null = null;
        if (request.widthMicrons) {
          const measured = await window.webContents.executeJavaScript('document.documentElement.scrollHeight');
          heightPx = typeof measured === 'number' && Number.isFinite(measured) ? measured : null;
        }
        const options = receiptPrintOptions(request, heightPx);
        const printed = window;
        return await new Promise<PrintOutcome>((resolve) => {
          const timer = options.silent
            ? setTimeout(() => resolve({ ok: false, reason: 'L’imprimante ne répond pas.' }), SILENT_PRINT_TIMEOUT_MS)
            : null;
          printed.webContents.print(options, (success, failureReason) => {
            if (timer) clearTimeout(timer);
            resolve(success ? { ok: true } : { ok: false, reason: printFailureReason(failureReason) });
          });
        });
      } catch (error) {
        return { ok: false, reason: `Impression impossible : ${error instanceof Error ? error.message : String(error)}` };
      } finally {
        if (window && !window.isDestroyed()) window.destroy();
      }
    },
    async listPrinters() {
      try {
        return toPrinterList(await deps.getPrinters());
      } catch {
        return [];
      }
    },
    async sealSecret(plain) {
      return deps.safeStorage.encryptString(plain).toString('base64');
    },
    async unsealSecret(sealed) {
      return deps.safeStorage.decryptString(Buffer.from(sealed, 'base64'));
    },
  };
}
