/**
 * What `test.scanner.emit` hands the simulated scanner: raw HID POS reports, either given (hex) or built from a
 * code in the Honeywell layout, with the AIM identifier of the requested symbology (none given: AIM off, as on
 * a scanner whose AIM transmission is disabled, so the scan carries no symbology).
 */
import { AppError } from '../../../common/contract';
import { honeywellReports } from '../../devices/fake/hid-pos-reports';

/** Symbology names accepted by the test hook (compared without case, spaces, dashes) → AIM identifier. */
const AIM_BY_SYMBOLOGY: Readonly<Record<string, string>> = {
  ean13: ']E0',
  ean8: ']E4',
  upca: ']E0',
  upce: ']E0',
  code128: ']C0',
  gs1128: ']C1',
  code39: ']A0',
  code93: ']G0',
  codabar: ']F0',
  itf: ']I0',
  pdf417: ']L0',
  qr: ']Q1',
  qrcode: ']Q1',
  datamatrix: ']d1',
  gs1datamatrix: ']d2',
  aztec: ']z0',
  gs1databar: ']e0',
  maxicode: ']U0',
};

export function aimForSymbology(symbology: string): string {
  const aim = AIM_BY_SYMBOLOGY[symbology.toLowerCase().replace(/[\s_-]/g, '')];
  if (!aim) {
    throw new AppError('INVALID_INPUT', `Symbologie inconnue du lecteur simulé : « ${symbology} ». Exemples : EAN-13, Code 128, QR, DataMatrix.`);
  }
  return aim;
}

export type SimulatedScanInput = { code: string; symbology?: string | undefined } | { hidReports: string[] };

export function simulatedReports(input: SimulatedScanInput): Uint8Array[] {
  if ('hidReports' in input) return input.hidReports.map((hex) => Uint8Array.from(Buffer.from(hex, 'hex')));
  return honeywellReports(input.symbology === undefined ? null : aimForSymbology(input.symbology), input.code);
}
