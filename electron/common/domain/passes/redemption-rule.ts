import { type LotDates } from './lot-calendar';
import { addDays, frenchDate, parisDate, parisTime } from './paris-date';
import { REVOCATION_REASON_LABELS, type PassFacts, type RevocationReason } from './pass-state';

/** Why a pass is refused at a workshop sign-in. */
export const REDEMPTION_REFUSALS = ['inconnu', 'mal-lu', 'jamais-distribue', 'deja-utilise', 'revoque', 'expire'] as const;
export type RedemptionRefusal = (typeof REDEMPTION_REFUSALS)[number];

/** What is known about a pass presented at a workshop. */
export interface RedemptionFacts extends PassFacts {
  number: string;
  revokedReason: RevocationReason | null;
  lot: LotDates;
}

export type RedemptionCheck = { ok: true } | { ok: false; reason: RedemptionRefusal; message: string };

/**
 * Whether the pass may be redeemed at `now`. Refusals, in order: already used (with the Paris date and time),
 * revoked, never handed out, expired (the Paris date of `now` is after the lot's grace period).
 */
export function checkRedemption(facts: RedemptionFacts, now: Date): RedemptionCheck {
  const { number } = facts;
  if (facts.redeemedAt !== null) {
    const at = new Date(facts.redeemedAt);
    return {
      ok: false,
      reason: 'deja-utilise',
      message: `Pass ${number} déjà utilisé le ${frenchDate(parisDate(at))} à ${parisTime(at)}.`,
    };
  }
  if (facts.revokedAt !== null) {
    const on = frenchDate(parisDate(new Date(facts.revokedAt)));
    const message =
      facts.revokedReason === null
        ? `Pass ${number} révoqué le ${on}.`
        : `Pass ${number} révoqué le ${on}, motif : ${REVOCATION_REASON_LABELS[facts.revokedReason].toLowerCase()}.`;
    return { ok: false, reason: 'revoque', message };
  }
  if (facts.distributedAt === null) {
    return { ok: false, reason: 'jamais-distribue', message: `Pass ${number} jamais distribué : il est encore en stock.` };
  }
  if (parisDate(now) > facts.lot.graceUntil) {
    return {
      ok: false,
      reason: 'expire',
      message: `Pass ${number} expiré depuis le ${frenchDate(addDays(facts.lot.graceUntil, 1))}.`,
    };
  }
  return { ok: true };
}

/** Refusal of a number that is not in the desk's stock. */
export function unknownPass(number: string): RedemptionCheck {
  return { ok: false, reason: 'inconnu', message: `Pass ${number} inconnu : ce numéro n’est pas dans le stock du guichet.` };
}

/** Refusal of a misread number, with the message of the number check. */
export function misreadPass(message: string): RedemptionCheck {
  return { ok: false, reason: 'mal-lu', message };
}
