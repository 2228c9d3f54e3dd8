import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HubErrorBody } from '../../electron/common/sync/protocol';
import { buildTestHub, carnetsOf, count, deskHeaders, enroll, newCollectivity, newSite, op, openHubDatabase, push, redeemOp, stockOps, type TestDesk } from './hub-fixtures';

let pool: pg.Pool;
let hub: ReturnType<typeof buildTestHub>;
let desk: TestDesk;
let lotId: string;

beforeAll(async () => {
  pool = await openHubDatabase();
  hub = buildTestHub(pool);
  desk = await enroll(hub.app, pool, await newCollectivity(pool), newSite('CCAS', 'ccas'));
  const stock = stockOps(desk, carnetsOf(2));
  lotId = stock.lotId;
  await push(hub.app, desk, stock.ops);
  // A failure the hub does not expect, in the middle of a batch: the database refuses an issuer named "Panne".
  await pool.query(`CREATE FUNCTION fail_on_panne() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN IF NEW.data->>'name' = 'Panne' THEN RAISE EXCEPTION 'injected failure'; END IF; RETURN NEW; END $$`);
  await pool.query('CREATE TRIGGER fail_on_panne BEFORE INSERT ON change_log FOR EACH ROW EXECUTE FUNCTION fail_on_panne()');
});
afterAll(async () => {
  await hub.app.close();
  await pool.end();
});

async function snapshot() {
  return {
    processed: await count(pool, 'processed_op'),
    redemptions: await count(pool, 'redemption'),
    stats: await count(pool, 'stat_event'),
    issuers: await count(pool, 'issuer'),
    changes: await count(pool, 'change_log'),
    epochs: (await pool.query('SELECT max_seq, contiguous_seq FROM desk_epoch ORDER BY epoch')).rows,
  };
}

describe('a server error in the middle of a batch', () => {
  it('answers 500 server_error and commits nothing; the same batch sent again is applied once', async () => {
    const rule = { pattern: '^\\d+$', checkDigit: 'none' };
    const ops = [
      redeemOp(desk, '101', lotId),
      op(desk, 'booking.cancelled', randomUUID(), { sessionId: randomUUID(), at: '2026-03-02T10:00:00+01:00' }),
      op(desk, 'issuer.saved', randomUUID(), { name: 'Panne', carnetRule: rule, passRule: rule }),
      redeemOp(desk, '102', lotId),
    ];
    const before = await snapshot();
    const body = { epoch: desk.epoch, batchId: randomUUID(), ops };
    const response = await hub.app.inject({ method: 'POST', url: '/v1/sync/push', headers: deskHeaders(desk), payload: body });
    expect(response.statusCode).toBe(500);
    expect(HubErrorBody.parse(response.json()).error.code).toBe('server_error');
    expect(response.body).not.toContain('injected failure'); // no internals in the answer
    expect(await snapshot()).toEqual(before);
    expect(await count(pool, "pass WHERE state = 'redeemed'")).toBe(0);

    await pool.query('DROP TRIGGER fail_on_panne ON change_log');
    const results = await push(hub.app, desk, ops);
    expect(results.map((result) => result.status)).toEqual(['accepted', 'accepted', 'accepted', 'accepted']);
    expect(await push(hub.app, desk, ops)).toEqual(results);
    const after = await snapshot();
    expect(after.processed - before.processed).toBe(4);
    expect(after.redemptions - before.redemptions).toBe(2);
    expect(after.stats - before.stats).toBe(1);
  });
});
