import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { sha256Hex } from '../credentials';
import { statement, type Queryable } from '../database';

/**
 * The Métropole's read-only readers of the figures: a random token per reader (shown once, only its sha256 kept),
 * and the signed session cookie the login form sets. Never a desk's credential: desks are in `desk`, readers here.
 */

export interface FiguresReader {
  id: string;
  collectivityId: string;
  collectivityName: string;
  label: string;
}

/** `gfr_` + 32 random bytes (base64url): recognisable, never confused with a desk credential (`<uuid>.<secret>`). */
const TOKEN = /^gfr_[A-Za-z0-9_-]{43}$/;

export class UnknownReaderCollectivityError extends Error {}

export async function createReaderToken(db: Queryable, collectivityId: string, label: string, now: Date): Promise<{ id: string; token: string }> {
  const found = await db.query('SELECT 1 FROM collectivity WHERE id = $1', [collectivityId]);
  if (found.rowCount === 0) throw new UnknownReaderCollectivityError(collectivityId);
  const id = randomUUID();
  const token = `gfr_${randomBytes(32).toString('base64url')}`;
  await db.query('INSERT INTO figures_reader (id, collectivity_id, label, token_hash, created_at) VALUES ($1, $2, $3, $4, $5)', [
    id, collectivityId, label, sha256Hex(token), now,
  ]);
  return { id, token };
}

/** Revokes a reader: its token and its sessions are refused from the next request. False when unknown. */
export async function revokeReader(db: Queryable, readerId: string, now: Date): Promise<boolean> {
  const updated = await db.query('UPDATE figures_reader SET revoked_at = coalesce(revoked_at, $2) WHERE id = $1', [readerId, now]);
  return updated.rowCount === 1;
}

export interface ReaderRow {
  id: string;
  collectivityName: string;
  label: string;
  createdAt: Date;
  revokedAt: Date | null;
}

export async function listReaders(db: Queryable): Promise<ReaderRow[]> {
  const rows = await db.query<ReaderRow>(
    `SELECT r.id, c.name AS "collectivityName", r.label, r.created_at AS "createdAt", r.revoked_at AS "revokedAt"
     FROM figures_reader r JOIN collectivity c ON c.id = r.collectivity_id ORDER BY c.name, r.created_at`,
  );
  return rows.rows;
}

const READER_COLUMNS = `r.id, r.collectivity_id AS "collectivityId", c.name AS "collectivityName", r.label
  FROM figures_reader r JOIN collectivity c ON c.id = r.collectivity_id`;
const byTokenHash = statement<FiguresReader>('figures_reader_by_token', `SELECT ${READER_COLUMNS} WHERE r.token_hash = $1::text AND r.revoked_at IS NULL`);
const byId = statement<FiguresReader>('figures_reader_by_id', `SELECT ${READER_COLUMNS} WHERE r.id = $1::uuid AND r.revoked_at IS NULL`);

/** The reader of a token; undefined when malformed, unknown or revoked. */
export async function readerOfToken(db: Queryable, token: string | undefined): Promise<FiguresReader | undefined> {
  const given = token?.trim() ?? '';
  if (!TOKEN.test(given)) return undefined;
  return (await byTokenHash(db, [sha256Hex(given)])).rows[0];
}

/** Sessions last a working day; the reader's row is checked at every request (a revocation applies at once). */
export const SESSION_MS = 8 * 60 * 60 * 1000;
export const SESSION_COOKIE = 'guichet_figures';

/** `<reader id>.<expiry ms>.<HMAC-SHA256>`: the cookie holds no token, only what the key signed. */
export function signSession(key: Buffer, readerId: string, now: Date): string {
  const body = `${readerId}.${now.getTime() + SESSION_MS}`;
  return `${body}.${createHmac('sha256', key).update(body).digest('base64url')}`;
}

const SESSION = /^([0-9a-f-]{36})\.(\d{1,16})\.([A-Za-z0-9_-]{43})$/;

export async function readerOfSession(db: Queryable, key: Buffer, cookie: string | undefined, now: Date): Promise<FiguresReader | undefined> {
  const match = SESSION.exec(cookie ?? '');
  if (!match?.[1] || !match[2] || !match[3]) return undefined;
  const expected = createHmac('sha256', key).update(`${match[1]}.${match[2]}`).digest();
  const given = Buffer.from(match[3], 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  if (Number(match[2]) <= now.getTime()) return undefined;
  return (await byId(db, [match[1]])).rows[0];
}

/** The value of one cookie of a `Cookie` header. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}
