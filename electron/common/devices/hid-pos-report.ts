/**
 * HID POS barcode scanners (usage page 0x8C): input report 0x02 parsing and multi-report assembly.
 * Layouts and sources: research/devices.md §1.1–1.2. Pure: bytes in, scans out; time comes from `now`.
 *
 * Report as node-hid returns it (byte 0 is the report id; 64 bytes on the documented devices):
 *
 * | layout       | length | AIM id     | data from | trailer (from the end)                      | vendors              |
 * |--------------|--------|------------|-----------|---------------------------------------------|----------------------|
 * | `aim`        | byte 1 | bytes 2–4  | byte 5    | N-3 Honeywell Code ID, N-2 reserved, N-1 continued | Honeywell, Access-IS |
 * | `aim-offset` | byte 1 | bytes 3–5  | byte 6    | same                                        | seen by Niels Leenheer |
 * | `blank-aim`  | byte 1 | 2–4 = 0    | byte 5    | same                                        | AIM transmission off |
 * | `no-aim`     | byte 1 | none       | byte 2    | N-2 vendor symbology id, N-1 continued      | Newland              |
 *
 * The length counts data bytes only (the AIM id is not included). Bit 0 of the last byte set means "another
 * report follows with more of the same scan" (long QR codes: a 300-byte code is 6 reports). The flag and
 * trailer are located from the report's own end, so report sizes other than 64 are read the same way
 * (an assumption: only 64-byte reports are documented).
 */
import { AIM_PATTERN, HONEYWELL_VENDOR_ID, symbologyFromAim, symbologyFromHoneywellCodeId, type Symbology } from './aim-symbology';

export const HID_POS_USAGE_PAGE = 0x8c;
/** Usage 0x02 on page 0x8C: "Barcode Scanner" application collection. */
export const HID_POS_SCANNER_USAGE = 0x02;
/** Report id of "Scanned Data Report". */
export const HID_POS_SCANNED_DATA_REPORT_ID = 0x02;
/** A continuation report missing for this long means the scan is lost (devices.md §1.1 recommendation). */
export const DEFAULT_REASSEMBLY_TIMEOUT_MS = 300;
/** No real barcode is this long; a scanner that never clears the continued flag is faulty. */
const MAX_CODE_BYTES = 8192;
const AIM_START = 0x5d; // ']'
const MIN_REPORT_LENGTH = 8;

/** What node-hid's `devices()` says about one HID interface (all fields optional: drivers differ). */
export interface HidInterfaceInfo {
  usagePage?: number;
  usage?: number;
  vendorId?: number;
  productId?: number;
  path?: string;
  product?: string;
}

/**
 * True for the scanner interface of a HID POS scanner: usage page exactly 0x8C. Honeywell scanners also expose
 * a vendor twin on 0xFF8C with the same VID/PID: it is not the scanner and is never opened. When the driver
 * reports a usage, it must be 0x02 (Barcode Scanner); 0 or missing means "not reported" and is accepted.
 */
export function isPosScannerInterface(info: HidInterfaceInfo): boolean {
  if (info.usagePage !== HID_POS_USAGE_PAGE) return false;
  return info.usage === undefined || info.usage === 0 || info.usage === HID_POS_SCANNER_USAGE;
}

export type HidReportLayout = 'aim' | 'aim-offset' | 'blank-aim' | 'no-aim';

/** One scanned-data report, parsed. */
export interface HidPosReport {
  layout: HidReportLayout;
  /** The AIM identifier (`]Q1`), when this report carries one. */
  aim?: string;
  /** The data bytes of this report (length byte applied, padding dropped). */
  data: Uint8Array;
  /** The vendor's own symbology byte from the trailer (Honeywell Code ID, Newland id), when non-zero. */
  vendorSymbologyId?: number;
  /** More reports follow for the same scan. */
  continued: boolean;
}

export type HidReportParse =
  | { ok: true; report: HidPosReport }
  | { ok: false; reason: 'other-report' | 'too-short' | 'bad-length' };

function aimAt(bytes: Uint8Array, index: number): string | undefined {
  if (bytes[index] !== AIM_START) return undefined;
  const aim = String.fromCharCode(AIM_START, bytes[index + 1] ?? 0, bytes[index + 2] ?? 0);
  return AIM_PATTERN.test(aim) ? aim : undefined;
}

