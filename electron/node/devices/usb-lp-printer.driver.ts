/**
 * USB receipt printers on Linux through the kernel's usblp driver: `/dev/usb/lp0`, `lp1`… (research/devices.md
 * §2.4). The desk's user must be in group `lp`. Writing is a plain file write; reading status back through usblp
 * needs ioctls Node does not offer, so `status()` only checks that the device is there and writable (null =
 * state unknown) and paper out is learnt from the write itself (usblp fails it with ENOSPC).
 */
import { constants } from 'node:fs';
import { access, open, readdir, readFile, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { PRINTER_LABELS } from '../../common/devices/printer-status';
import { PrinterError, toPrinterError, type PrinterTransport, type SentAmount } from './printer-transport';

export interface UsbLpPrinterInfo {
  path: string;
  writable: boolean;
  /** Maker and model from the printer's IEEE 1284 id, e.g. "EPSON TM-T20III", when the kernel exposes it. */
  name?: string;
}

export interface UsbLpListOptions {
  /** Default `/dev/usb`. */
  devDir?: string;
  /** Default `/sys/class/usbmisc`. */
  sysDir?: string;
}

/** "MFG:EPSON;CMD:ESC/POS;MDL:TM-T20III;" → "EPSON TM-T20III". */
export function nameFromIeee1284Id(id: string): string | undefined {
  const fields = new Map<string, string>();
  for (const part of id.split(';')) {
    const colon = part.indexOf(':');
    if (colon > 0) fields.set(part.slice(0, colon).trim().toUpperCase(), part.slice(colon + 1).trim());
  }
  const maker = fields.get('MFG') ?? fields.get('MANUFACTURER');
  const model = fields.get('MDL') ?? fields.get('MODEL');
  const name = [maker, model].filter(Boolean).join(' ');
  return name || undefined;
}

/** The usblp printers present, sorted by device number. Empty on systems without /dev/usb. */
export async function listUsbLpPrinters(options: UsbLpListOptions = {}): Promise<UsbLpPrinterInfo[]> {
  const devDir = options.devDir ?? '/dev/usb';
  const sysDir = options.sysDir ?? '/sys/class/usbmisc';
  let names: string[];
  try {
    names = await readdir(devDir);
  } catch {
    return [];
  }
  const printers = names.filter((name) => /^lp\d+$/.test(name)).sort((a, b) => Number(a.slice(2)) - Number(b.slice(2)));
  return Promise.all(
    printers.map(async (name) => {
      const devicePath = path.join(devDir, name);
      const info: UsbLpPrinterInfo = { path: devicePath, writable: await isWritable(devicePath) };
      try {
        const printerName = nameFromIeee1284Id(await readFile(path.join(sysDir, name, 'device', 'ieee1284_id'), 'latin1'));
        if (printerName) info.name = printerName;
      } catch {
        // Not exposed (older kernels, containers): the path alone identifies the printer.
      }
      return info;
    }),
  );
}

async function isWritable(file: string): Promise<boolean> {
  try {
    await access(file, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Device writes may be short: loop until every byte is taken. */
async function writeAll(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
    if (bytesWritten <= 0) throw Object.assign(new Error('short write'), { code: 'EIO' });
    offset += bytesWritten;
  }
}

export interface UsbLpPrinterOptions {
  /** e.g. `/dev/usb/lp0`. */
  path: string;
  /** usblp can block a write while the printer is stopped; give up after this long. Default 30 s. */
  writeTimeoutMs?: number;
}

function usbError(error: unknown, target: string, sent: SentAmount): PrinterError {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOSPC') return new PrinterError('IO_ERROR', PRINTER_LABELS.paperOut, sent, error);
  if (code === 'EIO') return new PrinterError('IO_ERROR', `${PRINTER_LABELS.offline} (${target})`, sent, error);
  return toPrinterError(error, target, sent);
}

/** A write-only PrinterTransport for a usblp device. */
export function createUsbLpPrinter(options: UsbLpPrinterOptions): PrinterTransport {
  const target = options.path;
  const writeTimeoutMs = options.writeTimeoutMs ?? 30_000;

  return {
    target,

    async status() {
      try {
        await access(target, constants.W_OK);
      } catch (error) {
        throw usbError(error, target, 'none');
      }
      return null;
    },

    async print(job) {
      let sent: SentAmount = 'none';
      let timer: NodeJS.Timeout | undefined;
      // No O_CREAT: a missing device must fail (ENOENT), not create a file in /dev.
      const handle = await open(target, constants.O_WRONLY | constants.O_APPEND).catch((error: unknown) => {
        throw usbError(error, target, 'none');
      });
      try {
        sent = 'partial';
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new PrinterError('TIMEOUT', `L’imprimante (${target}) ne prend plus les données.`, 'partial')), writeTimeoutMs);
        });
        await Promise.race([writeAll(handle, job), timeout]);
        sent = 'complete';
      } catch (error) {
        throw usbError(error, target, sent);
      } finally {
        clearTimeout(timer);
        await handle.close().catch(() => undefined);
      }
    },
  };
}
