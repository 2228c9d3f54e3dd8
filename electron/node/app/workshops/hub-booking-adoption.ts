import type { Clock } from '../../../common/domain/clock';
import { newId } from '../../../common/domain/ids';
import type { PullEntityData } from '../../../common/sync/protocol';
import { writeChange } from '../../../../db/change';
import { insertBeneficiary, type BeneficiaryRow } from '../../../../db/repositories/beneficiary.repo';
import { countSeatsTaken, findActiveBooking, findBookingListRow, findSession, insertBooking } from '../../../../db/repositories/workshop.repo';
import type { GuichetDatabase } from '../../../../db/types';
import { beneficiaryUploadPayload } from '../beneficiaries/beneficiary-dto';
import { findDuplicates } from '../beneficiaries/beneficiary-duplicates';
import { beneficiaryKeys, nameKeyColumns } from '../beneficiaries/beneficiary-row';
import { parisDate } from '../../../common/domain/passes/paris-date';

/**
 * A seat another place took through the hub in one of this desk's sessions (pulled, inside the pull's transaction):
 * the person is found among this desk's records (same names, and not another phone) or recorded with the
 * little the hub passed on (name, phone), then booked into the session under the hub's booking id — over capacity
 * if the session filled up here meanwhile, so that nobody booked loses the seat the hub gave them. Returns the
 * session id when a booking was added, else null (already there, not this desk's session, identity removed).
 */
export function adoptHubBooking(tx: GuichetDatabase, clock: Clock, booking: PullEntityData<'booking'>): string | null {
  const session = findSession(tx, booking.workshopId);
  if (!session || !booking.person || findBookingListRow(tx, booking.id)) return null;
  const person = booking.person;
  return writeChange(tx, clock, (inner) => {
    const now = clock();
    const at = now.toISOString();
    const { row, created } = personFor(inner, person, at);
    if (findActiveBooking(inner, session.id, row.id)) {
      return { result: null, audit: { actorId: null, action: 'booking.hub-duplicate', targetType: 'workshop_session', targetId: session.id, details: { bookingId: booking.id } } };
    }
    const overCapacity = session.capacity !== null && countSeatsTaken(inner, session.id) >= session.capacity;
    insertBooking(inner, { id: booking.id, sessionId: session.id, beneficiaryId: row.id, status: 'a-venir', queuedAt: booking.at, bookedBy: null, overCapacity, bookedVia: booking.fromSiteName });
    return {
      result: session.id,
      audit: {
        actorId: null,
        action: 'booking.received-from-hub',
        targetType: 'booking',
        targetId: booking.id,
        details: { sessionId: session.id, beneficiaryId: row.id, fromSiteId: booking.fromSiteId, beneficiaryCreated: created, overCapacity },
      },
      outbox: [
        ...(created
          ? [{ entity: 'beneficiary', entityId: row.id, operation: 'beneficiary.created', payload: beneficiaryUploadPayload(row, Number(parisDate(now).slice(0, 4))) }]
          : []),
        { entity: 'booking', entityId: booking.id, operation: 'booking.created', payload: { sessionId: session.id, beneficiaryId: row.id, status: 'a-venir', at: booking.at } },
      ],
    };
  });
}

/**
 * The person this desk already knows under these names (with the same phone when both records have one), or a new
 * record with just those.
 */
function personFor(tx: GuichetDatabase, person: NonNullable<PullEntityData<'booking'>['person']>, at: string): { row: BeneficiaryRow; created: boolean } {
  const keys = nameKeyColumns(person.nom, person.prenom);
  const known = findDuplicates(tx, { nom: person.nom, prenom: person.prenom, phone: person.phone, email: null }, null)
    .map((candidate) => candidate.row)
    .find((row) => row.nomKey === keys.nomKey && row.prenomKey === keys.prenomKey && (person.phone === null || row.phone === null || row.phone === person.phone));
  if (known) return { row: known, created: false };
  const row: BeneficiaryRow = {
    id: newId(),
    nom: person.nom,
    prenom: person.prenom,
    birthYear: null,
    genre: 'non-communique',
    socialStatus: 'non-communique',
    communeCode: null,
    qpv: 'ne-sait-pas',
    qpvCode: null,
    phone: person.phone,
    noPhone: false,
    email: null,
    language: 'fr',
    priorityCriteria: '[]',
    noticeGivenOn: null,
    note: null,
    ...keys,
    createdAt: at,
    createdBy: null,
    updatedAt: at,
    mergedInto: null,
  };
  insertBeneficiary(tx, row, beneficiaryKeys(row.nom, row.prenom));
  return { row, created: true };
}
