import type { FastifyRequest } from 'fastify';
import type pg from 'pg';
import { parseBearer, secretMatches } from './credentials';
import { statement } from './database';
import { HubError } from './hub-error';
import type { DeskIdentity } from './push/batch-context';
import { requireProtocol } from './routes/protocol-header';

declare module 'fastify' {
  interface FastifyRequest {
    /** The authenticated desk (routes with the `deskAuthentication` hook). */
    desk: DeskIdentity | null;
  }
}

const findDesk = statement<{ collectivity_id: string; site_id: string; secret_hash: string; revoked: boolean }>(
  'desk_find',
  'SELECT collectivity_id, site_id, secret_hash, revoked_at IS NOT NULL AS revoked FROM desk WHERE id = $1::uuid',
);

const touchDesk = statement('desk_touch', 'UPDATE desk SET last_seen_at = $2::timestamptz WHERE id = $1::uuid');

/**
 * `Authorization: Bearer <deskId>.<secret>` → the desk. Unknown or wrong → 401 `unauthorized`; revoked → 403
 * `desk_revoked`. Records when the desk was last seen.
 */
export async function authenticateDesk(pool: pg.Pool, request: FastifyRequest, now: Date): Promise<DeskIdentity> {
  const credential = parseBearer(request.headers.authorization);
  if (!credential) throw new HubError('unauthorized');
  const desk = (await findDesk(pool, [credential.deskId])).rows[0];
  if (!desk || !secretMatches(credential.secret, desk.secret_hash)) throw new HubError('unauthorized');
  if (desk.revoked) throw new HubError('desk_revoked');
  await touchDesk(pool, [credential.deskId, now]);
  return { id: credential.deskId, collectivityId: desk.collectivity_id, siteId: desk.site_id };
}

/**
 * The `onRequest` hook of the desks' routes: checks the protocol version and the credential when the request
 * arrives, before its body is read (an unknown sender cannot make the hub parse a large body).
 */
export function deskAuthentication(pool: pg.Pool, clock: () => Date) {
  return async (request: FastifyRequest): Promise<void> => {
    requireProtocol(request);
    request.desk = await authenticateDesk(pool, request, clock());
  };
}

/** The `onRequest` hook of the enrollment: the protocol version only. */
export async function protocolCheck(request: FastifyRequest): Promise<void> {
  requireProtocol(request);
}

/** The desk of a `/v1/sync/` request. */
export function deskOf(request: FastifyRequest): DeskIdentity {
  if (!request.desk) throw new Error('Desk authentication did not run for this route');
  return request.desk;
}