function detectLayout(bytes: Uint8Array): HidReportLayout {
  if (aimAt(bytes, 2)) return 'aim';
  if (aimAt(bytes, 3)) return 'aim-offset';
  if (bytes[2] === 0 && bytes[3] === 0 && bytes[4] === 0) return 'blank-aim';
  return 'no-aim';
}

/**
 * Parses one input report. `layoutHint` is the layout of the first report of a scan in progress: continuation
 * reports are read with it (a continuation report may or may not repeat the AIM id).
 */
export function parseHidPosReport(bytes: Uint8Array, layoutHint?: HidReportLayout): HidReportParse {
  if (bytes[0] !== HID_POS_SCANNED_DATA_REPORT_ID) return { ok: false, reason: 'other-report' };
  if (bytes.length < MIN_REPORT_LENGTH) return { ok: false, reason: 'too-short' };
  const size = bytes.length;
  const length = bytes[1] ?? 0;
  const own = detectLayout(bytes);
  // A report with its own AIM id always says where its data is; otherwise follow the scan's first report.
  const layout: HidReportLayout = own === 'aim' || own === 'aim-offset' || !layoutHint ? own : layoutHint === 'no-aim' ? 'no-aim' : 'blank-aim';
  const start = layout === 'no-aim' ? 2 : layout === 'aim-offset' ? 6 : 5;
  const dataEnd = layout === 'no-aim' ? size - 6 : size - 3;
  if (start + length > dataEnd) return { ok: false, reason: 'bad-length' };
  const continued = ((bytes[size - 1] ?? 0) & 0x01) === 1;
  const vendorId = layout === 'no-aim' ? bytes[size - 2] : bytes[size - 3];
  const aim = layout === 'aim' ? aimAt(bytes, 2) : layout === 'aim-offset' ? aimAt(bytes, 3) : undefined;
  const report: HidPosReport = { layout, data: bytes.slice(start, start + length), continued };
  if (aim) report.aim = aim;
  if (vendorId) report.vendorSymbologyId = vendorId;
  return { ok: true, report };
}

/** A complete scan, joined from one or more reports. */
export interface ScanResult {
  code: string;
  symbology?: Symbology;
  aim?: string;
  /** How many reports made up this scan. */
  reports: number;
}

export type HidAssemblyErrorCode = 'INCOMPLETE' | 'MALFORMED';

/** A scan that was dropped rather than guessed. `message` is for the agent, in French. */
export interface HidAssemblyError {
  code: HidAssemblyErrorCode;
  message: string;
  /** Data bytes thrown away (never emitted as a code). */
  discardedBytes: number;
  reports: number;
}

const MESSAGES: Record<HidAssemblyErrorCode, string> = {
  INCOMPLETE: 'Lecture incomplète : une partie du code n’est pas arrivée. Scannez à nouveau.',
  MALFORMED: 'Lecture illisible : le lecteur a envoyé un message inattendu. Scannez à nouveau.',
};

export interface HidReportAssemblerOptions {
  /** Monotonic milliseconds (performance.now in the driver, a fake in tests). */
  now: () => number;
  /** Continuation reports further apart than this end the scan as incomplete. Default 300 ms. */
  timeoutMs?: number;
  /** The device's vendor id: Honeywell's Code ID byte names the symbology when no AIM id is sent. */
  vendorId?: number;
  /** Dropped scans and unreadable reports, as they happen (push cannot return them). */
  onError?: (error: HidAssemblyError) => void;
}

export interface HidReportAssembler {
  /** Feeds one input report. Returns the scan when this report completes one, null otherwise. */
  push(bytes: Uint8Array): ScanResult | null;
  /**
   * Call when no report came for `timeoutMs` (the driver sets a timer after each partial report). Drops a scan
   * still waiting for its continuation, reports it through onError and returns the same error; null when
   * nothing was pending or it is not yet overdue.
   */
  flush(now: number): HidAssemblyError | null;
  /** A scan is waiting for continuation reports. */
  readonly pending: boolean;
}

