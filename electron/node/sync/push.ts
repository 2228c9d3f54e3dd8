import { newId } from '../../common/domain/ids';
import type { OpResult, WireOp } from '../../common/sync/protocol';
import { dueOutbox, finishOutbox, pendingOutboxOp, postponeOutbox, type DueOutboxRow } from '../../../db/repositories/sync.repo';
import { insertSyncReview } from '../../../db/repositories/sync-review.repo';
import type { GuichetDatabase } from '../../../db/types';
import { fullJitterDelay, RETRY_LATER_BACKOFF, UPGRADE_BACKOFF } from './backoff';
import type { HubClient } from './hub-client';
import { SerializationError, toWireOp } from './serializers';

export const PUSH_BATCH = 200;

export interface PushContext {
  db: GuichetDatabase;
  client: HubClient;
  now: () => Date;
  epoch: string;
  pid: (localPersonId: string) => string;
  random?: () => number;
  /** Called with the highest seq about to be sent, before it is sent (restore detection, see epoch.ts). */
  beforeSend?: (maxSeq: number) => void;
}

export interface PushRound {
  sent: number;
  /** Whether a full batch was sent (more may be due). */
  full: boolean;
  results: OpResult[];
}

/**
 * One batch: the due operations, oldest first, serialized (a poison operation is refused on the desk and the
 * others go), sent, and every answer applied in ONE local transaction. A failed exchange throws HubError and
 * changes nothing: the same operations, with the same ids, go in the next round. With `onlyOpId`, that one pending
 * operation alone (the door's fast path: a redemption checked while the person is still there).
 */
export async function pushBatch(context: PushContext, limit = PUSH_BATCH, onlyOpId?: string): Promise<PushRound> {
  const { db, client } = context;
  const due = onlyOpId === undefined ? dueOutbox(db, context.now().getTime(), limit) : pendingOutboxOp(db, onlyOpId);
  const wire: WireOp[] = [];
  const poison: Array<{ row: DueOutboxRow; message: string }> = [];
  for (const row of due) {
    try {
      wire.push(toWireOp(row, context.pid));
    } catch (error) {
      if (!(error instanceof SerializationError)) throw error;
      poison.push({ row, message: error.message });
    }
  }
  if (poison.length > 0) refuseOnDesk(db, context.now(), poison);
  if (wire.length === 0) return { sent: 0, full: due.length === limit, results: [] };
  context.beforeSend?.(Math.max(...wire.map((op) => op.seq)));
  const response = await client.push({ epoch: context.epoch, batchId: newId(), ops: wire });
  applyResults(context, due, response.results);
  return { sent: wire.length, full: due.length === limit, results: response.results };
}

function refuseOnDesk(db: GuichetDatabase, now: Date, poison: Array<{ row: DueOutboxRow; message: string }>): void {
  const at = now.toISOString();
  db.sqlite
    .transaction(() => {
      for (const { row, message } of poison) {
        const result: OpResult = { opId: row.opId, status: 'rejected', reason: 'validation', message };
        finishOutbox(db, row.opId, 'rejected', JSON.stringify(result), message, at);
        insertSyncReview(db, reviewOf(row, 'rejected', message, null, at));
      }
    })
    .immediate();
}

function applyResults(context: PushContext, due: DueOutboxRow[], results: OpResult[]): void {
  const { db } = context;
  const byOpId = new Map(due.map((row) => [row.opId, row]));
  const now = context.now();
  const at = now.toISOString();
  const random = context.random ?? Math.random;
  db.sqlite
    .transaction(() => {
      for (const result of results) {
        const row = byOpId.get(result.opId);
        if (!row) continue;
        const json = JSON.stringify(result);
        switch (result.status) {
          case 'accepted':
            finishOutbox(db, row.opId, 'accepted', json, null, at);
            break;
          case 'conflict':
            finishOutbox(db, row.opId, 'conflict', json, result.message, at);
            insertSyncReview(db, reviewOf(row, 'conflict', result.message, { name: result.winner.siteName, at: result.winner.at }, at));
            break;
          case 'rejected':
            finishOutbox(db, row.opId, 'rejected', json, result.message, at);
            insertSyncReview(db, reviewOf(row, 'rejected', result.message, null, at));
            break;
          case 'retry_later':
            postponeOutbox(db, row.opId, 'pending', json, result.message, now.getTime() + fullJitterDelay(row.attempts + 1, RETRY_LATER_BACKOFF, random));
            break;
          case 'upgrade_required':
            postponeOutbox(db, row.opId, 'needs-upgrade', json, result.message, now.getTime() + fullJitterDelay(row.attempts + 1, UPGRADE_BACKOFF, random));
            break;
        }
      }
    })
    .immediate();
}

function reviewOf(row: DueOutboxRow, kind: 'conflict' | 'rejected', message: string, otherSite: { name: string; at: string } | null, at: string) {
  const payload = JSON.parse(row.payload) as { number?: unknown };
  const passNumber = row.operation.startsWith('pass.') && typeof payload.number === 'string' ? payload.number : null;
  return {
    id: newId(),
    kind,
    opId: row.opId,
    operation: row.operation,
    passNumber,
    message,
    otherSiteName: otherSite?.name ?? null,
    otherSiteAt: otherSite?.at ?? null,
    occurredAt: row.createdAt,
    detectedAt: at,
  };
}
