/**
 * HID POS report fixtures, synthetic-from-spec (research/devices.md §1.1, §3.3): built from the documented
 * Access-IS/Honeywell and Newland layouts, 64 bytes with the report id first, as node-hid returns them.
 * Replace or complement with real captures (device-capture.ts) when scanners are at hand.
 */

import { REPORT_SIZE, honeywellReport, honeywellReports } from '../../electron/node/devices/fake/hid-pos-reports';

/** The Honeywell / Access-IS builders are shared with the simulated scanner (`--fake-devices`). */
export { HONEYWELL_DATA_BYTES, REPORT_SIZE, honeywellReport, honeywellReports } from '../../electron/node/devices/fake/hid-pos-reports';

function ascii(text: string): number[] {
  return Array.from(Buffer.from(text, 'latin1'));
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
