import { describe, expect, it } from 'vitest';
import {
  distributionCheck,
  LOT_PHASE_LABELS,
  lotPhase,
  usableOn,
  type LotDates,
} from '../../../electron/common/domain/passes/lot-calendar';

const lot: LotDates = { validUntil: '2026-12-31', graceUntil: '2027-01-31', blockDays: 15, warningDays: 30 };

describe('lotPhase', () => {
  it.each([
    ['2026-06-01', 'active'],
    ['2026-11-30', 'active'], // 31 days left
    ['2026-12-01', 'warning'], // 30 days left
    ['2026-12-15', 'warning'], // 16 days left
    ['2026-12-16', 'blocked'], // 15 days left
    ['2026-12-31', 'blocked'], // last valid day
    ['2027-01-01', 'grace'],
    ['2027-01-31', 'grace'],
    ['2027-02-01', 'expired'],
  ] as const)('%s is %s', (today, phase) => {
    expect(lotPhase(lot, today)).toBe(phase);
  });

  it('has French labels', () => {
    expect(LOT_PHASE_LABELS).toEqual({
      active: 'En cours',
      warning: 'Fin proche',
      blocked: 'Distribution bloquée',
      grace: 'Période de grâce',
      expired: 'Expiré',
    });
  });
});

describe('distributionCheck', () => {
  it('allows an active lot silently', () => {
    expect(distributionCheck(lot, '2026-11-30')).toEqual({ ok: true, warning: null });
  });

  it('warns near the end', () => {
    expect(distributionCheck(lot, '2026-12-01')).toEqual({
      ok: true,
      warning: 'Ce lot expire le 31/12/2026 : prévenez la personne.',
    });
  });

  it('blocks from 15 days before the end', () => {
    expect(distributionCheck(lot, '2026-12-16')).toEqual({
      ok: false,
      message: 'Distribution bloquée : ce lot n’est plus valable que jusqu’au 31/12/2026.',
    });
  });

  it('refuses after the end, in grace or expired', () => {
    const message = 'Distribution impossible : ce lot n’est plus valable depuis le 01/01/2027.';
    expect(distributionCheck(lot, '2027-01-01')).toEqual({ ok: false, message });
    expect(distributionCheck(lot, '2027-03-01')).toEqual({ ok: false, message });
  });
});

describe('usableOn', () => {
  it('is true until the end of the grace period included', () => {
    expect(usableOn(lot, '2026-12-31')).toBe(true);
    expect(usableOn(lot, '2027-01-31')).toBe(true);
    expect(usableOn(lot, '2027-02-01')).toBe(false);
  });
});
