import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PullResponse as PullResponseSchema, type PullChange } from '../../electron/common/sync/protocol';
import { buildTestHub, carnetsOf, deskHeaders, enroll, newCollectivity, newSite, openHubDatabase, pull, push, redeemOp, stockOps, type TestDesk } from './hub-fixtures';

let pool: pg.Pool;
let hub: ReturnType<typeof buildTestHub>;
let ccas: TestDesk;
let mediatheque: TestDesk;
let elsewhere: TestDesk;
let lotId: string;

beforeAll(async () => {
  pool = await openHubDatabase();
  hub = buildTestHub(pool);
  const collectivityId = await newCollectivity(pool);
  ccas = await enroll(hub.app, pool, collectivityId, newSite('CCAS', 'ccas'));
  mediatheque = await enroll(hub.app, pool, collectivityId, newSite('Médiathèque'));
  elsewhere = await enroll(hub.app, pool, await newCollectivity(pool, 'Autre collectivité'), newSite('Ailleurs'));
  const stock = stockOps(ccas, carnetsOf(250, 10)); // 2,500 passes in one delivery
  lotId = stock.lotId;
  await push(hub.app, ccas, stock.ops);
});
afterAll(async () => {
  await hub.app.close();
  await pool.end();
});

async function pullAll(desk: TestDesk, limit: number): Promise<{ changes: PullChange[]; pages: number; cursor: number }> {
  const changes: PullChange[] = [];
  let cursor = 0;
  let pages = 0;
  for (;;) {
    const page = await pull(hub.app, desk, cursor, limit);
    PullResponseSchema.parse(page);
    pages += 1;
    changes.push(...page.changes);
    expect(page.cursor).toBe(page.changes.at(-1)?.seq ?? cursor);
    cursor = page.cursor;
    if (!page.more) return { changes, pages, cursor };
  }
}

describe('pull', () => {
  it('serves the change log in seq order, page by page, each page valid against the protocol', async () => {
    const { changes, pages, cursor } = await pullAll(mediatheque, 1000);
    const passes = changes.filter((change) => change.entity === 'pass');
    expect(passes).toHaveLength(2500);
    expect(changes.map((change) => change.entity).filter((entity) => entity !== 'pass')).toEqual(['site', 'site', 'issuer', 'lot']);
    expect(pages).toBe(3);
    const seqs = changes.map((change) => change.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(passes[0]?.data).toEqual({ number: '101', carnetNumber: 'C1', lotId, state: 'in-stock', siteId: ccas.site.id, at: hub.clock().toISOString() });

    // Nothing new: an empty page at the same cursor.
    const empty = await pull(hub.app, mediatheque, cursor, 1000);
    expect(empty).toMatchObject({ changes: [], cursor, more: false });
  });

  it('resumes from a cursor with only the later changes', async () => {
    const { cursor } = await pullAll(mediatheque, 5000);
    await push(hub.app, mediatheque, [redeemOp(mediatheque, '1205', lotId)]);
    const page = await pull(hub.app, mediatheque, cursor);
    expect(page.changes).toHaveLength(1);
    expect(page.changes[0]).toMatchObject({ entity: 'pass', key: '1205', data: { state: 'redeemed', siteId: mediatheque.site.id } });
    expect(page.cursor).toBe(page.changes[0]?.seq);
    expect(page.more).toBe(false);
  });

  it('marks a page `more` exactly when it is full', async () => {
    const total = (await pullAll(mediatheque, 5000)).changes.length;
    const full = await pull(hub.app, mediatheque, 0, total);
    expect(full.more).toBe(true);
    expect((await pull(hub.app, mediatheque, full.cursor, total)).changes).toEqual([]);
    expect((await pull(hub.app, mediatheque, 0, total + 1)).more).toBe(false);
  });

  it("never serves another collectivity's changes", async () => {
    const { changes } = await pullAll(elsewhere, 5000);
    expect(changes.map((change) => change.entity)).toEqual(['site']);
    expect(changes[0]?.data).toMatchObject({ name: 'Ailleurs' });
  });

  it('refuses a bad cursor or limit with 400', async () => {
    for (const query of ['cursor=-1', 'cursor=abc', 'cursor=0&limit=0', 'cursor=0&limit=5001', '']) {
      const response = await hub.app.inject({ method: 'GET', url: `/v1/sync/pull?${query}`, headers: deskHeaders(mediatheque) });
      expect(response.statusCode, query).toBe(400);
      expect(response.json()).toMatchObject({ error: { code: 'invalid_request' } });
    }
  });
});
