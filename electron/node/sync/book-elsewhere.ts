import { AppError, type BookingElsewhereDto, type PrintRequestDto } from '../../common/contract';
import type { Clock } from '../../common/domain/clock';
import { newId } from '../../common/domain/ids';
import { parisDate } from '../../common/domain/passes/paris-date';
import type { PullEntityData } from '../../common/sync/protocol';
import { bookingSlipLayout } from '../../common/receipts/booking-slip';
import type { ReceiptLayout } from '../../common/receipts/receipt-layout';
import { writeChange } from '../../../db/change';
import { activeBeneficiaryById } from '../../../db/repositories/beneficiary.repo';
import { findHubReference } from '../../../db/repositories/sync.repo';
import { insertBookingElsewhere, isBookedElsewhere } from '../../../db/repositories/workshop.repo';
import type { GuichetDatabase } from '../../../db/types';
import { HubError } from './hub-client';
import type { SyncEngine } from './sync-engine';

/** A booking across desks must be answered while the person is at the counter. */
const BOOKING_TIMEOUT_MS = 8_000;

export interface BookElsewhereDeps {
  db: GuichetDatabase;
  clock: Clock;
  engine: SyncEngine;
  /** The receipt printer (DevicesService). */
  printSlip(layout: ReceiptLayout): PrintRequestDto;
  /**
   * Booking ids sent whose answer never came (person id + workshop id → booking id), for this backend's life: the
   * agent's retry sends the same id, which the hub answers from the seat it may already have taken.
   */
  unanswered: Map<string, string>;
}

/**
 * Books a person into another place's collective workshop through the hub (issue 8 item 4). Online only: the hub
 * takes the seat (or says the workshop is full, cancelled or past) and passes the person's name and phone to that
 * place only. Then this desk records the booking in the person's history (audited; nothing goes to the outbox: the
 * running place uploads the booking's statistics) and prints the person's slip: where and when to go.
 */
export async function bookElsewhere(
  deps: BookElsewhereDeps,
  actorId: string,
  input: { workshopId: string; beneficiaryId: string; printSlip: boolean },
): Promise<BookingElsewhereDto> {
  const { db, clock, engine } = deps;
  const person = activeBeneficiaryById(db, input.beneficiaryId);
  if (!person) throw new AppError('NOT_FOUND', 'Personne introuvable ou fusionnée avec une autre fiche.');
  const workshop = findHubReference<PullEntityData<'workshop'>>(db, 'workshop', input.workshopId);
  if (!workshop || workshop.status !== 'planned' || workshop.date < parisDate(clock())) {
    throw new AppError('NOT_FOUND', 'Cet atelier n’est plus proposé : synchronisez le poste pour voir les ateliers à venir.');
  }
  const siteName = findHubReference<PullEntityData<'site'>>(db, 'site', workshop.siteId)?.name ?? 'l’autre lieu';
  if (isBookedElsewhere(db, person.id, workshop.id)) throw new AppError('CONFLICT', `${person.prenom} ${person.nom.toUpperCase()} est déjà inscrit·e à cet atelier.`);
  const client = await engine.client(BOOKING_TIMEOUT_MS);
  if (!client) throw new AppError('CONFLICT', 'Ce poste n’est relié à aucun hub : appelez le lieu pour réserver.');
  const attempt = `${person.id}:${workshop.id}`;
  const bookingId = deps.unanswered.get(attempt) ?? newId();
  let seatsLeft: number | null;
  try {
    ({ seatsLeft } = await client.book({ bookingId, workshopId: workshop.id, person: { nom: person.nom, prenom: person.prenom, phone: person.phone } }));
  } catch (error) {
    if (!(error instanceof HubError)) throw error;
    if (error.kind === 'refused') {
      deps.unanswered.delete(attempt);
      throw new AppError('CONFLICT', error.message);
    }
    // The hub may have taken the seat and its answer been lost: a retry must not take a second one.
    deps.unanswered.set(attempt, bookingId);
    engine.noteFailure(error);
    throw new AppError(
      'HUB_ERROR',
      `${error.message} L’inscription n’est pas confirmée : réessayez dans un instant (la même demande ne prend jamais deux places), ou appelez ${siteName} pour réserver.`,
    );
  }
  deps.unanswered.delete(attempt);
  const bookedAt = clock().toISOString();
  const row = {
    id: bookingId,
    beneficiaryId: person.id,
    workshopId: workshop.id,
    siteId: workshop.siteId,
    siteName,
    title: workshop.title,
    date: workshop.date,
    startTime: workshop.startTime,
    durationMin: workshop.durationMin,
    bookedAt,
    bookedBy: actorId,
  };
  writeChange(db, clock, (tx) => {
    insertBookingElsewhere(tx, row);
    return {
      result: null,
      audit: {
        actorId,
        action: 'booking.elsewhere',
        targetType: 'beneficiary',
        targetId: person.id,
        details: { bookingId, workshopId: workshop.id, siteId: workshop.siteId, shared: ['nom', 'prenom', ...(person.phone ? ['phone'] : [])] },
      },
    };
  });
  const booked = { id: bookingId, siteName, title: workshop.title, date: workshop.date, startTime: workshop.startTime, durationMin: workshop.durationMin, seatsLeft };
  if (!input.printSlip) return { ...booked, receipts: [], warning: null };
  // The booking is made whatever happens to its slip: a printing problem is a warning.
  try {
    const service = findHubReference<PullEntityData<'service'>>(db, 'service', workshop.serviceId);
    const layout = bookingSlipLayout({
      siteName,
      person: { prenom: person.prenom, nom: person.nom },
      title: workshop.title,
      serviceName: service?.name ?? workshop.title,
      date: workshop.date,
      startTime: workshop.startTime,
      endTime: endTimeOf(workshop.startTime, workshop.durationMin),
      room: '',
      pricePasses: service?.passRequired ? service.pricePasses : 0,
      waitPosition: null,
    });
    return { ...booked, receipts: [deps.printSlip(layout)], warning: null };
  } catch (error) {
    const reason = error instanceof AppError ? error.message : 'erreur d’impression.';
    return { ...booked, receipts: [], warning: `Inscription faite, mais ticket non imprimé : ${reason}` };
  }
}

/** `HH:MM` plus a duration, on the same day (a workshop does not run past midnight). */
function endTimeOf(startTime: string, durationMin: number): string {
  const [hours = 0, minutes = 0] = startTime.split(':').map(Number);
  const end = Math.min(hours * 60 + minutes + durationMin, 23 * 60 + 59);
  return `${String(Math.floor(end / 60)).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}`;
}
