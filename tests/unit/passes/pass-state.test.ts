import { describe, expect, it } from 'vitest';
import { type LotDates } from '../../../electron/common/domain/passes/lot-calendar';
import {
  CARNET_STATE_LABELS,
  carnetState,
  PASS_STATE_LABELS,
  passState,
  REVOCATION_REASON_LABELS,
  type CarnetFacts,
  type PassFacts,
} from '../../../electron/common/domain/passes/pass-state';

const lot: LotDates = { validUntil: '2026-12-31', graceUntil: '2027-01-31', blockDays: 15, warningDays: 30 };
const inStock: PassFacts = { distributedAt: null, redeemedAt: null, revokedAt: null };
const handedOut: PassFacts = { ...inStock, distributedAt: '2026-10-05T09:00:00.000Z' };
const today = '2026-11-15';
const afterGrace = '2027-02-01';

describe('passState', () => {
  it('is in stock, then handed out', () => {
    expect(passState(inStock, lot, today)).toBe('en-stock');
    expect(passState(handedOut, lot, today)).toBe('distribue');
  });

  it('is used before anything else, even after the grace period or when revoked later', () => {
    const used = { ...handedOut, redeemedAt: '2026-11-02T14:00:00.000Z' };
    expect(passState(used, lot, today)).toBe('utilise');
    expect(passState(used, lot, afterGrace)).toBe('utilise');
    expect(passState({ ...used, revokedAt: '2026-11-03T10:00:00.000Z' }, lot, today)).toBe('utilise');
  });

  it('is revoked before expired', () => {
    const revoked = { ...handedOut, revokedAt: '2026-11-03T10:00:00.000Z' };
    expect(passState(revoked, lot, today)).toBe('revoque');
    expect(passState(revoked, lot, afterGrace)).toBe('revoque');
  });

  it('expires after the grace period, handed out or not', () => {
    expect(passState(handedOut, lot, '2027-01-31')).toBe('distribue');
    expect(passState(handedOut, lot, afterGrace)).toBe('expire');
    expect(passState(inStock, lot, afterGrace)).toBe('expire');
  });

  it('has French labels', () => {
    expect(PASS_STATE_LABELS).toEqual({
      'en-stock': 'En stock',
      distribue: 'Distribué',
      utilise: 'Utilisé',
      revoque: 'Révoqué',
      expire: 'Expiré',
    });
    expect(REVOCATION_REASON_LABELS).toEqual({ perdu: 'Perdu', vole: 'Volé', annule: 'Annulé' });
  });
});

describe('carnetState', () => {
  const fresh: CarnetFacts = { distributedAt: null, revokedAt: null, passCount: 10, usedCount: 0, revokedCount: 0 };
  const out: CarnetFacts = { ...fresh, distributedAt: '2026-10-05T09:00:00.000Z' };

  it('is in stock, handed out, started', () => {
    expect(carnetState(fresh, lot, today)).toBe('en-stock');
    expect(carnetState(out, lot, today)).toBe('distribue');
    expect(carnetState({ ...out, usedCount: 3 }, lot, today)).toBe('entame');
  });

  it('is exhausted when every pass is used or revoked, with at least one used', () => {
    expect(carnetState({ ...out, usedCount: 10 }, lot, today)).toBe('epuise');
    expect(carnetState({ ...out, usedCount: 7, revokedCount: 3 }, lot, today)).toBe('epuise');
    expect(carnetState({ ...out, usedCount: 10 }, lot, afterGrace)).toBe('epuise');
    expect(carnetState({ ...out, revokedCount: 10 }, lot, today)).toBe('distribue');
  });

  it('expires after the grace period unless exhausted or revoked', () => {
    expect(carnetState(out, lot, afterGrace)).toBe('expire');
    expect(carnetState({ ...out, usedCount: 3 }, lot, afterGrace)).toBe('expire');
    expect(carnetState(fresh, lot, afterGrace)).toBe('expire');
  });

  it('is revoked before anything else', () => {
    const revoked = { ...out, revokedAt: '2026-11-03T10:00:00.000Z' };
    expect(carnetState(revoked, lot, today)).toBe('revoque');
    expect(carnetState({ ...revoked, usedCount: 10 }, lot, afterGrace)).toBe('revoque');
  });

  it('has French labels', () => {
    expect(CARNET_STATE_LABELS).toEqual({
      'en-stock': 'En stock',
      distribue: 'Distribué',
      entame: 'Entamé',
      epuise: 'Épuisé',
      expire: 'Expiré',
      revoque: 'Révoqué',
    });
  });
});
