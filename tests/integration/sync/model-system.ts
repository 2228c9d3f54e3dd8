import { randomUUID } from 'node:crypto';
import { copyFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { backupDatabase } from '../../../db/backup';
import { openDatabase } from '../../../db/open-database';
import type { WireSite } from '../../../electron/common/sync/protocol';
import { CredentialStore } from '../../../electron/node/sync/credential-store';
import type { HubFetch } from '../../../electron/node/sync/hub-client';
import { SyncEngine } from '../../../electron/node/sync/sync-engine';
import { SyncService } from '../../../electron/node/sync/sync.service';
import { addCollectivity } from '../../../hub/src/admin/administration';
import { openTestDatabase } from '../../support/test-database';
import { MIGRATIONS_FOLDER, makeTempDir } from '../../support/test-backend';
import { STOCK_KEY } from './model-spec';
import { drain, enrollOpenedDesk, startHubServer, type HubServer, type SyncDesk } from './sync-env';

/**
 * The real side of S12 (model.test.ts): one real hub on PostgreSQL shared by all runs (a fresh collectivity per run)
 * and, per run, a few real desks (their own encrypted SQLite files, the real SyncEngine, push, pull and epoch),
 * with a fault injector, a crash, a backup and a restore.
 */

/** One fault, on the first request of its kind: lost before the hub, answer lost after the hub committed, or the
 * hub crashing at the end of the batch (everything rolled back, HTTP 500). */
export type FaultKind = 'lost' | 'answer-lost' | 'crash';
export interface FaultPlan {
  target: 'push' | 'pull';
  kind: FaultKind;
}

/** The clock of the hub and of every desk: it moves only when the model says time passes. */
export interface MovableClock {
  (): Date;
  reset(): void;
  advance(ms: number): void;
}

export function movableClock(): MovableClock {
  let now = Date.now();
  const clock = () => new Date(now);
  return Object.assign(clock, {
    reset: () => {
      now = Date.now();
    },
    advance: (ms: number) => {
      now += ms;
    },
  });
}

export interface ModelHub {
  server: HubServer;
  clock: MovableClock;
  /** An empty desk database, migrated once and copied for every desk (migrating costs 50 ms a desk). */
  template: { file: string; key: Buffer };
  close(): Promise<void>;
}

/**
 * The hub, with a crash switch: while `model_fault.crash` is set, the end of every push (its per-desk sequence
 * record, written after every effect) raises, so the whole batch rolls back and the desk gets a 500.
 */
export async function startModelHub(options: { naive?: boolean; pool?: HubServer['pool'] } = {}): Promise<ModelHub> {
  const clock = movableClock();
  const server = await startHubServer({ naive: options.naive ?? false, clock }, options.pool);
  await server.pool.query(`CREATE TABLE IF NOT EXISTS model_fault (crash boolean NOT NULL);
    INSERT INTO model_fault SELECT false WHERE NOT EXISTS (SELECT 1 FROM model_fault);
    CREATE OR REPLACE FUNCTION model_crash() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF (SELECT crash FROM model_fault) THEN RAISE EXCEPTION 'injected crash'; END IF; RETURN NEW; END $$;
    DROP TRIGGER IF EXISTS model_crash ON desk_epoch;
    CREATE TRIGGER model_crash BEFORE INSERT OR UPDATE ON desk_epoch FOR EACH ROW EXECUTE FUNCTION model_crash();`);
  const template = openTestDatabase();
  template.db.close();
  return {
    server,
    clock,
    template: { file: template.file, key: template.key },
    async close() {
      await server.close();
      rmSync(template.dir, { recursive: true, force: true });
    },
  };
}

export interface RealDesk {
  desk: SyncDesk;
  /** The fault waiting for the desk's next request of its kind (cleared after each command). */
  plan: FaultPlan | null;
  /** The hub's database, for the crash switch. */
  pool: HubServer['pool'];
  backupDir: string;
  backupFile: string | null;
}

export interface RealSystem {
  hub: ModelHub;
  /** The run's own view of the hub: its collectivity. */
  server: HubServer;
  collectivityId: string;
  desks: RealDesk[];
  deskIds: string[];
  lotId: string;
  passes: string[];
  /** Model operation key → the real op id the desk's outbox gave it (kept after a restore forgets it). */
  opIds: Map<string, string>;
  dispose(): void;
}

/**
 * A desk as sync-env's enrolledDesk makes it, its database copied from the hub's migrated template. Its engine is the
 * one that recorded the enrollment; the run attaches another (attachEngine) with the fault injector.
 */
async function openEnrolledDesk(hub: ModelHub, server: HubServer, name: string, kind: WireSite['kind']): Promise<SyncDesk> {
  const dir = makeTempDir('guichet-s12-desk-');
  const file = path.join(dir, 'guichet.db');
  copyFileSync(hub.template.file, file);
  const { key } = hub.template;
  const db = openDatabase({ file, key, migrationsFolder: MIGRATIONS_FOLDER });
  return enrollOpenedDesk(server, { db, dir, key }, { name, kind, clock: hub.clock, codeAt: hub.clock(), fixedFetch: 'S12 desks inject faults through RealDesk.plan' });
}

/** Retry-later jitter without chance: the delay is half the ceiling, never 0, so a postponed op waits for time to pass. */
const HALF = () => 0.5;

/**
 * A run: a fresh collectivity, `deskCount` enrolled desks; desk 0 (a CCAS) has uploaded its issuer and lot, and holds
 * the delivery of `passCount` passes in its outbox, not yet sent (redemptions elsewhere wait for it: retry later).
 */
export async function startRun(hub: ModelHub, deskCount: number, passCount: number): Promise<RealSystem> {
  hub.clock.reset();
  const collectivityId = (await addCollectivity(hub.server.pool, 'Métropole S12', hub.clock())).id;
  const server: HubServer = { ...hub.server, collectivityId };
  const desks: RealDesk[] = [];
  const system: RealSystem = {
    hub,
    server,
    collectivityId,
    desks,
    deskIds: [],
    lotId: '',
    passes: [],
    opIds: new Map(),
    dispose() {
      for (const real of desks) {
        real.desk.close();
        rmSync(real.backupDir, { recursive: true, force: true });
      }
    },
  };
  try {
    // Enrolled together: one desk's SQLite work overlaps another's wait for the hub.
    const opened = await Promise.allSettled(Array.from({ length: deskCount }, (_, index) => openEnrolledDesk(hub, server, `Site ${index + 1}`, index === 0 ? 'ccas' : 'mediatheque')));
    for (const result of opened) {
      if (result.status === 'rejected') continue;
      const real: RealDesk = { desk: result.value, plan: null, pool: hub.server.pool, backupDir: makeTempDir('guichet-s12-backup-'), backupFile: null };
      desks.push(real);
      attachEngine(real, hub.clock);
    }
    const failed = opened.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    const deskRows = await hub.server.pool.query<{ id: string; site_id: string }>(`SELECT id, site_id FROM desk WHERE site_id = ANY($1)`, [desks.map((real) => real.desk.site.id)]);
    system.deskIds = desks.map((real) => deskRows.rows.find((row) => row.site_id === real.desk.site.id)?.id ?? '');
    const ccas = (desks[0] as RealDesk).desk;
    const { lotId, record } = stockOf(ccas, passCount);
    await drain(ccas);
    record();
    system.lotId = lotId;
    system.passes = Array.from({ length: passCount }, (_, index) => passNumber(index));
    system.opIds.set(STOCK_KEY, lastOpId(ccas));
    return system;
  } catch (error) {
    system.dispose();
    throw error;
  }
}

export function passNumber(index: number): string {
  return `M${String(index).padStart(8, '0')}`;
}

/** Issuer and lot recorded now; the delivery of the carnets recorded by `record()` (as sync-env's receiveStock). */
function stockOf(desk: SyncDesk, passCount: number): { lotId: string; record: () => void } {
  const issuerId = randomUUID();
  const lotId = randomUUID();
  const rule = { pattern: '[0-9]{9}', checkDigit: 'none' };
  desk.record('issuer.saved', issuerId, { id: issuerId, name: 'Émetteur S12', carnetRule: rule, passRule: rule });
  desk.record('lot.created', lotId, {
    issuerId, reference: 'Commande S12', faceValueCents: 1000, carnetSize: 10, validUntil: '2027-12-31', graceUntil: '2028-01-31', blockDays: 0, warningDays: 30, targetCriteria: [],
  });
  const carnets: Array<[string, string, string[]]> = [];
  for (let first = 0; first < passCount; first += 10) {
    const numbers = Array.from({ length: Math.min(10, passCount - first) }, (_, position) => passNumber(first + position));
    carnets.push([randomUUID(), `MC${String(first / 10).padStart(7, '0')}`, numbers]);
  }
  return { lotId, record: () => desk.record('carnets.received', lotId, { lotId, carnets }) };
}

export function lastOpId(desk: SyncDesk): string {
  return (desk.db.sqlite.prepare(`SELECT op_id FROM outbox ORDER BY seq DESC LIMIT 1`).pluck().get() as string | undefined) ?? '';
}

/** A new SyncEngine on the desk's current files (what the app builds when it starts), its requests through the fault injector. */
function attachEngine(real: RealDesk, clock: MovableClock): void {
  const { desk } = real;
  const fetch: HubFetch = (url, init) => faultyFetch(real, url, init);
  desk.engine = new SyncEngine({ db: desk.db, clock, dataDir: desk.dir, credentials: new CredentialStore(desk.dir, null), fetch, random: HALF });
}

/** The door's fast path (SyncService.checkRedemption) over the desk's current database and engine. */
export function doorService(real: RealDesk, clock: MovableClock): SyncService {
  const { desk } = real;
  return new SyncService(desk.db, clock, desk.engine, new CredentialStore(desk.dir, null), 'test', () => 'Agent');
}

async function faultyFetch(real: RealDesk, url: string, init: RequestInit): Promise<Response> {
  const target = url.includes('/v1/sync/push') ? 'push' : url.includes('/v1/sync/pull') ? 'pull' : 'other';
  const plan = real.plan;
  if (!plan || plan.target !== target) return fetch(url, init);
  real.plan = null;
  if (plan.kind === 'lost') throw new TypeError('fetch failed (injected: request lost)');
  if (plan.kind === 'answer-lost') {
    await (await fetch(url, init)).arrayBuffer();
    throw new TypeError('fetch failed (injected: answer lost)');
  }
  const { pool } = real;
  await pool.query('UPDATE model_fault SET crash = true');
  try {
    return await fetch(url, init);
  } finally {
    await pool.query('UPDATE model_fault SET crash = false');
  }
}

/**
 * The desk's process dies (SIGKILL) and starts again: its files are kept as a killed process leaves them (database
 * and WAL as last written, not checkpointed; the epoch marker and credential beside them) and opened by a new process
 * (a new SyncEngine: nothing in memory survives).
 */
export function crashDesk(real: RealDesk, clock: MovableClock): void {
  const { desk } = real;
  const image = makeTempDir('guichet-s12-crash-');
  for (const name of readdirSync(desk.dir)) {
    if (name.endsWith('-shm')) continue;
    copyFileSync(path.join(desk.dir, name), path.join(image, name));
  }
  desk.engine.stop();
  desk.db.close();
  rmSync(desk.dir, { recursive: true, force: true });
  desk.dir = image;
  desk.db = openDatabase({ file: path.join(image, 'guichet.db'), key: desk.key, migrationsFolder: MIGRATIONS_FOLDER });
  attachEngine(real, clock);
}

/** The day's backup, as the app takes it (VACUUM INTO, flushed, renamed); one per desk, the latest replaces it. */
export function backupDesk(real: RealDesk): void {
  const target = path.join(real.backupDir, 'guichet-backup.db');
  backupDatabase(real.desk.db, target);
  real.backupFile = target;
}

/** The disk dies; the last backup is put back in place of the database (the marker file beside it survives); the
 * app starts again on it (as S8). */
export function restoreDesk(real: RealDesk, clock: MovableClock): void {
  const { desk } = real;
  if (!real.backupFile) throw new Error('no backup');
  desk.engine.stop();
  desk.db.close();
  const file = path.join(desk.dir, 'guichet.db');
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  copyFileSync(real.backupFile, file);
  desk.db = openDatabase({ file, key: desk.key, migrationsFolder: MIGRATIONS_FOLDER });
  attachEngine(real, clock);
}
