import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3-multiple-ciphers';
import { canonicalJson } from './canonical-json';
import { perConnection } from './prepared';

/** What an audited action records. Details hold ids and codes only, never names or free text. */
export interface AuditEntry {
  actorId: string | null;
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  details?: Record<string, unknown>;
}

export const GENESIS_HASH = '0'.repeat(64);

interface AuditRow {
  seq: number;
  at: string;
  actor_id: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  details: string;
  prev_hash: string;
  hash: string;
}

function rowHash(prevHash: string, row: Omit<AuditRow, 'seq' | 'prev_hash' | 'hash'>): string {
  const body = canonicalJson({
    at: row.at,
    actorId: row.actor_id,
    action: row.action,
    targetType: row.target_type,
    targetId: row.target_id,
    details: row.details,
  });
  return createHash('sha256').update(prevHash).update(body).digest('hex');
}

const prepared = perConnection((sqlite) => ({
  last: sqlite.prepare('SELECT hash FROM audit ORDER BY seq DESC LIMIT 1'),
  insert: sqlite.prepare(
    `INSERT INTO audit (at, actor_id, action, target_type, target_id, details, prev_hash, hash)
     VALUES (@at, @actor_id, @action, @target_type, @target_id, @details, @prev_hash, @hash)`,
  ),
}));

/** Appends one row chained to the previous one. Call inside a write transaction. */
export function appendAudit(sqlite: Database.Database, at: Date, entry: AuditEntry): void {
  const { last, insert } = prepared(sqlite);
  const prevHash = (last.get() as { hash: string } | undefined)?.hash ?? GENESIS_HASH;
  const row = {
    at: at.toISOString(),
    actor_id: entry.actorId,
    action: entry.action,
    target_type: entry.targetType ?? null,
    target_id: entry.targetId ?? null,
    details: canonicalJson(entry.details ?? {}),
  };
  insert.run({ ...row, prev_hash: prevHash, hash: rowHash(prevHash, row) });
}

export interface AuditVerdict {
  ok: boolean;
  rows: number;
  /** The first row whose hash or link does not match, or null when the chain is whole. */
  firstBrokenSeq: number | null;
}

/** Recomputes the whole chain. A row altered, removed or inserted out of band breaks it. */
export function verifyAuditChain(sqlite: Database.Database): AuditVerdict {
  let prevHash = GENESIS_HASH;
  let rows = 0;
  for (const row of sqlite.prepare('SELECT * FROM audit ORDER BY seq').iterate() as IterableIterator<AuditRow>) {
    rows += 1;
    if (row.prev_hash !== prevHash || row.hash !== rowHash(prevHash, row)) {
      return { ok: false, rows, firstBrokenSeq: row.seq };
    }
    prevHash = row.hash;
  }
  return { ok: true, rows, firstBrokenSeq: null };
}
