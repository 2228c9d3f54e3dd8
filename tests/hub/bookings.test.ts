import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PullResponse as PullResponseSchema, type BookRequest } from '../../electron/common/sync/protocol';
import { purgeBookingIdentities } from '../../hub/src/bookings/take-seat';
import { buildTestHub, deskHeaders, enroll, newCollectivity, newSite, op, openHubDatabase, pull, push, type TestDesk } from './hub-fixtures';

/**
 * Seats taken through the hub in another place's collective workshop (the hub's clock: 2026-03-02 09:00 UTC): the
 * seat count joins the running desk's own bookings, the person's identity goes to the running site's desks only,
 * and it is removed a week after the workshop.
 */
let pool: pg.Pool;
let hub: ReturnType<typeof buildTestHub>;
let ccas: TestDesk;
let media: TestDesk;
let mediaSecondDesk: TestDesk;
let annexe: TestDesk;
const serviceId = randomUUID();
const workshopId = randomUUID();

const session = (date: string, capacity: number | null, kind = 'collectif') => ({
  kind,
  title: 'Premiers pas',
  serviceId,
  themes: ['email'],
  level: null,
  date,
  startTime: '14:00',
  startsAt: `${date}T13:00:00.000Z`,
  durationMin: 90,
  room: 'Salle 1',
  facilitatorId: null,
  capacity,
  seriesId: null,
});

async function book(desk: TestDesk, request: Partial<BookRequest> = {}) {
  const payload: BookRequest = { bookingId: randomUUID(), workshopId, person: { nom: 'Benyamina', prenom: 'Zoé', phone: '0612345678' }, ...request };
  const response = await hub.app.inject({ method: 'POST', url: '/v1/bookings', headers: deskHeaders(desk), payload });
  return { status: response.statusCode, body: response.json(), bookingId: payload.bookingId };
}

async function bookingsPulledBy(desk: TestDesk) {
  const page = PullResponseSchema.parse(await pull(hub.app, desk, 0, 5000));
  return page.changes.filter((change) => change.entity === 'booking');
}

beforeAll(async () => {
  pool = await openHubDatabase();
  hub = buildTestHub(pool);
  const collectivityId = await newCollectivity(pool);
  ccas = await enroll(hub.app, pool, collectivityId, newSite('CCAS de Sète', 'ccas'));
  const mediaSite = newSite('Médiathèque Mitterrand');
  media = await enroll(hub.app, pool, collectivityId, mediaSite);
  mediaSecondDesk = await enroll(hub.app, pool, collectivityId, mediaSite);
  annexe = await enroll(hub.app, pool, collectivityId, newSite('Médiathèque de l’Île'));
  const service = { name: 'Atelier découverte', themes: ['email'], level: null, defaultDurationMin: 90, passRequired: true, pricePasses: 1, archived: false };
  const results = await push(hub.app, media, [op(media, 'service.saved', serviceId, service), op(media, 'workshop.created', workshopId, session('2026-03-05', 2))]);
  expect(results.map((result) => result.status)).toEqual(['accepted', 'accepted']);
});

afterAll(async () => {
  await hub.app.close();
  await pool.end();
});

describe('POST /v1/bookings', () => {
  it('takes a seat, counting the running desk’s own bookings, until the workshop is full', async () => {
    // The médiathèque booked one person itself.
    const own = randomUUID();
    await push(hub.app, media, [op(media, 'booking.created', own, { sessionId: workshopId, person: 'ABCDEFGHIJKLMNOPQRST', status: 'a-venir', at: '2026-03-02T09:00:00.000Z' })]);
    const first = await book(ccas);
    expect(first).toMatchObject({ status: 200, body: { seatsLeft: 0, siteName: 'Médiathèque Mitterrand' } });
    // The same booking again (an answer lost): the same answer, no second seat.
    expect((await book(ccas, { bookingId: first.bookingId })).body).toEqual({ seatsLeft: 0, siteName: 'Médiathèque Mitterrand' });
    const full = await book(ccas, { person: { nom: 'Durand', prenom: 'Marc', phone: null } });
    expect(full).toMatchObject({ status: 409, body: { error: { code: 'booking_refused', message: expect.stringContaining('Atelier complet à Médiathèque Mitterrand') } } });

    // The médiathèque cancels its own booking: the seat is free again.
    await push(hub.app, media, [op(media, 'booking.cancelled', own, { sessionId: workshopId, at: '2026-03-02T09:30:00.000Z' })]);
    expect(await book(ccas, { person: { nom: 'Durand', prenom: 'Marc', phone: null } })).toMatchObject({ status: 200, body: { seatsLeft: 0 } });
  });

  it('passes the person’s name and phone to the running site’s desks only', async () => {
    const toMedia = await bookingsPulledBy(media);
    expect(toMedia.map((change) => change.data)).toEqual([
      expect.objectContaining({ workshopId, fromSiteName: 'CCAS de Sète', person: { nom: 'Benyamina', prenom: 'Zoé', phone: '0612345678' } }),
      expect.objectContaining({ person: { nom: 'Durand', prenom: 'Marc', phone: null } }),
    ]);
    expect(await bookingsPulledBy(mediaSecondDesk)).toHaveLength(2);
    expect(await bookingsPulledBy(annexe)).toEqual([]);
    expect(await bookingsPulledBy(ccas)).toEqual([]);
  });

  it('refuses a workshop of the desk’s own site, a cancelled, past or unknown one, and an individual appointment', async () => {
    expect((await book(media)).body.error.message).toContain('Cet atelier est celui de ce lieu');
    const past = randomUUID();
    const cancelled = randomUUID();
    const individual = randomUUID();
    await push(hub.app, media, [
      op(media, 'workshop.created', past, session('2026-03-01', 8)),
      op(media, 'workshop.created', cancelled, session('2026-03-09', 8)),
      op(media, 'workshop.cancelled', cancelled, { at: '2026-03-02T09:00:00.000Z' }),
      op(media, 'workshop.created', individual, session('2026-03-09', 1, 'individuel')),
    ]);
    expect((await book(ccas, { workshopId: past })).body.error.message).toBe('Atelier déjà passé à Médiathèque Mitterrand.');
    expect((await book(ccas, { workshopId: cancelled })).body.error.message).toBe('Atelier annulé par Médiathèque Mitterrand.');
    expect((await book(ccas, { workshopId: individual })).body.error.message).toContain('pas connu du hub');
    expect((await book(ccas, { workshopId: randomUUID() })).status).toBe(409);
    const invalid = await hub.app.inject({ method: 'POST', url: '/v1/bookings', headers: deskHeaders(ccas), payload: { workshopId, person: { nom: 'X' } } });
    expect(invalid.statusCode).toBe(400);
  });

  it('removes the person’s identity a week after the workshop, not before', async () => {
    expect(await purgeBookingIdentities(pool, new Date('2026-03-12T09:00:00Z'))).toBe(0);
    expect(await purgeBookingIdentities(pool, new Date('2026-03-13T09:00:00Z'))).toBe(2);
    expect((await bookingsPulledBy(media)).map((change) => (change.data as { person: unknown }).person)).toEqual([null, null]);
    expect(await purgeBookingIdentities(pool, new Date('2026-03-20T09:00:00Z'))).toBe(0);
  });
});
