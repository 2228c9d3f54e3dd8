import { describe, expect, it } from 'vitest';
import {
  createHidReportAssembler,
  isPosScannerInterface,
  parseHidPosReport,
  type HidAssemblyError,
} from '../../../electron/common/devices/hid-pos-report';
import { HONEYWELL_VENDOR_ID } from '../../../electron/common/devices/aim-symbology';
import { BOARDING_PASS, BOARDING_PASS_REPORTS, EAN13_REPORT, honeywellReport, honeywellReports, newlandReport } from '../../support/hid-fixtures';

function assembler(vendorId?: number) {
  let t = 0;
  const errors: HidAssemblyError[] = [];
  const a = createHidReportAssembler({ now: () => t, onError: (e) => errors.push(e), ...(vendorId === undefined ? {} : { vendorId }) });
  return { a, errors, advance: (ms: number) => (t += ms), now: () => t };
}

describe('HID POS scanner interface selection', () => {
  it('keeps usage page 0x8C only, never the 0xFF8C vendor twin of the same scanner', () => {
    const scanner = { vendorId: 0x0c2e, productId: 0x0b87, usagePage: 0x8c, usage: 0x02, path: '/dev/hidraw3' };
    const twin = { ...scanner, usagePage: 0xff8c, usage: 0x01, path: '/dev/hidraw4' };
    const keyboard = { vendorId: 0x046d, productId: 0xc31c, usagePage: 0x01, usage: 0x06, path: '/dev/hidraw0' };
    expect([scanner, twin, keyboard].filter(isPosScannerInterface)).toEqual([scanner]);
  });

  it('accepts a 0x8C interface whose driver does not report the usage, refuses another usage on 0x8C', () => {
    expect(isPosScannerInterface({ usagePage: 0x8c })).toBe(true);
    expect(isPosScannerInterface({ usagePage: 0x8c, usage: 0 })).toBe(true);
    expect(isPosScannerInterface({ usagePage: 0x8c, usage: 0x01 })).toBe(false);
    expect(isPosScannerInterface({})).toBe(false);
  });
});

describe('HID POS report parsing', () => {
  it('reads a single EAN-13 report: length, AIM id, data, Honeywell Code ID', () => {
    const parsed = parseHidPosReport(EAN13_REPORT);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.report.layout).toBe('aim');
    expect(parsed.report.aim).toBe(']E0');
    expect(Buffer.from(parsed.report.data).toString('latin1')).toBe('3046920029759');
    expect(parsed.report.vendorSymbologyId).toBe(0x64);
    expect(parsed.report.continued).toBe(false);
  });

  it('ignores other report ids and refuses a length that runs past the data field', () => {
    const other = Uint8Array.from(EAN13_REPORT);
    other[0] = 0x04;
    expect(parseHidPosReport(other)).toEqual({ ok: false, reason: 'other-report' });
    const tooLong = Uint8Array.from(EAN13_REPORT);
    tooLong[1] = 57;
    expect(parseHidPosReport(tooLong)).toEqual({ ok: false, reason: 'bad-length' });
    expect(parseHidPosReport(Uint8Array.of(0x02, 0x01, 0x41))).toEqual({ ok: false, reason: 'too-short' });
  });
});

