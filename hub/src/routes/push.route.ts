import type { FastifyInstance } from 'fastify';
import type pg from 'pg';
import { PushRequest, type PushResponse } from '../../../electron/common/sync/protocol';
import { deskAuthentication, deskOf } from '../auth';
import { HubError } from '../hub-error';
import { processPush, type PushOptions } from '../push/process-push';

/** POST /v1/sync/push: a batch of a desk's operations, answered one result per operation, in their order. */
export function registerPush(app: FastifyInstance, pool: pg.Pool, options: PushOptions): void {
  app.post('/v1/sync/push', { onRequest: deskAuthentication(pool, options.clock) }, async (request): Promise<PushResponse> => {
    const desk = deskOf(request);
    const body = PushRequest.safeParse(request.body);
    if (!body.success) throw new HubError('invalid_request', "Lot d'opérations invalide : le poste et le hub ne se comprennent pas.");
    const results = await processPush(pool, desk, body.data, options);
    return { results, serverTime: options.clock().toISOString() };
  });
}
