import { AppError } from '../../../common/contract';
import { newId } from '../../../common/domain/ids';
import { writeChange } from '../../../../db/change';
import { activeBeneficiaryById } from '../../../../db/repositories/beneficiary.repo';
import {
  countSeatsTaken,
  findActiveBooking,
  findBooking,
  firstWaiting,
  insertBooking,
  promoteBooking,
  setBookingStatus,
  type BookingRow,
} from '../../../../db/repositories/workshop.repo';
import { displayName, existingSession, type WorkshopContext } from './workshop-context';

/**
 * Books the person into the session, or puts them on its waiting list when it is full. The seats are counted in
 * the same IMMEDIATE transaction as the insert: two desks booking the last seat at once cannot both get it.
 */
export function bookPerson(context: WorkshopContext, sessionId: string, beneficiaryId: string): string {
  const { db, clock, actorId } = context;
  return writeChange(db, clock, (tx) => {
    const session = existingSession(tx, sessionId);
    if (session.status === 'annulee') throw new AppError('CONFLICT', 'Séance annulée : inscription impossible.');
    if (session.status === 'close') throw new AppError('CONFLICT', 'Séance close : inscription impossible.');
    const now = clock();
    if (Date.parse(session.startsAt) + session.durationMin * 60_000 < now.getTime()) throw new AppError('CONFLICT', 'Séance terminée : inscription impossible.');
    const person = activeBeneficiaryById(tx, beneficiaryId);
    if (!person) throw new AppError('NOT_FOUND', 'Personne introuvable ou fusionnée avec une autre fiche.');
    const existing = findActiveBooking(tx, sessionId, beneficiaryId);
    if (existing) {
      const where = existing.status === 'liste-attente' ? 'sur la liste d’attente de' : 'inscrite à';
      throw new AppError('CONFLICT', `${displayName(person)} est déjà ${where} cette séance.`);
    }
    const full = countSeatsTaken(tx, sessionId) >= session.capacity;
    const id = newId();
    const status = full ? 'liste-attente' : 'a-venir';
    insertBooking(tx, { id, sessionId, beneficiaryId, status, queuedAt: now.toISOString(), bookedBy: actorId, overCapacity: false });
    return {
      result: id,
      audit: { actorId, action: full ? 'booking.waitlisted' : 'booking.created', targetType: 'booking', targetId: id, details: { sessionId, beneficiaryId } },
      outbox: { entity: 'booking', entityId: id, operation: 'booking.created', payload: { sessionId, beneficiaryId, status, at: now.toISOString() } },
    };
  });
}

/**
 * Cancels a booking (or takes the person off the waiting list). A seat freed in a planned session goes to the
 * first in line, in the same transaction; returns that booking's id so that the agent calls the person.
 */
export function cancelBooking(context: WorkshopContext, bookingId: string): string | null {
  const { db, clock, actorId } = context;
  return writeChange(db, clock, (tx) => {
    const booking: BookingRow | undefined = findBooking(tx, bookingId);
    if (!booking) throw new AppError('NOT_FOUND', 'Inscription introuvable.');
    if (booking.status === 'annule') throw new AppError('CONFLICT', 'Inscription déjà annulée.');
    if (booking.status !== 'a-venir' && booking.status !== 'liste-attente') {
      throw new AppError('CONFLICT', 'La personne a déjà été pointée à cette séance : son inscription ne peut plus être annulée.');
    }
    const session = existingSession(tx, booking.sessionId);
    if (session.status === 'close') throw new AppError('CONFLICT', 'Séance close : les inscriptions ne changent plus.');
    const at = clock().toISOString();
    setBookingStatus(tx, bookingId, 'annule', at);
    let promotedId: string | null = null;
    if (booking.status === 'a-venir' && session.status === 'prevue' && countSeatsTaken(tx, session.id) < session.capacity) {
      const next = firstWaiting(tx, session.id);
      if (next && promoteBooking(tx, next.id, at)) promotedId = next.id;
    }
    const outbox = [{ entity: 'booking', entityId: bookingId, operation: 'booking.cancelled', payload: { sessionId: session.id, at } }];
    if (promotedId) outbox.push({ entity: 'booking', entityId: promotedId, operation: 'booking.promoted', payload: { sessionId: session.id, at } });
    return {
      result: promotedId,
      audit: { actorId, action: 'booking.cancelled', targetType: 'booking', targetId: bookingId, details: { sessionId: session.id, promoted: promotedId } },
      outbox,
    };
  });
}

/** A person who did not come, marked before the close (excused or not). Returns the session's id. */
export function markAbsent(context: WorkshopContext, bookingId: string, excused: boolean): string {
  const { db, clock, actorId } = context;
  return writeChange(db, clock, (tx) => {
    const booking = findBooking(tx, bookingId);
    if (!booking) throw new AppError('NOT_FOUND', 'Inscription introuvable.');
    const session = existingSession(tx, booking.sessionId);
    if (session.status !== 'prevue') throw new AppError('CONFLICT', session.status === 'close' ? 'Séance close : les présences ne changent plus.' : 'Séance annulée.');
    if (!['a-venir', 'absent', 'absent-excuse'].includes(booking.status)) {
      throw new AppError('CONFLICT', booking.status === 'present' ? 'La personne est pointée présente : elle ne peut pas être absente.' : 'Cette inscription n’attend pas de pointage.');
    }
    const status = excused ? 'absent-excuse' : 'absent';
    const at = clock().toISOString();
    setBookingStatus(tx, bookingId, status, at);
    return {
      result: session.id,
      audit: { actorId, action: 'booking.absent', targetType: 'booking', targetId: bookingId, details: { sessionId: session.id, excused } },
      outbox: { entity: 'booking', entityId: bookingId, operation: 'booking.absent', payload: { sessionId: session.id, status, at } },
    };
  });
}
