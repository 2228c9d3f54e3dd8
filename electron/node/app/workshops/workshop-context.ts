import { AppError } from '../../../common/contract';
import type { Clock } from '../../../common/domain/clock';
import { findSession, findService, type ServiceRow, type SessionRow } from '../../../../db/repositories/workshop.repo';
import type { GuichetDatabase } from '../../../../db/types';

export interface WorkshopContext {
  db: GuichetDatabase;
  clock: Clock;
  actorId: string;
}

export function existingSession(db: GuichetDatabase, id: string): SessionRow {
  const session = findSession(db, id);
  if (!session) throw new AppError('NOT_FOUND', 'Séance introuvable.');
  return session;
}

export function existingService(db: GuichetDatabase, id: string): ServiceRow {
  const service = findService(db, id);
  if (!service) throw new AppError('NOT_FOUND', 'Service introuvable.', { serviceId: 'Choisissez un service du catalogue.' });
  return service;
}

/** `Prénom NOM`, as the desk writes names. */
export const displayName = (person: { prenom: string; nom: string }): string => `${person.prenom} ${person.nom.toUpperCase()}`;
