/**
 * The operating system's printer, through the Electron host (research/devices.md §2.4, fallback 5): the job is an
 * 80 mm HTML receipt (receipt-html.ts) that Electron main prints with `webContents.print`. Write only: no status.
 * - With a printer name the print is silent; a failure is retried by the queue like any transport error.
 * - Without one the system's print dialog opens: a dialog that is closed or fails needs the agent, so the job is
 *   ABANDONED (failed, kept, retried on request) rather than shown again and again.
 */
import type { HostCapabilities } from '../host/host-capabilities';
import { PrinterError, type PrinterTransport } from './printer-transport';

/** 80 mm paper, in microns, as Electron's `pageSize` wants it. */
export const RECEIPT_WIDTH_MICRONS = 80_000;

export interface SystemPrinterOptions {
  host: HostCapabilities;
  /** The system's printer name; null: the print dialog. */
  printerName: string | null;
  widthMicrons?: number;
}

const decoder = new TextDecoder('utf-8');

/** A PrinterTransport whose jobs are UTF-8 HTML documents. */
export function createSystemPrinter(options: SystemPrinterOptions): PrinterTransport {
  const { host, printerName } = options;
  return {
    target: printerName ? `system:${printerName}` : 'system:dialogue',

    async status() {
      return null;
    },

    async print(job) {
      const request = { html: decoder.decode(job), widthMicrons: options.widthMicrons ?? RECEIPT_WIDTH_MICRONS };
      const outcome = await host.printHtml(printerName ? { ...request, printerName } : request);
      if (outcome.ok) return;
      throw new PrinterError(printerName ? 'IO_ERROR' : 'ABANDONED', outcome.reason, 'none');
    },
  };
}
