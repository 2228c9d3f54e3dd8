import { checkRedemption, type RedemptionFacts, type RedemptionRefusal } from '../passes/redemption-rule';
import { frenchDate, parisDate, type IsoDate } from '../passes/paris-date';
import { holdsSeat, type BookingStatus, type SessionStatus } from './statuses';

/** Who may seat a person over a session's capacity (another agent needs one of them to confirm at the door). */
export const OVER_CAPACITY_ROLES: readonly string[] = ['referent', 'admin'];

/** Why a scan at the door changes nothing. */
export const SIGN_IN_REFUSALS = ['seance-annulee', 'seance-close', 'pas-encore', 'complet', 'pass-requis'] as const;
export type SignInRefusal = RedemptionRefusal | (typeof SIGN_IN_REFUSALS)[number];

/** What the agent must confirm before the scan counts. */
export const SIGN_IN_CONFIRMATIONS = ['autre-personne', 'surnombre'] as const;
export type SignInConfirmation = (typeof SIGN_IN_CONFIRMATIONS)[number];

export interface SignInSession {
  status: SessionStatus;
  /** The session's Paris calendar day: the door opens on that day, not before. */
  date: IsoDate;
  passRequired: boolean;
  /** Passes one person gives for this session (the service's price). */
  pricePasses: number;
  capacity: number;
  seatsTaken: number;
}

export interface SignInPerson {
  id: string;
  name: string;
  /** The person's booking in this session, if any. */
  booking: { status: BookingStatus; passesRedeemed: number } | null;
}

export interface SignInFacts {
  session: SignInSession;
  /** The pass scanned; null when the person is marked present by name. */
  pass: (RedemptionFacts & { redeemedInThisSession: boolean }) | null;
  /** The holder of the pass's carnet, when known. */
  holderId: string | null;
  /** Who signs in: the person the agent selected, else the pass's holder. */
  person: SignInPerson;
  confirmed: readonly SignInConfirmation[];
  /** Referents and administrators may seat a person over capacity. */
  mayExceedCapacity: boolean;
}

export type SignInDecision =
  | { kind: 'refuse'; reason: SignInRefusal; message: string }
  /** Nothing to do: this pass or this person is already recorded in the session. */
  | { kind: 'duplicate'; message: string }
  | { kind: 'confirm'; confirmation: SignInConfirmation; message: string }
  /** Record the person present (booking them if they were not); `redeem` says whether the pass is used. */
  | { kind: 'present'; redeem: boolean; addBooking: boolean; overCapacity: boolean; completesPresence: boolean };

/**
 * The sign-in rule, in the order the door needs it: the session must be open, on its day or after; a pass already recorded in this
 * session is a duplicate; the pass must be redeemable (the Carnets rule); a pass of another person than the one
 * selected asks for a confirmation; a person not booked takes a seat if one is left, or over capacity with a
 * referent's confirmation. Pure: the caller applies the decision in one transaction.
 */
export function decideSignIn(facts: SignInFacts, now: Date): SignInDecision {
  const { session, pass, person } = facts;
  if (session.status === 'annulee') return { kind: 'refuse', reason: 'seance-annulee', message: 'Séance annulée : aucun pass n’est enregistré.' };
  if (session.status === 'close') return { kind: 'refuse', reason: 'seance-close', message: 'Séance close : ses présences ne changent plus.' };

  if (parisDate(now) < session.date) {
    return { kind: 'refuse', reason: 'pas-encore', message: `Séance du ${frenchDate(session.date)} : l’émargement ouvre ce jour-là. Vérifiez la séance choisie.` };
  }

  if (pass?.redeemedInThisSession) return { kind: 'duplicate', message: `Déjà enregistré : le pass ${pass.number} a été scanné pour cette séance.` };

  const needed = session.passRequired ? session.pricePasses : 0;
  const redeem = pass !== null && session.passRequired;
  if (redeem) {
    const check = checkRedemption(pass, now);
    if (!check.ok) return { kind: 'refuse', reason: check.reason, message: check.message };
  }
  if (pass !== null && facts.holderId !== null && facts.holderId !== person.id && redeem && !facts.confirmed.includes('autre-personne')) {
    return { kind: 'confirm', confirmation: 'autre-personne', message: `Ce pass a été remis à une autre personne que ${person.name}. L’accepter quand même ?` };
  }

  if (session.passRequired && !redeem) {
    return { kind: 'refuse', reason: 'pass-requis', message: `Cette séance demande ${needed} pass : scannez le pass de ${person.name}.` };
  }

  const booking = person.booking;
  const redeemedSoFar = booking?.passesRedeemed ?? 0;
  if (booking?.status === 'present' && (!redeem || redeemedSoFar >= needed)) {
    return { kind: 'duplicate', message: `Déjà enregistré : ${person.name} est présent·e.${redeem ? ' Le pass n’est pas utilisé.' : ''}` };
  }
  const hasSeat = booking !== null && holdsSeat(booking.status);
  let overCapacity = false;
  if (!hasSeat && session.seatsTaken >= session.capacity) {
    if (!facts.confirmed.includes('surnombre')) {
      return { kind: 'confirm', confirmation: 'surnombre', message: `Séance complète (${session.capacity} place${session.capacity > 1 ? 's' : ''}) : ajouter ${person.name} en surnombre ?` };
    }
    if (!facts.mayExceedCapacity) {
      return { kind: 'refuse', reason: 'complet', message: 'Séance complète : seul·e un·e référent·e peut ajouter une personne en surnombre.' };
    }
    overCapacity = true;
  }
  const afterThis = redeemedSoFar + (redeem ? 1 : 0);
  return { kind: 'present', redeem, addBooking: !hasSeat, overCapacity, completesPresence: !session.passRequired || afterThis >= needed };
}
