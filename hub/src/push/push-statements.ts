import type { OpResult, PushRequest, WireOp } from '../../../electron/common/sync/protocol';
import { statement, type Queryable } from '../database';
import { rejected } from './op-results';
import type { DeskIdentity, StatRow } from './batch-context';

/** The bulk statements of a push: a few round trips per batch, whatever its size. */

const claim = statement<{ op_id: string }>(
  'processed_op_claim',
  `INSERT INTO processed_op (op_id, desk_id, epoch, seq, type, processed_at)
   SELECT op_id, $1::uuid, $2::uuid, seq, type, $3::timestamptz FROM unnest($4::uuid[], $5::int[], $6::text[]) AS op(op_id, seq, type)
   ON CONFLICT (op_id) DO NOTHING
   RETURNING op_id`,
);

const storedResults = statement<{ op_id: string; result: OpResult | null; same_collectivity: boolean }>(
  'processed_op_stored',
  `SELECT p.op_id, p.result, d.collectivity_id = $2::uuid AS same_collectivity
   FROM processed_op p JOIN desk d ON d.id = p.desk_id WHERE p.op_id = ANY($1::uuid[])`,
);

/**
 * Claims every operation of the batch in `processed_op` (ON CONFLICT DO NOTHING: a concurrent transaction with
 * the same op id makes this wait until it ends). Returns the stored results of the ops already processed.
 */
export async function claimOperations(db: Queryable, desk: DeskIdentity, request: PushRequest, now: Date): Promise<Map<string, OpResult>> {
  const ops = request.ops;
  const claimed = await claim(db, [desk.id, request.epoch, now, ops.map((op) => op.opId), ops.map((op) => op.seq), ops.map((op) => op.type)]);
  const replays = new Map<string, OpResult>();
  if (claimed.rowCount === ops.length) return replays;
  const fresh = new Set(claimed.rows.map((row) => row.op_id));
  const already = [...new Set(ops.map((op) => op.opId).filter((opId) => !fresh.has(opId)))];
  if (already.length === 0) return replays; // the same op twice in this batch
  for (const row of (await storedResults(db, [already, desk.collectivityId])).rows) {
    if (!row.same_collectivity) replays.set(row.op_id, rejected(row.op_id, 'not_allowed', "Cet identifiant d'opération est déjà utilisé ailleurs."));
    else if (row.result) replays.set(row.op_id, row.result);
    else throw new Error(`processed_op ${row.op_id} has no stored result`);
  }
  return replays;
}

const storeAndClearDeferred = statement(
  'processed_op_store',
  `WITH stored AS (
     UPDATE processed_op p SET result = r.result FROM unnest($1::uuid[], $2::jsonb[]) AS r(op_id, result)
     WHERE p.op_id = r.op_id RETURNING p.op_id
   )
   DELETE FROM deferred_op WHERE op_id IN (SELECT op_id FROM stored)`,
);

/** Saves the results answered (a replay gets them again); a deferred op processed at last leaves deferred_op. */
export async function storeResults(db: Queryable, results: readonly OpResult[]): Promise<void> {
  if (results.length === 0) return;
  await storeAndClearDeferred(db, [results.map((result) => result.opId), results.map((result) => JSON.stringify(result))]);
}

const unclaim = statement('processed_op_unclaim', 'DELETE FROM processed_op WHERE op_id = ANY($1::uuid[])');

/** `retry_later` and `upgrade_required` are not stored: the desk sends the op again and it is processed then. */
export async function clearUnstored(db: Queryable, opIds: readonly string[]): Promise<void> {
  if (opIds.length > 0) await unclaim(db, [opIds]);
}

const insertStats = statement(
  'stat_event_insert',
  `INSERT INTO stat_event (op_id, collectivity_id, site_id, desk_id, type, key, payload, desk_at, received_at)
   SELECT op_id, $1::uuid, $2::uuid, $3::uuid, type, key, payload, desk_at, $4::timestamptz
   FROM unnest($5::uuid[], $6::text[], $7::text[], $8::jsonb[], $9::timestamptz[]) AS s(op_id, type, key, payload, desk_at)
   ON CONFLICT (op_id) DO NOTHING`,
);

export async function insertStatistics(db: Queryable, desk: DeskIdentity, stats: readonly StatRow[], now: Date): Promise<void> {
  if (stats.length === 0) return;
  await insertStats(db, [
    desk.collectivityId, desk.siteId, desk.id, now, stats.map((row) => row.opId), stats.map((row) => row.type), stats.map((row) => row.key),
    stats.map((row) => JSON.stringify(row.payload)), stats.map((row) => row.deskAt),
  ]);
}

const insertDeferred = statement(
  'deferred_op_insert',
  `INSERT INTO deferred_op (op_id, desk_id, epoch, seq, type, schema_version, op, received_at)
   SELECT op_id, $1::uuid, $2::uuid, seq, type, schema_version, op, $3::timestamptz
   FROM unnest($4::uuid[], $5::int[], $6::text[], $7::int[], $8::jsonb[]) AS d(op_id, seq, type, schema_version, op)
   ON CONFLICT (op_id) DO UPDATE SET op = EXCLUDED.op, schema_version = EXCLUDED.schema_version, received_at = EXCLUDED.received_at`,
);

/** Operations this hub cannot process yet are kept as received, so nothing is lost before the upgrade. */
export async function deferOperations(db: Queryable, deskId: string, epoch: string, ops: readonly WireOp[], now: Date): Promise<void> {
  if (ops.length === 0) return;
  await insertDeferred(db, [
    deskId, epoch, now, ops.map((op) => op.opId), ops.map((op) => op.seq), ops.map((op) => op.type), ops.map((op) => op.schemaVersion),
    ops.map((op) => JSON.stringify(op)),
  ]);
}
