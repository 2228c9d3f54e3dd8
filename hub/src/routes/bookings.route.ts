import type { FastifyInstance } from 'fastify';
import type pg from 'pg';
import { BookRequest, type BookResponse } from '../../../electron/common/sync/protocol';
import { deskAuthentication, deskOf } from '../auth';
import { bookElsewhere } from '../bookings/take-seat';
import { HubError } from '../hub-error';

/** POST /v1/bookings: a desk takes a seat for a person in another place's collective workshop. */
export function registerBookings(app: FastifyInstance, pool: pg.Pool, clock: () => Date): void {
  app.post('/v1/bookings', { onRequest: deskAuthentication(pool, clock) }, async (request): Promise<BookResponse> => {
    const body = BookRequest.safeParse(request.body);
    if (!body.success) throw new HubError('invalid_request', 'Inscription invalide : le poste et le hub ne se comprennent pas.');
    return bookElsewhere(pool, deskOf(request), body.data, clock());
  });
}
