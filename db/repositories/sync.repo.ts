import { perConnection } from '../prepared';
import type { GuichetDatabase } from '../types';

/** An outbox row as the uploader reads it (its payload is the local JSON; see electron/node/sync/serializers.ts). */
export interface OutboxRow {
  seq: number;
  opId: string;
  entity: string;
  entityId: string;
  operation: string;
  payload: string;
  createdAt: string;
  actorId: string | null;
}

export interface DueOutboxRow extends OutboxRow {
  attempts: number;
}

const dueStatement = perConnection((sqlite) =>
  sqlite.prepare(
    `SELECT seq, op_id AS opId, entity, entity_id AS entityId, operation, payload, created_at AS createdAt, actor_id AS actorId, attempts
       FROM outbox
      WHERE state IN ('pending', 'needs-upgrade') AND next_attempt_at <= ?
      ORDER BY seq
      LIMIT ?`,
  ),
);

/** Operations to send now, oldest first: pending ones and those waiting for the hub's upgrade, once due. */
export function dueOutbox(db: GuichetDatabase, nowMs: number, limit: number): DueOutboxRow[] {
  return dueStatement(db.sqlite).all(nowMs, limit) as DueOutboxRow[];
}

const pendingOpStatement = perConnection((sqlite) =>
  sqlite.prepare(
    `SELECT seq, op_id AS opId, entity, entity_id AS entityId, operation, payload, created_at AS createdAt, actor_id AS actorId, attempts
       FROM outbox WHERE op_id = ? AND state = 'pending'`,
  ),
);

/** One operation if it is still pending (empty otherwise). */
export function pendingOutboxOp(db: GuichetDatabase, opId: string): DueOutboxRow[] {
  return pendingOpStatement(db.sqlite).all(opId) as DueOutboxRow[];
}

const lastRedemptionOpStatement = perConnection((sqlite) =>
  sqlite.prepare(`SELECT op_id AS opId, state, result FROM outbox WHERE operation = 'pass.redeemed' AND entity_id = ? ORDER BY seq DESC LIMIT 1`),
);

/** The outbox row of a pass's latest redemption on this desk. */
export function redemptionOutboxOp(db: GuichetDatabase, passNumber: string): { opId: string; state: string; result: string | null } | undefined {
  return lastRedemptionOpStatement(db.sqlite).get(passNumber) as { opId: string; state: string; result: string | null } | undefined;
}

const finishStatement = perConnection((sqlite) =>
  sqlite.prepare(`UPDATE outbox SET state = ?, result = ?, last_error = ?, done_at = ?, attempts = attempts + 1 WHERE op_id = ?`),
);
const postponeStatement = perConnection((sqlite) =>
  sqlite.prepare(`UPDATE outbox SET state = ?, result = ?, last_error = ?, attempts = attempts + 1, next_attempt_at = ? WHERE op_id = ?`),
);

export type FinalOutboxState = 'accepted' | 'conflict' | 'rejected';

/** A final answer from the hub (or the desk's own refusal of a poison operation). */
export function finishOutbox(db: GuichetDatabase, opId: string, state: FinalOutboxState, result: string, error: string | null, at: string): void {
  finishStatement(db.sqlite).run(state, result, error, at, opId);
}

/** Not now: sent again at `nextAttemptAt` (epoch ms). */
export function postponeOutbox(db: GuichetDatabase, opId: string, state: 'pending' | 'needs-upgrade', result: string, error: string, nextAttemptAt: number): void {
  postponeStatement(db.sqlite).run(state, result, error, nextAttemptAt, opId);
}

export interface OutboxCounts {
  pending: number;
  waitingRetry: number;
  needsUpgrade: number;
  maxSeq: number;
}

const countsStatement = perConnection((sqlite) =>
  sqlite.prepare(
    `SELECT
        (SELECT count(*) FROM outbox WHERE state IN ('pending', 'needs-upgrade')) AS pending,
        (SELECT count(*) FROM outbox WHERE state = 'pending' AND attempts > 0) AS waitingRetry,
        (SELECT count(*) FROM outbox WHERE state = 'needs-upgrade') AS needsUpgrade,
        coalesce((SELECT max(seq) FROM outbox), 0) AS maxSeq`,
  ),
);

export function outboxCounts(db: GuichetDatabase): OutboxCounts {
  return countsStatement(db.sqlite).get() as OutboxCounts;
}

// Reference data pulled from the hub ---------------------------------------------------------------------------

const upsertPassStatement = perConnection((sqlite) =>
  sqlite.prepare(
    `INSERT INTO hub_pass (number, carnet_number, lot_id, state, site_id, at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (number) DO UPDATE SET carnet_number = excluded.carnet_number, lot_id = excluded.lot_id,
       state = excluded.state, site_id = excluded.site_id, at = excluded.at`,
  ),
);

