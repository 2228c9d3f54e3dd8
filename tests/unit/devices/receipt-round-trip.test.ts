import { describe, expect, it } from 'vitest';
import { encodeReceipt } from '../../../electron/common/receipts/receipt-encoder';
import { printerProfile, PRINTER_PROFILE_IDS, type PrinterProfileId } from '../../../electron/common/receipts/printer-profiles';
import { block, receiptLayout } from '../../../electron/common/receipts/receipt-layout';
import { decodeEscPos, EscPosDecodeError } from '../../support/escpos-decoder';

/** A receipt as the front desk prints it, with every character French needs. */
const layout = receiptLayout([
  block.logo('commune'),
  block.title('Reçu n° 42 — Médiathèque'),
  block.text('Mairie de Saint-Étienne-du-Rouvray', { align: 'center' }),
  block.text('22/11/2026 à 10:05'),
  block.separator(),
  block.row('Atelier « Premiers pas »', '1 pass'),
  block.row('Œuvres sociales', '12,50 €'),
  block.total('Total', 1250),
  block.text('Élève, garçon, façade, où, être, cœur'),
  block.barcode('3046920029759', 'ean13'),
  block.barcode('PASS-0042', 'code128'),
  block.qr('https://exemple.fr/v/123', 'Votre reçu en ligne'),
  block.cut(),
]);

const logo = { width: 32, height: 16, data: new Uint8ClampedArray(32 * 16 * 4).fill(0) };

function decode(id: PrinterProfileId, codePage?: 'windows1252' | 'cp858') {
  const profile = printerProfile(id, codePage ? { codePage } : {});
  return decodeEscPos(encodeReceipt(layout, profile, { images: { commune: logo } }));
}

describe('receipt round trip: encode to ESC/POS, decode what a person reads', () => {
  it('prints all of French with Windows-1252: accents, €, œ, « », em dash', () => {
    const { lines, codePages } = decode('epson-tm-t20', 'windows1252');
    expect(codePages[0]).toBe('windows1252');
    expect(lines).toContain('Reçu n° 42 — Médiathèque'.padStart(36)); // centred by spaces on 48 columns
    expect(lines.some((line) => line.trim() === 'Reçu n° 42 — Médiathèque')).toBe(true);
    expect(lines.find((line) => line.startsWith('Œuvres sociales'))).toMatch(/^Œuvres sociales +12,50 €$/);
    expect(lines.find((line) => line.startsWith('Total'))).toMatch(/^Total +12,50 €$/);
    expect(lines.find((line) => line.startsWith('Atelier'))).toMatch(/^Atelier « Premiers pas » +1 pass$/);
    expect(lines).toContain('Élève, garçon, façade, où, être, cœur');
    expect(lines.some((line) => line.trim() === 'Mairie de Saint-Étienne-du-Rouvray')).toBe(true);
  });

  it('prints French with CP858: €, « » and accents as is; œ and the em dash written the French way, never "?"', () => {
    const { lines, codePages } = decode('generic-80mm');
    expect(codePages[0]).toBe('cp858');
    expect(lines.some((line) => line.trim() === 'Reçu n° 42 - Médiathèque')).toBe(true);
    expect(lines.find((line) => line.startsWith('OEuvres sociales'))).toMatch(/^OEuvres sociales +12,50 €$/);
    expect(lines.find((line) => line.startsWith('Total'))).toMatch(/^Total +12,50 €$/);
    expect(lines.find((line) => line.startsWith('Atelier'))).toMatch(/« Premiers pas »/);
    expect(lines).toContain('Élève, garçon, façade, où, être, coeur');
    expect(lines.join('\n')).not.toContain('?');
  });

  it.each(['windows1252', 'cp858'] as const)('carries the barcode and QR payloads, the logo and the cut (%s)', (codePage) => {
    const { lines } = decode('epson-tm-t88', codePage);
    expect(lines).toContain('[barcode EAN13: 3046920029759]');
    expect(lines).toContain('[barcode CODE128: PASS-0042]');
    expect(lines).toContain('[qr: https://exemple.fr/v/123]');
    expect(lines.some((line) => line.trim() === 'Votre reçu en ligne')).toBe(true);
    expect(lines[0]).toBe('[image 32x16]');
    const cut = lines.indexOf('[coupe]');
    expect(cut).toBeGreaterThan(lines.indexOf('[qr: https://exemple.fr/v/123]'));
    // Paper is fed before the cut so the last line clears the blade.
    expect(lines.slice(cut - 4, cut)).toEqual(['', '', '', '']);
  });

  it('decodes for every profile; a printer without cutter feeds instead of cutting', () => {
    for (const id of PRINTER_PROFILE_IDS) {
      const { lines } = decode(id);
      expect(lines.includes('[coupe]')).toBe(printerProfile(id).cutter !== null);
      expect(lines).toContain('[qr: https://exemple.fr/v/123]');
    }
  });

  it('keeps every line within the paper width', () => {
    for (const id of PRINTER_PROFILE_IDS) {
      const { lines } = decode(id);
      const columns = printerProfile(id).columns;
      for (const line of lines.filter((l) => !l.startsWith('['))) expect([...line].length).toBeLessThanOrEqual(columns);
    }
  });

  it('prints a QR payload as text on a printer without QR support', () => {
    const { lines } = decodeEscPos(encodeReceipt(layout, printerProfile('generic-58mm', { qrCode: false })));
    expect(lines.some((line) => line.startsWith('[qr:'))).toBe(false);
    expect(lines.some((line) => line.trim() === 'https://exemple.fr/v/123')).toBe(true);
  });

  it('never lets control characters from data reach the printer as commands', () => {
    const hostile = receiptLayout([block.text('Dupont\u001b@\u001dV\u0000 Jean'), block.cut()]);
    const { lines } = decodeEscPos(encodeReceipt(hostile, printerProfile('epson-tm-t20')));
    expect(lines).toContain('Dupont@V Jean');
    expect(lines.filter((line) => line === '[coupe]')).toHaveLength(1);
  });
});

describe('test decoder', () => {
  it('throws on a command it does not know, and on truncated ones', () => {
    expect(() => decodeEscPos(Uint8Array.of(0x1b, 0x40, 0x1b, 0x7e, 0x00))).toThrow(EscPosDecodeError);
    expect(() => decodeEscPos(Uint8Array.of(0x1d, 0x28, 0x6b, 0x10, 0x00, 0x31))).toThrow(/truncated/);
    expect(() => decodeEscPos(Uint8Array.of(0x1b, 0x74, 0x2a))).toThrow(/code page/);
    expect(() => decodeEscPos(Uint8Array.of(0x41, 0x07, 0x42))).toThrow(/control byte/);
  });
});
