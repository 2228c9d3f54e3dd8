import { AppError, type SessionFields } from '../../../common/contract';
import { newId } from '../../../common/domain/ids';
import { addDays } from '../../../common/domain/passes/paris-date';
import { parisInstant } from '../../../common/domain/workshops/paris-time';
import { writeChange } from '../../../../db/change';
import { findAgentById } from '../../../../db/repositories/agent.repo';
import {
  cancelSessionRow,
  countSeatsTaken,
  insertSession,
  listSeriesFrom,
  updateSession,
  type NewSession,
  type SessionRow,
} from '../../../../db/repositories/workshop.repo';
import type { GuichetDatabase } from '../../../../db/types';
import { existingService, existingSession, type WorkshopContext } from './workshop-context';

function checkReferences(db: GuichetDatabase, fields: SessionFields): void {
  const service = existingService(db, fields.serviceId);
  if (service.archivedAt) throw new AppError('CONFLICT', `Le service « ${service.name} » est archivé : choisissez-en un autre.`, { serviceId: 'Service archivé.' });
  if (fields.facilitatorId) {
    const facilitator = findAgentById(db, fields.facilitatorId);
    if (!facilitator || facilitator.disabled) throw new AppError('NOT_FOUND', 'Animateur·rice introuvable ou compte désactivé.', { facilitatorId: 'Choisissez un agent actif.' });
  }
}

/** The session's columns from the form's fields, for the given day. */
function sessionColumns(fields: SessionFields, date: string) {
  return {
    kind: fields.kind,
    title: fields.title,
    serviceId: fields.serviceId,
    themes: JSON.stringify(fields.themes),
    level: fields.level,
    date,
    startTime: fields.startTime,
    startsAt: parisInstant(date, fields.startTime).toISOString(),
    durationMin: fields.durationMin,
    room: fields.room,
    facilitatorId: fields.facilitatorId,
    capacity: fields.capacity,
  };
}

/** One session, or a weekly series: the same weekday and Paris time, `weeks` times. Returns the ids. */
export function createSessions(context: WorkshopContext, fields: SessionFields, weeks: number): string[] {
  const { db, clock, actorId } = context;
  checkReferences(db, fields);
  return writeChange(db, clock, (tx) => {
    const now = clock().toISOString();
    const seriesId = weeks > 1 ? newId() : null;
    const rows: NewSession[] = [];
    for (let week = 0; week < weeks; week += 1) {
      const row: NewSession = { id: newId(), ...sessionColumns(fields, addDays(fields.date, 7 * week)), seriesId, createdAt: now, createdBy: actorId, updatedAt: now };
      insertSession(tx, row);
      rows.push(row);
    }
    return {
      result: rows.map((row) => row.id),
      audit: {
        actorId,
        action: 'workshop.created',
        targetType: 'workshop_session',
        targetId: rows[0]?.id ?? '',
        details: { title: fields.title, date: fields.date, weeks, seriesId },
      },
      outbox: rows.map((row) => ({
        entity: 'workshop_session',
        entityId: row.id,
        operation: 'workshop.created',
        payload: { ...sessionColumns(fields, row.date), themes: fields.themes, seriesId },
      })),
    };
  });
}

function requirePlanned(session: SessionRow, action: string): void {
  if (session.status === 'annulee') throw new AppError('CONFLICT', `Séance annulée : impossible de la ${action}.`);
  if (session.status === 'close') throw new AppError('CONFLICT', `Séance close : impossible de la ${action}.`);
}

/** Changes a planned session; its capacity cannot go below the seats already taken. */
export function updateSessionFields(context: WorkshopContext, id: string, fields: SessionFields): void {
  const { db, clock, actorId } = context;
  checkReferences(db, fields);
  writeChange(db, clock, (tx) => {
    const before = existingSession(tx, id);
    requirePlanned(before, 'modifier');
    const taken = countSeatsTaken(tx, id);
    if (fields.capacity < taken) {
      throw new AppError('CONFLICT', `${taken} personnes sont inscrites : la capacité ne peut pas descendre sous ${taken}.`, { capacity: `Au moins ${taken} places.` });
    }
    const now = clock().toISOString();
    const columns = sessionColumns(fields, fields.date);
    updateSession(tx, { id, ...columns, updatedAt: now });
    return {
      result: null,
      audit: { actorId, action: 'workshop.updated', targetType: 'workshop_session', targetId: id, details: { title: fields.title, date: fields.date, startTime: fields.startTime } },
      outbox: { entity: 'workshop_session', entityId: id, operation: 'workshop.updated', payload: { ...columns, themes: fields.themes } },
    };
  });
}

/**
 * Cancels the session, or it and the rest of its series. The bookings stay as they are so that the people can be
 * called (the session page lists them with their phones); a cancelled session takes no scan and no booking.
 */
export function cancelSessions(context: WorkshopContext, id: string, reason: string, wholeSeries: boolean): void {
  const { db, clock, actorId } = context;
  writeChange(db, clock, (tx) => {
    const session = existingSession(tx, id);
    requirePlanned(session, 'annuler');
    const targets = wholeSeries && session.seriesId ? listSeriesFrom(tx, session.seriesId, session.startsAt).filter((s) => s.status === 'prevue') : [session];
    const now = clock().toISOString();
    for (const target of targets) cancelSessionRow(tx, target.id, now, reason);
    return {
      result: null,
      audit: { actorId, action: 'workshop.cancelled', targetType: 'workshop_session', targetId: id, details: { reason, sessions: targets.map((t) => t.id) } },
      outbox: targets.map((target) => ({ entity: 'workshop_session', entityId: target.id, operation: 'workshop.cancelled', payload: { at: now } })),
    };
  });
}