export interface HubPassRow {
  number: string;
  carnetNumber: string;
  lotId: string;
  state: 'in-stock' | 'distributed' | 'redeemed' | 'revoked';
  siteId: string;
  at: string;
}

export function upsertHubPass(db: GuichetDatabase, row: HubPassRow): void {
  upsertPassStatement(db.sqlite).run(row.number, row.carnetNumber, row.lotId, row.state, row.siteId, row.at);
}

const findPassStatement = perConnection((sqlite) =>
  sqlite.prepare(`SELECT number, carnet_number AS carnetNumber, lot_id AS lotId, state, site_id AS siteId, at FROM hub_pass WHERE number = ?`),
);

export function findHubPass(db: GuichetDatabase, number: string): HubPassRow | undefined {
  return findPassStatement(db.sqlite).get(number) as HubPassRow | undefined;
}

const carnetPassesStatement = perConnection((sqlite) =>
  sqlite.prepare(`SELECT number, carnet_number AS carnetNumber, lot_id AS lotId, state, site_id AS siteId, at FROM hub_pass WHERE carnet_number = ? ORDER BY number`),
);

/** The passes of one carnet as the hub knows them, in number order. */
export function hubPassesOfCarnet(db: GuichetDatabase, carnetNumber: string): HubPassRow[] {
  return carnetPassesStatement(db.sqlite).all(carnetNumber) as HubPassRow[];
}

const upsertReferenceStatement = perConnection((sqlite) =>
  sqlite.prepare(
    `INSERT INTO hub_reference (entity, key, data, at) VALUES (?, ?, ?, ?)
     ON CONFLICT (entity, key) DO UPDATE SET data = excluded.data, at = excluded.at`,
  ),
);

/** The kinds of reference data kept as the hub sends them (PullData), one JSON row per key. */
export type HubReferenceEntity = 'site' | 'issuer' | 'lot' | 'service' | 'workshop' | 'account';

export function upsertHubReference(db: GuichetDatabase, entity: HubReferenceEntity, key: string, data: string, at: string): void {
  upsertReferenceStatement(db.sqlite).run(entity, key, data, at);
}

const findReferenceStatement = perConnection((sqlite) => sqlite.prepare(`SELECT data FROM hub_reference WHERE entity = ? AND key = ?`));

export function findHubReference<T>(db: GuichetDatabase, entity: HubReferenceEntity, key: string): T | undefined {
  const row = findReferenceStatement(db.sqlite).get(entity, key) as { data: string } | undefined;
  return row === undefined ? undefined : (JSON.parse(row.data) as T);
}

const listReferencesStatement = perConnection((sqlite) => sqlite.prepare(`SELECT data FROM hub_reference WHERE entity = ? ORDER BY key`).pluck());

/** Every row of one kind of reference data (a collectivity has tens of places, hundreds of workshops). */
export function listHubReferences<T>(db: GuichetDatabase, entity: HubReferenceEntity): T[] {
  return (listReferencesStatement(db.sqlite).all(entity) as string[]).map((data) => JSON.parse(data) as T);
}

const upcomingWorkshopsStatement = perConnection((sqlite) =>
  sqlite.prepare(
    `SELECT data FROM hub_reference WHERE entity = 'workshop' AND json_extract(data, '$.status') = 'planned' AND json_extract(data, '$.date') >= ?
       AND json_extract(data, '$.siteId') <> ?
     ORDER BY json_extract(data, '$.date'), json_extract(data, '$.startTime') LIMIT ?`,
  ).pluck(),
);

/** The other places' planned collective workshops from `fromDate` on, soonest first. */
export function upcomingHubWorkshops<T>(db: GuichetDatabase, fromDate: string, ownSiteId: string, limit: number): T[] {
  return (upcomingWorkshopsStatement(db.sqlite).all(fromDate, ownSiteId, limit) as string[]).map((data) => JSON.parse(data) as T);
}

const upcomingWorkshopsPerSiteStatement = perConnection((sqlite) =>
  sqlite.prepare(
    `SELECT data FROM (
       SELECT data, row_number() OVER (
         PARTITION BY json_extract(data, '$.siteId') ORDER BY json_extract(data, '$.date'), json_extract(data, '$.startTime')
       ) AS rank
       FROM hub_reference WHERE entity = 'workshop' AND json_extract(data, '$.status') = 'planned' AND json_extract(data, '$.date') >= ?
         AND json_extract(data, '$.siteId') <> ?
     ) WHERE rank <= ?`,
  ).pluck(),
);

/** The first `perSite` planned collective workshops of each other place from `fromDate` on (past years are not read into memory). */
export function upcomingHubWorkshopsPerSite<T>(db: GuichetDatabase, fromDate: string, ownSiteId: string, perSite: number): T[] {
  return (upcomingWorkshopsPerSiteStatement(db.sqlite).all(fromDate, ownSiteId, perSite) as string[]).map((data) => JSON.parse(data) as T);
}
