import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestHub, carnetsOf, enroll, newCollectivity, newSite, op, openHubDatabase, push, redeemOp, stockOps, type TestDesk } from './hub-fixtures';

/** The reference operations: a carnet's life at the CCAS, lots waiting for their issuer, ids of other collectivities. */

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
  await push(hub.app, ccas, stock.ops);
});
afterAll(async () => {
  await hub.app.close();
  await pool.end();
});

async function passState(number: string) {
  return (await pool.query<{ state: string; site_id: string }>('SELECT state, site_id FROM pass WHERE number = $1', [number])).rows[0];
}

describe('reference operations', () => {
  it('follows a carnet taken back, handed to someone else and revoked; a redeemed pass stays redeemed', async () => {
    const at = '2026-03-02T10:00:00+01:00';
    await push(hub.app, ccas, [op(ccas, 'carnet.distributed', 'c3', { number: 'C3', lotId, person: pid, at })]);
    await push(hub.app, mediatheque, [redeemOp(mediatheque, '302', lotId)]);
    expect((await push(hub.app, ccas, [op(ccas, 'carnet.taken-back', 'c3', { number: 'C3', at })]))[0]?.status).toBe('accepted');
    expect(await passState('303')).toEqual({ state: 'in-stock', site_id: ccas.site.id });
    expect((await passState('302'))?.state).toBe('redeemed');
    expect((await pool.query('SELECT state, person FROM carnet WHERE number = $1', ['C3'])).rows[0]).toEqual({ state: 'in-stock', person: null });

    const other = 'BCDEFGHIJKLMNOPQRSTU';
    await push(hub.app, ccas, [op(ccas, 'carnet.distributed', 'c3', { number: 'C3', lotId, person: pid, at }), op(ccas, 'carnet.reassigned', 'c3', { number: 'C3', person: other, at })]);
    expect((await pool.query('SELECT state, person FROM carnet WHERE number = $1', ['C3'])).rows[0]).toEqual({ state: 'distributed', person: other });

    expect((await push(hub.app, ccas, [op(ccas, 'carnet.revoked', 'c3', { number: 'C3', reason: 'vole', at })]))[0]?.status).toBe('accepted');
    expect((await passState('303'))?.state).toBe('revoked');
    expect((await passState('302'))?.state).toBe('redeemed');
    const [handOut] = await push(hub.app, ccas, [op(ccas, 'carnet.distributed', 'c3', { number: 'C3', lotId, person: pid, at })]);
    expect(handOut).toMatchObject({ status: 'rejected', reason: 'revoked' });
    const [revokeRedeemed] = await push(hub.app, ccas, [op(ccas, 'pass.revoked', '302', { number: '302', reason: 'perdu', at })]);
    expect(revokeRedeemed).toMatchObject({ status: 'rejected', reason: 'not_allowed' });
    expect((await push(hub.app, mediatheque, [redeemOp(mediatheque, '303', lotId)]))[0]).toMatchObject({ status: 'rejected', reason: 'revoked' });
  });

  it("waits for a lot's issuer, and refuses ids that belong to another collectivity", async () => {
    const issuerId = randomUUID();
    const stock = stockOps(ccas, [{ number: 'C80', passes: ['8001'] }], { issuerId, lotId: randomUUID() });
    const [issuer, lot] = stock.ops;
    expect((await push(hub.app, ccas, [lot!]))[0]?.status).toBe('retry_later');
    expect((await push(hub.app, ccas, [issuer!, lot!])).map((result) => result.status)).toEqual(['accepted', 'accepted']);

    const stranger = await enroll(hub.app, pool, await newCollectivity(pool, 'Autre'), newSite('Ailleurs'));
    const rule = { pattern: '', checkDigit: 'none' };
    const results = await push(hub.app, stranger, [
      op(stranger, 'issuer.saved', issuerId, { name: 'Pirate', carnetRule: rule, passRule: rule }),
      op(stranger, 'site.created', mediatheque.site.id, { name: 'Pirate', kind: 'ccas', communeCode: '69123' }),
      redeemOp(stranger, '8001', stock.lotId),
    ]);
    expect(results.map((result) => result.status === 'rejected' && result.reason)).toEqual(['not_allowed', 'not_allowed', 'unknown_lot']);
    expect((await pool.query('SELECT name FROM issuer WHERE id = $1', [issuerId])).rows[0]).toEqual({ name: 'APTIC' });
  });
});
