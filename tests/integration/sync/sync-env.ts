import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type pg from 'pg';
import { writeChange } from '../../../db/change';
import { outboxCounts } from '../../../db/repositories/sync.repo';
import type { GuichetDatabase } from '../../../db/types';
import type { WireSite } from '../../../electron/common/sync/protocol';
import { buildHub, type HubOptions } from '../../../hub/src/app';
import { CredentialStore } from '../../../electron/node/sync/credential-store';
import { HubClient, type HubFetch } from '../../../electron/node/sync/hub-client';
import { SyncEngine } from '../../../electron/node/sync/sync-engine';
import { addCollectivity, createEnrollmentCode } from '../../../hub/src/admin/administration';
import { openTestDatabase } from '../../support/test-database';

export interface HubServer {
  url: string;
  pool: pg.Pool;
  app: FastifyInstance;
  collectivityId: string;
  close(): Promise<void>;
}

/**
 * A real hub on its own PostgreSQL database (a fresh one of the test run's cluster, or `pool`, migrated),
 * listening on a free loopback port, with one collectivity.
 */
export async function startHubServer(options: Partial<HubOptions> = {}, pool?: pg.Pool): Promise<HubServer> {
  // Imported here: the fixtures read the vitest run's cluster, which benchmarks do not have.
  const database = pool ?? (await (await import('../../hub/hub-fixtures')).openHubDatabase());
  const app = buildHub({ pool: database, ...options });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  const collectivityId = (await addCollectivity(database, 'Métropole de Lyon', new Date())).id;
  return {
    url,
    pool: database,
    app,
    collectivityId,
    async close() {
      await app.close();
      if (!pool) await database.end();
    },
  };
}

export interface SyncDesk {
  name: string;
  site: WireSite;
  db: GuichetDatabase;
  dir: string;
  /** The database key (to open the file again, as after a restore). */
  key: Buffer;
  engine: SyncEngine;
  /** The HTTP client the engine uses: swap it to inject faults. */
  setFetch(fetch: HubFetch): void;
  /** Writes one change the way the app does (domain rows aside): an outbox row with its audit row. */
  record(operation: string, entityId: string, payload: Record<string, unknown>): void;
  close(): void;
}

/** A desk's encrypted SQLite file, opened with the real migrations. */
export interface OpenedDesk {
  db: GuichetDatabase;
  dir: string;
  key: Buffer;
}

export interface DeskEnrollment {
  name: string;
  kind: WireSite['kind'];
  /** The desk's clock (its writes, the link's date). */
  clock: () => Date;
  /** When the hub makes the enrollment code (the hub's time). */
  codeAt: Date;
  /** Refuse `setFetch` with this message (a test that injects its faults another way). */
  fixedFetch?: string;
}

/**
 * An opened desk enrolled with the hub through the real enrollment route, with the real sync engine (push, pull,
 * backoff, epoch) linked to it: the desk the sync tests drive. Closing it removes its folder.
 */
export async function enrollOpenedDesk(hub: HubServer, { db, dir, key }: OpenedDesk, options: DeskEnrollment): Promise<SyncDesk> {
  const { name, kind, clock } = options;
  const site: WireSite = { id: randomUUID(), name, kind, communeCode: '69123' };
  let fetch: HubFetch = (url, init) => globalThis.fetch(url, init);
  const credentials = new CredentialStore(dir, null);
  const engine = new SyncEngine({ db, clock, dataDir: dir, credentials, fetch: (url, init) => fetch(url, init), random: Math.random });
  const { code } = await createEnrollmentCode(hub.pool, hub.collectivityId, 7, options.codeAt);
  const response = await new HubClient({ baseUrl: hub.url, credential: null }).enroll({ code, site, appVersion: 'test' });
  await credentials.write(response.credential);
  engine.linkTo(
    {
      url: hub.url,
      deskId: response.deskId,
      collectivityId: response.collectivity.id,
      collectivityName: response.collectivity.name,
      siteId: site.id,
      siteName: name,
      enrolledAt: clock().toISOString(),
    },
    false,
  );
  const desk: SyncDesk = {
    name,
    site,
    db,
    dir,
    key,
    engine,
    setFetch(next) {
      if (options.fixedFetch) throw new Error(options.fixedFetch);
      fetch = next;
    },
    record(operation, entityId, payload) {
      writeChange(desk.db, clock, () => ({ result: null, audit: { actorId: null, action: operation, targetType: 'test', targetId: entityId }, outbox: { entity: 'test', entityId, operation, payload } }));
    },
    close() {
      desk.engine.stop();
      desk.db.close();
      rmSync(desk.dir, { recursive: true, force: true });
    },
  };
  return desk;
}

