import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { operationPayloads } from '../../electron/common/sync/operations';
import { PushResponse } from '../../electron/common/sync/protocol';
import { buildHub } from '../../hub/src/app';
import {
  buildTestHub, carnetsOf, count, deskHeaders, enroll, newCollectivity, newSite, op, openHubDatabase, pull, push, redeemOp, stockOps,
  type TestDesk,
} from './hub-fixtures';

let pool: pg.Pool;
let hub: ReturnType<typeof buildTestHub>;
let ccas: TestDesk;
let mediatheque: TestDesk;
let lotId: string;

const pid = 'ABCDEFGHIJKLMNOPQRST';

beforeAll(async () => {
  pool = await openHubDatabase();
  hub = buildTestHub(pool);
  const collectivityId = await newCollectivity(pool);
  ccas = await enroll(hub.app, pool, collectivityId, newSite('CCAS de Villeurbanne', 'ccas'));
  mediatheque = await enroll(hub.app, pool, collectivityId, newSite('Médiathèque du Tonkin'));
  const stock = stockOps(ccas, carnetsOf(5));
  lotId = stock.lotId;
  expect((await push(hub.app, ccas, stock.ops)).map((result) => result.status)).toEqual(['accepted', 'accepted', 'accepted']);
});
afterAll(async () => {
  await hub.app.close();
  await pool.end();
});

async function passState(number: string) {
  return (await pool.query<{ state: string; site_id: string }>('SELECT state, site_id FROM pass WHERE number = $1', [number])).rows[0];
}

