/**
 * HID POS input reports built from a code, in the Honeywell / Access-IS layout (research/devices.md §1.1):
 * 64 bytes with the report id first, as node-hid returns them. Used by the simulated scanner (`--fake-devices`)
 * so that simulated scans go through the real report parser, and by the test fixtures.
 *
 * | byte  | content                                              |
 * |-------|------------------------------------------------------|
 * | 0     | report id 0x02                                       |
 * | 1     | data length in this report (0–56)                    |
 * | 2–4   | AIM identifier (`]Q1`), zeros when AIM is off         |
 * | 5–60  | data, zero-padded                                    |
 * | 61    | Honeywell Code ID (0 when unknown)                   |
 * | 63    | bit 0: another report follows with more of the code  |
 */

export const REPORT_SIZE = 64;
export const HONEYWELL_DATA_BYTES = 56;

function latin1(text: string): number[] {
  return Array.from(text, (character) => character.charCodeAt(0) & 0xff);
}

/** One report. String data is taken as Latin-1 (one byte per character). */
export function honeywellReport(options: { aim?: string | null; data: Uint8Array | string; codeId?: number; continued?: boolean }): Uint8Array {
  const data = typeof options.data === 'string' ? latin1(options.data) : Array.from(options.data);
  if (data.length > HONEYWELL_DATA_BYTES) throw new Error('HID report: too much data for one report');
  const report = new Uint8Array(REPORT_SIZE);
  report[0] = 0x02;
  report[1] = data.length;
  if (options.aim) report.set(latin1(options.aim), 2);
  report.set(data, 5);
  report[61] = options.codeId ?? 0;
  report[63] = options.continued ? 0x01 : 0x00;
  return report;
}

/** A code split into 56-byte reports, every report carrying the AIM id, the last one not continued. String data is UTF-8. */
export function honeywellReports(aim: string | null, data: string | Uint8Array, codeId = 0): Uint8Array[] {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const reports: Uint8Array[] = [];
  for (let offset = 0; offset < bytes.length; offset += HONEYWELL_DATA_BYTES) {
    const chunk = bytes.subarray(offset, offset + HONEYWELL_DATA_BYTES);
    reports.push(honeywellReport({ aim, data: new Uint8Array(chunk), codeId, continued: offset + HONEYWELL_DATA_BYTES < bytes.length }));
  }
  return reports;
}
