/**
 * HID POS report fixtures, synthetic-from-spec (research/devices.md §1.1, §3.3): built from the documented
 * Access-IS/Honeywell and Newland layouts, 64 bytes with the report id first, as node-hid returns them.
 * Replace or complement with real captures (device-capture.ts) when scanners are at hand.
 */

export const REPORT_SIZE = 64;
export const HONEYWELL_DATA_BYTES = 56;

function ascii(text: string): number[] {
  return Array.from(Buffer.from(text, 'latin1'));
}

/** Honeywell / Access-IS layout: id, length, AIM (3), data (56), Code ID, reserved, continued. */
export function honeywellReport(options: { aim?: string | null; data: Uint8Array | string; codeId?: number; continued?: boolean }): Uint8Array {
  const data = typeof options.data === 'string' ? ascii(options.data) : Array.from(options.data);
  if (data.length > HONEYWELL_DATA_BYTES) throw new Error('fixture: too much data for one report');
  const report = new Uint8Array(REPORT_SIZE);
  report[0] = 0x02;
  report[1] = data.length;
  if (options.aim) report.set(ascii(options.aim), 2);
  report.set(data, 5);
  report[61] = options.codeId ?? 0;
  report[63] = options.continued ? 0x01 : 0x00;
  return report;
}

/** A long code split into 56-byte reports, every report carrying the AIM id, the last one not continued. */
export function honeywellReports(aim: string | null, data: string | Uint8Array, codeId = 0): Uint8Array[] {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const reports: Uint8Array[] = [];
  for (let offset = 0; offset < bytes.length; offset += HONEYWELL_DATA_BYTES) {
    const chunk = bytes.subarray(offset, offset + HONEYWELL_DATA_BYTES);
    reports.push(honeywellReport({ aim, data: new Uint8Array(chunk), codeId, continued: offset + HONEYWELL_DATA_BYTES < bytes.length }));
  }
  return reports;
}

/** Newland layout (FM420/FM430): id, length, data (56, no AIM), reserved 58–61, symbology id, continued. */
export function newlandReport(options: { data: string; symbologyId?: number; continued?: boolean }): Uint8Array {
  const data = ascii(options.data);
  const report = new Uint8Array(REPORT_SIZE);
  report[0] = 0x02;
  report[1] = data.length;
  report.set(data, 2);
  report[62] = options.symbologyId ?? 0;
  report[63] = options.continued ? 0x01 : 0x00;
  return report;
}

/** Niels Leenheer's README EAN-13 example (0x1D typo fixed to 0x39), Honeywell Code ID 'd'. */
export const EAN13_REPORT = honeywellReport({ aim: ']E0', data: '3046920029759', codeId: 0x64 });

/** The Access-IS manual's shape: a 60-byte QR boarding pass in two reports (56 + 4), Code ID 's'. */
export const BOARDING_PASS = 'M1GATHERGOOD/MICHAEL YABCDEF LHRDURAK 3542 052Y003D0023 1A2B';
export const BOARDING_PASS_REPORTS = honeywellReports(']Q1', BOARDING_PASS, 0x73);