/** A desk reduced to what the upload needs: a fresh encrypted SQLite file with the real migrations, enrolled with the hub. */
export function enrolledDesk(hub: HubServer, name: string, kind: WireSite['kind'] = 'mediatheque', clock: () => Date = () => new Date()): Promise<SyncDesk> {
  return enrollOpenedDesk(hub, openTestDatabase(), { name, kind, clock, codeAt: new Date() });
}

/** A number from one SQL query of the hub's database (`SELECT count(*) …`). */
export async function hubCount(hub: HubServer, sql: string, values: unknown[] = []): Promise<number> {
  const result = await hub.pool.query<{ count: string }>(sql, values);
  return Number(result.rows[0]?.count ?? 0);
}

/** A lot of `carnets` carnets of `size` passes received by `desk` (issuer, lot and delivery as the app uploads them). */
export function receiveStock(desk: SyncDesk, carnets: number, size = 10, prefix = 'P'): { lotId: string; passes: string[] } {
  const issuerId = randomUUID();
  const lotId = randomUUID();
  const rule = { pattern: '[0-9]{9}', checkDigit: 'none' };
  desk.record('issuer.saved', issuerId, { id: issuerId, name: `Émetteur ${prefix}`, carnetRule: rule, passRule: rule });
  desk.record('lot.created', lotId, {
    issuerId,
    reference: `Commande ${prefix}`,
    faceValueCents: 1000,
    carnetSize: size,
    validUntil: '2027-12-31',
    graceUntil: '2028-01-31',
    blockDays: 0,
    warningDays: 30,
    targetCriteria: [],
  });
  const passes: string[] = [];
  const batch: Array<[string, string, string[]]> = [];
  for (let carnet = 0; carnet < carnets; carnet += 1) {
    const numbers = Array.from({ length: size }, (_, position) => `${prefix}${String(carnet * size + position).padStart(8, '0')}`);
    passes.push(...numbers);
    batch.push([randomUUID(), `${prefix}C${String(carnet).padStart(7, '0')}`, numbers]);
    if (batch.length === 500 || carnet === carnets - 1) {
      desk.record('carnets.received', lotId, { lotId, carnets: batch.splice(0) });
    }
  }
  return { lotId, passes };
}

/** One pass used at `desk` (the outbox row the door writes). */
export function redeem(desk: SyncDesk, passNumber: string, lotId: string, at = new Date().toISOString()): void {
  desk.record('pass.redeemed', passNumber, { number: passNumber, lotId, sessionId: randomUUID(), serviceId: randomUUID(), bookingId: randomUUID(), at });
}

/** Rounds until the desk's outbox holds nothing pending (or `maxRounds`). */
export async function drain(desk: SyncDesk, maxRounds = 50): Promise<void> {
  for (let round = 0; round < maxRounds; round += 1) {
    await desk.engine.round();
    if (outboxCounts(desk.db).pending === 0) return;
    // Operations postponed by the hub (retry_later) are due again at once for the test.
    desk.db.sqlite.prepare(`UPDATE outbox SET next_attempt_at = 0 WHERE state IN ('pending', 'needs-upgrade')`).run();
  }
}

export function outboxStates(desk: SyncDesk): Record<string, number> {
  const rows = desk.db.sqlite.prepare(`SELECT state, count(*) AS n FROM outbox GROUP BY state`).all() as Array<{ state: string; n: number }>;
  return Object.fromEntries(rows.map((row) => [row.state, row.n]));
}