describe('push', () => {
  it('applies the stock and the hand-out of a carnet, and logs each pass change', async () => {
    expect(await count(pool, 'pass')).toBe(15);
    const [result] = await push(hub.app, ccas, [op(ccas, 'carnet.distributed', 'local-carnet-id', { number: 'C1', lotId, person: pid, at: '2026-03-02T10:00:00+01:00' })]);
    expect(result?.status).toBe('accepted');
    expect(await passState('101')).toEqual({ state: 'distributed', site_id: ccas.site.id });
    expect((await pool.query('SELECT state, person FROM carnet WHERE number = $1', ['C1'])).rows[0]).toEqual({ state: 'distributed', person: pid });
    const passChanges = (await pull(hub.app, mediatheque)).changes.filter((change) => change.entity === 'pass' && change.key === '102');
    expect(passChanges.map((change) => change.entity === 'pass' && change.data.state)).toEqual(['in-stock', 'distributed']);
  });

  it('answers a replay with the identical stored result and applies it once', async () => {
    const redemption = redeemOp(mediatheque, '201', lotId);
    const first = await push(hub.app, mediatheque, [redemption]);
    const again = await push(hub.app, mediatheque, [redemption]);
    expect(first).toEqual([{ opId: redemption.opId, status: 'accepted' }]);
    expect(again).toEqual(first);
    expect(await count(pool, "redemption WHERE pass_number = '201'")).toBe(1);
    expect(await count(pool, "change_log WHERE entity = 'pass' AND key = '201' AND data->>'state' = 'redeemed'")).toBe(1);
    expect(await passState('201')).toEqual({ state: 'redeemed', site_id: mediatheque.site.id });
  });

  it('answers a conflict naming the winner when another site redeems the same pass, and never flips', async () => {
    const winner = redeemOp(mediatheque, '301', lotId);
    await push(hub.app, mediatheque, [winner]);
    const acceptedAt = hub.clock().toISOString();
    hub.clock.advance(3_600_000);
    // The loser's desk clock says it scanned earlier: clocks never decide.
    const loser = redeemOp(ccas, '301', lotId, { createdAt: '2026-03-01T08:00:00.000Z' });
    const [result] = await push(hub.app, ccas, [loser]);
    expect(result).toMatchObject({ opId: loser.opId, status: 'conflict', winner: { siteId: mediatheque.site.id, siteName: 'Médiathèque du Tonkin', at: acceptedAt } });
    expect(result?.status === 'conflict' && result.message).toContain('Médiathèque du Tonkin');
    expect(await push(hub.app, ccas, [loser])).toEqual([result]);
    expect(await push(hub.app, mediatheque, [winner])).toEqual([{ opId: winner.opId, status: 'accepted' }]);
    expect((await pool.query('SELECT op_id FROM redemption WHERE pass_number = $1', ['301'])).rows).toEqual([{ op_id: winner.opId }]);
    expect(await count(pool, "conflict WHERE pass_number = '301' AND loser_op_id = $1 AND winner_op_id = $2", [loser.opId, winner.opId])).toBe(1);
    for (const desk of [ccas, mediatheque]) {
      const conflicts = (await pull(hub.app, desk)).changes.filter((change) => change.entity === 'conflict' && change.key === '301');
      expect(conflicts).toHaveLength(1);
      expect(conflicts[0]?.data).toMatchObject({ passNumber: '301', winner: { siteId: mediatheque.site.id }, loser: { siteId: ccas.site.id, siteName: 'CCAS de Villeurbanne' } });
    }
  });

  it('rejects a revoked pass, an unknown lot and a malformed payload, and stores those results', async () => {
    await push(hub.app, ccas, [op(ccas, 'pass.revoked', '401', { number: '401', reason: 'perdu', at: '2026-03-02T10:00:00+01:00' })]);
    const revoked = redeemOp(mediatheque, '401', lotId);
    const unknownLot = redeemOp(mediatheque, '999999', randomUUID());
    const malformed = op(mediatheque, 'booking.created', randomUUID(), { sessionId: 'not-a-uuid', person: pid, status: 'inscrit', at: 'hier' });
    const namesPerson = op(mediatheque, 'beneficiary.created', 'p1', { ageBand: '60-74', lastName: 'Dupont' });
    const results = await push(hub.app, mediatheque, [revoked, unknownLot, malformed, namesPerson]);
    expect(results.map((result) => result.status === 'rejected' && result.reason)).toEqual(['revoked', 'unknown_lot', 'validation', 'validation']);
    expect(await passState('401')).toEqual({ state: 'revoked', site_id: ccas.site.id });
    expect(await count(pool, 'processed_op WHERE op_id = ANY($1)', [results.map((result) => result.opId)])).toBe(4);
    expect(await count(pool, 'stat_event WHERE op_id = ANY($1)', [[malformed.opId, namesPerson.opId]])).toBe(0);
    expect(await push(hub.app, mediatheque, [revoked, unknownLot, malformed, namesPerson])).toEqual(results);
  });

  it('answers retry_later without storing it while the stock has not arrived, then accepts', async () => {
    const later = stockOps(ccas, [{ number: 'C90', passes: ['9001', '9002'] }]);
    const early = redeemOp(mediatheque, '9001', later.lotId);
    const distributedEarly = op(ccas, 'carnet.distributed', 'c90', { number: 'C90', lotId: later.lotId, person: pid, at: '2026-03-02T10:00:00+01:00' });
    const [lotOnly, ...rest] = later.ops;
    await push(hub.app, ccas, [lotOnly!]);
    await push(hub.app, ccas, [rest[0]!]); // the lot, without its carnets
    const [redeemTooEarly] = await push(hub.app, mediatheque, [early]);
    const [handOutTooEarly] = await push(hub.app, ccas, [distributedEarly]);
    expect(redeemTooEarly?.status).toBe('retry_later');
    expect(handOutTooEarly?.status).toBe('retry_later');
    expect(await count(pool, 'processed_op WHERE op_id = ANY($1)', [[early.opId, distributedEarly.opId]])).toBe(0);

    expect((await push(hub.app, ccas, [rest[1]!, distributedEarly])).map((result) => result.status)).toEqual(['accepted', 'accepted']);
    expect(await push(hub.app, mediatheque, [early])).toEqual([{ opId: early.opId, status: 'accepted' }]);
    expect(await passState('9002')).toEqual({ state: 'distributed', site_id: ccas.site.id });
  });

  it('records statistics as sent, with the desk and its site', async () => {
    const booking = op(mediatheque, 'booking.created', randomUUID(), { sessionId: randomUUID(), person: pid, status: 'inscrit', at: '2026-03-02T10:00:00+01:00' });
    expect(await push(hub.app, mediatheque, [booking])).toEqual([{ opId: booking.opId, status: 'accepted' }]);
    const row = (await pool.query('SELECT type, key, payload, site_id, desk_id FROM stat_event WHERE op_id = $1', [booking.opId])).rows[0];
    expect(row).toEqual({ type: 'booking.created', key: booking.key, payload: booking.payload, site_id: mediatheque.site.id, desk_id: mediatheque.deskId });
  });

  it('keeps operations it does not know as upgrade_required, and applies them after the upgrade', async () => {
    const unknownType = op(mediatheque, 'workshop.rated', randomUUID(), { stars: 5 });
    const newerVersion = op(mediatheque, 'booking.promoted', randomUUID(), { sessionId: randomUUID(), at: '2026-03-02T10:00:00+01:00' }, { schemaVersion: 2 });
    const results = await push(hub.app, mediatheque, [unknownType, newerVersion]);
    expect(results.map((result) => result.status)).toEqual(['upgrade_required', 'upgrade_required']);
    expect(await count(pool, 'deferred_op WHERE op_id = ANY($1)', [[unknownType.opId, newerVersion.opId]])).toBe(2);
    expect(await count(pool, 'processed_op WHERE op_id = ANY($1)', [[unknownType.opId, newerVersion.opId]])).toBe(0);
    const kept = (await pool.query('SELECT op FROM deferred_op WHERE op_id = $1', [unknownType.opId])).rows[0];
    expect(kept?.op).toEqual(unknownType);

    const upgraded = buildHub({
      pool, clock: hub.clock, catalogue: { schemaVersion: 2, payloads: { ...operationPayloads, 'workshop.rated': z.object({ stars: z.number() }).strict() } },
    });
    const afterUpgrade = await push(upgraded, mediatheque, [unknownType, newerVersion]);
    expect(afterUpgrade.map((result) => result.status)).toEqual(['accepted', 'accepted']);
    expect(await count(pool, 'deferred_op WHERE op_id = ANY($1)', [[unknownType.opId, newerVersion.opId]])).toBe(0);
    expect(await count(pool, 'stat_event WHERE op_id = ANY($1)', [[unknownType.opId, newerVersion.opId]])).toBe(2);
    await upgraded.close();
  });

  it('refuses a malformed batch with 400 and another protocol version with 426', async () => {
    const badBatch = await hub.app.inject({ method: 'POST', url: '/v1/sync/push', headers: deskHeaders(mediatheque), payload: { epoch: randomUUID(), ops: [] } });
    expect(badBatch.statusCode).toBe(400);
    expect(badBatch.json()).toMatchObject({ error: { code: 'invalid_request' } });
    const payload = { epoch: mediatheque.epoch, batchId: randomUUID(), ops: [redeemOp(mediatheque, '501', lotId)] };
    const newer = await hub.app.inject({ method: 'POST', url: '/v1/sync/push', headers: { ...deskHeaders(mediatheque), 'guichet-protocol': '2' }, payload });
    expect(newer.statusCode).toBe(426);
    expect(newer.json()).toMatchObject({ error: { code: 'upgrade_required' } });
    expect(await count(pool, "redemption WHERE pass_number = '501'")).toBe(0);
    const response = await hub.app.inject({ method: 'POST', url: '/v1/sync/push', headers: deskHeaders(mediatheque), payload });
    expect(PushResponse.parse(response.json()).results[0]?.status).toBe('accepted');
  });

  it('answers each operation of a batch in order, a poison op blocking none of the others', async () => {
    const ops = [
      ...['502', '503'].map((number) => redeemOp(mediatheque, number, lotId)),
      op(mediatheque, 'pass.redeemed', 'x', { number: '504' }),
      redeemOp(mediatheque, '402', lotId),
    ];
    const results = await push(hub.app, mediatheque, ops);
    expect(results.map((result) => result.opId)).toEqual(ops.map((one) => one.opId));
    expect(results.map((result) => result.status)).toEqual(['accepted', 'accepted', 'rejected', 'accepted']);
  });

  it('answers the same operation twice in one batch once', async () => {
    const redemption = redeemOp(mediatheque, '103', lotId);
    const results = await push(hub.app, mediatheque, [redemption, redemption]);
    expect(results).toEqual([{ opId: redemption.opId, status: 'accepted' }, { opId: redemption.opId, status: 'accepted' }]);
    expect(await count(pool, "conflict WHERE pass_number = '103'")).toBe(0);
  });
});
