import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEnrollmentCode } from '../../../hub/src/admin/administration';
import { register, startStockEnv, type StockEnv } from '../stock/stock-env';
import { createSession, sessionFields } from '../workshops/workshops-env';
import { until } from '../../support/wait-for';
import { startHubServer, type HubServer } from './sync-env';

/**
 * A CCAS agent books a person into the médiathèque's workshop through the hub: the seat is taken at the hub, the
 * médiathèque receives the booking with the person's name and phone at its next pull, and the person's history at
 * the CCAS says where they are expected.
 */
let hub: HubServer;
let ccas: StockEnv;
let media: StockEnv;
let ccasOffline = false;
/** The hub handles the next booking request, and its answer is lost on the way back. */
let loseNextBookingAnswer = false;
let workshopId = '';

async function enrolled(name: string, kind: 'ccas' | 'mediatheque', hubFetch?: typeof fetch): Promise<StockEnv> {
  const env = await startStockEnv('2026-06-15T10:00:00Z', { backend: { syncIntervalMs: 3_600_000, ...(hubFetch ? { hubFetch } : {}) }, site: { name, kind } });
  const { code } = await createEnrollmentCode(hub.pool, hub.collectivityId, 7, new Date());
  await env.admin.call('sync.enroll', { hubUrl: hub.url, code });
  return env;
}

beforeAll(async () => {
  // The hub's day is the desks' (the workshop is on the 18th).
  hub = await startHubServer({ clock: () => new Date('2026-06-15T10:00:00Z') });
  ccas = await enrolled('CCAS de Sète', 'ccas', (async (url: string, init: RequestInit) => {
    if (ccasOffline) throw new TypeError('fetch failed');
    const response = await fetch(url, init);
    if (loseNextBookingAnswer && url.endsWith('/v1/bookings')) {
      loseNextBookingAnswer = false;
      throw new TypeError('fetch failed');
    }
    return response;
  }) as typeof fetch);
  media = await enrolled('Médiathèque Mitterrand', 'mediatheque');
  const service = await media.referent.call('services.save', { name: 'Atelier découverte', themes: ['email'], defaultDurationMin: 90, passRequired: true, pricePasses: 1 });
  workshopId = (await createSession(media.referent, sessionFields(service.id, { title: 'Mails et pièces jointes', date: '2026-06-18', capacity: 2 }))).id;
  await media.admin.call('sync.now', {});
  await ccas.admin.call('sync.now', {});
});

afterAll(async () => {
  await ccas?.close();
  await media?.close();
  await hub?.close();
});

