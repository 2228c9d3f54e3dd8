import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listDesks, revokeDesk, skipChangeLogAhead } from '../../hub/src/admin/administration';
import { buildTestHub, enroll, newCollectivity, newSite, openHubDatabase, pull, push, stockOps } from './hub-fixtures';

let pool: pg.Pool;
let hub: ReturnType<typeof buildTestHub>;

beforeAll(async () => {
  pool = await openHubDatabase();
  hub = buildTestHub(pool);
});
afterAll(async () => {
  await hub.app.close();
  await pool.end();
});

describe('administration', () => {
  it('lists the desks with their site, and revokes one', async () => {
    const collectivityId = await newCollectivity(pool, 'Ville de Test');
    const desk = await enroll(hub.app, pool, collectivityId, newSite('Médiathèque Centrale'));
    const listed = (await listDesks(pool)).find((row) => row.id === desk.deskId);
    expect(listed).toMatchObject({ collectivityName: 'Ville de Test', siteName: 'Médiathèque Centrale', appVersion: '0.1.0', revokedAt: null });
    expect(await revokeDesk(pool, desk.deskId, hub.clock())).toBe(true);
    expect((await listDesks(pool)).find((row) => row.id === desk.deskId)?.revokedAt).toEqual(hub.clock());
    expect(await revokeDesk(pool, '00000000-0000-4000-8000-000000000000', hub.clock())).toBe(false);
  });

  it('after a restore, moves the change log beyond every cursor so that desks pull the next changes', async () => {
    const collectivityId = await newCollectivity(pool);
    const desk = await enroll(hub.app, pool, collectivityId, newSite('CCAS', 'ccas'));
    const aheadCursor = (await pull(hub.app, desk)).cursor + 500; // a desk that pulled changes the backup lost
    const next = await skipChangeLogAhead(pool);
    expect(next).toBeGreaterThan(aheadCursor);
    await push(hub.app, desk, stockOps(desk, [{ number: 'C1', passes: ['101'] }]).ops);
    const page = await pull(hub.app, desk, aheadCursor);
    expect(page.changes.map((change) => change.entity)).toEqual(['issuer', 'lot', 'pass']);
    expect(page.changes[0]?.seq).toBe(next);
  });
});
