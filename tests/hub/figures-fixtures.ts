import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type pg from 'pg';
import { expect } from 'vitest';
import type { WireOp } from '../../electron/common/sync/protocol';
import { createReaderToken } from '../../hub/src/figures/readers';
import { carnetsOf, enroll, newCollectivity, newSite, op, push, stockOps, type TestDesk } from './hub-fixtures';

/** A pseudonym as a desk makes them (20 characters of base32): `pid('A', 3)`. */
export function pid(prefix: string, n: number): string {
  return `${prefix}${'Q'.repeat(19 - prefix.length)}${String.fromCharCode(65 + n)}`;
}

export function facts(overrides: Record<string, unknown> = {}) {
  return {
    ageBand: '25-39', genre: 'feminin', socialStatus: 'en-emploi', communeCode: '69266', qpv: 'non', qpvCode: null, language: 'fr',
    priorityCriteria: [], noticeGiven: true, merged: false, ...overrides,
  };
}

export function activity(desk: TestDesk, fields: { type: 'collectif' | 'individuel'; date: string; durationMin: number; themes: string[]; participants: string[] }): WireOp {
  return op(desk, 'activity.recorded', randomUUID(), {
    sessionId: randomUUID(), serviceId: null, placeType: 'lieu-activite', communeCode: '69266', level: null, autonomy: null, redirection: null,
    newParticipants: fields.participants.length, passesRedeemed: 0, recordedAt: `${fields.date}T18:00:00.000+01:00`, ...fields,
  });
}

export function redeem(desk: TestDesk, number: string, lotId: string, serviceId: string, at: string): WireOp {
  return op(desk, 'pass.redeemed', number, { number, lotId, sessionId: randomUUID(), serviceId, bookingId: randomUUID(), at });
}

/** Pushes and checks every op was accepted, except the CCAS's second redemption of pass 101 (a conflict, on purpose). */
export async function pushAll(app: FastifyInstance, desk: TestDesk, ops: WireOp[]): Promise<void> {
  const results = await push(app, desk, ops);
  expect(results.map((result) => result.status)).toEqual(ops.map((sent) => (sent.type === 'pass.redeemed' && sent.key === '101' && desk.site.kind === 'ccas' ? 'conflict' : 'accepted')));
}

export const SERVICE_NAME = '<script>alert("x")</script> Atelier';
export const MEDIATHEQUE = 'Médiathèque <script>alert(1)</script>';

/**
 * The Métropole with two sites, in March 2026 (and a little in February and April):
 * - the CCAS hands out C1…C6 in March (18 passes) to A0…A5 (feminin, 25-39), C7 on 1 April (Paris) to A0; redeems
 *   401 (service never described) and 101 again (a conflict: the médiathèque's came first);
 * - the médiathèque redeems 101, 102, 201 in March (service SERVICE_NAME) and 301 in February; records a collective
 *   activity with B0…B7 and an individual one with B8 in March (B0…B5 feminin, B6…B8 masculin, 60-69), a
 *   collective one with X0, X1 in February; closes one workshop session in March.
 */
export async function seedMetropole(app: FastifyInstance, pool: pg.Pool) {
  const collectivityId = await newCollectivity(pool, 'Métropole de Lyon');
  const ccas = await enroll(app, pool, collectivityId, newSite('CCAS de Villeurbanne', 'ccas'));
  const mediatheque = await enroll(app, pool, collectivityId, newSite(MEDIATHEQUE, 'mediatheque'));
  const stock = stockOps(ccas, carnetsOf(8, 3));
  const handOuts = [1, 2, 3, 4, 5, 6].map((n) =>
    op(ccas, 'carnet.distributed', `C${n}`, { number: `C${n}`, lotId: stock.lotId, person: pid('A', n - 1), at: n === 6 ? '2026-03-31T23:30:00.000+02:00' : '2026-03-02T10:00:00.000+01:00' }),
  );
  const people = [0, 1, 2, 3, 4, 5].map((n) => op(ccas, 'beneficiary.created', pid('A', n), facts(n === 0 ? { priorityCriteria: ['senior'] } : {})));
  await pushAll(app, ccas, [
    ...stock.ops, ...people, ...handOuts,
    op(ccas, 'carnet.distributed', 'C7', { number: 'C7', lotId: stock.lotId, person: pid('A', 0), at: '2026-04-01T00:30:00.000+02:00' }),
  ]);

  const serviceId = randomUUID();
  const b = (n: number) => pid('B', n);
  await pushAll(app, mediatheque, [
    op(mediatheque, 'service.saved', serviceId, { name: SERVICE_NAME, themes: [], level: null, defaultDurationMin: 60, passRequired: true, pricePasses: 1, archived: false }),
    redeem(mediatheque, '101', stock.lotId, serviceId, '2026-03-05T14:00:00.000+01:00'),
    redeem(mediatheque, '102', stock.lotId, serviceId, '2026-03-05T14:00:00.000+01:00'),
    redeem(mediatheque, '201', stock.lotId, serviceId, '2026-03-05T14:05:00.000+01:00'),
    redeem(mediatheque, '301', stock.lotId, serviceId, '2026-02-20T14:00:00.000+01:00'),
    ...[0, 1, 2, 3, 4, 5, 6, 7, 8].map((n) => op(mediatheque, 'beneficiary.created', b(n), facts({ ageBand: '60-69', genre: n < 6 ? 'feminin' : 'masculin', socialStatus: 'retraite' }))),
    activity(mediatheque, { type: 'collectif', date: '2026-03-05', durationMin: 120, themes: ['email', 'bureautique'], participants: [0, 1, 2, 3, 4, 5, 6, 7].map(b) }),
    activity(mediatheque, { type: 'individuel', date: '2026-03-12', durationMin: 45, themes: ['email'], participants: [b(8)] }),
    activity(mediatheque, { type: 'collectif', date: '2026-02-15', durationMin: 60, themes: ['sante'], participants: [pid('X', 0), pid('X', 1)] }),
    op(mediatheque, 'workshop.closed', randomUUID(), { at: '2026-03-05T16:00:00.000+01:00', present: 8, absent: 0 }),
  ]);
  await pushAll(app, ccas, [
    redeem(ccas, '101', stock.lotId, randomUUID(), '2026-03-06T10:00:00.000+01:00'),
    redeem(ccas, '401', stock.lotId, randomUUID(), '2026-03-10T10:00:00.000+01:00'),
  ]);
  const reader = await createReaderToken(pool, collectivityId, 'Service des politiques numériques', new Date());
  return { collectivityId, ccas, mediatheque, reader };
}
