import { describe, expect, it } from 'vitest';
import {
  checkRedemption,
  misreadPass,
  unknownPass,
  type RedemptionFacts,
} from '../../../electron/common/domain/passes/redemption-rule';

const handedOut: RedemptionFacts = {
  number: '0123456789',
  distributedAt: '2026-10-05T09:00:00.000Z',
  redeemedAt: null,
  revokedAt: null,
  revokedReason: null,
  lot: { validUntil: '2026-12-31', graceUntil: '2027-01-31', blockDays: 15, warningDays: 30 },
};
const now = new Date('2026-11-15T10:00:00.000Z');

describe('checkRedemption', () => {
  it('accepts a handed-out pass of a valid lot', () => {
    expect(checkRedemption(handedOut, now)).toEqual({ ok: true });
  });

  it('refuses a pass already used, with the Paris date and time', () => {
    // 23:30 UTC on 14 November is 00:30 on 15 November in Paris.
    const used = { ...handedOut, redeemedAt: '2026-11-14T23:30:00.000Z' };
    expect(checkRedemption(used, now)).toEqual({
      ok: false,
      reason: 'deja-utilise',
      message: 'Pass 0123456789 déjà utilisé le 15/11/2026 à 00:30.',
    });
  });

  it('refuses a used pass before checking revocation, hand-out or expiry', () => {
    const all = {
      ...handedOut,
      distributedAt: null,
      redeemedAt: '2026-07-01T08:05:00.000Z',
      revokedAt: '2026-07-02T08:00:00.000Z',
      revokedReason: 'vole' as const,
    };
    const result = checkRedemption(all, new Date('2027-06-01T10:00:00Z'));
    expect(result).toEqual({ ok: false, reason: 'deja-utilise', message: 'Pass 0123456789 déjà utilisé le 01/07/2026 à 10:05.' });
  });

  it('refuses a revoked pass with the reason, before hand-out and expiry', () => {
    const revoked = { ...handedOut, distributedAt: null, revokedAt: '2026-11-03T10:00:00.000Z', revokedReason: 'vole' as const };
    expect(checkRedemption(revoked, new Date('2027-06-01T10:00:00Z'))).toEqual({
      ok: false,
      reason: 'revoque',
      message: 'Pass 0123456789 révoqué le 03/11/2026, motif : volé.',
    });
    expect(checkRedemption({ ...revoked, revokedReason: 'perdu' }, now)).toMatchObject({
      message: 'Pass 0123456789 révoqué le 03/11/2026, motif : perdu.',
    });
    expect(checkRedemption({ ...revoked, revokedReason: null }, now)).toMatchObject({
      reason: 'revoque',
      message: 'Pass 0123456789 révoqué le 03/11/2026.',
    });
  });

  it('refuses a pass never handed out, before expiry', () => {
    const inStock = { ...handedOut, distributedAt: null };
    const expected = {
      ok: false,
      reason: 'jamais-distribue',
      message: 'Pass 0123456789 jamais distribué : il est encore en stock.',
    };
    expect(checkRedemption(inStock, now)).toEqual(expected);
    expect(checkRedemption(inStock, new Date('2027-06-01T10:00:00Z'))).toEqual(expected);
  });

  it('accepts until 23:59:59 Paris time on the last day of grace, refuses from midnight', () => {
    expect(checkRedemption(handedOut, new Date('2027-01-01T10:00:00Z'))).toEqual({ ok: true });
    expect(checkRedemption(handedOut, new Date('2027-01-31T22:59:59Z'))).toEqual({ ok: true });
    expect(checkRedemption(handedOut, new Date('2027-01-31T23:00:00Z'))).toEqual({
      ok: false,
      reason: 'expire',
      message: 'Pass 0123456789 expiré depuis le 01/02/2027.',
    });
  });

  it('uses summer time for a grace period ending in summer', () => {
    const summer = { ...handedOut, lot: { ...handedOut.lot, validUntil: '2027-06-30', graceUntil: '2027-07-14' } };
    expect(checkRedemption(summer, new Date('2027-07-14T21:59:59Z'))).toEqual({ ok: true });
    expect(checkRedemption(summer, new Date('2027-07-14T22:00:00Z'))).toMatchObject({
      reason: 'expire',
      message: 'Pass 0123456789 expiré depuis le 15/07/2027.',
    });
  });
});

describe('unknown and misread passes', () => {
  it('refuses an unknown number', () => {
    expect(unknownPass('0123456789')).toEqual({
      ok: false,
      reason: 'inconnu',
      message: 'Pass 0123456789 inconnu : ce numéro n’est pas dans le stock du guichet.',
    });
  });

  it('refuses a misread number with the check message', () => {
    const message = 'Numéro mal lu : « 79927398714 », chiffre de contrôle faux.';
    expect(misreadPass(message)).toEqual({ ok: false, reason: 'mal-lu', message });
  });
});