describe('HID report assembler', () => {
  it('emits a single-report scan with its symbology', () => {
    const { a, errors } = assembler();
    expect(a.push(EAN13_REPORT)).toEqual({ code: '3046920029759', aim: ']E0', symbology: 'EAN-13', reports: 1 });
    expect(errors).toEqual([]);
    expect(a.pending).toBe(false);
  });

  it('joins a multi-report QR code (the Access-IS boarding pass shape: 56 + 4 bytes)', () => {
    const { a, advance } = assembler();
    expect(BOARDING_PASS_REPORTS).toHaveLength(2);
    expect(a.push(BOARDING_PASS_REPORTS[0]!)).toBeNull();
    expect(a.pending).toBe(true);
    advance(8);
    expect(a.push(BOARDING_PASS_REPORTS[1]!)).toEqual({ code: BOARDING_PASS, aim: ']Q1', symbology: 'QR', reports: 2 });
  });

  it('joins a 300-byte UTF-8 QR code from 6 reports, accents split across reports included', () => {
    const { a, advance } = assembler();
    const url = `https://exemple.fr/pass?nom=Hélène&ville=Saint-Étienne&${'x'.repeat(300)}`.slice(0, 290) + 'éàçœ€';
    const reports = honeywellReports(']Q1', url);
    expect(reports.length).toBe(6);
    const results = reports.map((report) => {
      advance(5);
      return a.push(report);
    });
    expect(results.slice(0, 5)).toEqual([null, null, null, null, null]);
    expect(results[5]?.code).toBe(url);
  });

  it('joins continuation reports that do not repeat the AIM id', () => {
    const { a } = assembler();
    const first = honeywellReport({ aim: ']Q1', data: 'A'.repeat(56), continued: true });
    const second = honeywellReport({ aim: null, data: 'BBB' });
    expect(a.push(first)).toBeNull();
    expect(a.push(second)?.code).toBe(`${'A'.repeat(56)}BBB`);
  });

  it('reads scanners that send no AIM id: Honeywell with AIM off (Code ID names it), Newland layout', () => {
    const honeywell = assembler(HONEYWELL_VENDOR_ID);
    expect(honeywell.a.push(honeywellReport({ aim: null, data: '3046920029759', codeId: 0x64 }))).toEqual({ code: '3046920029759', symbology: 'EAN-13', reports: 1 });

    const newland = assembler(0x1eab);
    expect(newland.a.push(newlandReport({ data: 'PASS-2026-000042\r', symbologyId: 0x32 }))).toEqual({ code: 'PASS-2026-000042', reports: 1 });
    expect(newland.a.push(newlandReport({ data: 'X'.repeat(56), continued: true }))).toBeNull();
    expect(newland.a.push(newlandReport({ data: 'YZ' }))?.code).toBe(`${'X'.repeat(56)}YZ`);
  });

  it('drops a scan whose continuation report is lost (timeout) instead of inventing data', () => {
    const { a, errors, advance, now } = assembler();
    expect(a.push(BOARDING_PASS_REPORTS[0]!)).toBeNull();
    advance(100);
    expect(a.flush(now())).toBeNull(); // not overdue yet
    advance(250);
    const error = a.flush(now());
    expect(error).toMatchObject({ code: 'INCOMPLETE', discardedBytes: 56, reports: 1 });
    expect(error?.message).toMatch(/Scannez à nouveau/);
    expect(errors).toEqual([error]);
    expect(a.pending).toBe(false);
    // The next scan is read on its own, nothing of the lost one is prepended.
    expect(a.push(EAN13_REPORT)?.code).toBe('3046920029759');
  });

  it('drops the pending scan when a report arrives after the timeout without flush, then reads the new scan alone', () => {
    const { a, errors, advance } = assembler();
    a.push(BOARDING_PASS_REPORTS[0]!);
    advance(1000);
    expect(a.push(EAN13_REPORT)?.code).toBe('3046920029759');
    expect(errors.map((e) => e.code)).toEqual(['INCOMPLETE']);
  });

  it('drops the pending scan when the first report of another scan (another AIM id) arrives in time', () => {
    const { a, errors, advance } = assembler();
    a.push(BOARDING_PASS_REPORTS[0]!);
    advance(20);
    expect(a.push(EAN13_REPORT)).toEqual({ code: '3046920029759', aim: ']E0', symbology: 'EAN-13', reports: 1 });
    expect(errors.map((e) => e.code)).toEqual(['INCOMPLETE']);
  });

  it('reports an unreadable report and drops a scan in progress', () => {
    const { a, errors } = assembler();
    a.push(BOARDING_PASS_REPORTS[0]!);
    const broken = Uint8Array.from(BOARDING_PASS_REPORTS[1]!);
    broken[1] = 200;
    expect(a.push(broken)).toBeNull();
    expect(errors.map((e) => e.code)).toEqual(['MALFORMED', 'MALFORMED']);
    expect(a.pending).toBe(false);
  });
});