describe('a booking across desks', () => {
  it('is taken at the hub and reaches the médiathèque with the person’s name and phone only', async () => {
    const zoe = await register(ccas.accueil, { phone: '0612345678', birthYear: 1952 });
    const booked = await ccas.accueil.call('sync.book-elsewhere', { workshopId, beneficiaryId: zoe });
    expect(booked).toMatchObject({ siteName: 'Médiathèque Mitterrand', title: 'Mails et pièces jointes', date: '2026-06-18', seatsLeft: 1, warning: null });
    // The person's slip says where and when to go.
    await until(async () => (await ccas.printed()).length === 1);
    const [slip] = await ccas.printed();
    expect(slip).toContain('Médiathèque Mitterrand');
    expect(slip).toContain('Mails et pièces jointes');
    expect(slip).toMatch(/De\s+14:00 à 15:30/);
    expect(slip).toContain('votre carnet de Pass Numérique');
    expect(await ccas.accueil.call('beneficiaries.history', { id: zoe })).toContainEqual(
      expect.objectContaining({ kind: 'booking-elsewhere', siteName: 'Médiathèque Mitterrand', text: 'Inscrit·e à « Mails et pièces jointes » du 18/06/2026 à 14:00 — Médiathèque Mitterrand' }),
    );
    await expect(ccas.accueil.call('sync.book-elsewhere', { workshopId, beneficiaryId: zoe })).rejects.toThrow(/déjà inscrit·e à cet atelier/);

    await media.admin.call('sync.now', {});
    const detail = await media.accueil.call('workshops.get', { id: workshopId });
    expect(detail.bookings).toEqual([
      expect.objectContaining({ nom: 'Benyamina', prenom: 'Zoé', phone: '0612345678', status: 'a-venir', bookedByName: 'CCAS de Sète (via le hub)', overCapacity: false }),
    ]);
    // The médiathèque's record holds what the hub passed on, and nothing else (no birth year, no commune).
    const record = await media.accueil.call('beneficiaries.get', { id: detail.bookings[0]?.beneficiaryId as string });
    expect(record).toMatchObject({ nom: 'Benyamina', prenom: 'Zoé', phone: '0612345678', birthYear: null, communeCode: null });
    // A second pull changes nothing.
    await media.admin.call('sync.now', {});
    expect((await media.accueil.call('workshops.get', { id: workshopId })).bookings).toHaveLength(1);
  });

  it('a person the médiathèque already knows is booked under their record', async () => {
    const known = await register(media.accueil, { nom: 'Durand', prenom: 'Marc', phone: '0698765432' });
    const marc = await register(ccas.accueil, { nom: 'Durand', prenom: 'Marc', phone: '0698765432' });
    expect((await ccas.accueil.call('sync.book-elsewhere', { workshopId, beneficiaryId: marc, printSlip: false })).seatsLeft).toBe(0);
    await media.admin.call('sync.now', {});
    const detail = await media.accueil.call('workshops.get', { id: workshopId });
    expect(detail.bookings.map((booking) => booking.beneficiaryId)).toContain(known);
    expect(detail.session.seatsLeft).toBe(0);
  });

  it('says in French when the workshop is full or the hub cannot be reached, and records nothing', async () => {
    const lea = await register(ccas.accueil, { nom: 'Petit', prenom: 'Léa' });
    await expect(ccas.accueil.call('sync.book-elsewhere', { workshopId, beneficiaryId: lea })).rejects.toThrow(/Atelier complet à Médiathèque Mitterrand/);
    ccasOffline = true;
    try {
      await expect(ccas.accueil.call('sync.book-elsewhere', { workshopId, beneficiaryId: lea })).rejects.toThrow(/Hub injoignable.*appelez Médiathèque Mitterrand pour réserver/);
    } finally {
      ccasOffline = false;
    }
    const history = await ccas.accueil.call('beneficiaries.history', { id: lea });
    expect(history.filter((entry) => entry.kind === 'booking-elsewhere')).toEqual([]);
  });

  it('a retry after a lost answer takes no second seat: the hub answers it from the seat already taken', async () => {
    const service = await media.referent.call('services.save', { name: 'Atelier tablette', themes: ['email'], defaultDurationMin: 60, passRequired: true, pricePasses: 1 });
    const tablet = (await createSession(media.referent, sessionFields(service.id, { title: 'Tablette', date: '2026-06-19', capacity: 3 }))).id;
    await media.admin.call('sync.now', {});
    await ccas.admin.call('sync.now', {});
    const paul = await register(ccas.accueil, { nom: 'Rey', prenom: 'Paul' });

    loseNextBookingAnswer = true;
    await expect(ccas.accueil.call('sync.book-elsewhere', { workshopId: tablet, beneficiaryId: paul, printSlip: false })).rejects.toThrow(
      /L’inscription n’est pas confirmée : réessayez dans un instant/,
    );
    const seats = async () => Number((await hub.pool.query('SELECT count(*) FROM workshop_seat WHERE workshop_id = $1 AND holds', [tablet])).rows[0].count);
    expect(await seats()).toBe(1);

    const retried = await ccas.accueil.call('sync.book-elsewhere', { workshopId: tablet, beneficiaryId: paul, printSlip: false });
    expect(retried.seatsLeft).toBe(2);
    expect(await seats()).toBe(1);
    const history = await ccas.accueil.call('beneficiaries.history', { id: paul });
    expect(history.filter((entry) => entry.kind === 'booking-elsewhere')).toHaveLength(1);
  });
});
