import { newId } from '../../../common/domain/ids';
import { frenchDate } from '../../../common/domain/passes/paris-date';
import { misreadPass } from '../../../common/domain/passes/redemption-rule';
import { decideSignIn, type SignInConfirmation, type SignInDecision, type SignInPerson, type SignInRefusal } from '../../../common/domain/workshops/signin-rule';
import { decideProvisional } from '../../../common/sync/provisional-policy';
import { holdsSeat } from '../../../common/domain/workshops/statuses';
import { writeChange, type ChangeOutcome, type OutboxEntry } from '../../../../db/change';
import { activeBeneficiaryById } from '../../../../db/repositories/beneficiary.repo';
import { findLot, insertStockEvent, redeemPassRow, type CarnetRow, type LotRow, type PassRow } from '../../../../db/repositories/stock.repo';
import {
  countSeatsTaken,
  findActiveBooking,
  findRedemption,
  insertBooking,
  insertRedemption,
  signInBooking,
  type ServiceRow,
  type SessionRow,
} from '../../../../db/repositories/workshop.repo';
import type { GuichetDatabase } from '../../../../db/types';
import { provisionalMaxDays, SYNC_KEYS, syncInstant } from '../../sync/sync-settings';
import { matchStockCode } from '../stock/stock-code';
import { lotDates, type StockEventDetails } from '../stock/stock-dto';
import { findHubPass } from '../../../../db/repositories/sync.repo';
import { adoptHubCarnet, hubHeldPass } from './hub-pass-adoption';
import { hubPassRefusal } from './hub-pass-refusal';
import { displayName, existingService, existingSession, type WorkshopContext } from './workshop-context';

export interface SignInRequest {
  sessionId: string;
  /** A scanned or typed pass number; null to mark a person present by name. */
  code: string | null;
  /** The person selected on the screen (or named), if any. */
  beneficiaryId: string | null;
  confirm: readonly SignInConfirmation[];
}

/** What happened, for the service to turn into the screen's answer. */
export type SignInApplied =
  | {
      kind: 'present';
      bookingId: string;
      passNumber: string | null;
      added: boolean;
      passesMissing: number;
      personName: string;
      /** The pass was accepted « à confirmer » (its hand-out at another site was not known here). */
      provisional: boolean;
    }
  | Exclude<SignInDecision, { kind: 'present' }>;

interface ScannedPass {
  pass: PassRow;
  carnet: CarnetRow;
  lot: LotRow;
  /** Taken in « à confirmer »: its hand-out at another site had not reached this desk (see hub-pass-adoption.ts). */
  provisional: boolean;
}

type PassLookup = { ok: true; scanned: ScannedPass | null } | { ok: false; decision: Exclude<SignInDecision, { kind: 'present' }> };

const refused = (reason: SignInRefusal, message: string): PassLookup => ({ ok: false, decision: { kind: 'refuse', reason, message } });

/** The site's policy for a pass « à confirmer », as a refusal (null: allowed). */
function provisionalRefusal(tx: GuichetDatabase, passNumber: string, now: Date): PassLookup | null {
  const policy = decideProvisional(passNumber, provisionalMaxDays(tx), syncInstant(tx, SYNC_KEYS.lastPullAt), now);
  return policy.allowed ? null : refused('inconnu', policy.message);
}

