import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deskSequenceReport } from '../../hub/src/admin/administration';
import { buildTestHub, enroll, newCollectivity, newSite, op, openHubDatabase, push, redeemOp, type TestDesk } from './hub-fixtures';

let pool: pg.Pool;
let hub: ReturnType<typeof buildTestHub>;
let desk: TestDesk;

beforeAll(async () => {
  pool = await openHubDatabase();
  hub = buildTestHub(pool);
  desk = await enroll(hub.app, pool, await newCollectivity(pool), newSite('Médiathèque'));
});
afterAll(async () => {
  await hub.app.close();
  await pool.end();
});

const statAt = (seq: number, extra = {}) => op(desk, 'booking.cancelled', randomUUID(), { sessionId: randomUUID(), at: '2026-03-02T10:00:00+01:00' }, { seq, ...extra });

async function epochRow(epoch: string) {
  return (await deskSequenceReport(pool)).find((row) => row.deskId === desk.deskId && row.epoch === epoch);
}

describe('desk sequences (per desk and epoch)', () => {
  it('follows the highest contiguous seq and shows gaps until they are filled', async () => {
    await push(hub.app, desk, [statAt(1), statAt(2), statAt(3)]);
    expect(await epochRow(desk.epoch)).toMatchObject({ firstSeq: 1, contiguousSeq: 3, maxSeq: 3, gap: null, regression: null });

    await push(hub.app, desk, [statAt(5)]);
    expect(await epochRow(desk.epoch)).toMatchObject({ contiguousSeq: 3, maxSeq: 5, gap: { after: 3, upTo: 5 } });

    await push(hub.app, desk, [statAt(4)]);
    expect(await epochRow(desk.epoch)).toMatchObject({ contiguousSeq: 5, maxSeq: 5, gap: null });
  });

  it('counts a deferred operation as held, and a retry_later one as missing until it is sent again', async () => {
    const deferred = op(desk, 'workshop.rated', randomUUID(), { stars: 4 }, { seq: 6 });
    const tooEarly = redeemOp(desk, '777', randomUUID(), { seq: 7 });
    await pool.query(
      `INSERT INTO issuer (id, collectivity_id, name, carnet_rule, pass_rule, updated_at) SELECT $1, collectivity_id, 'APTIC', '{}', '{}', now() FROM desk WHERE id = $2`,
      [randomUUID(), desk.deskId],
    );
    const results = await push(hub.app, desk, [deferred, tooEarly, statAt(8)]);
    expect(results.map((result) => result.status)).toEqual(['upgrade_required', 'rejected', 'accepted']);
    expect(await epochRow(desk.epoch)).toMatchObject({ contiguousSeq: 8, maxSeq: 8, gap: null });

    const lotId = randomUUID();
    await pool.query(
      `INSERT INTO lot (id, collectivity_id, issuer_id, reference, face_value_cents, carnet_size, valid_until, grace_until, block_days, warning_days,
         target_criteria, site_id, created_at, updated_at)
       SELECT $1, d.collectivity_id, i.id, 'L', 1000, 10, '2026-12-31', '2027-01-31', 15, 30, '[]', d.site_id, now(), now()
       FROM desk d JOIN issuer i ON i.collectivity_id = d.collectivity_id WHERE d.id = $2`,
      [lotId, desk.deskId],
    );
    const waiting = redeemOp(desk, '778', lotId, { seq: 9 });
    expect((await push(hub.app, desk, [waiting, statAt(10)])).map((result) => result.status)).toEqual(['retry_later', 'accepted']);
    expect(await epochRow(desk.epoch)).toMatchObject({ contiguousSeq: 8, maxSeq: 10, gap: { after: 8, upTo: 10 } });
  });

  it('reports a seq regression when a restored desk starts a new epoch below the old one', async () => {
    const before = await epochRow(desk.epoch);
    const restoredEpoch = randomUUID();
    hub.clock.advance(60_000);
    await push(hub.app, desk, [statAt(5), statAt(6)], restoredEpoch);
    const restored = await epochRow(restoredEpoch);
    expect(restored).toMatchObject({ firstSeq: 5, contiguousSeq: 6, maxSeq: 6, gap: null, regression: { olderEpoch: desk.epoch, olderMaxSeq: before?.maxSeq } });
    expect((await epochRow(desk.epoch))?.regression).toBeNull();

    // A later epoch that continues above every older one is no regression.
    const nextEpoch = randomUUID();
    hub.clock.advance(60_000);
    await push(hub.app, desk, [statAt(11)], nextEpoch);
    expect(await epochRow(nextEpoch)).toMatchObject({ firstSeq: 11, regression: null });
  });

  it('counts contiguity again from a lower seq that arrives after the first batch of an epoch', async () => {
    const epoch = randomUUID();
    await push(hub.app, desk, [statAt(21), statAt(22)], epoch);
    await push(hub.app, desk, [statAt(19)], epoch);
    expect(await epochRow(epoch)).toMatchObject({ firstSeq: 19, contiguousSeq: 19, maxSeq: 22, gap: { after: 19, upTo: 22 } });
    await push(hub.app, desk, [statAt(20)], epoch);
    expect(await epochRow(epoch)).toMatchObject({ firstSeq: 19, contiguousSeq: 22, gap: null });
  });
});
