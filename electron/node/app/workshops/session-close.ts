import { AppError } from '../../../common/contract';
import { newId } from '../../../common/domain/ids';
import { frenchDate, parisDate } from '../../../common/domain/passes/paris-date';
import type { AutonomyLevel } from '../../../common/domain/workshops/coop';
import { writeChange, type OutboxEntry } from '../../../../db/change';
import { getSite } from '../../../../db/repositories/site.repo';
import {
  closeSessionRow,
  countRedeemedInSession,
  findBooking,
  insertActivity,
  listBookingsOfSession,
  markUnsignedBookings,
  setBookingStatus,
  wasSeenBefore,
  type ActivityRow,
} from '../../../../db/repositories/workshop.repo';
import { existingSession, type WorkshopContext } from './workshop-context';

export interface CloseRequest {
  sessionId: string;
  excusedBookingIds: readonly string[];
  autonomy: AutonomyLevel | null;
  redirection: string | null;
}

/**
 * Closes a session in one transaction: the people still « à venir » become absent (excused when the agent says
 * so), the session is frozen, and its activity record is written following La Coop's model from what is already
 * known (type, date, duration, place, themes, level, participants) — nothing retyped. A session nobody attended
 * is closed without an activity (La Coop requires at least one participant).
 */
export function closeSession(context: WorkshopContext, request: CloseRequest): void {
  const { db, clock, actorId } = context;
  writeChange(db, clock, (tx) => {
    const session = existingSession(tx, request.sessionId);
    if (session.status === 'annulee') throw new AppError('CONFLICT', 'Séance annulée : il n’y a rien à clôturer.');
    if (session.status === 'close') throw new AppError('CONFLICT', 'Séance déjà close.');
    const now = clock();
    if (parisDate(now) < session.date) throw new AppError('CONFLICT', `Séance du ${frenchDate(session.date)} : elle se clôture ce jour-là ou après.`);
    if (session.kind === 'collectif' && (request.autonomy || request.redirection)) {
      throw new AppError('INVALID_INPUT', 'Autonomie et redirection se renseignent pour un accompagnement individuel.');
    }
    const at = now.toISOString();
    for (const id of request.excusedBookingIds) {
      const booking = findBooking(tx, id);
      if (!booking || booking.sessionId !== session.id) throw new AppError('NOT_FOUND', 'Inscription introuvable dans cette séance.');
      if (booking.status === 'a-venir') setBookingStatus(tx, id, 'absent-excuse', at);
    }
    const absent = markUnsignedBookings(tx, session.id, 'absent', at);
    if (!closeSessionRow(tx, session.id, at, actorId)) throw new AppError('CONFLICT', 'La séance a changé entre-temps : rechargez-la.');

    const present = listBookingsOfSession(tx, session.id).filter((booking) => booking.status === 'present');
    const site = getSite(tx);
    let activity: ActivityRow | null = null;
    if (present.length > 0) {
      activity = {
        id: newId(),
        sessionId: session.id,
        type: session.kind,
        date: session.date,
        durationMin: session.durationMin,
        placeName: site?.name ?? '',
        communeCode: site?.communeCode ?? '',
        title: session.title,
        themes: session.themes,
        level: session.kind === 'collectif' ? session.level : null,
        autonomy: session.kind === 'individuel' ? request.autonomy : null,
        redirection: session.kind === 'individuel' ? request.redirection : null,
        participantIds: JSON.stringify(present.map((booking) => booking.beneficiaryId)),
        newParticipants: present.filter((booking) => !wasSeenBefore(tx, booking.beneficiaryId, session.id, session.startsAt)).length,
        passesRedeemed: countRedeemedInSession(tx, session.id),
        recordedAt: at,
        recordedBy: actorId,
      };
      insertActivity(tx, activity);
    }
    const outbox: OutboxEntry[] = [{ entity: 'workshop_session', entityId: session.id, operation: 'workshop.closed', payload: { at, present: present.length, absent } }];
    if (activity) {
      const { participantIds, themes, recordedBy: _recordedBy, ...fields } = activity;
      outbox.push({
        entity: 'activity',
        entityId: activity.id,
        operation: 'activity.recorded',
        payload: { ...fields, serviceId: session.serviceId, placeType: 'lieu-activite', themes: JSON.parse(themes) as string[], participantIds: JSON.parse(participantIds) as string[] }
      });
    }
    return {
      result: null,
      audit: { actorId, action: 'workshop.closed', targetType: 'workshop_session', targetId: session.id, details: { present: present.length, absent, excused: request.excusedBookingIds.length } },
      outbox,
    };
  });
}
