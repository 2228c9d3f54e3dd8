import type { FastifyInstance } from 'fastify';
import type pg from 'pg';
import { EnrollRequest, type EnrollResponse } from '../../../electron/common/sync/protocol';
import { protocolCheck } from '../auth';
import { enrollDesk } from '../enrollment';
import { HubError } from '../hub-error';

/** POST /v1/enroll (no credential): a one-time enrollment code → the desk's credential. */
export function registerEnroll(app: FastifyInstance, pool: pg.Pool, clock: () => Date): void {
  app.post('/v1/enroll', { onRequest: protocolCheck }, async (request): Promise<EnrollResponse> => {
    const body = EnrollRequest.safeParse(request.body);
    if (!body.success) throw new HubError('invalid_request', "Demande d'inscription invalide : vérifiez le code et le site du poste.");
    return enrollDesk(pool, body.data, clock());
  });
}
