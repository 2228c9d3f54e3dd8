import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { inject } from 'vitest';
import { PROTOCOL_HEADER, PROTOCOL_VERSION, type OpResult, type PullResponse, type PushResponse, type WireOp, type WireSite } from '../../electron/common/sync/protocol';
import { addCollectivity, createEnrollmentCode } from '../../hub/src/admin/administration';
import { buildHub, type HubOptions } from '../../hub/src/app';
import { migrateHub } from '../../hub/src/database';
import { createDatabaseAt } from '../support/postgres';

/** A migrated database of its own on the run's PostgreSQL cluster (tests/support/postgres-global-setup.ts). */
export async function openHubDatabase(): Promise<pg.Pool> {
  const url = await createDatabaseAt(inject('postgresUrl'), `hub_${randomUUID().replaceAll('-', '').slice(0, 16)}`);
  const pool = new pg.Pool({ connectionString: url, max: 12 });
  pool.on('error', () => undefined); // an idle connection closed when the cluster stops at the end of the run
  await migrateHub(pool);
  return pool;
}

/** The hub's clock, moved by the tests. */
export function testClock(start = '2026-03-02T09:00:00.000Z') {
  let now = new Date(start);
  const clock = () => new Date(now);
  return Object.assign(clock, { advance: (ms: number) => (now = new Date(now.getTime() + ms)) });
}

export interface TestDesk {
  deskId: string;
  credential: string;
  site: WireSite;
  epoch: string;
  nextSeq: number;
}

export const HEADERS = { [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) };

export function deskHeaders(desk: Pick<TestDesk, 'credential'>) {
  return { ...HEADERS, authorization: `Bearer ${desk.credential}` };
}

export function newSite(name: string, kind: WireSite['kind'] = 'mediatheque'): WireSite {
  return { id: randomUUID(), name, kind, communeCode: '69123' };
}

export async function newCollectivity(pool: pg.Pool, name = 'Métropole de Lyon', now = new Date()): Promise<string> {
  return (await addCollectivity(pool, name, now)).id;
}

/** Enrolls a desk of `site` in the collectivity with a fresh code. */
export async function enroll(app: FastifyInstance, pool: pg.Pool, collectivityId: string, site: WireSite, now = new Date()): Promise<TestDesk> {
  const { code } = await createEnrollmentCode(pool, collectivityId, 7, now);
  const response = await app.inject({ method: 'POST', url: '/v1/enroll', headers: HEADERS, payload: { code, site, appVersion: '0.1.0' } });
  if (response.statusCode !== 200) throw new Error(`enroll: ${response.statusCode} ${response.body}`);
  const body = response.json<{ deskId: string; credential: string }>();
  return { deskId: body.deskId, credential: body.credential, site, epoch: randomUUID(), nextSeq: 1 };
}

/** One operation of `desk`, with the next seq of its outbox. */
export function op(desk: TestDesk, type: string, key: string, payload: Record<string, unknown>, extra: Partial<WireOp> = {}): WireOp {
  return { opId: randomUUID(), seq: desk.nextSeq++, type, key, schemaVersion: 1, createdAt: '2026-03-02T10:00:00.000+01:00', agentId: null, payload, ...extra };
}

export async function push(app: FastifyInstance, desk: TestDesk, ops: WireOp[], epoch = desk.epoch): Promise<OpResult[]> {
  const response = await app.inject({ method: 'POST', url: '/v1/sync/push', headers: deskHeaders(desk), payload: { epoch, batchId: randomUUID(), ops } });
  if (response.statusCode !== 200) throw new Error(`push: ${response.statusCode} ${response.body}`);
  return response.json<PushResponse>().results;
}

export async function pull(app: FastifyInstance, desk: TestDesk, cursor = 0, limit = 1000): Promise<PullResponse> {
  const response = await app.inject({ method: 'GET', url: `/v1/sync/pull?cursor=${cursor}&limit=${limit}`, headers: deskHeaders(desk) });
  if (response.statusCode !== 200) throw new Error(`pull: ${response.statusCode} ${response.body}`);
  return response.json<PullResponse>();
}

/** Reference data a CCAS desk uploads before its first hand-out: an issuer, a lot, carnets of passes. */
export function stockOps(desk: TestDesk, carnets: Array<{ number: string; passes: string[] }>, ids = { issuerId: randomUUID(), lotId: randomUUID() }) {
  const rule = { pattern: '^\\d+$', checkDigit: 'none' };
  return {
    ...ids,
    ops: [
      op(desk, 'issuer.saved', ids.issuerId, { name: 'APTIC', carnetRule: rule, passRule: rule }),
      op(desk, 'lot.created', ids.lotId, {
        issuerId: ids.issuerId, reference: 'Commande 2026-01', faceValueCents: 1000, carnetSize: 10, validUntil: '2026-12-31',
        graceUntil: '2027-01-31', blockDays: 15, warningDays: 30, targetCriteria: [],
      }),
      op(desk, 'carnets.received', ids.lotId, { lotId: ids.lotId, carnets }),
    ],
  };
}

/** Carnet `C<n>` with passes `<n>01`…`<n><size>`. */
export function carnetsOf(count: number, size = 3, first = 1): Array<{ number: string; passes: string[] }> {
  return Array.from({ length: count }, (_, index) => {
    const n = first + index;
    return { number: `C${n}`, passes: Array.from({ length: size }, (_, p) => `${n}${String(p + 1).padStart(2, '0')}`) };
  });
}

export function redeemOp(desk: TestDesk, passNumber: string, lotId: string, extra: Partial<WireOp> = {}): WireOp {
  return op(
    desk,
    'pass.redeemed',
    passNumber,
    { number: passNumber, lotId, sessionId: randomUUID(), serviceId: randomUUID(), bookingId: randomUUID(), at: '2026-03-02T10:00:00.000+01:00' },
    extra,
  );
}

export function buildTestHub(pool: pg.Pool, options: Partial<HubOptions> = {}) {
  const clock = testClock();
  const app = buildHub({ pool, clock, ...options });
  return { app, clock };
}

export async function count(pool: pg.Pool, sql: string, values: unknown[] = []): Promise<number> {
  const result = await pool.query<{ n: string }>(`SELECT count(*) AS n FROM ${sql}`, values);
  return Number(result.rows[0]?.n ?? 0);
}
