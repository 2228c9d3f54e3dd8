import { describe, expect, it } from 'vitest';
import { decideSignIn, type SignInFacts } from '../../../electron/common/domain/workshops/signin-rule';

const NOW = new Date('2026-06-15T12:00:00Z');
const LOT = { validUntil: '2026-12-31', graceUntil: '2027-01-31', blockDays: 15, warningDays: 30 };

function facts(overrides: Partial<SignInFacts> = {}): SignInFacts {
  return {
    session: { status: 'prevue', date: '2026-06-15', passRequired: true, pricePasses: 1, capacity: 2, seatsTaken: 1 },
    pass: {
      number: '1000000009',
      distributedAt: '2026-06-01T09:00:00Z',
      redeemedAt: null,
      revokedAt: null,
      revokedReason: null,
      lot: LOT,
      redeemedInThisSession: false,
    },
    holderId: 'zoe',
    person: { id: 'zoe', name: 'Zoé BENYAMINA', booking: { status: 'a-venir', passesRedeemed: 0 } },
    confirmed: [],
    mayExceedCapacity: false,
    ...overrides,
  };
}

describe('the sign-in rule', () => {
  it('lets a booked holder in with a valid pass', () => {
    expect(decideSignIn(facts(), NOW)).toEqual({ kind: 'present', redeem: true, addBooking: false, overCapacity: false, completesPresence: true });
  });

  it('keeps the person « à venir » until the service’s price in passes is reached', () => {
    const priced = facts({ session: { status: 'prevue', date: '2026-06-15', passRequired: true, pricePasses: 2, capacity: 2, seatsTaken: 1 } });
    expect(decideSignIn(priced, NOW)).toMatchObject({ kind: 'present', completesPresence: false });
    const second = facts({
      session: { status: 'prevue', date: '2026-06-15', passRequired: true, pricePasses: 2, capacity: 2, seatsTaken: 1 },
      person: { id: 'zoe', name: 'Zoé BENYAMINA', booking: { status: 'a-venir', passesRedeemed: 1 } },
    });
    expect(decideSignIn(second, NOW)).toMatchObject({ kind: 'present', completesPresence: true });
  });

  it('opens the door on the session’s day (Paris), not before', () => {
    const tomorrow = facts({ session: { status: 'prevue', date: '2026-06-16', passRequired: true, pricePasses: 1, capacity: 2, seatsTaken: 1 } });
    expect(decideSignIn(tomorrow, NOW)).toEqual({
      kind: 'refuse',
      reason: 'pas-encore',
      message: 'Séance du 16/06/2026 : l’émargement ouvre ce jour-là. Vérifiez la séance choisie.',
    });
    // 00:30 in Paris on the 16th is still the 15th in UTC.
    expect(decideSignIn(tomorrow, new Date('2026-06-15T22:30:00Z')).kind).toBe('present');
  });

  it('checks the session before the pass, and a duplicate before the pass’s own state', () => {
    expect(decideSignIn(facts({ session: { status: 'annulee', date: '2026-06-15', passRequired: true, pricePasses: 1, capacity: 2, seatsTaken: 0 } }), NOW)).toMatchObject({ reason: 'seance-annulee' });
    const again = facts();
    if (again.pass) again.pass = { ...again.pass, redeemedAt: '2026-06-15T11:58:00Z', redeemedInThisSession: true };
    expect(decideSignIn(again, NOW).kind).toBe('duplicate');
  });

  it('refuses on the last day of grace only after midnight in Paris', () => {
    const lastGraceEvening = new Date('2027-01-31T22:59:00Z'); // 23:59 in Paris
    expect(decideSignIn(facts({ session: { status: 'prevue', date: '2026-06-15', passRequired: true, pricePasses: 1, capacity: 2, seatsTaken: 0 } }), lastGraceEvening).kind).toBe('present');
    const nextMorning = new Date('2027-01-31T23:00:00Z'); // 00:00 on 1 February in Paris
    expect(decideSignIn(facts(), nextMorning)).toMatchObject({ kind: 'refuse', reason: 'expire' });
  });

  it('asks for a confirmation for another holder and for a seat over capacity, in that order', () => {
    const other = facts({ holderId: 'marc', person: { id: 'zoe', name: 'Zoé BENYAMINA', booking: null }, session: { status: 'prevue', date: '2026-06-15', passRequired: true, pricePasses: 1, capacity: 1, seatsTaken: 1 } });
    expect(decideSignIn(other, NOW)).toMatchObject({ kind: 'confirm', confirmation: 'autre-personne' });
    expect(decideSignIn({ ...other, confirmed: ['autre-personne'] }, NOW)).toMatchObject({ kind: 'confirm', confirmation: 'surnombre' });
    expect(decideSignIn({ ...other, confirmed: ['autre-personne', 'surnombre'] }, NOW)).toMatchObject({ kind: 'refuse', reason: 'complet' });
    expect(decideSignIn({ ...other, confirmed: ['autre-personne', 'surnombre'], mayExceedCapacity: true }, NOW)).toEqual({
      kind: 'present',
      redeem: true,
      addBooking: true,
      overCapacity: true,
      completesPresence: true,
    });
  });

  it('seats a person from the waiting list when a seat is left', () => {
    const waiting = facts({ person: { id: 'zoe', name: 'Zoé BENYAMINA', booking: { status: 'liste-attente', passesRedeemed: 0 } } });
    expect(decideSignIn(waiting, NOW)).toMatchObject({ kind: 'present', addBooking: true, overCapacity: false });
  });

  it('marks present by name only where no pass is needed', () => {
    expect(decideSignIn(facts({ pass: null }), NOW)).toMatchObject({ kind: 'refuse', reason: 'pass-requis' });
    const free = facts({ pass: null, session: { status: 'prevue', date: '2026-06-15', passRequired: false, pricePasses: 1, capacity: 2, seatsTaken: 1 } });
    expect(decideSignIn(free, NOW)).toEqual({ kind: 'present', redeem: false, addBooking: false, overCapacity: false, completesPresence: true });
  });
});
