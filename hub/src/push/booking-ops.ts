import { z } from 'zod';
import type { OpResult, WireOp } from '../../../electron/common/sync/protocol';
import { statement } from '../database';
import type { BatchContext } from './batch-context';
import { accepted, rejected } from './op-results';

/**
 * The running desk's bookings keep the hub's seat count (workshop_seat) right for the seats other desks take
 * through it: a booking holds a seat when booked or present, and frees it when cancelled. They stay statistics too.
 */

const BookingId = z.string().uuid();

const holdSeat = statement(
  'seat_hold',
  `INSERT INTO workshop_seat (booking_id, collectivity_id, workshop_id, holds, updated_at) VALUES ($1::uuid, $2::uuid, $3::uuid, $4::boolean, $5::timestamptz)
   ON CONFLICT (booking_id) DO UPDATE SET holds = EXCLUDED.holds, updated_at = EXCLUDED.updated_at
   WHERE workshop_seat.collectivity_id = EXCLUDED.collectivity_id`,
);

/** Statuses that take a seat (a waiting-list place does not). */
const SEATED = new Set(['a-venir', 'present']);

function seatHandler(holds: (payload: { status?: string }) => boolean) {
  return async (batch: BatchContext, op: WireOp, payload: { sessionId: string; status?: string }): Promise<OpResult> => {
    if (!BookingId.safeParse(op.key).success) return rejected(op.opId, 'validation', "L'identifiant de l'inscription est invalide.");
    await holdSeat(batch.client, [op.key, batch.desk.collectivityId, payload.sessionId, holds(payload), batch.now]);
    batch.stats.push({ opId: op.opId, type: op.type, key: op.key, payload, deskAt: op.createdAt });
    return accepted(op.opId);
  };
}

export const bookingCreated = seatHandler((payload) => SEATED.has(payload.status ?? ''));
export const bookingSignedIn = seatHandler(() => true);
export const bookingPromoted = seatHandler(() => true);
export const bookingCancelled = seatHandler(() => false);
