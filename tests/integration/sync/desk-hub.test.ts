import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/open-database';
import { listSyncReviews } from '../../../db/repositories/sync-review.repo';
import { findHubPass } from '../../../db/repositories/sync.repo';
import { revokeDesk, deskSequenceReport } from '../../../hub/src/admin/administration';
import { SyncEngine } from '../../../electron/node/sync/sync-engine';
import { CredentialStore } from '../../../electron/node/sync/credential-store';
import { MIGRATIONS_FOLDER, makeTempDir } from '../../support/test-backend';
import { drain, enrolledDesk, hubCount, outboxStates, receiveStock, redeem, startHubServer, type HubServer, type SyncDesk } from './sync-env';

let hub: HubServer;
const desks: SyncDesk[] = [];

beforeAll(async () => {
  hub = await startHubServer();
});

afterAll(async () => {
  for (const desk of desks) desk.close();
  await hub.close();
});

async function desk(name: string, kind: 'ccas' | 'mediatheque' = 'mediatheque', clock?: () => Date): Promise<SyncDesk> {
  const made = await enrolledDesk(hub, name, kind, clock);
  desks.push(made);
  return made;
}

describe('desks and hub', () => {
  it('S4: two desks use the same pass offline; whatever the upload order, one is accepted, the other is a conflict both see', async () => {
    for (const order of ['ccas-first', 'mediatheque-first'] as const) {
      const ccas = await desk(`CCAS ${order}`, 'ccas');
      const media = await desk(`Médiathèque ${order}`);
      const { lotId, passes } = receiveStock(ccas, 2, 10, order === 'ccas-first' ? 'A' : 'B');
      await drain(ccas);
      const pass = passes[3] as string;
      redeem(ccas, pass, lotId);
      redeem(media, pass, lotId);
      const [first, second] = order === 'ccas-first' ? [ccas, media] : [media, ccas];
      await drain(first);
      await drain(second);
      expect(outboxStates(first)).toMatchObject({ accepted: expect.any(Number) });
      expect(outboxStates(first).conflict).toBeUndefined();
      expect(outboxStates(second).conflict).toBe(1);
      // The winner never changes on a new round, and both desks learn of the conflict.
      await drain(first);
      await drain(second);
      expect(await hubCount(hub, `SELECT count(*) FROM redemption WHERE pass_number = $1`, [pass])).toBe(1);
      const loserReview = listSyncReviews(second.db, false);
      expect(loserReview).toHaveLength(1);
      expect(loserReview[0]).toMatchObject({ kind: 'conflict', passNumber: pass, otherSiteName: first.name });
      const winnerReview = listSyncReviews(first.db, false);
      expect(winnerReview).toHaveLength(1);
      expect(winnerReview[0]).toMatchObject({ kind: 'conflict-elsewhere', passNumber: pass, otherSiteName: second.name });
      // Every desk of the collectivity knows the pass is used, and where.
      expect(findHubPass(second.db, pass)).toMatchObject({ state: 'redeemed', siteId: first.site.id });
    }
  });

  it('S5: a poison operation before 100 valid ones: the 100 go through in the same round, the poison is refused and shown', async () => {
    const ccas = await desk('CCAS poison', 'ccas');
    const { lotId, passes } = receiveStock(ccas, 10, 10, 'C');
    await drain(ccas);
    ccas.record('pass.redeemed', 'X', { number: 'X', lotId: 'pas-un-identifiant' });
    for (const pass of passes.slice(0, 100)) redeem(ccas, pass, lotId);
    await ccas.engine.round();
    expect(outboxStates(ccas)).toMatchObject({ rejected: 1 });
    expect(outboxStates(ccas).pending).toBeUndefined();
    expect(await hubCount(hub, `SELECT count(*) FROM redemption WHERE desk_id = (SELECT id FROM desk WHERE site_id = $1)`, [ccas.site.id])).toBe(100);
    expect(listSyncReviews(ccas.db, false).map((review) => review.kind)).toEqual(['rejected']);
  });

  // The real crash (a desk process SIGKILLed in the middle of a page) is s6-kill.test.ts; this one, cheap, rolls back
  // 100 pages by an exception thrown before their commit (a page that fails half-way, e.g. a disk error).
  it('S6 (in process): a pull that fails between applying a page and committing it ends with the hub’s state', async () => {
    const ccas = await desk('CCAS pull', 'ccas');
    receiveStock(ccas, 40, 10, 'D');
    await drain(ccas);
    const media = await desk('Médiathèque pull');
    const client = await media.engine.client();
    if (!client) throw new Error('no client');
    const { pullAll } = await import('../../../electron/node/sync/pull');
    // 100 crashes, each after a page of 5 changes was applied and before its transaction committed.
    let crashes = 0;
    while (crashes < 100) {
      try {
        await pullAll({
          db: media.db,
          client: { pull: (cursor: number) => client.pull(cursor, 5) } as unknown as typeof client,
          now: () => new Date(),
          siteId: media.site.id,
          beforeCommit: () => {
            if (Math.random() < 0.7) throw new Error('crash');
          },
        });
      } catch {
        crashes += 1;
      }
    }
    await drain(media);
    const local = media.db.sqlite.prepare(`SELECT number, state, site_id AS siteId FROM hub_pass ORDER BY number`).all();
    const remote = (
      await hub.pool.query(`SELECT number, state, site_id AS "siteId" FROM pass WHERE collectivity_id = $1 ORDER BY number COLLATE "C"`, [hub.collectivityId])
    ).rows;
    expect(local).toEqual(remote);
  });

  it('S8: a desk restored from yesterday’s backup starts a new epoch; nothing is lost or counted twice; the hub sees the regression', async () => {
    const ccas = await desk('CCAS restore', 'ccas');
    const { lotId, passes } = receiveStock(ccas, 5, 10, 'E');
    await drain(ccas);
    const backup = path.join(makeTempDir('guichet-backup-'), 'guichet.db');
    ccas.db.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    copyFileSync(path.join(ccas.dir, 'guichet.db'), backup);
    for (const pass of passes.slice(0, 10)) redeem(ccas, pass, lotId);
    await drain(ccas);
    // The disk dies; yesterday's backup comes back in place; work goes on.
    const oldEpoch = ccas.engine.currentEpoch;
    ccas.db.close();
    copyFileSync(backup, path.join(ccas.dir, 'guichet.db'));
    const restored = openDatabase({ file: path.join(ccas.dir, 'guichet.db'), key: ccas.key, migrationsFolder: MIGRATIONS_FOLDER });
    const engine = new SyncEngine({ db: restored, clock: () => new Date(), dataDir: ccas.dir, credentials: new CredentialStore(ccas.dir, null) });
    expect(engine.currentEpoch).not.toBe(oldEpoch);
    Object.assign(ccas, { db: restored, engine });
    // The passes used after the backup are unknown to the restored desk: some are used again (other people), some new.
    for (const pass of passes.slice(5, 15)) redeem(ccas, pass, lotId);
    await drain(ccas);
    expect(await hubCount(hub, `SELECT count(*) FROM redemption WHERE pass_number = ANY($1)`, [passes.slice(0, 15)])).toBe(15);
    expect(outboxStates(ccas).conflict).toBe(5);
    const report = await deskSequenceReport(hub.pool);
    const mine = report.filter((row) => row.siteName === 'CCAS restore');
    expect(mine.some((row) => row.regression)).toBe(true);
  });

  it('S9: a desk clock days off (or in 1970) changes no outcome and warns', async () => {
    const ccas = await desk('CCAS clock', 'ccas');
    const { lotId, passes } = receiveStock(ccas, 1, 10, 'F');
    await drain(ccas);
    const late = await desk('Médiathèque 1970', 'mediatheque', () => new Date('1970-01-02T10:00:00Z'));
    const early = await desk('Médiathèque +2 j', 'mediatheque', () => new Date(Date.now() + 2 * 86_400_000));
    // The desk in 1970 scans first (in the hub's order), the one two days ahead second: first arrival wins.
    redeem(late, passes[0] as string, lotId, '1970-01-02T10:00:00.000Z');
    await drain(late);
    redeem(early, passes[0] as string, lotId, new Date(Date.now() + 2 * 86_400_000).toISOString());
    await drain(early);
    expect(outboxStates(late).accepted).toBeGreaterThan(0);
    expect(outboxStates(early).conflict).toBe(1);
    expect(late.engine.status().clockWarning).toMatch(/en retard de \d+ jours/);
    expect(early.engine.status().clockWarning).toMatch(/en avance de 2 jours/);
  });

  it('a revoked desk stops cleanly and says why; its operations wait, nothing is lost', async () => {
    const media = await desk('Médiathèque retirée');
    redeem(media, 'G00000001', '0197a000-0000-7000-8000-000000000000');
    const deskId = (await hub.pool.query(`SELECT id FROM desk WHERE site_id = $1`, [media.site.id])).rows[0].id as string;
    await revokeDesk(hub.pool, deskId, new Date());
    expect(await media.engine.round()).toBe('stop');
    const status = media.engine.status();
    expect(status.state).toBe('revoked');
    expect(status.lastError?.message).toMatch(/retiré/);
    expect(status.pending).toBe(1);
  });
});

