import { describe, expect, it } from 'vitest';
import { decodeStatus, dleEot, isReady, PRINTER_LABELS, StatusByteError } from '../../../electron/common/devices/printer-status';

const ok = 0x12; // bits 1 and 4 always set

describe('DLE EOT status decoding (devices.md §2.6)', () => {
  it('builds the queries: 10 04 n', () => {
    expect(Array.from(dleEot(4))).toEqual([0x10, 0x04, 0x04]);
  });

  it('reads an idle printer as ready', () => {
    const status = decodeStatus({ printer: ok, offlineCause: ok, errorCause: ok, paper: ok });
    expect(status).toMatchObject({ online: true, coverOpen: false, paperNearEnd: false, paperOut: false, error: false, labels: [], summary: PRINTER_LABELS.ready });
    expect(isReady(status)).toBe(true);
  });

  it('reads n=1 bit 3 as offline', () => {
    const status = decodeStatus({ printer: ok | 0x08, offlineCause: ok, errorCause: ok, paper: ok });
    expect(status.online).toBe(false);
    expect(status.summary).toBe('L’imprimante est hors ligne.');
    expect(isReady(status)).toBe(false);
  });

  it('reads n=2 bit 2 as cover open', () => {
    const status = decodeStatus({ printer: 0x1a, offlineCause: 0x16, errorCause: ok, paper: ok });
    expect(status).toMatchObject({ online: false, coverOpen: true, paperOut: false });
    expect(status.summary).toBe('Le capot de l’imprimante est ouvert : refermez-le.');
  });

  it('reads n=4 bits 5–6 (and n=2 bit 5) as paper out', () => {
    const fromSensor = decodeStatus({ printer: 0x1a, offlineCause: ok, errorCause: ok, paper: 0x72 });
    const fromOfflineCause = decodeStatus({ printer: 0x1a, offlineCause: 0x32, errorCause: ok, paper: ok });
    for (const status of [fromSensor, fromOfflineCause]) {
      expect(status.paperOut).toBe(true);
      expect(status.summary).toBe('L’imprimante n’a plus de papier : remettez un rouleau.');
    }
    expect(fromSensor.paperNearEnd).toBe(false); // out, not "near end"
  });

  it('reads n=4 bits 2–3 as paper near end: a warning that does not stop printing', () => {
    const status = decodeStatus({ printer: ok, offlineCause: ok, errorCause: ok, paper: 0x1e });
    expect(status).toMatchObject({ online: true, paperNearEnd: true, paperOut: false });
    expect(status.labels).toEqual([PRINTER_LABELS.paperNearEnd]);
    expect(isReady(status)).toBe(true);
  });

  it('reads n=2 bit 6 and n=3 bits 3, 5, 6 as an error', () => {
    for (const errorCause of [0x1a, 0x32, 0x52]) {
      expect(decodeStatus({ printer: 0x1a, offlineCause: ok, errorCause, paper: ok }).error).toBe(true);
    }
    const status = decodeStatus({ printer: 0x1a, offlineCause: 0x52, errorCause: ok, paper: ok });
    expect(status.error).toBe(true);
    expect(status.summary).toMatch(/en erreur/);
  });

  it('lists several conditions, the most pressing first', () => {
    const status = decodeStatus({ printer: 0x1a, offlineCause: 0x36, errorCause: ok, paper: 0x72 });
    expect(status.labels).toEqual([PRINTER_LABELS.coverOpen, PRINTER_LABELS.paperOut]);
  });

  it('refuses a byte that is not a status reply (fixed bits wrong)', () => {
    expect(() => decodeStatus({ printer: 0x00, offlineCause: ok, errorCause: ok, paper: ok })).toThrow(StatusByteError);
    expect(() => decodeStatus({ printer: ok, offlineCause: ok, errorCause: ok, paper: 0x92 })).toThrow(/Réponse d’état invalide/);
  });
});
