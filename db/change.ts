import type { Clock } from '../electron/common/domain/clock';
import { newId } from '../electron/common/domain/ids';
import { appendAudit, type AuditEntry } from './audit';
import { canonicalJson } from './canonical-json';
import { perConnection } from './prepared';
import type { GuichetDatabase } from './types';

export type { AuditEntry } from './audit';

/** A change to upload to the hub. The payload is pseudonymised: no names, phone numbers or free text. */
export interface OutboxEntry {
  entity: string;
  entityId: string;
  operation: string;
  payload: Record<string, unknown>;
}

export interface ChangeOutcome<T> {
  result: T;
  audit: AuditEntry;
  outbox?: OutboxEntry | OutboxEntry[];
}

const outboxInsert = perConnection((sqlite) =>
  sqlite.prepare(
    `INSERT INTO outbox (op_id, entity, entity_id, operation, payload, created_at, actor_id)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ),
);

/**
 * The one way to change data: `work` writes the domain rows through `tx` (the same connection, inside the
 * transaction) and returns the audit row and outbox rows, all committed together in one IMMEDIATE
 * transaction — or none of them. `work` must be synchronous.
 */
export function writeChange<T>(db: GuichetDatabase, clock: Clock, work: (tx: GuichetDatabase) => ChangeOutcome<T>): T {
  const run = db.sqlite.transaction(() => {
    const outcome = work(db);
    const at = clock();
    const entries = outcome.outbox === undefined ? [] : Array.isArray(outcome.outbox) ? outcome.outbox : [outcome.outbox];
    for (const entry of entries) {
      outboxInsert(db.sqlite).run(newId(), entry.entity, entry.entityId, entry.operation, canonicalJson(entry.payload), at.toISOString(), outcome.audit.actorId ?? null);
    }
    appendAudit(db.sqlite, at, outcome.audit);
    return outcome.result;
  });
  return run.immediate();
}

/** An audit row alone (a login refused, an access denied), in its own IMMEDIATE transaction. */
export function recordAudit(db: GuichetDatabase, clock: Clock, entry: AuditEntry): void {
  db.sqlite.transaction(() => appendAudit(db.sqlite, clock(), entry)).immediate();
}