interface PendingScan {
  layout: HidReportLayout;
  aim?: string;
  vendorSymbologyId?: number;
  chunks: Uint8Array[];
  size: number;
  lastAt: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Scanners send the code's bytes: UTF-8 when valid (modern QR codes), otherwise Latin-1. */
export function decodeScanBytes(bytes: Uint8Array): string {
  let end = bytes.length;
  // Trailing NUL padding, CR and LF are transport artefacts, never part of a code.
  while (end > 0 && (bytes[end - 1] === 0x00 || bytes[end - 1] === 0x0d || bytes[end - 1] === 0x0a)) end -= 1;
  const trimmed = bytes.subarray(0, end);
  try {
    return utf8.decode(trimmed);
  } catch {
    let text = '';
    for (const byte of trimmed) text += String.fromCharCode(byte);
    return text;
  }
}

/**
 * Joins multi-report scans. It never invents data: a scan whose continuation does not arrive in time, or that is
 * interrupted by a report carrying a different AIM id (a new scan), is dropped and reported, not emitted.
 * Limit: a lost report in the middle of a scan followed by its last report in time cannot be detected (HID POS
 * reports carry no sequence number).
 */
export function createHidReportAssembler(options: HidReportAssemblerOptions): HidReportAssembler {
  const timeoutMs = options.timeoutMs ?? DEFAULT_REASSEMBLY_TIMEOUT_MS;
  let partial: PendingScan | null = null;

  function drop(code: HidAssemblyErrorCode, discardedBytes: number, reports: number): HidAssemblyError {
    const error: HidAssemblyError = { code, message: MESSAGES[code], discardedBytes, reports };
    options.onError?.(error);
    return error;
  }

  function dropPartial(code: HidAssemblyErrorCode): HidAssemblyError | null {
    if (!partial) return null;
    const lost = partial;
    partial = null;
    return drop(code, lost.size, lost.chunks.length);
  }

  function finish(scan: PendingScan): ScanResult {
    const joined = new Uint8Array(scan.size);
    let offset = 0;
    for (const chunk of scan.chunks) {
      joined.set(chunk, offset);
      offset += chunk.length;
    }
    const code = decodeScanBytes(joined);
    const result: ScanResult = { code, reports: scan.chunks.length };
    if (scan.aim) result.aim = scan.aim;
    const symbology =
      (scan.aim ? symbologyFromAim(scan.aim, code) : undefined) ??
      (options.vendorId === HONEYWELL_VENDOR_ID && scan.vendorSymbologyId !== undefined
        ? symbologyFromHoneywellCodeId(scan.vendorSymbologyId)
        : undefined);
    if (symbology) result.symbology = symbology;
    return result;
  }

  return {
    get pending() {
      return partial !== null;
    },

    push(bytes) {
      const at = options.now();
      if (partial && at - partial.lastAt > timeoutMs) dropPartial('INCOMPLETE');
      const parsed = parseHidPosReport(bytes, partial?.layout);
      if (!parsed.ok) {
        if (parsed.reason === 'other-report') return null;
        dropPartial('MALFORMED');
        drop('MALFORMED', 0, 1);
        return null;
      }
      const report = parsed.report;
      // A report with a different AIM id is the first report of another scan: the pending one lost its end.
      if (partial && report.aim && partial.aim && report.aim !== partial.aim) dropPartial('INCOMPLETE');

      const scan: PendingScan = partial ?? { layout: report.layout, chunks: [], size: 0, lastAt: at };
      if (!partial) {
        if (report.aim) scan.aim = report.aim;
        if (report.vendorSymbologyId !== undefined) scan.vendorSymbologyId = report.vendorSymbologyId;
      }
      scan.chunks.push(report.data);
      scan.size += report.data.length;
      scan.lastAt = at;
      if (scan.size > MAX_CODE_BYTES) {
        partial = scan;
        dropPartial('MALFORMED');
        return null;
      }
      if (report.continued) {
        partial = scan;
        return null;
      }
      partial = null;
      if (scan.size === 0) return null;
      return finish(scan);
    },

    flush(now) {
      if (!partial || now - partial.lastAt < timeoutMs) return null;
      return dropPartial('INCOMPLETE');
    },
  };
}