describe('a desk newer than its hub (S10)', () => {
  it('keeps the operations the hub cannot read yet, and sends them again once the hub is upgraded', async () => {
    const { operationPayloads, OPERATION_SCHEMA_VERSION } = await import('../../../electron/common/sync/operations');
    const { 'day.closed': _dayClosed, ...olderPayloads } = operationPayloads;
    const older = await startHubServer({ catalogue: { schemaVersion: OPERATION_SCHEMA_VERSION, payloads: olderPayloads } });
    const desk = await enrolledDesk(older, 'Médiathèque à jour');
    try {
      desk.record('day.closed', '2026-06-15', {
        seq: 1,
        at: '2026-06-15T18:00:00.000Z',
        figures: {
          date: '2026-06-15', carnetsHandedOut: 0, passesHandedOut: 0, redeemed: { count: 0, valueCents: 0 }, redeemedByService: [], redeemedBySession: [],
          sessions: { held: 0, cancelled: 0, notClosed: 0 }, attendance: { present: 0, absent: 0, excused: 0, notSignedIn: 0 }, newBeneficiaries: 0,
          bilansCompleted: 0, refusals: [], pendingUpload: 0,
        },
      });
      desk.record('booking.cancelled', '0197a000-0000-7000-8000-00000000000a', { sessionId: '0197a000-0000-7000-8000-00000000000b', at: '2026-06-15T18:00:00.000Z' });
      await desk.engine.round();
      expect(outboxStates(desk)).toMatchObject({ 'needs-upgrade': 1, accepted: 1 });
      expect(desk.engine.status().needsUpgrade).toBe(1);
      expect(await hubCount(older, `SELECT count(*) FROM deferred_op`)).toBe(1);
      // The hub is upgraded (same database, full catalogue); the desk's next try goes through.
      await older.app.close();
      const upgraded = await startHubServer({}, older.pool);
      const link = JSON.parse((desk.db.sqlite.prepare(`SELECT value FROM setting WHERE key = 'sync.hub'`).get() as { value: string }).value) as Record<string, unknown>;
      desk.db.sqlite.prepare(`UPDATE setting SET value = ? WHERE key = 'sync.hub'`).run(JSON.stringify({ ...link, url: upgraded.url }));
      await drain(desk);
      expect(outboxStates(desk)).toEqual({ accepted: 2 });
      expect(await hubCount(upgraded, `SELECT count(*) FROM stat_event WHERE type = 'day.closed'`)).toBe(1);
      await upgraded.close();
    } finally {
      desk.close();
      await older.pool.end();
    }
  });
});
