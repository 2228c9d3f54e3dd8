import { usableOn, type LotDates } from './lot-calendar';
import { type IsoDate } from './paris-date';

/** States of one pass, derived from the facts recorded about it and its lot's calendar. */
export const PASS_STATES = ['en-stock', 'distribue', 'utilise', 'revoque', 'expire'] as const;
export type PassState = (typeof PASS_STATES)[number];

export const PASS_STATE_LABELS: Record<PassState, string> = {
  'en-stock': 'En stock',
  distribue: 'Distribué',
  utilise: 'Utilisé',
  revoque: 'Révoqué',
  expire: 'Expiré',
};

/** States of a carnet, derived from its own facts and the counts of its passes. */
export const CARNET_STATES = ['en-stock', 'distribue', 'entame', 'epuise', 'expire', 'revoque'] as const;
export type CarnetState = (typeof CARNET_STATES)[number];

export const CARNET_STATE_LABELS: Record<CarnetState, string> = {
  'en-stock': 'En stock',
  distribue: 'Distribué',
  entame: 'Entamé',
  epuise: 'Épuisé',
  expire: 'Expiré',
  revoque: 'Révoqué',
};

/** Why a pass or carnet was revoked. */
export const REVOCATION_REASONS = ['perdu', 'vole', 'annule'] as const;
export type RevocationReason = (typeof REVOCATION_REASONS)[number];

export const REVOCATION_REASON_LABELS: Record<RevocationReason, string> = {
  perdu: 'Perdu',
  vole: 'Volé',
  annule: 'Annulé',
};

/** What is recorded about a pass (ISO instants); `distributedAt` is its carnet's hand-out. */
export interface PassFacts {
  distributedAt: string | null;
  redeemedAt: string | null;
  revokedAt: string | null;
}

/** A pass's state on `today`: used, else revoked, else expired (lot no longer usable), else handed out or in stock. */
export function passState(facts: PassFacts, lot: LotDates, today: IsoDate): PassState {
  if (facts.redeemedAt !== null) return 'utilise';
  if (facts.revokedAt !== null) return 'revoque';
  if (!usableOn(lot, today)) return 'expire';
  if (facts.distributedAt !== null) return 'distribue';
  return 'en-stock';
}

/** What is recorded about a carnet, with counts over its passes. */
export interface CarnetFacts {
  distributedAt: string | null;
  revokedAt: string | null;
  passCount: number;
  usedCount: number;
  revokedCount: number;
}

/**
 * A carnet's state on `today`: revoked, else exhausted (some passes used and none left usable), else expired,
 * else started (some used), else handed out or in stock.
 */
export function carnetState(facts: CarnetFacts, lot: LotDates, today: IsoDate): CarnetState {
  if (facts.revokedAt !== null) return 'revoque';
  if (facts.usedCount > 0 && facts.usedCount + facts.revokedCount >= facts.passCount) return 'epuise';
  if (!usableOn(lot, today)) return 'expire';
  if (facts.usedCount > 0) return 'entame';
  if (facts.distributedAt !== null) return 'distribue';
  return 'en-stock';
}