function lookUpPass(tx: GuichetDatabase, code: string | null, personId: string | null, now: Date): PassLookup {
  if (code === null) return { ok: true, scanned: null };
  let match = matchStockCode(tx, code);
  if (match.kind === 'not-found') {
    const fromHub = hubPassRefusal(tx, code);
    if (fromHub) return refused(fromHub.reason, fromHub.message);
    const held = hubHeldPass(tx, code);
    if (!held) return refused(match.reason, match.message);
    if (personId === null) {
      const whose = held.handedOut ? `d’un carnet remis à ${held.siteName}` : `d’un carnet de ${held.siteName} dont la remise n’est pas encore connue ici`;
      return refused('inconnu', `Pass ${held.number} ${whose} : choisissez ou inscrivez la personne, puis scannez à nouveau.`);
    }
    // Checked before the carnet is taken in: a refusal changes nothing.
    const refusal = held.handedOut ? null : provisionalRefusal(tx, held.number, now);
    if (refusal) return refusal;
    if (!adoptHubCarnet(tx, held, personId, now.toISOString())) return refused(match.reason, match.message);
    match = matchStockCode(tx, code);
    if (match.kind === 'not-found') return refused(match.reason, match.message);
  }
  if (match.kind === 'carnet') {
    const refusal = misreadPass(`C’est le numéro du carnet ${match.carnet.number} : scannez l’un de ses pass (un seul par atelier).`);
    return refused('mal-lu', refusal.ok ? '' : refusal.message);
  }
  const unused = match.pass.redeemedAt === null && match.pass.revokedAt === null;
  const fromHub = unused ? hubPassRefusal(tx, match.pass.number) : null;
  if (fromHub) return refused(fromHub.reason, fromHub.message);
  const lot = findLot(tx, match.carnet.lotId) as LotRow;
  // Another site's pass that the hub still knows only in that site's stock: its hand-out there has not reached this
  // desk (taken in just now, or at a scan that asked for a confirmation first).
  const provisional = unused && lot.siteId !== null && findHubPass(tx, match.pass.number)?.state === 'in-stock';
  const refusal = provisional ? provisionalRefusal(tx, match.pass.number, now) : null;
  if (refusal) return refusal;
  return { ok: true, scanned: { pass: match.pass, carnet: match.carnet, lot, provisional } };
}

function personFacts(tx: GuichetDatabase, sessionId: string, beneficiaryId: string): SignInPerson | null {
  const person = activeBeneficiaryById(tx, beneficiaryId);
  if (!person) return null;
  const booking = findActiveBooking(tx, sessionId, beneficiaryId);
  return { id: person.id, name: displayName(person), booking: booking ? { status: booking.status, passesRedeemed: booking.passesRedeemed } : null };
}

function refusalWithoutPerson(scanned: ScannedPass | null): Exclude<SignInDecision, { kind: 'present' }> {
  if (scanned && scanned.carnet.beneficiaryId === null) {
    return { kind: 'refuse', reason: 'jamais-distribue', message: `Pass ${scanned.pass.number} jamais distribué : il est encore en stock.` };
  }
  return { kind: 'refuse', reason: 'inconnu', message: 'Personne introuvable ou fusionnée avec une autre fiche.' };
}

/**
 * One sign-in at the door, in one IMMEDIATE transaction: the checks of the domain rule on fresh rows, then the
 * pass redeemed (pass, carnet count, redemption, the carnet's history), the person present (booked on the spot if
 * needed), the audit row and the outbox. A refusal, a duplicate or a question changes nothing but the audit trail.
 */
export function signIn(context: WorkshopContext & { mayExceedCapacity: boolean; approvedBy: string | null }, request: SignInRequest): SignInApplied {
  const { db, clock, actorId } = context;
  return writeChange(db, clock, (tx): ChangeOutcome<SignInApplied> => {
    const now = clock();
    const at = now.toISOString();
    const session = existingSession(tx, request.sessionId);
    const service = existingService(tx, session.serviceId);
    const lookup = lookUpPass(tx, request.code, request.beneficiaryId, now);
    const scanned = lookup.ok ? lookup.scanned : null;
    const personId = request.beneficiaryId ?? scanned?.carnet.beneficiaryId ?? null;
    const person = lookup.ok && personId ? personFacts(tx, session.id, personId) : null;
    const decision: SignInDecision = !lookup.ok
      ? lookup.decision
      : person === null
        ? refusalWithoutPerson(scanned)
        : decideSignIn(
            {
              session: {
                status: session.status,
                date: session.date,
                passRequired: service.passRequired,
                pricePasses: service.pricePasses,
                capacity: session.capacity,
                seatsTaken: countSeatsTaken(tx, session.id),
              },
              pass: scanned
                ? {
                    number: scanned.pass.number,
                    distributedAt: scanned.carnet.distributedAt,
                    redeemedAt: scanned.pass.redeemedAt,
                    revokedAt: scanned.pass.revokedAt,
                    revokedReason: scanned.pass.revokedReason,
                    lot: lotDates(scanned.lot),
                    redeemedInThisSession: findRedemption(tx, scanned.pass.number)?.sessionId === session.id,
                  }
                : null,
              holderId: scanned?.carnet.beneficiaryId ?? null,
              person,
              confirmed: request.confirm,
              mayExceedCapacity: context.mayExceedCapacity,
            },
            now,
          );
    if (decision.kind !== 'present' || person === null) {
      const outcome = decision.kind === 'present' ? refusalWithoutPerson(scanned) : decision;
      return {
        result: outcome,
        audit: {
          actorId,
          action: `signin.${outcome.kind === 'refuse' ? 'refused' : outcome.kind === 'duplicate' ? 'duplicate' : 'confirmation-asked'}`,
          targetType: 'workshop_session',
          targetId: session.id,
          details: {
            code: request.code,
            beneficiaryId: request.beneficiaryId,
            ...(outcome.kind === 'refuse' ? { reason: outcome.reason } : outcome.kind === 'confirm' ? { confirmation: outcome.confirmation } : {}),
          },
        },
      };
    }
    return applyPresence(tx, { actorId, approvedBy: context.approvedBy, at, session, service, scanned, person, decision });
  });
}

