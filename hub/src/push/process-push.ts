import type pg from 'pg';
import type { OpResult, PushRequest, WireOp } from '../../../electron/common/sync/protocol';
import { inTransaction, lockCollectivity } from '../database';
import type { BatchContext, DeskIdentity } from './batch-context';
import { recordDeskSequence } from './desk-epoch';
import { rejected, upgradeRequired } from './op-results';
import { handlerFor, type OperationCatalogue } from './operation-catalogue';
import { claimOperations, clearUnstored, deferOperations, insertStatistics, storeResults } from './push-statements';

export interface PushOptions {
  catalogue: OperationCatalogue;
  /** Negative control of test S2: no processed-operation check (replays are processed again). Never in production. */
  naive: boolean;
  clock: () => Date;
}

/**
 * One push = one transaction, behind the collectivity's advisory lock. Each operation is claimed in
 * `processed_op` first (a replay gets the stored result; a concurrent push of the same op waits on the key),
 * then applied in order; its result is stored in the same transaction. Any exception rolls everything back.
 */
export function processPush(pool: pg.Pool, desk: DeskIdentity, request: PushRequest, options: PushOptions): Promise<OpResult[]> {
  return inTransaction(pool, async (client) => {
    await lockCollectivity(client, desk.collectivityId);
    const now = options.clock();
    const batch: BatchContext = { client, desk, now, nowIso: now.toISOString(), stats: [] };
    const replays = options.naive ? new Map<string, OpResult>() : await claimOperations(client, desk, request, now);

    const results: OpResult[] = [];
    const answered = new Map<string, OpResult>();
    const toStore: OpResult[] = [];
    const notStored: string[] = [];
    const deferred: WireOp[] = [];
    for (const op of request.ops) {
      const earlier = answered.get(op.opId) ?? replays.get(op.opId);
      if (earlier) {
        results.push(earlier);
        continue;
      }
      const result = await processOperation(batch, op, options.catalogue);
      if (result.status === 'upgrade_required') deferred.push(op);
      if (result.status === 'upgrade_required' || result.status === 'retry_later') notStored.push(op.opId);
      else toStore.push(result);
      answered.set(op.opId, result);
      results.push(result);
    }

    await insertStatistics(client, desk, batch.stats, now);
    await deferOperations(client, desk.id, request.epoch, deferred, now);
    if (!options.naive) {
      await storeResults(client, toStore);
      await clearUnstored(client, notStored);
    }
    await recordDeskSequence(client, desk.id, request.epoch, request.ops.map((op) => op.seq), now);
    return results;
  });
}

async function processOperation(batch: BatchContext, op: WireOp, catalogue: OperationCatalogue): Promise<OpResult> {
  const schema = Object.prototype.hasOwnProperty.call(catalogue.payloads, op.type) ? catalogue.payloads[op.type] : undefined;
  if (!schema || op.schemaVersion > catalogue.schemaVersion) return upgradeRequired(op.opId);
  const payload = schema.safeParse(op.payload);
  if (!payload.success) {
    const fields = [...new Set(payload.error.issues.map((issue) => issue.path.join('.') || '(contenu)'))].slice(0, 5).join(', ');
    return rejected(op.opId, 'validation', `Champs en cause : ${fields}.`);
  }
  return handlerFor(op.type)(batch, op, payload.data as never);
}
