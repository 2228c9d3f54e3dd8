import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallError } from '../../support/test-client';
import { until } from '../../support/wait-for';
import { register } from '../stock/stock-env';
import { createSession, sessionFields, startWorkshopsEnv, type WorkshopsEnv } from './workshops-env';

const failure = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => e as CallError);

describe('sessions and bookings', () => {
  let s: WorkshopsEnv;

  beforeEach(async () => {
    s = await startWorkshopsEnv();
  });
  afterEach(() => s.close());

  it('creates a weekly series on the same Paris time across the change to winter time, shown in the calendar with its seats', async () => {
    const sessions = await s.mediateur.call('workshops.create', {
      fields: sessionFields(s.withPass.id, { date: '2026-10-19', startTime: '10:00' }),
      weeks: 3,
    });
    expect(sessions.map((x) => [x.date, x.startTime, x.startsAt])).toEqual([
      ['2026-10-19', '10:00', '2026-10-19T08:00:00.000Z'],
      ['2026-10-26', '10:00', '2026-10-26T09:00:00.000Z'],
      ['2026-11-02', '10:00', '2026-11-02T09:00:00.000Z'],
    ]);
    expect(new Set(sessions.map((x) => x.seriesId)).size).toBe(1);
    const calendar = await s.accueil.call('workshops.calendar', { from: '2026-10-19', to: '2026-10-25' });
    expect(calendar).toHaveLength(1);
    expect(calendar[0]).toMatchObject({ title: 'Premiers pas sur internet', serviceName: 'Atelier découverte', capacity: 8, seatsLeft: 8, booked: 0 });
  });

  it('books up to the capacity, then fills the waiting list; a cancellation gives the seat to the first in line', async () => {
    const session = await createSession(s.mediateur, sessionFields(s.withPass.id, { capacity: 2 }));
    const ids = [];
    for (const nom of ['Alpha', 'Bravo', 'Charlie', 'Delta']) ids.push(await register(s.accueil, { nom, phone: '0612345678' }));
    const results = [];
    for (const id of ids) results.push(await s.accueil.call('bookings.create', { sessionId: session.id, beneficiaryId: id, printSlip: false }));
    expect(results.map((r) => [r.booking.nom, r.booking.status, r.booking.waitPosition])).toEqual([
      ['Alpha', 'a-venir', null],
      ['Bravo', 'a-venir', null],
      ['Charlie', 'liste-attente', 1],
      ['Delta', 'liste-attente', 2],
    ]);
    const cancelled = await s.accueil.call('bookings.cancel', { bookingId: results[0]!.booking.id });
    expect(cancelled.booking.status).toBe('annule');
    expect(cancelled.promoted).toMatchObject({ nom: 'Charlie', status: 'a-venir', phone: '0612345678' });
    expect(cancelled.promoted?.promotedAt).not.toBeNull();
    const detail = await s.accueil.call('workshops.get', { id: session.id });
    expect(detail.session).toMatchObject({ booked: 2, waiting: 1, seatsLeft: 0 });
    expect(detail.bookings.find((b) => b.nom === 'Delta')).toMatchObject({ status: 'liste-attente', waitPosition: 1 });
    // The person is booked once.
    const again = await failure(s.accueil.call('bookings.create', { sessionId: session.id, beneficiaryId: ids[1]!, printSlip: false }));
    expect(again?.message).toBe('Zoé BRAVO est déjà inscrite à cette séance.');
  });

  it('never gives the last seat twice when two agents book at the same moment', async () => {
    const session = await createSession(s.mediateur, sessionFields(s.withPass.id, { capacity: 1 }));
    const first = await register(s.accueil, { nom: 'Premier' });
    const second = await register(s.accueil, { nom: 'Second' });
    const results = await Promise.all([
      s.accueil.call('bookings.create', { sessionId: session.id, beneficiaryId: first, printSlip: false }),
      s.mediateur.call('bookings.create', { sessionId: session.id, beneficiaryId: second, printSlip: false }),
    ]);
    expect(results.map((r) => r.booking.status).sort()).toEqual(['a-venir', 'liste-attente']);
    const rows = s.rows<{ n: number }>(`SELECT count(*) AS n FROM booking WHERE session_id = ? AND status = 'a-venir'`, session.id);
    expect(rows[0]?.n).toBe(1);
  });

  it('prints the booking slip: when, where, what to bring', async () => {
    const session = await createSession(s.mediateur, sessionFields(s.withPass.id));
    const personId = await register(s.accueil, { nom: 'Lefèvre', prenom: 'Odette' });
    const result = await s.accueil.call('bookings.create', { sessionId: session.id, beneficiaryId: personId, printSlip: true });
    expect(result.receipts[0]).toMatchObject({ job: { kind: 'booking', label: 'Ticket de réservation' } });
    await until(async () => (await s.printed()).length === 1);
    const [slip] = await s.printed();
    expect(slip).toContain('Odette LEFÈVRE');
    expect(slip).toContain('Premiers pas sur internet');
    expect(slip).toContain('lundi 15 juin 2026');
    expect(slip).toMatch(/De\s+14:00 à 15:30/);
    expect(slip).toContain('Salle Jean-Vilar');
    expect(slip).toContain('votre carnet de Pass Numérique');
  });

  it('prints the next workshops with seats on the carnet’s receipt, so the person knows where to go', async () => {
    await createSession(s.mediateur, sessionFields(s.withPass.id, { date: '2026-06-16', startTime: '10:00', title: 'Mes démarches en ligne' }));
    const full = await createSession(s.mediateur, sessionFields(s.withPass.id, { date: '2026-06-17', capacity: 1, title: 'Atelier complet' }));
    await s.accueil.call('bookings.create', { sessionId: full.id, beneficiaryId: await register(s.accueil, { nom: 'Assis' }), printSlip: false });
    await createSession(s.mediateur, sessionFields(s.free.id, { date: '2026-06-18', title: 'Café sans pass' }));
    const personId = await register(s.accueil, { nom: 'Lefèvre', prenom: 'Odette' });
    await s.referent.call('carnets.hand-out', { beneficiaryId: personId, code: 'C000001' });
    await until(async () => (await s.printed()).length === 1);
    const [receipt] = await s.printed();
    expect(receipt).toContain('Prochains ateliers — CCAS de Sète');
    expect(receipt).toMatch(/16\/06 10:00 Mes démarches en ligne\s+8 pl\./);
    expect(receipt).not.toContain('Atelier complet');
    expect(receipt).not.toContain('Café sans pass');
  });

  it('lists tomorrow’s people to remind with their phones, and the cancelled session’s people to call', async () => {
    const session = await createSession(s.mediateur, sessionFields(s.withPass.id, { date: '2026-06-16' }));
    const personId = await register(s.accueil, { nom: 'Rappel', phone: '0699887766' });
    await s.accueil.call('bookings.create', { sessionId: session.id, beneficiaryId: personId, printSlip: false });
    const reminders = await s.accueil.call('bookings.reminders', { date: '2026-06-16' });
    expect(reminders.map((r) => [r.booking.nom, r.booking.phone, r.session.title])).toEqual([['Rappel', '0699887766', 'Premiers pas sur internet']]);

    const cancelled = await s.mediateur.call('workshops.cancel', { id: session.id, reason: 'Animatrice malade' });
    expect(cancelled.session).toMatchObject({ status: 'annulee', cancelReason: 'Animatrice malade' });
    expect(cancelled.bookings.map((b) => [b.nom, b.phone, b.status])).toEqual([['Rappel', '0699887766', 'a-venir']]);
    expect(await s.accueil.call('bookings.reminders', { date: '2026-06-16' })).toEqual([]);
    const refused = await failure(s.accueil.call('bookings.create', { sessionId: session.id, beneficiaryId: personId, printSlip: false }));
    expect(refused?.message).toBe('Séance annulée : inscription impossible.');
  });

  it('refuses a capacity below the seats taken, and lets only facilitators create sessions', async () => {
    const session = await createSession(s.mediateur, sessionFields(s.withPass.id, { capacity: 3 }));
    for (const nom of ['Un', 'Deux']) {
      const id = await register(s.accueil, { nom });
      await s.accueil.call('bookings.create', { sessionId: session.id, beneficiaryId: id, printSlip: false });
    }
    const lower = await failure(s.mediateur.call('workshops.update', { id: session.id, fields: sessionFields(s.withPass.id, { capacity: 1 }) }));
    expect(lower).toMatchObject({ code: 'CONFLICT', fields: { capacity: 'Au moins 2 places.' } });
    const denied = await failure(s.accueil.call('workshops.create', { fields: sessionFields(s.withPass.id) }));
    expect(denied?.code).toBe('FORBIDDEN');
  });

  it('moves bookings with a merge, and back when the merge is undone', async () => {
    const session = await createSession(s.mediateur, sessionFields(s.withPass.id));
    const survivor = await register(s.accueil, { nom: 'Martin', prenom: 'Léa' });
    const other = await register(s.accueil, { nom: 'Martin', prenom: 'Lea' });
    await s.accueil.call('bookings.create', { sessionId: session.id, beneficiaryId: other, printSlip: false });
    const merged = await s.referent.call('beneficiaries.merge', { survivorId: survivor, mergedId: other });
    expect((await s.accueil.call('bookings.of-person', { beneficiaryId: survivor })).map((b) => b.session.title)).toEqual(['Premiers pas sur internet']);
    const history = await s.accueil.call('beneficiaries.history', { id: survivor });
    const mergeEntry = history.find((entry) => entry.kind === 'merge');
    if (mergeEntry?.kind !== 'merge') throw new Error('merge not in history');
    await s.referent.call('beneficiaries.undo-merge', { mergeId: mergeEntry.mergeId });
    expect(await s.accueil.call('bookings.of-person', { beneficiaryId: survivor })).toEqual([]);
    expect((await s.accueil.call('bookings.of-person', { beneficiaryId: other })).map((b) => b.status)).toEqual(['a-venir']);
    expect(merged.id).toBe(survivor);
  });
});
