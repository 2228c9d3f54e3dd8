/**
 * What the printer settings mean on this desk: where jobs go (transport), how a receipt becomes bytes for it
 * (ESC/POS for receipt printers, an 80 mm HTML page for the system's printer) and how a print request is
 * answered (`queue`: the print queue sends it; `browser-dialog`: browser mode, the page prints it itself;
 * `none`: no printer).
 */
import type { PrinterSettings } from '../../../common/contract';
import type { CodePage } from '../../../common/receipts/code-pages';
import { encodeReceipt } from '../../../common/receipts/receipt-encoder';
import { renderReceiptHtml } from '../../../common/receipts/receipt-html';
import type { ReceiptLayout } from '../../../common/receipts/receipt-layout';
import { printerProfile } from '../../../common/receipts/printer-profiles';
import type { HostCapabilities } from '../../host/host-capabilities';
import { createNetworkPrinter } from '../../devices/network-printer.driver';
import { PrinterError, type PrinterTransport } from '../../devices/printer-transport';
import { createSystemPrinter } from '../../devices/system-printer.driver';
import { createUsbLpPrinter } from '../../devices/usb-lp-printer.driver';

export type PrintDelivery = 'none' | 'queue' | 'browser-dialog';

/** The target stored on jobs printed through the browser's dialog (browser mode). */
export const BROWSER_TARGET = 'navigateur';
const NO_PRINTER_TARGET = 'aucune';

export interface PrinterMode {
  settings: PrinterSettings;
  delivery: PrintDelivery;
  /** For `queue`; for the others a stand-in that is never asked to print (the queue is not started). */
  transport: PrinterTransport;
  encode(layout: ReceiptLayout): Uint8Array;
  /** Where receipts go, for the status line: `127.0.0.1:9100`, `/dev/usb/lp0`, `« EPSON TM-T20 »`… */
  place: string;
  /** The transport can tell the printer's state (paper, cover): worth asking before the first job. */
  readsStatus: boolean;
  /** The status line when nothing is wrong. */
  readyLabel: string;
  /** The ESC/POS code page, which limits the characters on paper; null for HTML receipts (any script). */
  codePage: CodePage | null;
}

/** The 80 mm HTML page of a receipt (system printer, browser dialog). */
export function receiptHtml(layout: ReceiptLayout, title = 'Reçu'): string {
  return renderReceiptHtml(layout, { title, paperWidthMm: 80 });
}

const htmlBytes = (layout: ReceiptLayout) => new TextEncoder().encode(receiptHtml(layout));

function standIn(target: string, reason: string): PrinterTransport {
  return {
    target,
    status: async () => null,
    print: async () => {
      throw new PrinterError('ABANDONED', reason);
    },
  };
}

export function printerMode(settings: PrinterSettings, host: HostCapabilities | null): PrinterMode {
  switch (settings.kind) {
    case 'none':
      return {
        settings,
        delivery: 'none',
        transport: standIn(NO_PRINTER_TARGET, 'Aucune imprimante de tickets configurée.'),
        encode: htmlBytes,
        place: 'aucune',
        readsStatus: false,
        readyLabel: 'Aucune imprimante de tickets configurée',
        codePage: null,
      };
    case 'network': {
      const profile = printerProfile(settings.profile);
      return {
        settings,
        delivery: 'queue',
        transport: createNetworkPrinter({ host: settings.host, port: settings.port }),
        encode: (layout) => encodeReceipt(layout, profile),
        place: `${settings.host}:${settings.port}`,
        readsStatus: true,
        readyLabel: `Imprimante prête : ${settings.host}:${settings.port}`,
        codePage: profile.codePage,
      };
    }
    case 'usb-lp': {
      const profile = printerProfile(settings.profile);
      return {
        settings,
        delivery: 'queue',
        transport: createUsbLpPrinter({ path: settings.devicePath }),
        encode: (layout) => encodeReceipt(layout, profile),
        place: settings.devicePath,
        // Only whether the device is there: worth showing before the first job.
        readsStatus: true,
        readyLabel: `Imprimante prête : ${settings.devicePath}`,
        codePage: profile.codePage,
      };
    }
    case 'system':
      if (!host) {
        return {
          settings,
          delivery: 'browser-dialog',
          transport: standIn(BROWSER_TARGET, 'Ce ticket s’imprime depuis le navigateur.'),
          encode: htmlBytes,
          place: 'navigateur',
          readsStatus: false,
          readyLabel: 'Impression par le navigateur (boîte de dialogue d’impression)',
          codePage: null,
        };
      }
      return {
        settings,
        delivery: 'queue',
        transport: createSystemPrinter({ host, printerName: settings.printerName }),
        encode: htmlBytes,
        place: settings.printerName ? `« ${settings.printerName} »` : 'imprimante du système',
        readsStatus: false,
        readyLabel: settings.printerName
          ? `Imprimante du système : « ${settings.printerName} »`
          : 'Imprimante du système, choisie à chaque impression',
        codePage: null,
      };
  }
}
