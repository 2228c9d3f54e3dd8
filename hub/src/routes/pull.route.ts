import type { FastifyInstance } from 'fastify';
import type pg from 'pg';
import { PullQuery } from '../../../electron/common/sync/protocol';
import { deskAuthentication, deskOf } from '../auth';
import { inTransaction, statement } from '../database';
import { HubError } from '../hub-error';

/**
 * One page of the collectivity's change log (changes meant for one site only go to that site's desks), as JSON text built by PostgreSQL (no row objects in Node: a desk
 * that starts empty pulls hundreds of thousands of pass states).
 */
const changesPage = statement<{ changes: string; count: number; last: string | null }>(
  'change_log_page',
  `SELECT coalesce(json_agg(json_build_object('seq', seq, 'entity', entity, 'key', key, 'data', data) ORDER BY seq), '[]')::text AS changes,
     count(*)::int AS count, max(seq)::text AS last
   FROM (SELECT seq, entity, key, data FROM change_log
         WHERE collectivity_id = $1::uuid AND seq > $2::bigint AND (site_id IS NULL OR site_id = $4::uuid) ORDER BY seq LIMIT $3::int) AS page`,
);

/** GET /v1/sync/pull?cursor=N&limit=L: the changes after `cursor`, oldest first; `more` when the page is full. */
export function registerPull(app: FastifyInstance, pool: pg.Pool, clock: () => Date): void {
  app.get('/v1/sync/pull', { onRequest: deskAuthentication(pool, clock) }, async (request, reply) => {
    const desk = deskOf(request);
    const query = PullQuery.safeParse(request.query);
    if (!query.success) throw new HubError('invalid_request', 'Curseur ou taille de page invalide.');
    const { cursor, limit } = query.data;
    const page = await inTransaction(pool, async (client) => {
      // Without fresh statistics (a bulk delivery just loaded) the planner picks a bitmap scan and sorts every row
      // after the cursor; the ordered walk of the (collectivity_id, seq) index reads only the page.
      await client.query('SET LOCAL enable_bitmapscan = off');
      return (await changesPage(client, [desk.collectivityId, cursor, limit, desk.siteId])).rows[0];
    });
    const count = page?.count ?? 0;
    const last = page?.last ? Number(page.last) : cursor;
    const body = `{"changes":${page?.changes ?? '[]'},"cursor":${last},"more":${count === limit},"serverTime":${JSON.stringify(clock().toISOString())}}`;
    return reply.type('application/json; charset=utf-8').send(body);
  });
}
