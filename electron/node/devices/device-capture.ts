/**
 * Capture mode for support (research/devices.md §3.3): raw HID reports and keystroke timings written to a JSON
 * Lines file, so a real scanner's output can become a test fixture. One object per line:
 *   {"kind":"header","version":1,"startedAt":"…","note":"…"}
 *   {"kind":"hid","t":12.5,"path":"…","vendorId":3118,"productId":2951,"usagePage":140,"hex":"02 0d 5d 45 30 …"}
 *   {"kind":"key","t":40.1,"type":"keydown","code":"Digit1","key":"&","shiftKey":false,"ctrlKey":false,"altKey":false,"timeStamp":1234.5}
 * `t` is milliseconds since the capture started. The file is created with mode 0600: keystrokes captured while a
 * person types are in it, so capture is for a support session only and the file is deleted afterwards.
 */
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Clock } from '../../common/domain/clock';
import type { KeyEvent } from '../../common/devices/keyboard-wedge';
import type { HidInterfaceInfo } from '../../common/devices/hid-pos-report';
import type { HidCaptureSink } from './hid-scanner.driver';

export interface CaptureKeyEvent extends KeyEvent {
  type: 'keydown' | 'keyup';
}

export type CaptureEntry =
  | { kind: 'header'; version: 1; startedAt: string; note: string }
  | { kind: 'hid'; t: number; path?: string; vendorId?: number; productId?: number; usagePage?: number; hex: string }
  | { kind: 'key'; t: number; type: 'keydown' | 'keyup'; code: string; key: string; shiftKey: boolean; ctrlKey: boolean; altKey: boolean; timeStamp: number };

export interface DeviceCaptureOptions {
  file: string;
  clock: Clock;
  /** Monotonic milliseconds. Default performance.now(). */
  now?: () => number;
  /** Stops recording after this many entries (a forgotten capture must not grow for ever). Default 20 000. */
  maxEntries?: number;
}

export interface DeviceCapture extends HidCaptureSink {
  readonly file: string;
  /** Entries recorded so far (header excluded). */
  readonly entries: number;
  /** The entry limit was reached: later events are not recorded. */
  readonly full: boolean;
  recordKey(event: CaptureKeyEvent): void;
  close(): Promise<void>;
}

export const CAPTURE_NOTE = 'Capture de périphériques pour l’assistance : contient les touches frappées pendant la capture. À supprimer après usage.';

export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join(' ');
}

export function fromHex(hex: string): Uint8Array {
  const digits = hex.replace(/[^0-9a-fA-F]/g, '');
  if (digits.length % 2 !== 0) throw new Error(`Invalid hex: ${hex.slice(0, 40)}`);
  return Uint8Array.from({ length: digits.length / 2 }, (_, i) => parseInt(digits.slice(i * 2, i * 2 + 2), 16));
}

/** Starts a capture, appending to `file` (created 0600). */
export function createDeviceCapture(options: DeviceCaptureOptions): DeviceCapture {
  const now = options.now ?? (() => performance.now());
  const maxEntries = options.maxEntries ?? 20_000;
  const started = now();
  const stream = createWriteStream(options.file, { flags: 'a', mode: 0o600 });
  let entries = 0;
  let closed = false;
  const since = () => Math.round((now() - started) * 1000) / 1000;

  function write(entry: CaptureEntry): void {
    stream.write(`${JSON.stringify(entry)}\n`);
  }

  function admit(): boolean {
    if (closed || entries >= maxEntries) return false;
    entries += 1;
    return true;
  }

  write({ kind: 'header', version: 1, startedAt: options.clock().toISOString(), note: CAPTURE_NOTE });

  return {
    file: options.file,
    get entries() {
      return entries;
    },
    get full() {
      return entries >= maxEntries;
    },

    recordHidReport(device: HidInterfaceInfo, bytes: Uint8Array) {
      if (!admit()) return;
      const entry: CaptureEntry = { kind: 'hid', t: since(), hex: toHex(bytes) };
      if (device.path !== undefined) entry.path = device.path;
      if (device.vendorId !== undefined) entry.vendorId = device.vendorId;
      if (device.productId !== undefined) entry.productId = device.productId;
      if (device.usagePage !== undefined) entry.usagePage = device.usagePage;
      write(entry);
    },

    recordKey(event: CaptureKeyEvent) {
      if (!admit()) return;
      write({
        kind: 'key',
        t: since(),
        type: event.type,
        code: event.code,
        key: event.key,
        shiftKey: event.shiftKey,
        ctrlKey: Boolean(event.ctrlKey),
        altKey: Boolean(event.altKey),
        timeStamp: event.timeStamp,
      });
    },

    close() {
      closed = true;
      return new Promise((resolve, reject) => {
        stream.once('error', reject);
        stream.end(() => resolve());
      });
    },
  };
}

/** Reads a capture file back (fixtures, support tools). */
export async function readDeviceCapture(file: string): Promise<CaptureEntry[]> {
  const text = await readFile(file, 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as CaptureEntry);
}

/** The raw HID reports of a capture, in order: feed them to createHidReportAssembler. */
export function hidReportsFromCapture(entries: CaptureEntry[]): Uint8Array[] {
  return entries.flatMap((entry) => (entry.kind === 'hid' ? [fromHex(entry.hex)] : []));
}

/** The keydown events of a capture, in order: feed them to createWedgeDetector. */
export function keyEventsFromCapture(entries: CaptureEntry[]): KeyEvent[] {
  return entries.flatMap((entry) =>
    entry.kind === 'key' && entry.type === 'keydown'
      ? [{ code: entry.code, key: entry.key, shiftKey: entry.shiftKey, ctrlKey: entry.ctrlKey, altKey: entry.altKey, timeStamp: entry.timeStamp }]
      : [],
  );
}