interface Presence {
  actorId: string;
  /** The referent who approved a seat over capacity at the door, if any. */
  approvedBy: string | null;
  at: string;
  session: SessionRow;
  service: ServiceRow;
  scanned: ScannedPass | null;
  person: SignInPerson;
  decision: Extract<SignInDecision, { kind: 'present' }>;
}

function applyPresence(tx: GuichetDatabase, presence: Presence): ChangeOutcome<SignInApplied> {
  const { actorId, approvedBy, at, session, service, scanned, person, decision } = presence;
  const existing = findActiveBooking(tx, session.id, person.id);
  const bookingId = existing?.id ?? newId();
  if (!existing) insertBooking(tx, { id: bookingId, sessionId: session.id, beneficiaryId: person.id, status: 'a-venir', queuedAt: at, bookedBy: actorId, overCapacity: false });
  const redeemed = decision.redeem && scanned !== null;
  signInBooking(tx, bookingId, {
    status: decision.completesPresence ? 'present' : 'a-venir',
    passes: redeemed ? 1 : 0,
    at,
    agentId: actorId,
    overCapacity: decision.overCapacity,
  });
  const outbox: OutboxEntry[] = [];
  if (redeemed) {
    const { pass, carnet, lot } = scanned;
    if (!redeemPassRow(tx, pass.number, carnet.id, at, actorId)) throw new Error(`pass ${pass.number} changed during its redemption`);
    insertRedemption(tx, {
      passNumber: pass.number,
      sessionId: session.id,
      bookingId,
      beneficiaryId: person.id,
      holderId: carnet.beneficiaryId,
      serviceId: service.id,
      lotId: lot.id,
      faceValueCents: lot.faceValueCents,
      at,
      agentId: actorId,
      provisional: scanned.provisional ? 1 : 0,
    });
    const details: StockEventDetails = { passNumber: pass.number, sessionTitle: session.title, sessionDate: frenchDate(session.date) };
    insertStockEvent(tx, { id: newId(), carnetId: carnet.id, passNumber: pass.number, kind: 'redeemed', at, actorId, beneficiaryId: carnet.beneficiaryId, details: JSON.stringify(details) });
    outbox.push({
      entity: 'pass',
      entityId: pass.number,
      operation: 'pass.redeemed',
      payload: { number: pass.number, lotId: lot.id, sessionId: session.id, serviceId: service.id, bookingId, at },
    });
  }
  const addedNow = !existing || !holdsSeat(existing.status);
  outbox.push({
    entity: 'booking',
    entityId: bookingId,
    operation: 'booking.signed-in',
    payload: { sessionId: session.id, beneficiaryId: person.id, status: decision.completesPresence ? 'present' : 'a-venir', overCapacity: decision.overCapacity, at },
  });
  const passesMissing = service.passRequired ? Math.max(0, service.pricePasses - ((existing?.passesRedeemed ?? 0) + (redeemed ? 1 : 0))) : 0;
  const result: SignInApplied = {
    kind: 'present',
    bookingId,
    passNumber: redeemed ? scanned.pass.number : null,
    added: addedNow,
    passesMissing,
    personName: person.name,
    provisional: redeemed && scanned.provisional,
  };
  return {
    result,
    audit: {
      actorId,
      action: redeemed ? 'signin.redeemed' : 'signin.present',
      targetType: 'booking',
      targetId: bookingId,
      details: {
        sessionId: session.id,
        beneficiaryId: person.id,
        passNumber: redeemed ? scanned.pass.number : null,
        ...(redeemed && scanned.provisional ? { provisional: true } : {}),
        added: addedNow,
        overCapacity: decision.overCapacity,
        ...(decision.overCapacity && approvedBy ? { approvedBy } : {}),
      },
    },
    outbox,
  };
}
