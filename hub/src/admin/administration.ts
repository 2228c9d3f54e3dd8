import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { appendChange } from '../change-log';
import { inTransaction, lockCollectivity, type Queryable } from '../database';
import { enrollmentCodeHash, newEnrollmentCode } from '../credentials';

/** The administrator's commands (main.ts): collectivities, enrollment codes, desks, disabled accounts. */

const DAY_MS = 24 * 60 * 60 * 1000;

export async function addCollectivity(db: Queryable, name: string, now: Date): Promise<{ id: string; name: string }> {
  const id = randomUUID();
  await db.query('INSERT INTO collectivity (id, name, created_at) VALUES ($1, $2, $3)', [id, name, now]);
  return { id, name };
}

export class UnknownCollectivityError extends Error {}

/** A one-time code for one desk of the collectivity; only its hash is kept, so it is shown once. */
export async function createEnrollmentCode(db: Queryable, collectivityId: string, validDays: number, now: Date): Promise<{ code: string; expiresAt: Date }> {
  const found = await db.query('SELECT 1 FROM collectivity WHERE id = $1', [collectivityId]);
  if (found.rowCount === 0) throw new UnknownCollectivityError(collectivityId);
  const code = newEnrollmentCode();
  const expiresAt = new Date(now.getTime() + validDays * DAY_MS);
  await db.query('INSERT INTO enrollment_code (code_hash, collectivity_id, created_at, expires_at) VALUES ($1, $2, $3, $4)', [
    enrollmentCodeHash(code), collectivityId, now, expiresAt,
  ]);
  return { code, expiresAt };
}

export interface DeskRow {
  id: string;
  collectivityName: string;
  siteName: string;
  appVersion: string;
  enrolledAt: Date;
  lastSeenAt: Date | null;
  revokedAt: Date | null;
}

export async function listDesks(db: Queryable): Promise<DeskRow[]> {
  const rows = await db.query<DeskRow>(
    `SELECT d.id, c.name AS "collectivityName", s.name AS "siteName", d.app_version AS "appVersion", d.enrolled_at AS "enrolledAt",
       d.last_seen_at AS "lastSeenAt", d.revoked_at AS "revokedAt"
     FROM desk d JOIN collectivity c ON c.id = d.collectivity_id JOIN site s ON s.id = d.site_id
     ORDER BY c.name, s.name, d.enrolled_at`,
  );
  return rows.rows;
}

/** A login that cannot be disabled: the local accounts' rule (lowercase letters, digits, dot, hyphen, underscore). */
export class InvalidLoginError extends Error {}

/**
 * Disables (or enables again) a login at every desk of a collectivity: someone who left, an account that leaked. The
 * desks take it at their next pull: the local account of that login is disabled and its sessions end. In one
 * transaction with its change. Throws UnknownCollectivityError for an unknown collectivity.
 */
export async function setAccountDisabled(pool: pg.Pool, collectivityId: string, login: string, disabled: boolean, reason: string, now: Date): Promise<void> {
  const normalized = login.trim().toLowerCase();
  if (!/^[a-z0-9._-]{1,40}$/.test(normalized)) throw new InvalidLoginError(`Identifiant invalide : ${login}`);
  await inTransaction(pool, async (client) => {
    const known = await client.query('SELECT 1 FROM collectivity WHERE id = $1', [collectivityId]);
    if (known.rowCount === 0) throw new UnknownCollectivityError(collectivityId);
    // The change log's numbers must commit in order: writers of a collectivity's changes take its lock.
    await lockCollectivity(client, collectivityId);
    await client.query(
      `INSERT INTO account_block (collectivity_id, login, disabled, reason, updated_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (collectivity_id, login) DO UPDATE SET disabled = EXCLUDED.disabled, reason = EXCLUDED.reason, updated_at = EXCLUDED.updated_at`,
      [collectivityId, normalized, disabled, reason, now],
    );
    await appendChange(client, collectivityId, 'account', normalized, { login: normalized, disabled, at: now.toISOString() }, now);
  });
}

/** Revokes a desk: its next request is refused (403 desk_revoked). False when the desk is unknown. */
export async function revokeDesk(db: Queryable, deskId: string, now: Date): Promise<boolean> {
  const updated = await db.query('UPDATE desk SET revoked_at = coalesce(revoked_at, $2) WHERE id = $1', [deskId, now]);
  return updated.rowCount === 1;
}

/**
 * After restoring the database from a backup: moves the change log's seq far beyond any cursor a desk may hold
 * (desks pulled changes the backup lost), so the changes made from now on — the desks push again what was lost —
 * are pulled by every desk. Returns the next seq.
 */
export async function skipChangeLogAhead(db: Queryable, gap = 1_000_000_000): Promise<number> {
  const moved = await db.query<{ next: string }>(
    `SELECT setval(pg_get_serial_sequence('change_log', 'seq'), greatest((SELECT coalesce(max(seq), 0) FROM change_log),
       (SELECT last_value FROM change_log_seq_seq)) + $1::bigint) + 1 AS next`,
    [gap],
  );
  return Number(moved.rows[0]?.next);
}

export interface DeskSequence {
  deskId: string;
  siteName: string;
  epoch: string;
  firstSeq: number;
  contiguousSeq: number;
  maxSeq: number;
  startedAt: Date;
  lastAt: Date;
  /** Seqs after `contiguousSeq` up to `maxSeq` are missing (some or all of them); null when none. */
  gap: { after: number; upTo: number } | null;
  /** An older epoch of the same desk went up to `maxSeq` ≥ this epoch's first seq: the desk was restored from a backup. */
  regression: { olderEpoch: string; olderMaxSeq: number } | null;
}

/** Per desk and epoch: the seqs the hub holds, with the gaps (ops lost on the desk?) and seq regressions. */
export async function deskSequenceReport(db: Queryable): Promise<DeskSequence[]> {
  const rows = await db.query<Omit<DeskSequence, 'gap' | 'regression'>>(
    `SELECT e.desk_id AS "deskId", s.name AS "siteName", e.epoch, e.first_seq AS "firstSeq", e.contiguous_seq AS "contiguousSeq",
       e.max_seq AS "maxSeq", e.started_at AS "startedAt", e.last_at AS "lastAt"
     FROM desk_epoch e JOIN desk d ON d.id = e.desk_id JOIN site s ON s.id = d.site_id
     ORDER BY s.name, e.desk_id, e.started_at, e.epoch`,
  );
  return rows.rows.map((row, index, all) => {
    const older = all.slice(0, index).filter((other) => other.deskId === row.deskId && other.maxSeq >= row.firstSeq);
    const highest = older.sort((a, b) => b.maxSeq - a.maxSeq)[0];
    return {
      ...row,
      gap: row.maxSeq > row.contiguousSeq ? { after: row.contiguousSeq, upTo: row.maxSeq } : null,
      regression: highest ? { olderEpoch: highest.epoch, olderMaxSeq: highest.maxSeq } : null,
    };
  });
}
