import { z } from 'zod';
import { PRINTER_PROFILE_IDS } from '../receipts/printer-profiles';
import { DeviceState, Id } from './dto';

/**
 * The scanners and the receipt printer, as the device settings page ("Périphériques") and the status bar see
 * them. Local to the desk: device settings are never uploaded.
 */

/** A HID POS scanner interface seen on the desk (usage page 0x8C only). */
export const HidScannerDto = z.object({
  path: z.string(),
  name: z.string(),
  vendorId: z.number().int().nullable(),
  productId: z.number().int().nullable(),
});
export type HidScannerDto = z.infer<typeof HidScannerDto>;

/** Keyboard-wedge detection: the renderer's detector options that an administrator may tune. */
export const WedgeSettings = z.object({
  enabled: z.boolean(),
  /** A pause longer than this between two keys ends a burst (default 50 ms; slow scanners ~150 ms). */
  maxGapMs: z.number().int().min(10).max(500),
  /** Without a prefix, a scan's mean time per key is at most this (default 35 ms). */
  maxAverageGapMs: z.number().int().min(5).max(400),
  /** Without a prefix, a scan has at least this many characters (default 6). */
  minLength: z.number().int().min(1).max(64),
  /** `KeyboardEvent.code`s sent first by the scanner (e.g. `F13`); empty: detection by timing only. */
  prefix: z.array(z.string().min(1).max(32)).max(8),
  /** `KeyboardEvent.code`s sent after the data, removed from the code. */
  suffix: z.array(z.string().min(1).max(32)).max(8),
  /** The scanner sends its AIM identifier (`]E0`…) first. */
  aimPrefix: z.boolean(),
});
export type WedgeSettings = z.infer<typeof WedgeSettings>;

export const ScannerSettings = z.object({
  /** The HID scanner chosen (its path); null: the first HID POS scanner found. */
  hidPath: z.string().min(1).max(500).nullable(),
  wedge: WedgeSettings,
});
export type ScannerSettings = z.infer<typeof ScannerSettings>;

export const PrinterProfileId = z.enum(PRINTER_PROFILE_IDS);

/**
 * Where receipts go. `system`: the operating system's printer, through the Electron host (an 80 mm HTML
 * receipt); in browser mode, the browser's print dialog.
 */
export const PrinterSettings = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({
    kind: z.literal('network'),
    profile: PrinterProfileId,
    host: z.string().trim().min(1).max(253).regex(/^[A-Za-z0-9.:-]+$/, 'Adresse d’imprimante invalide'),
    port: z.number().int().min(1).max(65535),
  }),
  z.object({
    kind: z.literal('usb-lp'),
    profile: PrinterProfileId,
    devicePath: z.string().regex(/^\/dev\/usb\/lp\d+$/, 'Chemin attendu : /dev/usb/lp0, /dev/usb/lp1…'),
  }),
  z.object({ kind: z.literal('system'), printerName: z.string().max(200).nullable() }),
]);
export type PrinterSettings = z.infer<typeof PrinterSettings>;

export const PrintJobState = z.enum(['queued', 'paused', 'printing', 'printed', 'failed', 'cancelled']);

export const PrintJobDto = z.object({
  id: Id,
  kind: z.string(),
  /** French label of the job, e.g. « Ticket de test ». */
  label: z.string(),
  state: PrintJobState,
  attempts: z.number().int().nonnegative(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  printedAt: z.string().nullable(),
});
export type PrintJobDto = z.infer<typeof PrintJobDto>;

export const PrinterQueueDto = z.object({
  state: z.enum(['idle', 'printing', 'paused', 'retrying', 'stopped']),
  /** French: why the queue waits, or a warning (paper near end); null when all is well. */
  message: z.string().nullable(),
  waiting: z.number().int().nonnegative(),
  jobs: z.array(PrintJobDto),
});
export type PrinterQueueDto = z.infer<typeof PrinterQueueDto>;

export const DevicesDto = z.object({
  scanner: DeviceState.extend({ settings: ScannerSettings, hidScanners: z.array(HidScannerDto) }),
  printer: DeviceState.extend({ settings: PrinterSettings, queue: PrinterQueueDto }),
  capture: z.object({ active: z.boolean(), file: z.string().nullable() }),
  /** The backend runs with simulated devices (`--fake-devices`). */
  fake: z.boolean(),
});
export type DevicesDto = z.infer<typeof DevicesDto>;

/** What can be chosen as a printer on this desk. */
export const PrinterChoicesDto = z.object({
  usbLp: z.array(z.object({ devicePath: z.string(), name: z.string().nullable() })),
  system: z.array(z.object({ name: z.string(), isDefault: z.boolean() })),
  /** False in browser mode: `system` then means the browser's print dialog. */
  systemPrintingByHost: z.boolean(),
});
export type PrinterChoicesDto = z.infer<typeof PrinterChoicesDto>;

/**
 * The answer to a print request. `browser-dialog`: browser mode with the `system` printer; the renderer prints
 * the given 80 mm HTML through the browser's print dialog (the job is then marked printed by the renderer).
 */
export const PrintRequestDto = z.discriminatedUnion('delivery', [
  z.object({ delivery: z.literal('queued'), job: PrintJobDto }),
  z.object({ delivery: z.literal('browser-dialog'), job: PrintJobDto, html: z.string() }),
]);
export type PrintRequestDto = z.infer<typeof PrintRequestDto>;

/** One keystroke as captured in the renderer for support (capture mode). */
export const CapturedKey = z.object({
  code: z.string().max(32),
  key: z.string().max(32),
  shiftKey: z.boolean(),
  timeStamp: z.number().nonnegative(),
});
export type CapturedKey = z.infer<typeof CapturedKey>;
