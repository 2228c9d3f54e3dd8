import type pg from 'pg';
import type { BookRequest, BookResponse, PullEntityData } from '../../../electron/common/sync/protocol';
import type { DeskIdentity } from '../push/batch-context';
import { appendChange } from '../change-log';
import { inTransaction, lockCollectivity, statement } from '../database';
import { HubError } from '../hub-error';

/**
 * A seat in another place's collective workshop, taken at the hub (issue 8 item 4): under the collectivity's lock,
 * the workshop's seats are counted (the running desk's bookings and the seats taken through the hub), the seat is
 * taken, and the booking — with the person's name and phone — goes into the change log for the running site's
 * desks only. Idempotent: the same booking id answers the same way.
 */

interface WorkshopForBooking {
  site_id: string;
  site_name: string;
  kind: string;
  status: string;
  date: string;
  capacity: number | null;
  past: boolean;
  taken: number;
}

const workshopForBooking = statement<WorkshopForBooking>(
  'booking_workshop',
  `SELECT w.site_id, s.name AS site_name, w.kind, w.status, w.date::text AS date, w.capacity,
     w.date < ($3::timestamptz AT TIME ZONE 'Europe/Paris')::date AS past,
     (SELECT count(*)::int FROM workshop_seat ws WHERE ws.workshop_id = w.id AND ws.holds) AS taken
   FROM workshop w JOIN site s ON s.id = w.site_id
   WHERE w.id = $1::uuid AND w.collectivity_id = $2::uuid`,
);

const seatOf = statement('booking_seat_of', 'SELECT 1 FROM workshop_seat WHERE booking_id = $1::uuid AND workshop_id = $2::uuid AND collectivity_id = $3::uuid');

const takeSeat = statement(
  'booking_take_seat',
  `INSERT INTO workshop_seat (booking_id, collectivity_id, workshop_id, holds, updated_at) VALUES ($1::uuid, $2::uuid, $3::uuid, true, $4::timestamptz)`,
);

const insertRemoteBooking = statement(
  'booking_remote_insert',
  `INSERT INTO remote_booking (id, collectivity_id, workshop_id, from_site_id, to_site_id, workshop_date, change_seq, created_at)
   VALUES ($1::uuid, $2::uuid, $3::uuid, $4::uuid, $5::uuid, $6::date, $7::bigint, $8::timestamptz)`,
);

const siteName = statement<{ name: string }>('booking_site_name', 'SELECT name FROM site WHERE id = $1::uuid');

function refused(message: string): HubError {
  return new HubError('booking_refused', message);
}

export function bookElsewhere(pool: pg.Pool, desk: DeskIdentity, request: BookRequest, now: Date): Promise<BookResponse> {
  return inTransaction(pool, async (client) => {
    await lockCollectivity(client, desk.collectivityId);
    const workshop = (await workshopForBooking(client, [request.workshopId, desk.collectivityId, now])).rows[0];
    if (!workshop || workshop.kind !== 'collectif') throw refused("Cet atelier n'est pas connu du hub : synchronisez le poste, puis réessayez.");
    const seatsLeft = (taken: number) => (workshop.capacity === null ? null : Math.max(0, workshop.capacity - taken));
    if ((await seatOf(client, [request.bookingId, request.workshopId, desk.collectivityId])).rowCount !== 0) {
      return { seatsLeft: seatsLeft(workshop.taken), siteName: workshop.site_name };
    }
    if (workshop.site_id === desk.siteId) throw refused('Cet atelier est celui de ce lieu : inscrivez la personne depuis la page de la séance.');
    if (workshop.status === 'cancelled') throw refused(`Atelier annulé par ${workshop.site_name}.`);
    if (workshop.status === 'closed' || workshop.past) throw refused(`Atelier déjà passé à ${workshop.site_name}.`);
    if (workshop.capacity !== null && workshop.taken >= workshop.capacity) {
      throw refused(`Atelier complet à ${workshop.site_name} : proposez un autre atelier ou appelez le lieu pour la liste d'attente.`);
    }
    await takeSeat(client, [request.bookingId, desk.collectivityId, request.workshopId, now]);
    const fromSiteName = (await siteName(client, [desk.siteId])).rows[0]?.name ?? 'un autre lieu';
    const booking: PullEntityData<'booking'> = {
      id: request.bookingId,
      workshopId: request.workshopId,
      fromSiteId: desk.siteId,
      fromSiteName,
      person: request.person,
      at: now.toISOString(),
    };
    const seq = await appendChange(client, desk.collectivityId, 'booking', request.bookingId, booking, now, workshop.site_id);
    await insertRemoteBooking(client, [request.bookingId, desk.collectivityId, request.workshopId, desk.siteId, workshop.site_id, workshop.date, seq, now]);
    return { seatsLeft: seatsLeft(workshop.taken + 1), siteName: workshop.site_name };
  });
}

/** How long after a workshop the hub keeps the name and phone of a person booked through it. */
export const BOOKING_IDENTITY_DAYS = 7;

/**
 * Removes the name and phone of the people booked through the hub whose workshop ended more than a week ago (the
 * running desk has had them since its pull; the hub needs them no more). Returns how many bookings were purged.
 */
export async function purgeBookingIdentities(pool: pg.Pool, now: Date): Promise<number> {
  return inTransaction(pool, async (client) => {
    const purged = await client.query(
      `WITH old AS (
         UPDATE remote_booking SET identity_purged_at = $1::timestamptz
         WHERE identity_purged_at IS NULL AND workshop_date < ($1::timestamptz AT TIME ZONE 'Europe/Paris')::date - $2::int
         RETURNING change_seq
       )
       UPDATE change_log c SET data = jsonb_set(c.data, '{person}', 'null'::jsonb) FROM old WHERE c.seq = old.change_seq`,
      [now, BOOKING_IDENTITY_DAYS],
    );
    return purged.rowCount ?? 0;
  });
}
